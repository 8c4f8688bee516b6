/**
 * "Delete all data": every row of every table, Keel's storage.local and
 * storage.session, the content script's registration and the host access
 * Keel's pages had. Afterwards Keel is as on a fresh install: one example
 * workspace, active, and nothing else.
 */
import { browser } from 'wxt/browser';
import type { KeelDb } from '../db';
import type { ToContent } from '../messaging/protocol';
import { DEFAULT_WORKSPACE } from '../workspace';
import { DEFAULT_RULES } from '../db/types';
import { TABLES } from './rows';
import { syncContentScript } from '../background/registration';

export const WIPE_CONFIRMATION = 'DELETE';

/** Empties every table, then puts back what a fresh install starts with, in one transaction. */
export async function wipeDatabase(db: KeelDb, now: number): Promise<void> {
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.summaries], async () => {
    for (const table of TABLES) await db.table(table).clear();
    await db.summaries.clear();
    await db.workspaces.add({ ...structuredClone(DEFAULT_WORKSPACE), rules: { ...DEFAULT_RULES }, createdAt: now });
    await db.settings.add({ key: 'activeWorkspaceId', value: DEFAULT_WORKSPACE.id });
  });
}

/** Everything Keel keeps, gone. Host access is given back; open tabs drop their labels. */
export async function wipeEverything(db: KeelDb, now: number): Promise<{ origins: string[] }> {
  const origins = [...new Set((await db.pages.toArray()).flatMap((p) => p.origins))];
  const session = await browser.storage.session.get(null);
  const tabs = Object.keys(session)
    .filter((key) => key.startsWith('tab:'))
    .map((key) => Number(key.slice(4)));
  await wipeDatabase(db, now);
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  // With no pages left, the (queued) sync removes the content script's registration.
  await syncContentScript(db);
  if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
  // Access no page lists any more is Keel's too (a page removed while its prompt was open, pages
  // replaced by a restore): Keel asks for no host at install, so every granted host goes.
  const others = ((await browser.permissions.getAll().catch(() => ({ origins: [] }))).origins ?? []).filter((o) => !origins.includes(o));
  if (others.length) await browser.permissions.remove({ origins: others }).catch(() => false);
  const stop: ToContent = { keel: 1, type: 'page/stop' };
  for (const tabId of tabs) await browser.tabs.sendMessage(tabId, stop).catch(() => undefined);
  return { origins };
}
