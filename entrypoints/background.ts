import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { NOTIFICATION_PREFIX, notifyIncident, refreshBadge } from '@/utils/background/alerts';
import { moderatorName, siteOf, watchedTab } from '@/utils/background/context';
import { authorHandlers } from '@/utils/background/handlers/authors';
import { dataHandlers } from '@/utils/background/handlers/data';
import { evidenceHandlers } from '@/utils/background/handlers/evidence';
import { incidentHandlers } from '@/utils/background/handlers/incidents';
import { queueHandlers } from '@/utils/background/handlers/queue';
import { ratingHandlers } from '@/utils/background/handlers/ratings';
import { templateHandlers } from '@/utils/background/handlers/templates';
import { keepWorkerAlive, resumeJobs } from '@/utils/background/jobs';
import { addPage, allPacks, lookupPage, PageError, removePack, removePage, savePack } from '@/utils/background/pages';
import { logRefusal } from '@/utils/background/refusals';
import { SCRIPT_FILE, startInOpenTabs, syncContentScript } from '@/utils/background/registration';
import { storeBatch } from '@/utils/background/store-batch';
import { recountPageIfOff } from '@/utils/background/summaries';
import { relabelItem } from '@/utils/background/relabel';
import { replaceRoster } from '@/utils/background/roster';
import { notingStorage } from '@/utils/background/storage-note';
import { DRAFT_PACK, forgetTab, PENDING_PAGE, readTabState, tabsShowing, writeTabState } from '@/utils/background/tab-state';
import { type Incident, type KeelDb, keelDb } from '@/utils/db';
import { PackTestResultSchema, type ToContent } from '@/utils/messaging/protocol';
import { listen } from '@/utils/messaging/server';
import { pageKey } from '@/utils/page-key';
import { pageTarget } from '@/utils/pages';

const PendingSchema = z.object({ url: z.string().max(4_000), workspaceId: z.string().max(100).nullable(), at: z.number() });
const PENDING_FOR_MS = 120_000;

/**
 * Adds the page the popup asked for, if the prompt outlived the popup (see
 * watch-page.ts), and only when what was just granted is that page's access:
 * an unrelated grant never adds a page the user turned down.
 */
async function completePendingPage(db: KeelDb, added: string[]): Promise<void> {
  const got = await browser.storage.session.get(PENDING_PAGE);
  const pending = PendingSchema.safeParse(got[PENDING_PAGE]);
  if (!pending.success || Date.now() - pending.data.at > PENDING_FOR_MS) return;
  const { url, workspaceId } = pending.data;
  const target = pageTarget(url, await allPacks(db));
  if (!target.ok || !target.target.origins.every((o) => added.includes(o))) return;
  await browser.storage.session.remove(PENDING_PAGE);
  const row = await addPage(db, { url, workspaceId: workspaceId ?? undefined }, (origins) => browser.permissions.contains({ origins }), await moderatorName(db), Date.now());
  await syncContentScript(db);
  await startInOpenTabs(row.origins);
}

/** A new incident: a notification (if the workspace wants one) naming how many items are in it. */
async function announce(db: KeelDb, incident: Incident, notify: boolean): Promise<void> {
  if (!notify) return;
  const count = await db.items.where('incidentId').equals(incident.id).count();
  await notifyIncident(incident, count).catch((err) => console.warn('[keel] notification not shown', err));
}

async function focusIncidentPage(db: KeelDb, notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const incident = await db.incidents.get(notificationId.slice(NOTIFICATION_PREFIX.length));
  if (!incident) return;
  const [tab] = await browser.tabs.query({ url: `${new URL(incident.pageUrl).origin}/*` });
  const open = tab?.id !== undefined && tab.url && pageKey(tab.url) === incident.pageKey ? tab : undefined;
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: incident.pageUrl });
  }
}

export default defineBackground(() => {
  const db = keelDb();
  const sync = () =>
    syncContentScript(db).catch((err) => console.error('[keel] could not register the content script', err));

  listen(
    {
      'items/observed': notingStorage(async ({ items, was }, sender) => {
        // Items count only from a tab whose page was looked up as one of the
        // business's own, on the origin the browser says sent them.
        const tab = await watchedTab(db, sender);
        // Stored and attached to an incident together, or not at all.
        const { results, opened, workspace } = await storeBatch(db, items, { url: tab.url, pageUrl: tab.pageUrl ?? null, workspaceId: tab.workspaceId ?? null }, await moderatorName(db), Date.now(), was);
        refreshBadge(db);
        if (opened) await announce(db, opened, workspace.rules.notifyOnIncident);
        return { results };
      }),
      'items/relabel': notingStorage(async (request, sender) => {
        const result = await relabelItem(
          db,
          request,
          { actor: await moderatorName(db), onlyPageUrl: sender.kind === 'content' ? (await watchedTab(db, sender)).url : null },
          Date.now(),
        );
        refreshBadge(db);
        return result;
      }),
      'page/lookup': async ({ url, owner }, sender) => {
        if (siteOf(url) !== siteOf(sender.url)) throw new PageError('The address is not on the sender’s own site.');
        const found = await lookupPage(db, url, owner);
        if (sender.tabId !== null) {
          await writeTabState(sender.tabId, {
            url,
            pageId: found?.page.id ?? null,
            pageUrl: found?.page.url ?? null,
            workspaceId: found?.page.workspaceId ?? null,
            adapter: found?.page.adapter ?? null,
            health: null,
          });
        }
        if (!found) return { watched: false };
        return { watched: true, pageId: found.page.id, adapter: found.page.adapter, pack: found.pack };
      },
      'page/health': async (health, sender) => {
        const tab = await watchedTab(db, sender).catch(() => null);
        if (!tab || sender.tabId === null) return { stored: false };
        await writeTabState(sender.tabId, { ...tab, health });
        return { stored: true };
      },
      'summaries/check': async ({ pageKey }) => ({ recounted: await recountPageIfOff(db, pageKey) }),
      'pages/add': async (request) => {
        const row = await addPage(
          db,
          request,
          (origins) => browser.permissions.contains({ origins }),
          await moderatorName(db),
          Date.now(),
        );
        await syncContentScript(db);
        await startInOpenTabs(row.origins);
        return row;
      },
      'pages/remove': async ({ id }) => {
        const { removed, unused } = await removePage(db, id, await moderatorName(db), Date.now());
        // Tabs open on it stop now: their labels go, and nothing more is read.
        for (const tabId of await tabsShowing(id)) {
          const state = await readTabState(tabId);
          if (state) await writeTabState(tabId, { ...state, pageId: null, pageUrl: null, adapter: null, health: null });
          const stop: ToContent = { keel: 1, type: 'page/stop' };
          await browser.tabs.sendMessage(tabId, stop).catch(() => undefined);
        }
        // Host access no page needs any more is given back.
        if (unused.length) await browser.permissions.remove({ origins: unused }).catch(() => false);
        await syncContentScript(db);
        return { removed };
      },
      'packs/save': async ({ pack, mode }) => savePack(db, pack, mode, await moderatorName(db), Date.now()),
      'packs/remove': async ({ id }) => removePack(db, id, await moderatorName(db), Date.now()),
      'packs/draft': async ({ pack }) => {
        await browser.storage.session.set({ [DRAFT_PACK]: pack });
        await browser.runtime.openOptionsPage();
        return { opened: true };
      },
      'packs/test': async ({ pack, tabId }) => {
        const tab = await browser.tabs.get(tabId);
        if (!tab.url || !/^https?:/.test(tab.url)) throw new PageError('That tab does not show a web page.');
        const origin = `${new URL(tab.url).origin}/*`;
        if (!(await browser.permissions.contains({ origins: [origin] }))) {
          throw new PageError(`Keel has no access to ${new URL(tab.url).host} yet: choose Allow when asked.`);
        }
        await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] });
        const message: ToContent = { keel: 1, type: 'pack/test', pack };
        const parsed = PackTestResultSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
        if (!parsed.success) throw new PageError('The page did not answer the test. Reload it and try again.');
        return parsed.data;
      },
      'roster/replace': ({ names }) => replaceRoster(db, names),
      'settings/moderator-name': async ({ name }) => {
        await db.settings.put({ key: 'moderatorName', value: name });
        return { name };
      },
      ...incidentHandlers(db),
      ...authorHandlers(db),
      ...evidenceHandlers(db),
      ...dataHandlers(db),
      ...ratingHandlers(db),
      ...templateHandlers(db),
      ...queueHandlers(db),
    },
    (why, detail) => {
      console.warn('[keel] refused message:', why, detail);
      void logRefusal(db, why, detail, Date.now()).catch(() => undefined);
    },
  );

  // The content script's registration follows the pages and the access the user grants or takes back.
  browser.permissions.onAdded.addListener((added) => {
    void completePendingPage(db, added.origins ?? []).catch((err) => console.warn('[keel] could not add the page', err));
    void sync();
  });
  browser.permissions.onRemoved.addListener(() => void sync());
  // After an update, open tabs get the new content script; it stops the old one (WXT's context).
  browser.runtime.onInstalled.addListener(() => {
    void sync().then((matches) => (matches ? startInOpenTabs(matches) : 0));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A click on an incident's notification brings up a tab showing its page.
  browser.notifications.onClicked.addListener((id) => void focusIncidentPage(db, id));
  void sync();
  // Nothing lives only in the worker's memory: a batch cut short by the worker
  // being stopped carries on, and the badge is rebuilt from the store.
  void resumeJobs(db, Date.now, keepWorkerAlive)
    .then(() => refreshBadge(db, 0))
    .catch((err) => console.error('[keel] could not resume batches', err));
  refreshBadge(db, 0);
});
