/**
 * Packed tables: `items` and `authors` keep one logical row per item and per
 * author, but store up to PACK_SIZE of them in one IndexedDB record (a pack).
 * In Chromium every record costs about 60–75 µs to write whatever its size,
 * so 10,000 items and their 10,000 authors cost seconds as single records and
 * a tenth of that packed (see `npm run bench`, store10kMs).
 *
 * This is a Dexie DBCore middleware at the bottom of the stack: everything
 * above it (Table, Collection, liveQuery, hooks, the observability that tells
 * extension pages what changed) sees the tables as before, with the same
 * indexes, the same order and the same counts. Below it:
 * - a pack is `{ id, g, rows, k, x_<index>… }`: `g` the rows' group (their page
 *   or workspace, so a page's items sit together), `k` every row's primary key
 *   (multiEntry: finds the pack of a row), and for each index of the table one
 *   entry `[value, n]` per value its rows have, n the number of rows with it
 *   (multiEntry). Reads load the packs an index range names and keep the rows
 *   whose own value is in it, in the index's order; counts add up n. Each entry
 *   costs the write as much as a record's worth of rows (Chromium writes an
 *   index entry in 10–20 µs), and the rows that arrive together share most of
 *   their values (page, workspace, time first seen, incident, review state):
 *   a hundred rows cost a few entries per index, not a hundred;
 * - an index may be bucketed (PACKED's `buckets`): its entries hold the value's
 *   last number rounded down to the bucket size (items by time posted, by the
 *   hour), so rows posted about the same time share an entry too. Rounding
 *   down keeps the order, so a range of values is a range of buckets; the rows
 *   of the two buckets at its ends are checked one by one;
 * - an index only ever asked for one value (PACKED's `hashed`: items by author,
 *   whose keys are long addresses) holds a 52-bit hash of each value: a number
 *   costs the write about half what a long string does. Its reads load the
 *   packs of the value's hash and keep the rows that really have the value; a
 *   range of it (asked by nothing in Keel) reads every pack;
 * - the table's own object store stays declared, with its indexes, and empty:
 *   it gives the table its schema, and in a schema upgrade (a `versionchange`
 *   transaction) reads and writes go to it as they always did, until version 6
 *   moves its rows into packs (packExisting).
 * Operations on one transaction run one after the other, as IndexedDB's own
 * requests do, so two writes never rewrite the same pack from the same read.
 *
 * Finding a row's pack is one index read, which costs about as much as writing
 * a record: an add of 500 new rows cannot ask for each one. So each pack store
 * also holds one key filter (a Bloom filter of every key ever stored, record
 * FILTER_ID, in no index): a key it does not hold is not stored, for certain;
 * only the keys it may hold (those stored, and about one in a hundred others)
 * are looked up. It is read and written in the same transaction as the packs,
 * and rebuilt from them when missing or full.
 */
import {
  cmp,
  type DBCore,
  type DBCoreCursor,
  type DBCoreIndex,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreQueryRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
  type Table,
} from 'dexie';
import { fnvLanes } from '../hash';

export const PACK_SIZE = 100;

/** The packed tables: each one's pack store, and the field its rows are grouped by. */
export const PACKED: Readonly<Record<string, { store: string; group: string; buckets?: Readonly<Record<string, number>>; hashed?: readonly string[] }>> = {
  items: { store: 'itemPacks', group: 'pageKey', buckets: { '[pageKey+at]': 3_600_000 }, hashed: ['authorKey'] },
  authors: { store: 'authorPacks', group: 'workspaceId' },
};

/** The stores the packed tables' rows are in. */
export const PACK_STORES: readonly string[] = Object.values(PACKED).map((p) => p.store);

type Row = Record<string, unknown>;
type Key = string | number;
interface Pack {
  id?: number;
  g: string;
  rows: Row[];
  [entries: string]: unknown;
}

/** What a pack needs to know of one index of its table. */
interface IndexShape {
  name: string;
  keyPath: string | string[] | null;
  multiEntry: boolean;
  /** Bucket size of a bucketed index, else null. */
  bucket: number | null;
  /** Its entries hold its values' hashes (asked for one value at a time). */
  hashed: boolean;
}

/** The shapes of a packed table's indexes, from its schema. */
function shapesOf(table: string, indexes: ReadonlyArray<{ name: string; keyPath?: string | string[] | null; multi?: boolean; multiEntry?: boolean }>): IndexShape[] {
  const { buckets = {}, hashed = [] } = PACKED[table] ?? {};
  return indexes.map((i) => ({
    name: i.name,
    keyPath: i.keyPath ?? null,
    multiEntry: !!(i.multi ?? i.multiEntry),
    bucket: buckets[i.name] ?? null,
    hashed: hashed.includes(i.name),
  }));
}

/** The pack field holding one index's entries. */
const entriesField = (indexName: string): string => `x_${indexName.replace(/[^A-Za-z0-9]/g, '_')}`;

/** The Dexie spec of the pack store for a table of spec `tableSpec` ('key, a, [b+c], *d'). */
export function packStoreSpec(tableSpec: string): string {
  const names = tableSpec
    .split(',')
    .slice(1)
    .map((s) => s.trim().replace(/^[*&]/, ''))
    .filter(Boolean);
  return ['++id', 'g', '*k', ...names.map((n) => `*${entriesField(n)}`)].join(', ');
}

/**
 * A key's bucket in an index of bucket size `size` (null: not bucketed): a
 * number, or an array's last number, rounded down to a multiple of `size`.
 * Keys in order have their buckets in the same order.
 */
function bucketOf(x: unknown, size: number | null): unknown {
  if (!size) return x;
  if (typeof x === 'number') return Number.isFinite(x) ? Math.floor(x / size) * size : x;
  if (Array.isArray(x) && x.length > 0) {
    const last = x[x.length - 1];
    if (typeof last === 'number' && Number.isFinite(last)) return [...x.slice(0, -1), Math.floor(last / size) * size];
  }
  return x;
}

/** A key's 52-bit hash (two FNV-1a lanes over its keyId), as a number. */
function hashOf(x: unknown): number {
  const [h1, h2] = fnvLanes(keyId(x));
  return (h2 >>> 12) * 0x100000000 + h1;
}

/** Whether `r` is one key (both ends that key, closed). */
const isPoint = (r: DBCoreKeyRange): boolean => (r.type === 1 || r.type === RANGE) && r.lower !== undefined && !r.lowerOpen && !r.upperOpen && cmp(r.lower, r.upper) === 0;

/** One string per distinct IndexedDB key (for counting equal keys; `cmp` answers 0 exactly when these are equal). */
function keyId(x: unknown): string {
  if (typeof x === 'string') return `s${x.length}:${x}`;
  if (typeof x === 'number') return `n${x}`;
  if (Array.isArray(x)) return `[${x.map(keyId).join(',')}]`;
  if (x instanceof Date) return `D${x.getTime()}`;
  const bytes = ArrayBuffer.isView(x) ? new Uint8Array(x.buffer, x.byteOffset, x.byteLength) : new Uint8Array(x as ArrayBuffer);
  return `B${bytes.join('.')}`;
}

/** A valid IndexedDB key (rows whose index value is not one are not in that index). */
function validKey(k: unknown): boolean {
  if (typeof k === 'string') return true;
  if (typeof k === 'number') return !Number.isNaN(k);
  if (k instanceof Date) return !Number.isNaN(k.getTime());
  if (Array.isArray(k)) return k.every(validKey);
  return k instanceof ArrayBuffer || ArrayBuffer.isView(k);
}

function valueAt(row: Row, path: string): unknown {
  let v: unknown = row;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Row)[part];
  }
  return v;
}

/** The keys `row` has in an index, as IndexedDB reads them. */
function indexKeys(index: IndexShape, row: Row): unknown[] {
  const { keyPath } = index;
  if (keyPath === null) return [];
  const v = Array.isArray(keyPath) ? keyPath.map((p) => valueAt(row, p)) : valueAt(row, keyPath);
  if (index.multiEntry && Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) if (validKey(x) && !out.some((y) => cmp(x, y) === 0)) out.push(x);
    return out;
  }
  return validKey(v) ? [v] : [];
}

/** Writes a pack's lookup fields from its rows. */
function seal(pack: Pack, primaryKey: string, indexes: readonly IndexShape[]): Pack {
  pack.k = pack.rows.map((r) => r[primaryKey] as Key);
  for (const index of indexes) {
    const entries = new Map<string, [unknown, number]>();
    for (const row of pack.rows) {
      for (const x of indexKeys(index, row)) {
        const value = index.hashed ? hashOf(x) : bucketOf(x, index.bucket);
        const id = keyId(value);
        const entry = entries.get(id);
        if (entry) entry[1]++;
        else entries.set(id, [value, 1]);
      }
    }
    pack[entriesField(index.name)] = [...entries.values()];
  }
  return pack;
}

/** `rows` of the packed table `table` (in any order) as packs, by the indexes its schema declares: ready to add to its pack store. */
export function packTable(table: Table, rows: readonly Row[]): Pack[] {
  const spec = PACKED[table.name];
  if (!spec) throw new Error(`${table.name} is not a packed table.`);
  return packRows(rows, spec.group, table.schema.primKey.keyPath as string, shapesOf(table.name, table.schema.indexes));
}

/** Packs `rows` (a table's rows, in any order) by group, PACK_SIZE to a pack. */
function packRows(rows: readonly Row[], group: string, primaryKey: string, indexes: readonly IndexShape[]): Pack[] {
  const packs: Pack[] = [];
  for (const [g, list] of groupRows(rows, group)) {
    for (let i = 0; i < list.length; i += PACK_SIZE) packs.push(seal({ g, rows: list.slice(i, i + PACK_SIZE) }, primaryKey, indexes));
  }
  return packs;
}

const groupOf = (row: Row, group: string): string => {
  const g = row[group];
  return typeof g === 'string' ? g : '';
};

/** `rows` by the value of their `group` field, in first-seen order. */
function groupRows(rows: readonly Row[], group: string): Map<string, Row[]> {
  const byGroup = new Map<string, Row[]>();
  for (const row of rows) {
    const g = groupOf(row, group);
    const list = byGroup.get(g);
    if (list) list.push(row);
    else byGroup.set(g, [row]);
  }
  return byGroup;
}

/** Greater than any key that is not an array: closes a range of `[value, primaryKey]` entries. */
const AFTER_ANY_KEY: unknown[] = [];
const RANGE = 2;
const ANY = 3;
const NEVER = 4;

/** The range of `[value, n]` entries whose value is in `r`. */
function entryRange(r: DBCoreKeyRange): DBCoreKeyRange {
  if (r.type === ANY || r.type === NEVER) return r;
  const lower = r.lower === undefined ? undefined : r.lowerOpen ? [r.lower, AFTER_ANY_KEY] : [r.lower];
  const upper = r.upper === undefined ? undefined : r.upperOpen ? [r.upper] : [r.upper, AFTER_ANY_KEY];
  return { type: RANGE, lower, lowerOpen: !!r.lowerOpen, upper, upperOpen: !!r.upperOpen };
}

/** The range of buckets holding every value in `r` (and, at its two ends, maybe others). */
function bucketRange(r: DBCoreKeyRange, size: number | null): DBCoreKeyRange {
  if (!size || r.type === ANY || r.type === NEVER) return r;
  return { type: RANGE, lower: r.lower === undefined ? undefined : bucketOf(r.lower, size), lowerOpen: false, upper: r.upper === undefined ? undefined : bucketOf(r.upper, size), upperOpen: false };
}

function inRange(x: unknown, r: DBCoreKeyRange): boolean {
  if (r.type === ANY) return true;
  if (r.type === NEVER) return false;
  if (r.lower !== undefined) {
    const c = cmp(x, r.lower);
    if (c < 0 || (c === 0 && r.lowerOpen)) return false;
  }
  if (r.upper !== undefined) {
    const c = cmp(x, r.upper);
    if (c > 0 || (c === 0 && r.upperOpen)) return false;
  }
  return true;
}

const equal = (key: unknown): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });

/** The key filter's record in a pack store: not a pack (no rows, in no index). */
export const FILTER_ID = 0;
const BITS_PER_KEY = 10;
const HASHES = 7;
const MIN_CAPACITY = 20_000;

interface KeyFilter {
  id: typeof FILTER_ID;
  bits: Uint8Array;
  /** Keys it was sized for; past that it is rebuilt twice as large. */
  capacity: number;
  added: number;
}

function newFilter(capacity: number): KeyFilter {
  return { id: FILTER_ID, bits: new Uint8Array(Math.ceil((capacity * BITS_PER_KEY) / 8)), capacity, added: 0 };
}

/** A key's two 32-bit FNV-1a lanes, combined for each probe (double hashing). */
function probes(key: Key, size: number): number[] {
  const [h1, h2] = fnvLanes(typeof key === 'string' ? key : `#${key}`);
  const out: number[] = [];
  for (let i = 0; i < HASHES; i++) out.push(((h1 + Math.imul(i, h2 | 1)) >>> 0) % size);
  return out;
}

function filterAdd(filter: KeyFilter, key: Key): void {
  for (const bit of probes(key, filter.bits.length * 8)) filter.bits[bit >> 3] = (filter.bits[bit >> 3] as number) | (1 << (bit & 7));
  filter.added++;
}

function filterMayHave(filter: KeyFilter, key: Key): boolean {
  return probes(key, filter.bits.length * 8).every((bit) => ((filter.bits[bit >> 3] as number) & (1 << (bit & 7))) !== 0);
}

/** A key filter holding `keys`, sized for twice as many. */
export function filterOf(keys: readonly Key[]): KeyFilter {
  const filter = newFilter(Math.max(MIN_CAPACITY, keys.length * 2));
  for (const key of keys) filterAdd(filter, key);
  return filter;
}

interface Hit {
  x: unknown;
  pk: Key;
  row: Row;
}

/** One operation at a time per transaction, in the order they were asked for. */
const queues = new WeakMap<object, Promise<unknown>>();
function serial<T>(trans: DBCoreTransaction, fn: () => Promise<T>): Promise<T> {
  const next = (queues.get(trans) ?? Promise.resolve()).then(fn, fn);
  queues.set(
    trans,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Per transaction and pack store: the pack of each row located or written in it.
 * Every write of the transaction goes through here, one after the other, so a
 * row's pack only changes here.
 */
const whereIn = new WeakMap<object, Map<string, Map<Key, number>>>();
function placesOf(trans: DBCoreTransaction, store: string): Map<Key, number> {
  let stores = whereIn.get(trans);
  if (!stores) {
    stores = new Map();
    whereIn.set(trans, stores);
  }
  let places = stores.get(store);
  if (!places) {
    places = new Map();
    stores.set(store, places);
  }
  return places;
}

const isUpgrade = (trans: DBCoreTransaction): boolean => (trans as unknown as { mode?: string }).mode === 'versionchange';

function packedTable(down: DBCore, table: DBCoreTable, store: string, group: string): DBCoreTable {
  const packs = down.table(store);
  const { primaryKey } = table.schema;
  if (typeof primaryKey.keyPath !== 'string' || primaryKey.autoIncrement) {
    throw new Error(`Packed table ${table.name}: its primary key must be one inbound field.`);
  }
  const pkField = primaryKey.keyPath;
  const indexes = shapesOf(
    table.name,
    table.schema.indexes.map((i) => ({ name: i.name as string, keyPath: i.keyPath, multiEntry: i.multiEntry })),
  );
  const shapeOf = (index: DBCoreIndex): IndexShape => {
    const shape = indexes.find((i) => i.name === index.name);
    if (!shape) throw new Error(`Packed table ${table.name} has no index ${index.name}.`);
    return shape;
  };
  /**
   * The range of the pack index's keys for `range` of `index`: keys themselves
   * for the primary key, else the entries of its values' buckets, or of one
   * value's hash (a range of a hashed index: all its entries).
   */
  const packRange = (index: DBCoreIndex, range: DBCoreKeyRange): DBCoreKeyRange => {
    if (index.isPrimaryKey) return range;
    const shape = shapeOf(index);
    if (!shape.hashed) return entryRange(bucketRange(range, shape.bucket));
    return isPoint(range) ? entryRange(equal(hashOf(range.lower))) : { type: ANY, lower: undefined, upper: undefined };
  };
  /** Whether reads of `index` must load every pack its range names (its entries neither order nor count rows exactly). */
  const loadsAll = (index: DBCoreIndex): boolean => !index.isPrimaryKey && shapeOf(index).hashed;
  const packIndex = (index: DBCoreIndex): DBCoreIndex => {
    const found = packs.schema.getIndexByKeyPath(index.isPrimaryKey ? 'k' : entriesField(index.name as string));
    if (!found) throw new Error(`Packed table ${table.name}: its pack store has no entries for index ${index.name}.`);
    return found;
  };
  const kIndex = packIndex(primaryKey);
  const gIndex = packs.schema.getIndexByKeyPath('g');
  if (!gIndex) throw new Error(`Packed table ${table.name}: its pack store has no group index.`);
  const sealed = (pack: Pack) => seal(pack, pkField, indexes);
  const pkOf = (row: Row) => row[pkField] as Key;

  /** The store's key filter: as stored, or rebuilt from every pack when missing or full. */
  const filterFor = async (trans: DBCoreTransaction): Promise<KeyFilter> => {
    const stored = (await packs.get({ trans, key: FILTER_ID })) as KeyFilter | undefined;
    if (stored && stored.added <= stored.capacity) return stored;
    const all = (await packs.query({ trans, values: true, query: { index: packs.schema.primaryKey, range: { type: ANY, lower: undefined, upper: undefined } } }))
      .result as Array<Pack | KeyFilter>;
    return filterOf(all.flatMap((p) => ('rows' in p ? p.rows.map(pkOf) : [])));
  };

  /**
   * The pack holding each key (undefined: none): known in this transaction, or
   * looked up if the filter may hold it.
   */
  const locate = (trans: DBCoreTransaction, keys: readonly Key[], filter?: KeyFilter) => {
    const places = placesOf(trans, store);
    return Promise.all(
      keys.map((key) => {
        if (places.has(key)) return places.get(key);
        if (filter && !filterMayHave(filter, key)) return undefined;
        return packs.query({ trans, values: false, limit: 1, query: { index: kIndex, range: equal(key) } }).then((r) => {
          const id = r.result[0] as number | undefined;
          if (id !== undefined) places.set(key, id);
          return id;
        });
      }),
    );
  };

  const load = async (trans: DBCoreTransaction, ids: readonly number[]): Promise<Map<number, Pack>> => {
    const unique = [...new Set(ids)];
    const rows = unique.length ? ((await packs.getMany({ trans, keys: unique })) as Array<Pack | undefined>) : [];
    const out = new Map<number, Pack>();
    rows.forEach((p, i) => {
      if (p) out.set(unique[i] as number, p);
    });
    return out;
  };

  /** Rows by key, for the keys asked (undefined where none). */
  const rowsOf = async (trans: DBCoreTransaction, keys: readonly unknown[]): Promise<Array<Row | undefined>> => {
    const wanted = keys.filter((k): k is Key => validKey(k)) as Key[];
    // For a few keys, reading the filter costs more than it saves.
    const ids = await locate(trans, wanted, wanted.length > 4 ? await filterFor(trans) : undefined);
    const loaded = await load(
      trans,
      ids.filter((id): id is number => id !== undefined),
    );
    const byKey = new Map<Key, Row>();
    for (const pack of loaded.values()) for (const row of pack.rows) byKey.set(pkOf(row), row);
    return keys.map((k) => (validKey(k) ? byKey.get(k as Key) : undefined));
  };

  /** The hits among `packs`' rows: every row key in `range` of `index` (and, if given, whose bucket is one of `buckets`), in the index's order (value, then primary key). */
  const hitsIn = (packs: Iterable<Pack>, index: DBCoreIndex, range: DBCoreKeyRange, buckets?: readonly unknown[]): Hit[] => {
    const hits: Hit[] = [];
    const shape = index.isPrimaryKey ? null : shapeOf(index);
    for (const pack of packs) {
      for (const row of pack.rows) {
        const pk = pkOf(row);
        if (!shape) {
          if (inRange(pk, range)) hits.push({ x: pk, pk, row });
          continue;
        }
        for (const x of indexKeys(shape, row)) {
          if (!inRange(x, range)) continue;
          if (buckets && !buckets.some((b) => cmp(bucketOf(x, shape.bucket), b) === 0)) continue;
          hits.push({ x, pk, row });
        }
      }
    }
    hits.sort(shape ? (a, b) => cmp(a.x, b.x) || cmp(a.pk, b.pk) : (a, b) => cmp(a.pk, b.pk));
    return hits;
  };

  /** Every row with a key in `range` of `index`, in the index's order (value, then primary key). */
  const select = async (trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange): Promise<Hit[]> => {
    if (range.type === NEVER) return [];
    const ids = (await packs.query({ trans, values: false, query: { index: packIndex(index), range: packRange(index, range) } })).result as number[];
    return hitsIn((await load(trans, ids)).values(), index, range);
  };

  /** The primary keys' first `limit` in `direction`, read off the pack index of keys itself: only their packs are loaded. */
  const selectFewKeys = async (trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange, limit: number, reverse: boolean): Promise<Hit[]> => {
    const cursor = await packs.openCursor({ trans, values: false, reverse, query: { index: packIndex(index), range } });
    const found: Array<{ pk: Key; id: number }> = [];
    if (cursor) {
      await cursor.start(() => {
        found.push({ pk: cursor.key as Key, id: cursor.primaryKey as number });
        if (found.length >= limit) cursor.stop();
        else cursor.continue();
      });
    }
    const loaded = await load(
      trans,
      found.map((f) => f.id),
    );
    const hits: Hit[] = [];
    for (const f of found) {
      const row = loaded.get(f.id)?.rows.find((r) => cmp(pkOf(r), f.pk) === 0);
      if (row) hits.push({ x: f.pk, pk: f.pk, row });
    }
    return hits;
  };

  /**
   * The first `limit` rows in `direction` of a range of an index: its entries
   * are read in order, value by value, until their counts reach `limit`; only
   * those values' packs are loaded. A bucketed index may have counted rows
   * outside the range at its ends: then the next values are read, until enough.
   */
  const selectFew = async (trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange, limit: number, reverse: boolean): Promise<Hit[]> => {
    if (range.type === NEVER) return [];
    if (index.isPrimaryKey) return selectFewKeys(trans, index, range, limit, reverse);
    const hits: Hit[] = [];
    let from = packRange(index, range);
    for (;;) {
      const cursor = await packs.openCursor({ trans, values: false, reverse, query: { index: packIndex(index), range: from } });
      const values: unknown[] = [];
      const ids: number[] = [];
      let counted = 0;
      let more = false;
      if (cursor) {
        await cursor.start(() => {
          const [value, n] = cursor.key as [unknown, number];
          const last = values[values.length - 1];
          if (!values.length || cmp(last, value) !== 0) {
            // Every pack of the values so far is in: stop if they hold enough.
            if (counted >= limit - hits.length) {
              more = true;
              cursor.stop();
              return;
            }
            values.push(value);
          }
          ids.push(cursor.primaryKey as number);
          counted += n;
          cursor.continue();
        });
      }
      const found = hitsIn((await load(trans, ids)).values(), index, range, values);
      hits.push(...(reverse ? found.reverse() : found));
      const last = values[values.length - 1];
      if (hits.length >= limit || !more || last === undefined) return hits.slice(0, limit);
      // Some of the rows counted were outside the range: read on, after the last value read.
      const bounds = from.type === RANGE ? from : { lower: undefined, lowerOpen: false, upper: undefined, upperOpen: false };
      from = reverse
        ? { type: RANGE, lower: bounds.lower, lowerOpen: bounds.lowerOpen, upper: [last], upperOpen: true }
        : { type: RANGE, lower: [last, AFTER_ANY_KEY], lowerOpen: true, upper: bounds.upper, upperOpen: bounds.upperOpen };
    }
  };

  /**
   * How many rows have a key in `range` of `index`: the entries' counts added
   * up, without loading a pack, but at the two ends of a bucketed index's range
   * (there the packs are loaded and their rows counted one by one).
   */
  const countIn = async (trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange): Promise<number> => {
    if (range.type === NEVER) return 0;
    if (index.isPrimaryKey) return packs.count({ trans, query: { index: packIndex(index), range } });
    if (loadsAll(index)) return (await select(trans, index, range)).length;
    const { bucket } = shapeOf(index);
    const buckets = bucketRange(range, bucket);
    const ends = bucket && buckets.type === RANGE ? [buckets.lower, buckets.upper].filter((b) => b !== undefined) : [];
    const cursor = await packs.openCursor({ trans, values: false, query: { index: packIndex(index), range: entryRange(buckets) } });
    let total = 0;
    const atEnds: number[] = [];
    if (cursor) {
      await cursor.start(() => {
        const [value, n] = cursor.key as [unknown, number];
        if (ends.some((b) => cmp(value, b) === 0)) atEnds.push(cursor.primaryKey as number);
        else total += n;
        cursor.continue();
      });
    }
    if (atEnds.length) total += hitsIn((await load(trans, atEnds)).values(), index, range, ends).length;
    return total;
  };

  const ordered = async (
    trans: DBCoreTransaction,
    index: DBCoreIndex,
    range: DBCoreKeyRange,
    direction: DBCoreQueryRequest['direction'] = 'next',
    limit = Number.POSITIVE_INFINITY,
  ): Promise<Hit[]> => {
    const reverse = direction === 'prev' || direction === 'prevunique';
    const unique = direction === 'nextunique' || direction === 'prevunique';
    if (!unique && limit <= 50 && !loadsAll(index)) return selectFew(trans, index, range, limit, reverse);
    let hits = await select(trans, index, range);
    if (unique) {
      // For each value, its entry with the lowest primary key, as IndexedDB answers either way.
      hits = hits.filter((h, i) => i === 0 || cmp(h.x, (hits[i - 1] as Hit).x) !== 0);
    }
    if (reverse) hits.reverse();
    return hits.length > limit ? hits.slice(0, limit) : hits;
  };

  /** Adds `rows` to their group's last pack while it has room, then to new packs. */
  const place = async (trans: DBCoreTransaction, rows: readonly Row[], touched: Map<number, Pack>, fresh: Pack[]) => {
    for (const [g, list] of groupRows(rows, group)) {
      let open = fresh.find((p) => p.g === g && p.rows.length < PACK_SIZE);
      if (!open) {
        const last = (await packs.query({ trans, values: true, limit: 1, direction: 'prev', query: { index: gIndex, range: equal(g) } })).result[0] as Pack | undefined;
        if (last?.id !== undefined && last.rows.length < PACK_SIZE) {
          open = touched.get(last.id) ?? last;
          touched.set(last.id, open);
        }
      }
      for (const row of list) {
        if (!open || open.rows.length >= PACK_SIZE) {
          open = { g, rows: [] };
          fresh.push(open);
        }
        open.rows.push(row);
      }
    }
  };

  const write = async (trans: DBCoreTransaction, touched: Map<number, Pack>, fresh: Pack[], filter?: KeyFilter) => {
    const keep: Array<Pack | KeyFilter> = [];
    if (filter) keep.push(filter);
    const gone: number[] = [];
    for (const [id, pack] of touched) {
      if (pack.rows.length) keep.push(pack);
      else gone.push(id);
    }
    keep.push(...fresh.filter((p) => p.rows.length));
    const put = keep.length ? packs.mutate({ trans, type: 'put', values: keep.map((p) => ('rows' in p ? sealed(p) : p)) }) : null;
    const drop = gone.length ? packs.mutate({ trans, type: 'delete', keys: gone }) : null;
    const [putDone, dropDone] = await Promise.all([put, drop]);
    for (const res of [putDone, dropDone]) {
      if (res?.numFailures) throw Object.values(res.failures)[0] ?? new Error(`Could not write a pack of ${table.name}.`);
    }
    // Where each row now is, for the rest of the transaction.
    const places = placesOf(trans, store);
    keep.forEach((p, i) => {
      if (!('rows' in p)) return;
      const id = p.id ?? (putDone?.results?.[i] as number | undefined);
      if (id !== undefined) for (const row of p.rows) places.set(pkOf(row), id);
    });
    for (const p of touched.values()) if (!p.rows.length) for (const key of p.k as Key[]) places.delete(key);
  };

  const removeKeys = async (trans: DBCoreTransaction, keys: readonly Key[]) => {
    const ids = await locate(trans, keys);
    const touched = await load(
      trans,
      ids.filter((id): id is number => id !== undefined),
    );
    const drop = new Set<Key>(keys);
    for (const pack of touched.values()) pack.rows = pack.rows.filter((r) => !drop.has(pkOf(r)));
    await write(trans, touched, []);
    const places = placesOf(trans, store);
    for (const key of keys) places.delete(key);
  };

  const mutate = async (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
    const { trans } = req;
    if (req.type === 'deleteRange') {
      if (req.range.type === ANY) {
        await packs.mutate({ trans, type: 'deleteRange', range: req.range });
        return { numFailures: 0, failures: {}, results: [], lastResult: undefined };
      }
      const keys = (await select(trans, primaryKey, req.range)).map((h) => h.pk);
      await removeKeys(trans, keys);
      return { numFailures: 0, failures: {}, results: [], lastResult: undefined };
    }
    if (req.type === 'delete') {
      const keys = req.keys.filter((k): k is Key => validKey(k)) as Key[];
      if (keys.length) await removeKeys(trans, keys);
      return { numFailures: 0, failures: {}, results: req.keys, lastResult: undefined };
    }
    const values = req.values as Row[];
    if (!values.length) return { numFailures: 0, failures: {}, results: [], lastResult: undefined };
    const keys = values.map(pkOf);
    const bad = keys.findIndex((k) => !validKey(k));
    if (bad >= 0) throw new Error(`${table.name}: row ${bad + 1} has no valid ${pkField}.`);
    const distinct = [...new Set(keys)];
    const filter = await filterFor(trans);
    const ids = await locate(trans, distinct, filter);
    const where = new Map<Key, number>();
    distinct.forEach((k, i) => {
      const id = ids[i];
      if (id !== undefined) where.set(k, id);
    });
    const failures: Record<number, Error> = {};
    const results: unknown[] = [];
    const stored = new Map<Key, Row>(); // replaced in their packs
    const added = new Map<Key, Row>(); // new rows, last value wins
    values.forEach((row, i) => {
      const key = keys[i] as Key;
      if (req.type === 'add' && (where.has(key) || added.has(key))) {
        failures[i] = new DOMException('Key already exists in the object store.', 'ConstraintError');
        results.push(undefined);
        return;
      }
      if (where.has(key)) stored.set(key, row);
      else added.set(key, row);
      results.push(key);
    });
    const touched = await load(trans, [...stored.keys()].map((k) => where.get(k) as number));
    for (const pack of touched.values()) pack.rows = pack.rows.map((r) => stored.get(pkOf(r)) ?? r);
    const fresh: Pack[] = [];
    await place(trans, [...added.values()], touched, fresh);
    for (const key of added.keys()) filterAdd(filter, key);
    await write(trans, touched, fresh, filter);
    const numFailures = Object.keys(failures).length;
    return { numFailures, failures, results, lastResult: results[results.length - 1] };
  };

  return {
    ...table,
    mutate: (req) => (isUpgrade(req.trans) ? table.mutate(req) : serial(req.trans, () => mutate(req))),
    get: (req) => (isUpgrade(req.trans) ? table.get(req) : serial(req.trans, async () => (await rowsOf(req.trans, [req.key]))[0])),
    getMany: (req) => (isUpgrade(req.trans) ? table.getMany(req) : serial(req.trans, () => rowsOf(req.trans, req.keys))),
    query: (req) =>
      isUpgrade(req.trans)
        ? table.query(req)
        : serial(req.trans, async () => {
            if (req.limit === 0) return { result: [] };
            const hits = await ordered(req.trans, req.query.index, req.query.range, req.direction, req.limit);
            return { result: hits.map((h) => (req.values ? h.row : h.pk)) };
          }),
    count: (req) =>
      isUpgrade(req.trans)
        ? table.count(req)
        : serial(req.trans, async () => {
            return countIn(req.trans, req.query.index, req.query.range);
          }),
    openCursor: (req) =>
      isUpgrade(req.trans)
        ? table.openCursor(req)
        : serial(req.trans, async () => {
            const direction = req.reverse ? (req.unique ? 'prevunique' : 'prev') : req.unique ? 'nextunique' : 'next';
            const list = await ordered(req.trans, req.query.index, req.query.range, direction);
            return listCursor(req.trans, list, req.values !== false, !!req.reverse);
          }),
  };
}

/** A cursor over rows already read, with the calls Dexie makes of IndexedDB's. */
function listCursor(trans: DBCoreTransaction, list: readonly Hit[], values: boolean, reverse: boolean): DBCoreCursor | null {
  if (!list.length) return null;
  let i = 0;
  let running = false;
  let onNext: () => void = () => undefined;
  let finish: (value?: unknown) => void = () => undefined;
  let failWith: (err: unknown) => void = () => undefined;
  const before = (a: number, b: number) => (reverse ? a > 0 || (a === 0 && b > 0) : a < 0 || (a === 0 && b < 0));
  const step = () => {
    if (!running) return;
    if (i >= list.length) {
      cursor.done = true;
      running = false;
      finish();
      return;
    }
    try {
      onNext();
    } catch (err) {
      cursor.fail(err as Error);
    }
  };
  // A promise, not queueMicrotask: Dexie follows its transaction's zone through promises only, and a
  // step outside it left the zone current after the cursor was done (the next task's reads then
  // failed with TransactionInactiveError: tests/e2e/templates.spec.ts, Log reply from a chip).
  const later = () => void Promise.resolve().then(step);
  const cursor: DBCoreCursor & { done: boolean } = {
    trans,
    done: false,
    get key() {
      return list[i]?.x;
    },
    get primaryKey() {
      return list[i]?.pk;
    },
    get value() {
      return values ? list[i]?.row : undefined;
    },
    start(callback) {
      onNext = callback;
      running = true;
      return new Promise((resolve, reject) => {
        finish = resolve;
        failWith = reject;
        step();
      });
    },
    continue(key?: unknown) {
      i++;
      if (key !== undefined) while (i < list.length && before(cmp((list[i] as Hit).x, key), 0)) i++;
      later();
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      i++;
      while (i < list.length && before(cmp((list[i] as Hit).x, key), cmp((list[i] as Hit).pk, primaryKey))) i++;
      later();
    },
    advance(count: number) {
      i += count;
      later();
    },
    stop(value?: unknown) {
      running = false;
      finish(value);
    },
    fail(err: Error) {
      running = false;
      failWith(err);
    },
    next() {
      let gotOne = 1;
      return this.start(() => (gotOne-- ? this.continue() : this.stop())).then(() => this);
    },
  };
  return cursor;
}

/** The middleware: packed tables' operations go to their packs; transactions on them include their pack stores. */
export const packedTables: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'KeelPackedTables',
  // Below Dexie's own middlewares (observability at 0, cached values at -1): they see the tables as tables.
  level: -10,
  create: (down) => {
    const tables = new Map<string, DBCoreTable>();
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const extra = stores.flatMap((s) => (PACKED[s] ? [PACKED[s].store] : []));
        return down.transaction(extra.length ? [...new Set([...stores, ...extra])] : stores, mode, options);
      },
      table: (name) => {
        let table = tables.get(name);
        if (!table) {
          const spec = PACKED[name];
          // Until its pack store exists (a schema upgrade under way from before version 6), a table is its own store.
          const packed = spec && down.schema.tables.some((t) => t.name === spec.store);
          table = packed ? packedTable(down, down.table(name), spec.store, spec.group) : down.table(name);
          tables.set(name, table);
        }
        return table;
      },
    };
  },
};
