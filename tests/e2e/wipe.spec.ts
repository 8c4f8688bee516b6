/**
 * Wipe means wipe. Every store Keel has is filled (every IndexedDB table, an
 * evidence screenshot Blob among them, storage.local, storage.session, the
 * registered content script, host access to three sites), then "Delete all
 * data" is run from Settings as a user does: afterwards every table is empty
 * but the example workspace a fresh install starts with, both storage areas are
 * empty, no content script is registered, no host access remains, and the open
 * tab has dropped its labels.
 */
import { Buffer } from 'node:buffer';
import type { BrowserContext } from '@playwright/test';
import { grantSiteAccess } from '../../scripts/browser';
import { checkBackup } from '../../utils/backup/restore';
import { TABLES } from '../../utils/backup/rows';
import type { KeelDb } from '../../utils/db';
import { PACK_STORES } from '../../utils/db/packed';
import { LATEST_VERSION } from '../../utils/db/schema';
import { DEFAULT_RULES } from '../../utils/db/types';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';
import { fillEveryTable, PNG } from '../unit/backup-fill';
import { expect, readChips, readStore, routeFixture, test, waitForKeelIdle } from './extension';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
/** The sites of the backup's two pages, and one more: access a user gave for a page they then did not add. */
const SITES = ['https://www.facebook.com/*', 'https://www.smile-reviews.example/*', 'https://www.trustpilot.com/*'];

/**
 * A backup with rows in every table: the rows of the unit tests' fillEveryTable,
 * caught as it writes them (the screenshot as base64, as a backup carries it).
 */
async function everyTableBackup(): Promise<string> {
  const tables: Record<string, unknown[]> = Object.fromEntries(TABLES.map((t) => [t, []]));
  tables.workspaces = [{ ...DEFAULT_WORKSPACE, rules: { ...DEFAULT_RULES }, createdAt: 1 }];
  tables.settings = [{ key: 'activeWorkspaceId', value: 'default' }];
  let seq = 0;
  const recorder = new Proxy(
    {},
    {
      get: (_, table: string) => {
        const put = (row: Record<string, unknown>) => {
          const copy = { ...row };
          if (table === 'actions') copy.seq = ++seq;
          if (table === 'ratings') copy.id = (tables.ratings?.length ?? 0) + 1;
          if (copy.screenshot instanceof Blob) copy.screenshot = Buffer.from(PNG).toString('base64');
          tables[table]?.push(copy);
        };
        return {
          add: async (row: Record<string, unknown>) => put(row),
          put: async (row: Record<string, unknown>) => put(row),
          bulkAdd: async (rows: Record<string, unknown>[]) => rows.forEach(put),
        };
      },
    },
  );
  await fillEveryTable(recorder as unknown as KeelDb);
  // Actions as recordAction writes them (every field present).
  tables.actions = (tables.actions as Record<string, unknown>[]).map((a) => ({ authorKey: null, incidentId: null, workspaceId: null, undoes: null, cause: 'moderator', ...a }));
  const file = { format: 'keel-backup/1', schemaVersion: LATEST_VERSION, exportedAt: 1, tables };
  const check = checkBackup(file);
  if (!check.ok) throw new Error(check.problems.join('\n'));
  return JSON.stringify(file);
}

/** Clicks Keel's toolbar button on the tab showing `url`, as a moderator does (it grants activeTab for that tab). */
async function clickToolbarButton(context: BrowserContext, extensionId: string, url: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab at ${url}`);
    await cdp.send('Extensions.triggerAction' as 'Target.getTargets', { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

test('delete all data leaves nothing but what a fresh install starts with', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  // Every table: a backup with a row in each, restored as a user restores one.
  const text = await everyTableBackup();
  await options
    .locator('label.file', { hasText: 'Restore from backup…' })
    .locator('input[type="file"]')
    .setInputFiles({ name: 'every-table.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(options.getByText(/^Restored every-table\.json/)).toBeVisible();

  // Host access to the pages' sites and one more; the content script is registered for them.
  await grantSiteAccess(context, extensionId, SITES);
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).sort()))
    .toEqual(['https://www.facebook.com/*', 'https://www.smile-reviews.example/*']);

  // The page read live: its items, its tab's state in storage.session, its labels on screen.
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const post = await context.newPage();
  await post.goto(POST);
  await waitForKeelIdle(post, 8);
  expect((await readChips(post)).length).toBeGreaterThanOrEqual(8);
  // A capture with a screenshot: the moderator clicks Keel's toolbar button on the tab (activeTab), then captures.
  await clickToolbarButton(context, extensionId, POST);
  await post.bringToFront();
  const captured = await options.evaluate(() => chrome.runtime.sendMessage({ keel: 1, type: 'evidence/capture', payload: { key: 'facebook:1005' } }));
  expect(captured).toMatchObject({ ok: true, data: { screenshot: true } });
  // Access to a site no page lists (a restore gives such grants back; this one is granted after it).
  await grantSiteAccess(context, extensionId, ['https://web.facebook.com/*']);
  // storage.local: Keel keeps nothing there today; whatever is there is Keel's, and goes too.
  await worker.evaluate(() => chrome.storage.local.set({ 'keel-test': { kept: true } }));

  // Before: every table has rows, evidence has screenshot Blobs, both storage areas have keys, host access is given.
  for (const table of TABLES) expect((await readStore(worker, table)).length, table).toBeGreaterThan(0);
  const blobs = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('keel');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<Array<{ screenshot: Blob | null }>>((resolve, reject) => {
      const req = db.transaction('evidence').objectStore('evidence').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows.map((r) => (r.screenshot instanceof Blob ? r.screenshot.size : 0));
  });
  // The restored one and the one just captured; an automatic capture of a threat is text only.
  expect(blobs.filter((size) => size > 0).length).toBeGreaterThanOrEqual(2);
  expect(Object.keys(await worker.evaluate(() => chrome.storage.session.get(null))).some((k) => k.startsWith('tab:'))).toBe(true);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toEqual({});
  // Among them a site no page needs.
  expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual(expect.arrayContaining([...SITES, 'https://web.facebook.com/*']));

  // Delete all data, from Settings.
  await options.bringToFront();
  await options.getByLabel('Type DELETE to confirm').fill('DELETE');
  await options.getByRole('button', { name: 'Delete all data' }).click();
  await expect(options.getByText('All of Keel’s data on this device is deleted.')).toBeVisible();

  // Every table empty but the example workspace, active, as on a fresh install.
  for (const table of [...TABLES, 'summaries'] as const) {
    const rows = await readStore(worker, table);
    if (table === 'workspaces') expect(rows).toEqual([{ ...DEFAULT_WORKSPACE, rules: DEFAULT_RULES, createdAt: expect.any(Number) }]);
    else if (table === 'settings') expect(rows).toEqual([{ key: 'activeWorkspaceId', value: 'default' }]);
    else expect(rows, table).toEqual([]);
  }
  // Nothing is left in the stores that hold the items' and authors' rows either (their packs, and the packs' key filters).
  for (const store of PACK_STORES) expect(await readStore(worker, store), store).toEqual([]);
  // The database's stores are all of Keel's tables (the backed-up ones and the summaries counted from them) and the packs of two of them: none was left out of the list the wipe empties.
  expect(await worker.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('keel');
    open.onsuccess = () => {
      const names = [...open.result.objectStoreNames];
      open.result.close();
      resolve(names);
    };
    open.onerror = () => reject(open.error);
  }))).toEqual([...TABLES, 'summaries', ...PACK_STORES].sort());
  // No other database and no cache of Keel's.
  expect((await worker.evaluate(() => indexedDB.databases())).map((d) => d.name)).toEqual(['keel']);
  expect(await worker.evaluate(() => caches.keys())).toEqual([]);
  expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
  expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({});
  expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual([]);
  // The open tab dropped its labels.
  await expect.poll(async () => (await readChips(post)).length).toBe(0);
  await options.locator('#data-h').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'test-results/screens/wipe-done.png' });
});
