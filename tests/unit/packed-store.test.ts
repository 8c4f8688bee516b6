/**
 * The packed tables answer as the tables they stand for (property-based): the
 * same random rows written, changed and deleted in the same transactions into
 * Keel's database (items and authors packed, utils/db/packed.ts) and into a
 * plain Dexie database with the same table specs; then every kind of read Keel
 * makes of an index (ranges open and closed, equal values, first and last, a
 * few in either direction, counts, whole-index order, unique values) must give
 * the same keys in the same order. Times posted fall on and around the hour,
 * where the items' time index is bucketed, and queries cut ranges there.
 */
import Dexie, { type Table } from 'dexie';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { KeelDb } from '../../utils/db';

const HOUR = 3_600_000;
const T0 = 1_790_000_000_000 - (1_790_000_000_000 % HOUR);
const PAGES = ['https://www.facebook.com/a/posts/1', 'https://www.facebook.com/a/posts/2', 'https://www.google.com/maps/place/b'];
const WORKSPACES = ['default', 'ws-2'];

type Row = Record<string, unknown> & { key: string };

/** A time posted: on an hour, just before or after one, or within it. */
const time = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(0, 1, -1, 1_799_999, HOUR / 2)).map(([h, d]) => T0 + h * HOUR + d);

const itemRow = (i: number) =>
  fc.record({
    workspaceId: fc.constantFrom(...WORKSPACES),
    pageKey: fc.constantFrom(...PAGES),
    firstSeenAt: fc.constantFrom(T0, T0 + 10, T0 + 20),
    at: time,
    authorKey: fc.constantFrom('facebook:a', 'facebook:b', 'facebook:c', `facebook:only-${i}`),
    incidentId: fc.constantFrom(null, 'inc-1', 'inc-2'),
    needsReview: fc.constantFrom(0, 1),
    parentId: fc.constantFrom(null, '7', '8'),
    text: fc.constant(`comment ${i}`),
  });

/** Keys shared between runs' batches, so later batches replace earlier rows. */
const key = (i: number) => `facebook:${String(i).padStart(4, '0')}`;

const batches = fc.array(
  fc.record({
    put: fc.array(fc.nat({ max: 260 }), { minLength: 1, maxLength: 140 }),
    drop: fc.array(fc.nat({ max: 260 }), { maxLength: 20 }),
    seed: fc.nat(),
  }),
  { minLength: 1, maxLength: 4 },
);

/** The rows of one batch, made from its seed so both databases get the same. */
function rowsOf(put: number[], seed: number): Row[] {
  return put.map((i) => ({ key: key(i), ...fc.sample(itemRow(i), { seed: seed + i, numRuns: 1 })[0] }) as Row);
}

const authorRow = (i: number, seed: number): Row => ({
  key: `facebook:author-${i}`,
  workspaceId: WORKSPACES[(seed + i) % 2] as string,
  nameKeys: [`name ${i % 7}`, ...(i % 3 ? [] : [`alias ${i % 4}`])],
  names: [`Name ${i}`],
});

/** One read of an index, and its answer as keys (or a count). */
type Read = (t: Table) => Promise<unknown>;
const bound = fc.oneof(time, fc.constantFrom(T0, T0 + 2 * HOUR, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY));
const readArb: fc.Arbitrary<{ name: string; read: Read }> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...PAGES), bound, bound, fc.boolean(), fc.boolean(), fc.constantFrom('keys', 'count', 'first', 'last', 'few', 'fewBack'), fc.integer({ min: 1, max: 12 }))
    .map(([page, a, b, incLo, incHi, how, n]) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      // Both ends equal and open is no range at all (IndexedDB refuses it, packed or not).
      const closed = lo === hi;
      const range = (t: Table) => t.where('[pageKey+at]').between([page, lo], [page, hi], incLo || closed, incHi || closed);
      return { name: `[pageKey+at] ${page} ${lo}..${hi} ${incLo}/${incHi} ${how} ${n}`, read: answer(range, how, n) };
    }),
  fc
    .tuple(fc.constantFrom(...WORKSPACES), fc.constantFrom(0, 1), fc.constantFrom('keys', 'count', 'first', 'last', 'few', 'fewBack'), fc.integer({ min: 1, max: 12 }))
    .map(([ws, r, how, n]) => ({ name: `[workspaceId+needsReview] ${ws} ${r} ${how} ${n}`, read: answer((t) => t.where('[workspaceId+needsReview]').equals([ws, r]), how, n) })),
  fc
    .tuple(fc.constantFrom('incidentId', 'authorKey', 'workspaceId'), fc.constantFrom('inc-1', 'inc-2', 'facebook:a', 'facebook:b', 'default', 'ws-2'), fc.constantFrom('keys', 'count', 'first', 'last', 'few'))
    .map(([index, value, how]) => ({ name: `${index} = ${value} ${how}`, read: answer((t) => t.where(index).equals(value), how, 3) })),
  fc
    .tuple(fc.constantFrom(...PAGES), fc.constantFrom('first', 'last', 'count'))
    .map(([page, how]) => ({ name: `[pageKey+firstSeenAt] ${page} ${how}`, read: answer((t) => t.where('[pageKey+firstSeenAt]').between([page, 0], [page, Number.POSITIVE_INFINITY]), how, 1) })),
  fc
    .tuple(fc.constantFrom(...PAGES), fc.constantFrom('7', '8'))
    .map(([page, parent]) => ({ name: `[pageKey+parentId] ${page} ${parent}`, read: answer((t) => t.where('[pageKey+parentId]').equals([page, parent]), 'keys', 1) })),
  fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 30 })).map(([back, n]) => ({
    name: `orderBy [pageKey+at] ${back ? 'reverse' : ''} limit ${n}`,
    read: async (t: Table) => {
      const c = t.orderBy('[pageKey+at]');
      return (back ? c.reverse() : c).limit(n).primaryKeys();
    },
  })),
  fc.constant({ name: 'unique pages by [pageKey+at]', read: (t: Table) => t.orderBy('[pageKey+at]').uniqueKeys() }),
  // Items by author are only ever asked for one author (the index holds hashes); a range still answers right.
  fc
    .tuple(fc.constantFrom('facebook:a', 'facebook:b'), fc.constantFrom('facebook:c', 'facebook:only-9'), fc.constantFrom('keys', 'count', 'first', 'last', 'few', 'fewBack'))
    .map(([lo, hi, how]) => ({ name: `authorKey ${lo}..${hi} ${how}`, read: answer((t) => t.where('authorKey').between(lo, hi, true, false), how, 4) })),
  fc.constant({ name: 'orderBy authorKey, a few', read: (t: Table) => t.orderBy('authorKey').limit(7).primaryKeys() }),
);

type Where = (t: Table) => Dexie.Collection;
function answer(where: Where, how: string, n: number): Read {
  return async (t) => {
    switch (how) {
      case 'count':
        return where(t).count();
      case 'first':
        return (await where(t).first())?.key ?? null;
      case 'last':
        return (await where(t).last())?.key ?? null;
      case 'few':
        return where(t).limit(n).primaryKeys();
      case 'fewBack':
        return where(t).reverse().limit(n).primaryKeys();
      default:
        return where(t).primaryKeys();
    }
  };
}

/** The same tables, unpacked: Dexie's own indexes on IndexedDB's own stores. */
function plainTwin(db: KeelDb, name: string): Dexie {
  const spec = (t: Table) => [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ');
  const twin = new Dexie(name);
  twin.version(1).stores({ items: spec(db.items), authors: spec(db.authors) });
  return twin;
}

let n = 0;
const opened: Dexie[] = [];
afterAll(async () => {
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('packed tables', () => {
  test('answer every read as the same tables unpacked, after random writes, changes and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(batches, fc.array(readArb, { minLength: 8, maxLength: 16 }), async (writes, reads) => {
        const packed = new KeelDb(`keel-packed-${++n}`);
        const plain = plainTwin(packed, `keel-plain-${n}`);
        opened.push(packed, plain);
        for (const db of [packed, plain] as Dexie[]) {
          for (const { put, drop, seed } of writes) {
            const rows = rowsOf(put, seed);
            const authors = put.map((i) => authorRow(i, seed));
            await db.transaction('rw', [db.table('items'), db.table('authors')], async () => {
              await db.table('items').bulkPut(rows);
              await db.table('authors').bulkPut(authors);
              await db.table('items').bulkDelete(drop.map(key));
              // A change through modify, as Keel's reviews make: rows leave one value of an index for another.
              await db
                .table('items')
                .where('[workspaceId+needsReview]')
                .equals(['default', 1])
                .limit(5)
                .modify((row: Row) => {
                  row.needsReview = 0;
                  row.at = (row.at as number) + HOUR;
                });
            });
          }
        }
        for (const { name, read } of reads) {
          expect(await read(packed.items), name).toEqual(await read(plain.table('items')));
        }
        for (const value of ['name 1', 'name 3', 'alias 0', 'alias 2']) {
          const q = (t: Table) => t.where('nameKeys').equals(value);
          expect(await q(packed.authors).primaryKeys(), value).toEqual(await q(plain.table('authors')).primaryKeys());
          expect(await q(packed.authors).count(), value).toBe(await q(plain.table('authors')).count());
        }
        for (const ws of WORKSPACES) expect(await packed.authors.where('workspaceId').equals(ws).count()).toBe(await plain.table('authors').where('workspaceId').equals(ws).count());
        expect(await packed.items.count()).toBe(await plain.table('items').count());
        packed.close();
        plain.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  test('a few rows from the middle of an hour: past the rows of its bucket that fall before the range', async () => {
    const db = new KeelDb(`keel-packed-${++n}`);
    opened.push(db);
    const page = PAGES[0] as string;
    // One row every quarter of an hour for three hours: four to each bucket.
    const rows = Array.from({ length: 12 }, (_, i) => ({ key: key(i), workspaceId: 'default', pageKey: page, at: T0 + i * 900_000, firstSeenAt: T0, authorKey: 'facebook:a', needsReview: 0 }));
    await db.items.bulkPut(rows as never);
    const from = (lo: number, hi: number) => db.items.where('[pageKey+at]').between([page, lo], [page, hi], true, true);
    // The first hour's four rows all come before 0:50, so its entry counts four that are not in the range.
    expect(await from(T0 + 50 * 60_000, T0 + 3 * HOUR).limit(3).primaryKeys()).toEqual([key(4), key(5), key(6)]);
    expect(await from(T0, T0 + HOUR + 10 * 60_000).reverse().limit(2).primaryKeys()).toEqual([key(4), key(3)]);
    expect(await from(T0 + 50 * 60_000, T0 + 3 * HOUR).first()).toMatchObject({ key: key(4) });
    expect(await from(T0 + 20 * 60_000, T0 + HOUR + 20 * 60_000).count()).toBe(4);
  });
});
