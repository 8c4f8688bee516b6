/**
 * The cleanup queue's live items: read once, then only the rows each change
 * names; a change too wide to follow key by key reads them all again. Real
 * Dexie over fake-indexeddb: the change events are Dexie's own.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { recordAction } from '../../utils/background/actions';
import { KeelDb, type StoredItem } from '../../utils/db';
import { keysOf, watchIncidentItems } from '../../utils/queue/live';
import { item } from './export-fixtures';

let db: KeelDb;
let n = 0;
let stop: () => void = () => {};

beforeEach(async () => {
  db = new KeelDb(`keel-queue-live-${++n}`);
  await db.items.bulkAdd([item(1, 'troll'), item(2, 'threat'), item(3, 'spam'), item(4, 'troll', { incidentId: 'other' })]);
});
afterEach(async () => {
  stop();
  db.close();
  await Dexie.delete(db.name);
});

/** Starts watching inc1; `next()` waits for the next list it is given. */
function watch() {
  const seen: StoredItem[][] = [];
  let wake: () => void = () => {};
  stop = watchIncidentItems(
    db,
    'inc1',
    (items) => {
      seen.push(items);
      wake();
    },
    (err) => {
      throw err;
    },
  );
  const next = async (): Promise<Map<string, StoredItem>> => {
    const count = seen.length;
    if (seen.length === count) await new Promise<void>((resolve) => (wake = resolve));
    return new Map((seen[seen.length - 1] ?? []).map((i) => [i.key, i]));
  };
  return { seen, next };
}

/** The watcher's reads of a whole incident (other code, the write path's summaries included, also calls where). */
function incidentReads() {
  const where = vi.spyOn(db.items, 'where');
  return { count: () => where.mock.calls.filter(([index]) => (index as unknown) === 'incidentId').length };
}

describe('watchIncidentItems', () => {
  test('reads the incident once, then only the rows a change names', async () => {
    const where = incidentReads();
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    const w = watch();
    const first = await w.next();
    expect([...first.keys()].sort()).toEqual(['facebook:c1', 'facebook:c2', 'facebook:c3']);
    expect(where.count()).toBe(1);

    // A moderator hides one item: that row alone is read.
    await recordAction(db, { kind: 'hidden', actor: 'Sam', cause: 'moderator', detail: '', itemKey: 'facebook:c1' }, 5_000);
    const after = await w.next();
    expect(after.get('facebook:c1')).toMatchObject({ needsReview: 0, done: { hidden: 5_000 } });
    expect(after.size).toBe(3);
    expect(where.count()).toBe(1);
    expect(bulkGet.mock.calls.at(-1)?.[0]).toEqual(['facebook:c1']);

    // An item attached, one moved to another incident, one deleted.
    await db.items.update('facebook:c4', { incidentId: 'inc1' });
    expect([...(await w.next()).keys()].sort()).toEqual(['facebook:c1', 'facebook:c2', 'facebook:c3', 'facebook:c4']);
    await db.items.update('facebook:c2', { incidentId: 'other' });
    expect((await w.next()).has('facebook:c2')).toBe(false);
    await db.items.delete('facebook:c3');
    expect([...(await w.next()).keys()].sort()).toEqual(['facebook:c1', 'facebook:c4']);
    expect(where.count()).toBe(1);
  });

  test('a bulk write Dexie does not follow key by key reads the incident again', async () => {
    const w = watch();
    await w.next();
    const where = incidentReads();
    const many = Array.from({ length: 60 }, (_, i) => item(100 + i, 'troll'));
    await db.items.bulkPut(many);
    const after = await w.next();
    expect(after.size).toBe(63);
    expect(where.count()).toBe(1);
  });

  test('while changes keep coming (a batch job), the list is handed on as it goes, not only at the end', async () => {
    const w = watch();
    await w.next();
    // The first read of the changes waits until three more writes have landed behind it.
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const bulkGet = db.items.bulkGet.bind(db.items);
    vi.spyOn(db.items, 'bulkGet').mockImplementationOnce(((keys: string[]) => gate.then(() => bulkGet(keys))) as never);
    await db.items.update('facebook:c1', { label: 'spam' });
    for (const k of ['facebook:c2', 'facebook:c3']) await db.items.update(k, { label: 'spam' });
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 500));
    const before = w.seen.length;
    open();
    await expect.poll(() => [...(w.seen.at(-1) ?? [])].every((i) => i.label === 'spam')).toBe(true);
    expect(w.seen.length - before).toBeGreaterThanOrEqual(2);
  });

  test('a read that fails is reported, and the next change reads the incident again', async () => {
    const errors: Error[] = [];
    const seen: StoredItem[][] = [];
    const where = incidentReads();
    vi.spyOn(db.items, 'bulkGet').mockRejectedValueOnce(new Error('DatabaseClosedError'));
    stop = watchIncidentItems(db, 'inc1', (items) => seen.push(items), (err) => errors.push(err));
    await expect.poll(() => seen.length).toBe(1);
    await db.items.update('facebook:c1', { label: 'spam' });
    await expect.poll(() => errors.map((e) => e.message)).toEqual(['DatabaseClosedError']);
    await db.items.update('facebook:c2', { label: 'spam' });
    await expect.poll(() => seen.length).toBe(2);
    expect(where.count()).toBe(2);
    expect(new Map(seen[1]?.map((i) => [i.key, i.label]))).toEqual(new Map([['facebook:c1', 'spam'], ['facebook:c2', 'spam'], ['facebook:c3', 'spam']]));
  });

  test('changes to other tables, or after stopping, read nothing', async () => {
    const w = watch();
    await w.next();
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    await db.settings.put({ key: 'moderatorName', value: 'Sam' });
    stop();
    await db.items.update('facebook:c1', { label: 'spam' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bulkGet).not.toHaveBeenCalled();
    expect(w.seen).toHaveLength(1);
  });
});

describe('keysOf', () => {
  test('single keys of a tree, also a plain copy of one; a range is not keys', () => {
    const tree = { from: 'b', to: 'b', l: { from: 'a', to: 'a' }, r: { from: 'c', to: 'c', r: null } };
    const out = new Set<string>();
    expect(keysOf(structuredClone(tree), out)).toBe(true);
    expect([...out].sort()).toEqual(['a', 'b', 'c']);
    expect(keysOf({ from: 'a', to: 'z' }, new Set())).toBe(false);
    expect(keysOf({ from: -Infinity, to: [[]] }, new Set())).toBe(false);
  });
});
