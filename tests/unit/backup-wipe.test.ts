import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TABLES } from '../../utils/backup/rows';
import { wipeEverything } from '../../utils/backup/wipe';
import { syncContentScript } from '../../utils/background/registration';
import { KeelDb } from '../../utils/db';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';
import { fillAndCount } from './backup-fill';

let n = 0;
let db: KeelDb;
/** The browser's side of it, as far as Keel can change it: registered scripts and granted hosts. */
let registered: Map<string, { id: string; matches?: string[] }>;
let granted: Set<string>;

beforeEach(async () => {
  fakeBrowser.reset();
  registered = new Map();
  // The last: access a user gave for a page that was never added (or was replaced by a restore).
  granted = new Set(['https://www.facebook.com/*', 'https://www.smile-reviews.example/*', 'https://www.trustpilot.com/*']);
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async (f?: { ids?: string[] }) => [...registered.values()].filter((s) => !f?.ids || f.ids.includes(s.id)));
  const put = async (list: { id: string }[]) => {
    for (const s of list) registered.set(s.id, s);
  };
  scripting.registerContentScripts = vi.fn(put);
  scripting.updateContentScripts = vi.fn(put);
  scripting.unregisterContentScripts = vi.fn(async (f?: { ids?: string[] }) => {
    for (const id of f?.ids ?? [...registered.keys()]) registered.delete(id);
  });
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  permissions.getAll = vi.fn(async () => ({ origins: [...granted], permissions: [] }));
  permissions.remove = vi.fn(async ({ origins }: { origins: string[] }) => origins.map((o) => granted.delete(o)).some(Boolean));
  fakeBrowser.tabs.sendMessage = vi.fn(async () => undefined) as never;

  db = new KeelDb(`keel-wipe-${++n}-${Date.now()}`);
  await db.open();
  await fillAndCount(db);
  await syncContentScript(db);
  await browser.storage.local.set({ anything: 1 });
  await browser.storage.session.set({ 'tab:4': { url: 'https://www.facebook.com/HarboursideDental', pageId: 'p1' }, pendingPage: { url: 'x' } });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('delete all data', () => {
  test('leaves every store empty but the example workspace a fresh install starts with', async () => {
    expect([...registered.keys()]).toEqual(['keel-pages']);
    await wipeEverything(db, 1_000);
    for (const table of db.tables) {
      const rows = await table.toArray();
      if (table.name === 'workspaces') expect(rows).toEqual([{ ...DEFAULT_WORKSPACE, rules: expect.any(Object), createdAt: 1_000 }]);
      else if (table.name === 'settings') expect(rows).toEqual([{ key: 'activeWorkspaceId', value: 'default' }]);
      else expect(rows, table.name).toEqual([]);
    }
    // Every table is backed up but the summaries, which are counted from the items, and the packs that hold items and authors.
    expect(db.tables.map((t) => t.name).filter((t) => !(TABLES as readonly string[]).includes(t))).toEqual(['summaries', 'itemPacks', 'authorPacks']);
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(registered.size).toBe(0);
    // Host access the pages had is given back; the tab that showed one is told to stop.
    expect(granted.size).toBe(0);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(4, { keel: 1, type: 'page/stop' });
  });
});
