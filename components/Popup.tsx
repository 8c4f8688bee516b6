import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { adapterFor } from '@/utils/adapters';
import { readTabState, type TabState, tabStateKey } from '@/utils/background/tab-state';
import { type KeelDb, type PageSummary, pageItems, pageSummary, type StoredItem } from '@/utils/db';
import { LABELS, type Label } from '@/utils/labels';
import { sendToBackground } from '@/utils/messaging/client';
import { pageKey } from '@/utils/page-key';
import { packFor, pageTarget } from '@/utils/pages';
import { FlaggedList } from './FlaggedList';
import { HealthNotice } from './HealthNotice';
import { IncidentPanel } from './IncidentPanel';
import { ItemDetail, useItemDetail } from './ItemDetail';
import { countsOfOthers, LabelCounts } from './LabelCounts';
import { PickComment } from './PickComment';
import { RatingTrend } from './RatingTrend';
import { usePending } from './Settle';
import { StorageBanner } from './StorageBanner';
import { SafeReplies } from './TemplateList';
import { useLiveQuery } from './use-live-query';
import { WatchThisPage } from './WatchThisPage';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

const NEWEST_FLAGGED = 5;

/**
 * The tab the popup speaks about: `?tab=<id>` when asked for, else the active
 * tab. When the popup itself is open as a tab (pinned, or opened by a test),
 * the active tab is the popup: then it is the tab the user was on before.
 */
async function targetTab(): Promise<TargetTab> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: tab.id ?? null, url: tab.url ?? null };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  if (active?.url && !active.url.startsWith(own)) return { id: active.id ?? null, url: active.url };
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.url && !t.url.startsWith(own));
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const tab = others[0] ?? active;
  return { id: tab?.id ?? null, url: tab?.url ?? null };
}

interface TargetTab {
  id: number | null;
  url: string | null;
}

/** What Keel knows about the tab (storage.session, written by the background), kept current. */
function useTabState(tabId: number | null): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) {
      setState(null);
      return;
    }
    const key = tabStateKey(tabId);
    const read = () => readTabState(tabId).then(setState, () => setState(null));
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return state;
}

/** What the popup shows of a page: its counts are everyone else's, the business's own posts apart (`own`). */
function summarise(s: PageSummary | undefined, flagged: StoredItem[]) {
  const counts = s ? countsOfOthers(s.counts, s.own) : (Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>);
  return { counts, flagged, total: s?.total ?? 0, campaign: s?.campaign ?? 0, own: s?.own ?? 0 };
}

export function Popup({ db }: { db: KeelDb }) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  useEffect(() => {
    targetTab().then(setTab, () => setTab({ id: null, url: null }));
  }, []);
  const tabState = useTabState(tab?.id ?? null);
  usePending(tab === null || tabState === undefined);
  const packs = useLiveQuery(async () => (await db.packs.toArray()).map((r) => r.pack), []);
  const watched = tab?.url && tabState?.pageId && pageKey(tabState.url) === pageKey(tab.url) ? pageKey(tab.url) : null;
  // A page Keel could add: an account on a platform it knows, or a site an installed pack reads.
  const readable = !!tab?.url && /^https?:/.test(tab.url) && pageTarget(tab.url, packs.value ?? []).ok;
  // On a listed account's own profile or channel page, no adapter reads comments: they are on its posts.
  const noItemsHere =
    !!watched && !!tab?.url && adapterFor(tab.url) === null && packFor(tab.url, packs.value ?? []) === null;

  // One summary row and a few items, however many the page has (kept by the background as items change).
  const page = useLiveQuery(async () => {
    if (!watched) return null;
    // Read together, so a batch stored in between is never taken for the two being out of step.
    const [s, count] = await db.transaction('r', db.summaries, db.items, () => Promise.all([pageSummary(db, watched), pageItems(db, watched).count()]));
    // Out of step (rows written outside Keel's write path): the background counts the page again, and this re-runs.
    if ((s?.total ?? 0) !== count) void sendToBackground('summaries/check', { pageKey: watched }).catch(() => undefined);
    const flagged = s ? (await db.items.bulkGet(s.flagged.slice(0, NEWEST_FLAGGED))).filter((i): i is StoredItem => !!i) : [];
    return summarise(s, flagged);
  }, [watched]);
  const detail = useItemDetail();

  return (
    <main class="popup">
      <header class="top">
        <h1>Keel</h1>
        <WorkspaceSwitcher db={db} />
      </header>
      <StorageBanner db={db} note={watched ? tabState?.storageError : null} />
      {detail.openKey ? <ItemDetail db={db} itemKey={detail.openKey} onBack={detail.back} onOpen={detail.open} /> : null}
      {/* The list stays underneath while an item is open: Back returns to where it was. */}
      <div hidden={detail.openKey !== null}>

      {tab === null || tabState === undefined ? null : !watched ? (
        readable && tab.url ? (
          <WatchThisPage url={tab.url} packs={packs.value ?? []} />
        ) : (
          <section class="notice" role="status">
            <strong>Keel is not reading this tab.</strong>
            <p>
              Keel reads only the pages you list as your business’s own (Facebook, Google Maps, Instagram, X, YouTube, Yelp, TikTok,
              Trustpilot, or any site with a selector pack). Open one of them, or add it in Settings.
            </p>
            {tab.id !== null && tab.url && /^https?:/.test(tab.url) ? <PickComment tabId={tab.id} /> : null}
          </section>
        )
      ) : (
        <section aria-labelledby="page-h">
          <h2 id="page-h">
            This page <span class="sub">{page.value ? `${page.value.total} items` : 'loading…'}</span>
          </h2>
          {noItemsHere ? (
            <div class="notice" role="status">
              <strong>This page is on your list.</strong>
              <p>Keel labels comments on its posts, videos and reviews: open one of them.</p>
            </div>
          ) : tabState?.adapter && !tabState.storageError ? (
            <HealthNotice adapter={tabState.adapter} health={tabState.health} />
          ) : null}
          {page.error ? <p class="error" role="alert">Could not read Keel’s data: {page.error.message}</p> : null}
          {page.value ? (
            <>
              {page.value.campaign > 0 ? (
                <div class="pileon" role="alert">
                  <strong>Pile-on under way.</strong> {page.value.campaign} {page.value.campaign === 1 ? 'item looks' : 'items look'}{' '}
                  coordinated: near-copies, or a burst of first-time authors. Do not defend the business in public; capture,
                  hide and report, and tell your staff privately.
                </div>
              ) : null}
              {tab.url ? <IncidentPanel db={db} pageKey={watched} pageUrl={tab.url} /> : null}
              <LabelCounts counts={page.value.counts} own={page.value.own} />
              <RatingTrend db={db} pageKey={watched} />
              <h3>Needs attention</h3>
              <FlaggedList items={page.value.flagged} now={Date.now()} onOpen={detail.open} />
            </>
          ) : null}
        </section>
      )}

      <section aria-labelledby="tpl-h">
        <h2 id="tpl-h">
          Safe replies <span class="sub">approved, filled from your workspace</span>
        </h2>
        <SafeReplies db={db} pageKey={watched} counts={page.value?.counts} campaign={!!page.value?.campaign} platform={tabState?.adapter} />
      </section>
      </div>
      <footer class="foot">
        Everything stays on this device.{' '}
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          Settings and roster
        </button>
      </footer>
    </main>
  );
}
