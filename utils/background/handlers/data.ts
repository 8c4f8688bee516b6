import { browser } from 'wxt/browser';
import { restoreBackup } from '../../backup/restore';
import { wipeEverything } from '../../backup/wipe';
import { importConfig } from '../../config/import';
import type { KeelDb } from '../../db';
import type { dataMessages } from '../../messaging/msg-data';
import type { ToContent } from '../../messaging/protocol';
import type { HandlersOf } from '../../messaging/server';
import { moderatorName } from '../context';
import { forgetTimelines } from '../observe';
import { startInOpenTabs, syncContentScript } from '../registration';
import { readTabState, writeTabState } from '../tab-state';
import { createWorkspace, removeWorkspace, switchWorkspace, updateWorkspace } from '../workspaces';

/** Tabs whose page is no longer on the list stop at once: their labels go, and nothing more is read. */
async function stopTabsWithoutPage(db: KeelDb): Promise<void> {
  const session = await browser.storage.session.get(null);
  for (const key of Object.keys(session)) {
    if (!key.startsWith('tab:')) continue;
    const tabId = Number(key.slice(4));
    const state = await readTabState(tabId);
    if (!state?.pageId || (await db.pages.get(state.pageId))) continue;
    await writeTabState(tabId, { ...state, pageId: null, pageUrl: null, workspaceId: null, adapter: null, health: null });
    const stop: ToContent = { keel: 1, type: 'page/stop' };
    await browser.tabs.sendMessage(tabId, stop).catch(() => undefined);
  }
}

export function dataHandlers(db: KeelDb): HandlersOf<typeof dataMessages> {
  return {
    'workspaces/create': async (input) => createWorkspace(db, input, await moderatorName(db), Date.now()),
    'workspaces/update': async (input) => updateWorkspace(db, input, await moderatorName(db), Date.now()),
    'workspaces/switch': async ({ id }) => {
      const ws = await switchWorkspace(db, id);
      return { id: ws.id, name: ws.name };
    },
    'workspaces/remove': async ({ id }) => {
      const { pageIds: _pages, unused, ...removed } = await removeWorkspace(db, id, await moderatorName(db), Date.now());
      await stopTabsWithoutPage(db);
      // Host access no remaining page needs is given back.
      if (unused.length) await browser.permissions.remove({ origins: unused }).catch(() => false);
      await syncContentScript(db);
      return removed;
    },
    'config/import': async ({ config, into }) => {
      const report = await importConfig(db, config, into, (origins) => browser.permissions.contains({ origins }), await moderatorName(db), Date.now());
      await syncContentScript(db);
      await startInOpenTabs(report.origins);
      return report;
    },
    'data/restore': async ({ text }) => {
      const counts = await restoreBackup(db, text);
      forgetTimelines();
      await stopTabsWithoutPage(db);
      const pagesWithoutAccess: string[] = [];
      const pages = await db.pages.toArray();
      for (const page of pages) {
        if (!(await browser.permissions.contains({ origins: page.origins }))) pagesWithoutAccess.push(page.url);
      }
      // Site access no restored page needs is given back (Keel asks for none at install).
      const needed = new Set(pages.flatMap((p) => p.origins));
      const unneeded = ((await browser.permissions.getAll()).origins ?? []).filter((o) => !needed.has(o));
      if (unneeded.length) await browser.permissions.remove({ origins: unneeded }).catch(() => false);
      // The pages changed: the content script's registration follows them.
      const matches = await syncContentScript(db);
      await startInOpenTabs(matches);
      return { counts, pagesWithoutAccess };
    },
    'data/wipe': async () => {
      await wipeEverything(db, Date.now());
      forgetTimelines();
      return { wiped: true };
    },
  };
}
