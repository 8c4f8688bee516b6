/**
 * Nothing lives only in the service worker's memory. A batch of a thousand
 * actions is cut short by ending the worker (as the browser does to an idle or
 * misbehaving worker): every action finished is stored together with its
 * item's change, nothing is half-written, and when the worker starts again the
 * batch carries on from the first item not done, with no item done twice.
 *
 * Driven over the bare DevTools protocol (raw-cdp.ts): Playwright stalls when a
 * worker it is attached to is stopped.
 */
import { expect, test } from '@playwright/test';
import { type StoreWrite, storeWrite, writeStoresCall } from '../../scripts/seed-store';
import { PACKED } from '../../utils/db/packed';
import { launchRaw, type RawBrowser } from './raw-cdp';

const ITEMS = 1_000;
const PAGE = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Kill';

/** `count` flagged items on `pageUrl`, written straight into Keel's store (test setup only: the product writes through the background). */
function seedItems(count: number, pageUrl: string): { write: StoreWrite; keys: string[] } {
  const rows = Array.from({ length: count }, (_, i) => ({
    key: `facebook:kill${i}`, workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: `kill${i}`, parentId: null,
    pageKey: pageUrl, pageUrl, permalink: `${pageUrl}?comment_id=kill${i}`,
    author: { name: `Stranger ${i}`, profileUrl: `https://www.facebook.com/stranger.${i}` }, authorKey: `facebook:https://www.facebook.com/stranger.${i}`,
    text: `Boycott these clowns ${i}`, rating: null, postedAt: null, postedText: 'Just now', firstSeenAt: 1, lastSeenAt: 1, at: 1,
    negative: true, firstTime: true, campaign: true, label: 'troll', labelSource: 'auto', confidence: 0.9, reasons: ['Insults'],
    incidentId: null, needsReview: 1, done: {},
  }));
  return { write: storeWrite('items', rows), keys: rows.map((r) => r.key) };
}

interface Snapshot {
  deleted: string[];
  doneItems: string[];
  job: { next: number; total: number } | null;
}

/**
 * What is stored now, read in one transaction: the log's "deleted" rows in order, the items marked deleted, the batch's progress.
 * `itemStore`: the store holding the items, a hundred to a record (utils/db/packed.ts).
 */
async function snapshot(itemStore: string): Promise<Snapshot> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('keel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['actions', itemStore, 'jobs']);
  const read = <T,>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      const req = tx.objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as T[]);
      req.onerror = () => reject(req.error);
    });
  const [actions, packs, jobs] = await Promise.all([
    read<{ kind: string; itemKey: string; seq: number }>('actions'),
    read<{ rows?: Array<{ key: string; done: Record<string, number> }> }>(itemStore),
    read<{ next: number; itemKeys: string[] }>('jobs'),
  ]);
  db.close();
  const job = jobs[0];
  return {
    deleted: actions.filter((a) => a.kind === 'deleted').sort((a, b) => a.seq - b.seq).map((a) => a.itemKey),
    doneItems: packs.flatMap((p) => p.rows ?? []).filter((i) => i.done.deleted).map((i) => i.key).sort(),
    job: job ? { next: job.next, total: job.itemKeys.length } : null,
  };
}

const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

let browser: RawBrowser;
test.beforeEach(async () => {
  browser = await launchRaw();
});
test.afterEach(async () => {
  await browser.close();
});

test('a batch cut short by the worker being stopped keeps every finished action and resumes where it stopped', async () => {
  test.setTimeout(120_000);
  const evaluate = await browser.openExtensionPage('options.html');
  const { write, keys } = seedItems(ITEMS, PAGE);
  await evaluate(writeStoresCall([write]));
  const read = async () => (await evaluate(call(snapshot, PACKED.items?.store))) as Snapshot;

  const answer = await evaluate(
    `chrome.runtime.sendMessage({ keel: 1, type: 'actions/batch', payload: { itemKeys: ${JSON.stringify(keys)}, kind: 'deleted' } })`,
  );
  expect(answer).toMatchObject({ ok: true, data: { total: ITEMS } });

  // Some way in, the worker is ended.
  await expect.poll(async () => (await read()).deleted.length, { intervals: [10] }).toBeGreaterThan(50);
  await browser.stopWorker();

  // What it left: each finished item complete (its log row and its mark), none half-done, in the batch's order.
  const stopped = await read();
  expect(stopped.job, 'the batch was still under way when the worker stopped').not.toBeNull();
  const done = stopped.job?.next ?? 0;
  expect(done).toBeGreaterThan(50);
  expect(done).toBeLessThan(ITEMS);
  expect(stopped.deleted).toEqual(keys.slice(0, done));
  expect(stopped.doneItems).toEqual(keys.slice(0, done).sort());
  // Nothing moves while the worker is down.
  expect((await read()).deleted).toHaveLength(done);

  // The next event starts the worker again (here, any message), and the batch carries on by itself.
  await evaluate(`chrome.runtime.sendMessage({ keel: 1, type: 'settings/moderator-name', payload: { name: 'Ana' } })`);
  expect(await browser.worker()).toBeTruthy();
  await expect.poll(async () => (await read()).job, { timeout: 60_000 }).toBeNull();
  const finished = await read();
  // Every item exactly once, in order: resumed at the first item not done.
  expect(finished.deleted).toEqual(keys);
  expect(finished.doneItems).toEqual([...keys].sort());
});
