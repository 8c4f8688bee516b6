/**
 * Bundled by scripts/bench.ts into a plain page served to Chromium: the
 * background's write path (the `items/observed` payload's validation, then
 * observeItems with real Dexie on the browser's real IndexedDB), fed with what
 * the Facebook adapter reads off a 10,000-comment page built by the demo's own
 * markup. Nothing here runs in the extension.
 */
import Dexie from 'dexie';
import { facebook } from '../utils/adapters/facebook';
import { storeBatch } from '../utils/background/store-batch';
import { KeelDb } from '../utils/db';
import type { RawItem } from '../utils/model';
import { protocol } from '../utils/messaging/protocol';
import { appendComment, renderPost, syntheticComments } from './demo/fb-markup.js';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const PAGE_ROOT = 'https://www.facebook.com/HarboursideDental';

export interface StoreRun {
  /** From the first batch sent to the last answer, the database's first open included. */
  totalMs: number;
  /** Writing the same final rows, and nothing else, in as many transactions, as fast as Keel writes them (adds, issued together). */
  floorMs: number;
  batchMs: number[];
  items: number;
  authors: number;
}

/** Renders `n` comments once and reads them with the real adapter, as the content script does. */
function readPage(n: number): RawItem[] {
  const list = renderPost(document, { postText: 'Benchmark post' });
  for (const c of syntheticComments(n)) appendComment(document, list, c);
  const items: RawItem[] = [];
  for (const el of facebook.findItems(document)) {
    const raw = facebook.read(el);
    if (raw) items.push(raw);
  }
  document.body.textContent = '';
  return items;
}

let page: RawItem[] | null = null;

/** Stores `n` items in batches of `batch` into a fresh database named `name`, one message after the other. */
async function storeRun(n: number, batch: number, name: string): Promise<StoreRun> {
  page ??= readPage(n);
  if (page.length !== n) throw new Error(`The adapter read ${page.length} items of ${n}.`);
  await Dexie.delete(name);
  const db = new KeelDb(name);
  const request = protocol['items/observed'].request;
  // Structured cloning, as runtime messaging does, so no object is shared with the read pass.
  const batches: RawItem[][] = [];
  for (let i = 0; i < n; i += batch) batches.push(structuredClone(page.slice(i, i + batch)));
  const batchMs: number[] = [];
  const start = performance.now();
  for (const items of batches) {
    const t = performance.now();
    const payload = request.parse({ items });
    const { results } = await storeBatch(db, payload.items, { url: POST, pageUrl: PAGE_ROOT, workspaceId: null }, 'Bench', Date.now());
    if (results.length !== items.length) throw new Error('storeBatch answered the wrong number of items.');
    batchMs.push(performance.now() - t);
  }
  const totalMs = performance.now() - start;
  const [items, authors] = await Promise.all([db.items.count(), db.authors.count()]);
  // The floor: the same final rows written into a fresh database of the same schema, with nothing else done.
  const [rowsI, rowsA] = await Promise.all([db.items.toArray(), db.authors.toArray()]);
  db.close();
  await Dexie.delete(name);
  const floor = new KeelDb(`${name}-floor`);
  await floor.open();
  const f0 = performance.now();
  for (let i = 0; i < rowsI.length; i += batch) {
    await floor.transaction('rw', [floor.items, floor.authors], () =>
      Promise.all([floor.authors.bulkAdd(rowsA.slice(i, i + batch)), floor.items.bulkAdd(rowsI.slice(i, i + batch))]),
    );
  }
  const floorMs = performance.now() - f0;
  floor.close();
  await Dexie.delete(`${name}-floor`);
  return { totalMs, batchMs, items, authors, floorMs };
}

(globalThis as unknown as { keelStoreRun: typeof storeRun }).keelStoreRun = storeRun;
