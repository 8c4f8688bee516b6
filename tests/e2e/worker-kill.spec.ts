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
import { launchRaw, type RawBrowser } from './raw-cdp';

const ITEMS = 1_000;
const PAGE = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Kill';

/** Writes `count` flagged items straight into Keel's store (test setup only: the product writes through the background). */
async function seedItems(count: number, pageUrl: string): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('keel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const keys: string[] = [];
  const tx = db.transaction('items', 'readwrite');
  for (let i = 0; i < count; i++) {
    const key = `facebook:kill${i}`;
    keys.push(key);
    tx.objectStore('items').put({
      key, workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: `kill${i}`, parentId: null,
      pageKey: pageUrl, pageUrl, permalink: `${pageUrl}?comment_id=kill${i}`,
      author: { name: `Stranger ${i}`, profileUrl: `https://www.facebook.com/stranger.${i}` }, authorKey: `facebook:https://www.facebook.com/stranger.${i}`,
      text: `Boycott these clowns ${i}`, rating: null, postedAt: null, postedText: 'Just now', firstSeenAt: 1, lastSeenAt: 1, at: 1,
      negative: true, firstTime: true, campaign: true, label: 'troll', labelSource: 'auto', confidence: 0.9, reasons: ['Insults'],
      incidentId: null, needsReview: 1, done: {},
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return keys;
}

interface Snapshot {
  deleted: string[];
  doneItems: string[];
  job: { next: number; total: number } | null;
}

/** What is stored now, read in one transaction: the log's "deleted" rows in order, the items marked deleted, the batch's progress. */
async function snapshot(): Promise<Snapshot> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('keel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['actions', 'items', 'jobs']);
  const read = <T,>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      const req = tx.objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as T[]);
      req.onerror = () => reject(req.error);
    });
  const [actions, items, jobs] = await Promise.all([
    read<{ kind: string; itemKey: string; seq: number }>('actions'),
    read<{ key: string; done: Record<string, number> }>('items'),
    read<{ next: number; itemKeys: string[] }>('jobs'),
  ]);
  db.close();
  const job = jobs[0];
  return {
    deleted: actions.filter((a) => a.kind === 'deleted').sort((a, b) => a.seq - b.seq).map((a) => a.itemKey),
    doneItems: items.filter((i) => i.done.deleted).map((i) => i.key).sort(),
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
  const keys = (await evaluate(call(seedItems, ITEMS, PAGE))) as string[];
  const read = async () => (await evaluate(call(snapshot))) as Snapshot;

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
