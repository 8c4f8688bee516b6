import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { liveAdapterFor } from '@/utils/adapters';
import { activeWorkspace, type KeelDb, type StoredItem } from '@/utils/db';
import { FLAGGED_LABELS, LABELS, type Label } from '@/utils/labels';
import { pageKey } from '@/utils/page-key';
import { BUILTIN_TEMPLATES } from '@/utils/templates/builtin';
import { FlaggedList } from './FlaggedList';
import { LabelCounts } from './LabelCounts';
import { TemplateList } from './TemplateList';
import { useLiveQuery } from './use-live-query';

const NEWEST_FLAGGED = 5;

/**
 * The tab the popup speaks about: `?tab=<id>` when asked for, else the active
 * tab. When the popup itself is open as a tab (pinned, or opened by a test),
 * the active tab is the popup: then it is the tab the user was on before.
 */
async function targetTab(): Promise<{ url: string | null }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { url: tab.url ?? null };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('/');
  if (active?.url && !active.url.startsWith(own)) return { url: active.url };
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.url && !t.url.startsWith(own));
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return { url: others[0]?.url ?? active?.url ?? null };
}

function summarise(items: StoredItem[]) {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  for (const item of items) counts[item.label]++;
  const flagged = items
    .filter((i) => FLAGGED_LABELS.includes(i.label))
    // Threats first, whatever their age: they are what must not wait. Then the newest.
    .sort((a, b) => Number(b.label === 'threat') - Number(a.label === 'threat') || b.firstSeenAt - a.firstSeenAt)
    .slice(0, NEWEST_FLAGGED);
  const campaign = items.filter((i) => i.campaign).length;
  return { counts, flagged, total: items.length, campaign };
}

export function Popup({ db }: { db: KeelDb }) {
  const [tab, setTab] = useState<{ url: string | null } | null>(null);
  useEffect(() => {
    targetTab().then(setTab, () => setTab({ url: null }));
  }, []);
  const watched = tab?.url && liveAdapterFor(tab.url) ? pageKey(tab.url) : null;

  const page = useLiveQuery(
    async () => (watched ? summarise(await db.items.where('pageKey').equals(watched).toArray()) : null),
    [watched],
  );
  const workspace = useLiveQuery(() => activeWorkspace(db), []);

  return (
    <main class="popup">
      <header class="top">
        <h1>Keel</h1>
        <span class="ws" title="Workspace">{workspace.value?.name ?? ''}</span>
      </header>

      {tab === null ? null : !watched ? (
        <section class="notice" role="status">
          <strong>Keel is not reading this tab.</strong>
          <p>Open one of your business’s own Facebook posts; Keel labels its comments there.</p>
        </section>
      ) : (
        <section aria-labelledby="page-h">
          <h2 id="page-h">
            This page <span class="sub">{page.value ? `${page.value.total} items` : 'loading…'}</span>
          </h2>
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
              <LabelCounts counts={page.value.counts} />
              <h3>Needs attention</h3>
              <FlaggedList items={page.value.flagged} now={Date.now()} />
            </>
          ) : null}
        </section>
      )}

      <section aria-labelledby="tpl-h">
        <h2 id="tpl-h">
          Safe replies <span class="sub">examples, filled from your workspace</span>
        </h2>
        {workspace.value ? <TemplateList templates={BUILTIN_TEMPLATES} profile={workspace.value.profile} /> : null}
      </section>
      <footer class="foot">
        Everything stays on this device.{' '}
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          Settings and roster
        </button>
      </footer>
    </main>
  );
}
