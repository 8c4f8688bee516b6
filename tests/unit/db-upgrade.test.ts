/**
 * The schema upgrade harness. For every version after the first, a database of
 * the version before is created, filled with rows of that version's shape, and
 * opened with the current schema: every row must come through, upgraded.
 * Adding version N means adding FILL[N - 1] (rows of the old shape) and
 * CHECK[N] (what they must look like after the upgrade).
 */
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { incidentSummaryId, pageSummaryId, rebuildSummaries } from '../../utils/background/summaries';
import { KeelDb, pageItems } from '../../utils/db';
import { BUSINESS_REASON } from '../../utils/labels';
import { PACK_SIZE } from '../../utils/db/packed';
import { rowsSameSince, SCHEMA_VERSIONS, type SchemaVersion } from '../../utils/db/schema';

let n = 0;
const freshName = () => `keel-upgrade-${++n}-${Date.now()}`;

type Filler = (db: KeelDb) => Promise<void>;
type Checker = (db: KeelDb) => Promise<void>;

/** Rows as each released version stored them. */
const FILL: Record<number, Filler> = {
  1: async (db) => {
    await db.table('items').add({
      key: 'facebook:1', workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: '1', parentId: null,
      pageKey: 'https://www.facebook.com/p/posts/1', pageUrl: 'https://www.facebook.com/p/posts/1', permalink: null,
      author: { name: 'A. Person', profileUrl: null }, authorKey: 'facebook:name:a. person', text: 'hello', rating: null,
      postedAt: null, postedText: '1h', firstSeenAt: 1, lastSeenAt: 2, label: 'troll', labelSource: 'moderator', confidence: 1, reasons: ['Set by you.'],
    });
    await db.table('authors').add({ key: 'facebook:name:a. person', workspaceId: 'default', platform: 'facebook', profileUrl: null, names: ['A. Person'], firstSeenAt: 1, lastSeenAt: 2, itemCount: 1 });
    await db.actions.add({ at: 3, actor: 'Sam', kind: 'labelled', itemKey: 'facebook:1', detail: 'troll' });
  },
  2: async (db) => {
    await FILL[1]?.(db);
    // Version 2's shape: the context fields, author label history, the roster.
    await db.table('items').update('facebook:1', { at: 1, negative: true, firstTime: true, campaign: false });
    await db.table('authors').update('facebook:name:a. person', { labels: { troll: 1 }, moderatorLabel: 'troll' });
    await db.table('roster').add({ workspaceId: 'default', salt: 'c2FsdA', hashes: ['abc'] });
  },
  3: async (db) => {
    await FILL[2]?.(db);
    // Version 3's shape: pages and packs; a second, auto-labelled flagged item; a workspace row.
    await db.table('items').add({
      key: 'facebook:2', workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: '2', parentId: null,
      pageKey: 'https://www.facebook.com/p/posts/1', pageUrl: 'https://www.facebook.com/p/posts/1', permalink: null,
      author: { name: 'B. Person', profileUrl: null }, authorKey: 'facebook:name:b. person', text: 'go away', rating: null,
      postedAt: null, postedText: '2h', firstSeenAt: 5, lastSeenAt: 6, at: 5, negative: true, firstTime: true, campaign: true,
      label: 'spam', labelSource: 'auto', confidence: 0.8, reasons: ['A link'],
    });
    await db.table('workspaces').put({ id: 'default', name: 'Harbourside', profile: { businessName: 'Harbourside' }, createdAt: 1 });
    await db.table('pages').add({ id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/A', adapter: 'facebook', origins: ['https://www.facebook.com/*'], addedAt: 1 });
    await db.table('packs').add({ id: 'acme', pack: { format: 'keel-pack/1', id: 'acme' }, updatedAt: 1 });
    await db.actions.add({ at: 7, actor: 'Sam', kind: 'configured', itemKey: null, detail: 'Added page' });
  },
  4: async (db) => {
    await FILL[3]?.(db);
    // Version 4's shape: what was done, review state, incidents; a reply; evidence, ratings, a template, a job.
    await db.table('items').toCollection().modify((row: Record<string, unknown>) => {
      row.incidentId = row.key === 'facebook:2' ? 'inc-1' : null;
      row.needsReview = row.key === 'facebook:2' ? 1 : 0;
      row.done = row.key === 'facebook:1' ? { hidden: 9 } : {};
    });
    await db.table('items').add({
      key: 'facebook:3', workspaceId: 'default', platform: 'facebook', kind: 'reply', nativeId: '3', parentId: '2',
      pageKey: 'https://www.facebook.com/p/posts/1', pageUrl: 'https://www.facebook.com/p/posts/1', permalink: null,
      author: { name: 'B. Person', profileUrl: null }, authorKey: 'facebook:name:b. person', text: 'still here', rating: null,
      postedAt: null, postedText: '1h', firstSeenAt: 8, lastSeenAt: 8, at: 8, negative: true, firstTime: false, campaign: true,
      label: 'troll', labelSource: 'auto', confidence: 0.7, reasons: ['Insult'], incidentId: 'inc-1', needsReview: 1, done: {},
    });
    await db.table('authors').toCollection().modify((row: Record<string, unknown>) => {
      row.nameKeys = [String((row.names as string[])[0]).toLowerCase().replace(/\./g, '')];
    });
    await db.table('authors').add({ key: 'facebook:name:b. person', workspaceId: 'default', platform: 'facebook', profileUrl: null, names: ['B. Person'], nameKeys: ['b person'], firstSeenAt: 5, lastSeenAt: 8, itemCount: 2, labels: { spam: 1, troll: 1 }, moderatorLabel: null });
    await db.table('incidents').add({ id: 'inc-1', workspaceId: 'default', pageKey: 'https://www.facebook.com/p/posts/1', pageUrl: 'https://www.facebook.com/p/posts/1', title: 'Pile-on', status: 'open', trigger: 'burst', openedAt: 5, openedBy: 'Keel', containedAt: null, resolvedAt: null, steps: {} });
    await db.table('evidence').add({ id: 'ev-1', itemKey: 'facebook:2', workspaceId: 'default', incidentId: 'inc-1', capturedAt: 6, text: 'go away', sha256: 'ab' });
    await db.table('ratings').add({ pageKey: 'https://www.facebook.com/p/posts/1', at: 5, average: 4.8, count: 120 });
    await db.table('jobs').add({ id: 'job-1', kind: 'mark', keys: ['facebook:2'], done: 0 });
  },
  5: async (db) => {
    await FILL[4]?.(db);
    // Version 5's shape is version 4's. Enough rows on a second page for several packs.
    await db.table('items').bulkAdd(
      Array.from({ length: MANY }, (_, i) => ({
        key: `facebook:p2-${i}`, workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: `p2-${i}`, parentId: null,
        pageKey: PAGE_2, pageUrl: PAGE_2, permalink: null, author: { name: `Person ${i}`, profileUrl: null }, authorKey: `facebook:name:person ${i}`,
        text: `comment ${i}`, rating: null, postedAt: null, postedText: '1h', firstSeenAt: 100 + i, lastSeenAt: 100 + i, at: 1000 - i,
        negative: false, firstTime: true, campaign: false, label: 'genuine', labelSource: 'auto', confidence: 0.6, reasons: [], incidentId: null,
        needsReview: i % 50 === 0 ? 1 : 0, done: {},
      })),
    );
    await db.table('authors').bulkAdd(
      Array.from({ length: MANY }, (_, i) => ({
        key: `facebook:name:person ${i}`, workspaceId: 'default', platform: 'facebook', profileUrl: null, names: [`Person ${i}`], nameKeys: [`person ${i}`],
        firstSeenAt: 100 + i, lastSeenAt: 100 + i, itemCount: 1, labels: { genuine: 1 }, moderatorLabel: null,
      })),
    );
  },
  6: async (db) => {
    // Version 6's rows are version 5's, in packs; its packs had an index entry [value, primaryKey] for every row,
    // and its page summaries no `keys`.
    await FILL[5]?.(db);
    await summariesAsOf(db, ['keys', 'own']);
    await rewritePacks(db, (table, pack) => {
      const pk = table.schema.primKey.keyPath as string;
      for (const index of table.schema.indexes) {
        pack[`x_${index.name.replace(/[^A-Za-z0-9]/g, '_')}`] = pack.rows.flatMap((row) => {
          const value = Array.isArray(index.keyPath) ? index.keyPath.map((p) => row[p]) : row[index.keyPath as string];
          const values = index.multi ? (value as unknown[]) : [value];
          return values.filter((v) => v != null && !(Array.isArray(v) && v.some((x) => x == null))).map((v) => [v, row[pk]]);
        });
      }
    });
  },
};

FILL[7] = async (db) => {
  // Version 7's rows are version 5's, in packs with one entry per value (written by Keel's own tables);
  // one more on the first page is the business's own reply. Its page summaries have no `own`.
  await FILL[5]?.(db);
  await db.table('items').add({
    key: 'facebook:4', workspaceId: 'default', platform: 'facebook', kind: 'reply', nativeId: '4', parentId: '2',
    pageKey: 'https://www.facebook.com/p/posts/1', pageUrl: 'https://www.facebook.com/p/posts/1', permalink: null,
    author: { name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/p' }, authorKey: 'facebook:https://www.facebook.com/p',
    text: 'Please call us so we can help.', rating: null, postedAt: null, postedText: '1h', firstSeenAt: 9, lastSeenAt: 9, at: 9,
    negative: false, firstTime: false, campaign: false, label: 'supporter', labelSource: 'auto', confidence: 1,
    reasons: [`${BUSINESS_REASON} (its own page or reply).`], incidentId: null, needsReview: 0, done: {},
  });
  await summariesAsOf(db, ['own']);
};

/** The summaries counted from the items, without the fields a later version added. */
async function summariesAsOf(db: KeelDb, later: string[]): Promise<void> {
  await db.transaction('rw', db.items, db.summaries, () => rebuildSummaries(db));
  await db
    .table('summaries')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const field of later) delete row[field];
    });
}

type StoredPack = { id: number; rows: Array<Record<string, unknown>> } & Record<string, unknown>;

/** Every pack of the database's packed tables (not their key filters), as stored: `change` may rewrite it in place. */
async function rewritePacks(db: KeelDb, change?: (table: (typeof db)['items'] | (typeof db)['authors'], pack: StoredPack) => void): Promise<Map<string, StoredPack[]>> {
  const tables = { itemPacks: db.items, authorPacks: db.authors };
  const out = new Map<string, StoredPack[]>();
  const tx = db.backendDB().transaction(Object.keys(tables), change ? 'readwrite' : 'readonly');
  for (const [store, table] of Object.entries(tables)) {
    const list: StoredPack[] = [];
    out.set(store, list);
    const req = tx.objectStore(store).openCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return;
      const pack = cursor.value as StoredPack;
      if (Array.isArray(pack.rows)) {
        change?.(table, pack);
        if (change) cursor.update(pack);
        list.push(pack);
      }
      cursor.continue();
    };
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  return out;
}

const PAGE_2 = 'https://www.facebook.com/p/posts/2';
/** More rows than two packs hold. */
const MANY = 230;

/** How many rows a store of the database holds itself (not through Keel's packed tables). */
function storedCount(db: KeelDb, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = db.backendDB().transaction(store, 'readonly').objectStore(store).count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** What an upgrade to each version must leave behind. */
const CHECK: Record<number, Checker> = {
  2: async (db) => {
    const item = await db.items.get('facebook:1');
    // Kept as it was, with the new fields filled in from what was there.
    expect(item).toMatchObject({ label: 'troll', labelSource: 'moderator', text: 'hello', at: 1, negative: true, firstTime: false, campaign: false });
    expect(await db.items.where('[pageKey+at]').between(['https://www.facebook.com/p/posts/1', 0], ['https://www.facebook.com/p/posts/1', 10]).count()).toBe(1);
    expect(await db.authors.get('facebook:name:a. person')).toMatchObject({ itemCount: 1, labels: {}, moderatorLabel: null });
    expect((await db.actions.toArray()).map((a) => a.detail)).toEqual(['troll']);
    expect(await db.roster.count()).toBe(0);
  },
  3: async (db) => {
    // Nothing rewritten: every row of version 2 is still there, and the new stores start empty.
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'troll', labelSource: 'moderator', text: 'hello', at: 1, firstTime: true });
    expect(await db.authors.get('facebook:name:a. person')).toMatchObject({ labels: { troll: 1 }, moderatorLabel: 'troll' });
    expect(await db.roster.get('default')).toEqual({ workspaceId: 'default', salt: 'c2FsdA', hashes: ['abc'] });
    expect((await db.actions.toArray()).map((a) => a.detail)).toEqual(['troll']);
    expect(await db.pages.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
    await db.pages.add({ id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/A', adapter: 'facebook', origins: [], addedAt: 1 });
    expect(await db.pages.where('workspaceId').equals('default').count()).toBe(1);
  },
  4: async (db) => {
    // Items gain their incident, review state and what was done; a moderator's label counts as reviewed.
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'troll', labelSource: 'moderator', incidentId: null, needsReview: 0, done: {}, text: 'hello' });
    expect(await db.items.get('facebook:2')).toMatchObject({ label: 'spam', labelSource: 'auto', incidentId: null, needsReview: 1, done: {}, campaign: true });
    expect(await db.items.where('[workspaceId+needsReview]').equals(['default', 1]).primaryKeys()).toEqual(['facebook:2']);
    // The log keeps every row, now indexed by author and workspace where an item named them.
    const actions = await db.actions.orderBy('seq').toArray();
    expect(actions.map((a) => [a.detail, a.authorKey, a.workspaceId, a.undoes])).toEqual([
      ['troll', 'facebook:name:a. person', 'default', null],
      ['Added page', null, null, null],
    ]);
    expect(await db.actions.where('authorKey').equals('facebook:name:a. person').count()).toBe(1);
    expect(await db.workspaces.get('default')).toMatchObject({ name: 'Harbourside', rules: { ackTargetMinutes: 60, autoCaptureThreats: true, notifyOnIncident: true, blockedTerms: [] } });
    expect(await db.pages.get('p1')).toMatchObject({ url: 'https://www.facebook.com/A' });
    expect(await db.packs.get('acme')).toMatchObject({ updatedAt: 1 });
    expect(await db.roster.get('default')).toMatchObject({ hashes: ['abc'] });
    // Authors gain their folded names, indexed for "same name elsewhere".
    expect(await db.authors.get('facebook:name:a. person')).toMatchObject({ names: ['A. Person'], nameKeys: ['a person'] });
    expect(await db.authors.where('nameKeys').equals('a person').primaryKeys()).toEqual(['facebook:name:a. person']);
    for (const table of [db.incidents, db.evidence, db.ratings, db.templates, db.jobs]) expect(await table.count()).toBe(0);
  },
  5: async (db) => {
    // Only indexes went: every row is as it was, and every query Keel makes still finds it.
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'troll', labelSource: 'moderator', done: { hidden: 9 }, needsReview: 0 });
    const page = 'https://www.facebook.com/p/posts/1';
    expect((await pageItems(db, page).toArray()).map((i) => i.key)).toEqual(['facebook:1', 'facebook:2', 'facebook:3']);
    expect(await pageItems(db, 'https://www.facebook.com/p/posts/2').count()).toBe(0);
    expect(await db.items.where('incidentId').equals('inc-1').primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    expect(await db.items.where('[workspaceId+needsReview]').equals(['default', 1]).primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    expect(await db.items.where('[pageKey+parentId]').equals([page, '2']).primaryKeys()).toEqual(['facebook:3']);
    expect(await db.items.where('authorKey').equals('facebook:name:b. person').primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    expect(await db.items.where('[pageKey+firstSeenAt]').between([page, 5], [page, 10]).primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    expect(await db.items.where('workspaceId').equals('default').count()).toBe(3);
    expect(await db.authors.where('nameKeys').equals('b person').primaryKeys()).toEqual(['facebook:name:b. person']);
    expect(await db.authors.where('workspaceId').equals('default').count()).toBe(2);
    expect(await db.incidents.get('inc-1')).toMatchObject({ status: 'open' });
    expect(await db.evidence.get('ev-1')).toMatchObject({ sha256: 'ab' });
    expect(await db.ratings.count()).toBe(1);
    expect(await db.jobs.get('job-1')).toMatchObject({ keys: ['facebook:2'] });
    expect((await db.actions.toArray()).map((a) => a.detail)).toEqual(['troll', 'Added page']);
    // The popup's summaries, counted from the items by the upgrade.
    expect(await db.summaries.get(pageSummaryId(page))).toMatchObject({ total: 3, counts: { troll: 2, spam: 1, genuine: 0 }, flagged: ['facebook:3', 'facebook:2', 'facebook:1'] });
    expect(await db.summaries.get(incidentSummaryId('inc-1'))).toMatchObject({ total: 2, counts: { troll: 1, spam: 1 }, platforms: { facebook: 2 } });
    // The dropped indexes are gone (each cost every stored item a write).
    expect(db.items.schema.indexes.map((i) => i.name)).not.toContain('label');
    expect(db.items.schema.indexes.map((i) => i.name)).not.toContain('pageKey');
    expect(db.authors.schema.indexes.map((i) => i.name)).not.toContain('platform');
  },
  6: async (db) => {
    // Items and authors moved into packs: their own stores are empty, and every row and query is as before.
    expect(await storedCount(db, 'items')).toBe(0);
    expect(await storedCount(db, 'authors')).toBe(0);
    // Each pack store: its packs and its key filter.
    expect(await storedCount(db, 'itemPacks')).toBe(1 + Math.ceil(MANY / PACK_SIZE) + 1);
    expect(await storedCount(db, 'authorPacks')).toBe(Math.ceil((2 + MANY) / PACK_SIZE) + 1);
    expect(await db.items.count()).toBe(3 + MANY);
    expect(await db.authors.count()).toBe(2 + MANY);
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'troll', labelSource: 'moderator', done: { hidden: 9 }, needsReview: 0 });
    expect(await db.items.get(`facebook:p2-${MANY - 1}`)).toMatchObject({ text: `comment ${MANY - 1}`, pageKey: PAGE_2 });
    const page = 'https://www.facebook.com/p/posts/1';
    expect((await pageItems(db, page).toArray()).map((i) => i.key)).toEqual(['facebook:1', 'facebook:2', 'facebook:3']);
    // In the index's order: by time (descending keys here), not by key or pack.
    const page2 = await pageItems(db, PAGE_2).toArray();
    expect(page2.map((i) => i.at)).toEqual(Array.from({ length: MANY }, (_, i) => 1000 - MANY + 1 + i));
    expect(await pageItems(db, PAGE_2).count()).toBe(MANY);
    expect(await db.items.where('incidentId').equals('inc-1').primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    // Equal values in key order, as IndexedDB's own index keeps them ('p2-100' before 'p2-50').
    expect(await db.items.where('[workspaceId+needsReview]').equals(['default', 1]).primaryKeys()).toEqual(
      ['facebook:2', 'facebook:3', ...Array.from({ length: Math.ceil(MANY / 50) }, (_, i) => `facebook:p2-${i * 50}`)].sort(),
    );
    expect(await db.items.where('[workspaceId+needsReview]').equals(['default', 1]).count()).toBe(2 + Math.ceil(MANY / 50));
    expect(await db.items.where('[pageKey+parentId]').equals([page, '2']).primaryKeys()).toEqual(['facebook:3']);
    expect(await db.items.where('authorKey').equals('facebook:name:b. person').primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    expect(await db.items.where('[pageKey+firstSeenAt]').between([page, 5], [page, 10]).primaryKeys()).toEqual(['facebook:2', 'facebook:3']);
    expect((await db.items.where('[pageKey+firstSeenAt]').between([PAGE_2, 0], [PAGE_2, Infinity]).last())?.key).toBe(`facebook:p2-${MANY - 1}`);
    expect(await db.authors.where('nameKeys').equals('b person').primaryKeys()).toEqual(['facebook:name:b. person']);
    expect(await db.authors.where('nameKeys').equals(`person ${MANY - 1}`).first()).toMatchObject({ names: [`Person ${MANY - 1}`] });
    expect(await db.authors.where('workspaceId').equals('default').count()).toBe(2 + MANY);
    expect(await db.incidents.get('inc-1')).toMatchObject({ status: 'open' });
  },
  7: async (db) => {
    // Every row and query as before.
    await CHECK[6]?.(db);
    // Each index's entries are now [value, n]: one per value a pack's rows have, n adding up to its rows.
    const packs = await rewritePacks(db);
    const items = packs.get('itemPacks') ?? [];
    expect(items.reduce((sum, p) => sum + p.rows.length, 0)).toBe(3 + MANY);
    for (const pack of items) {
      const entries = pack.x_workspaceId as Array<[unknown, number]>;
      expect(entries).toEqual([['default', pack.rows.length]]);
      const review = pack.x__workspaceId_needsReview_ as Array<[unknown, number]>;
      expect(review.reduce((sum, [, count]) => sum + count, 0)).toBe(pack.rows.length);
      expect(review.length).toBeLessThanOrEqual(2);
    }
    // Time posted by the hour: PAGE_2's rows were all posted within one.
    const page2 = items.filter((p) => p.g === PAGE_2);
    for (const pack of page2) expect(pack.x__pageKey_at_).toEqual([[[PAGE_2, 0], pack.rows.length]]);
    expect((packs.get('authorPacks') ?? []).every((p) => (p.x_workspaceId as unknown[]).length === 1)).toBe(true);
    // Page summaries gained their items' keys, as counting from scratch gives them.
    const summaries = await db.summaries.toArray();
    expect(summaries.filter((x) => x.kind === 'page')).toHaveLength(2);
    expect(summaries.every((x) => x.kind !== 'page' || typeof x.keys === 'number')).toBe(true);
    await db.transaction('rw', db.items, db.summaries, () => rebuildSummaries(db));
    expect(await db.summaries.toArray()).toEqual(summaries);
  },
  8: async (db) => {
    // Every row as it was; page summaries gained the business's own posts, as counting from scratch gives them.
    expect(await db.items.count()).toBe(4 + MANY);
    expect(await db.items.get('facebook:4')).toMatchObject({ label: 'supporter', labelSource: 'auto' });
    const page = 'https://www.facebook.com/p/posts/1';
    expect(await db.summaries.get(pageSummaryId(page))).toMatchObject({ total: 4, own: 1, counts: { supporter: 1, troll: 2, spam: 1 } });
    expect(await db.summaries.get(pageSummaryId(PAGE_2))).toMatchObject({ total: MANY, own: 0 });
    const summaries = await db.summaries.toArray();
    await db.transaction('rw', db.items, db.summaries, () => rebuildSummaries(db));
    expect(await db.summaries.toArray()).toEqual(summaries);
  },
};

async function upgradeFrom(version: number, versions: readonly SchemaVersion[], fill: Filler, check: Checker) {
  const name = freshName();
  const old = new KeelDb(name, version, versions);
  await old.open();
  await fill(old);
  old.close();
  const current = new KeelDb(name, Number.POSITIVE_INFINITY, versions);
  await current.open();
  try {
    await check(current);
  } finally {
    current.close();
    await Dexie.delete(name);
  }
}

describe('schema versions', () => {
  test('are numbered 1, 2, … with no gaps, and the first has every store', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(Object.keys(SCHEMA_VERSIONS[0]?.stores ?? {}).sort()).toEqual(['actions', 'authors', 'items', 'settings', 'workspaces']);
  });

  test('every version but the first has a filler for the version before and a check', () => {
    for (const v of SCHEMA_VERSIONS.slice(1)) {
      expect(FILL[v.version - 1], `FILL[${v.version - 1}]`).toBeTypeOf('function');
      expect(CHECK[v.version], `CHECK[${v.version}]`).toBeTypeOf('function');
    }

  });

  test('a new database starts with the example workspace, active', async () => {
    const db = new KeelDb(freshName());
    const ws = await db.workspaces.toArray();
    expect(ws.map((w) => w.id)).toEqual(['default']);
    expect((await db.settings.get('activeWorkspaceId'))?.value).toBe('default');
    db.close();
  });

  for (const v of SCHEMA_VERSIONS.slice(1)) {
    test(`upgrades a filled version ${v.version - 1} database to version ${v.version}`, async () => {
      await upgradeFrom(v.version - 1, SCHEMA_VERSIONS, FILL[v.version - 1] as Filler, CHECK[v.version] as Checker);
    });
  }

  test('rowsSameSince: the oldest version whose rows and stores the latest still has', () => {
    const v = (version: number, stores: Record<string, string | null>, upgrade?: SchemaVersion['upgrade']): SchemaVersion => ({ version, stores, upgrade });
    const up = async () => {};
    expect(rowsSameSince([v(1, { a: 'id' })])).toBe(1);
    expect(rowsSameSince([v(1, { a: 'id' }), v(2, { a: 'id, x' })])).toBe(1);
    expect(rowsSameSince([v(1, { a: 'id' }), v(2, { a: 'id, x' }, up), v(3, { a: 'id' })])).toBe(2);
    expect(rowsSameSince([v(1, { a: 'id' }), v(2, { b: 'id' }), v(3, { a: 'id, y' })])).toBe(2);
    expect(rowsSameSince([v(1, { a: 'id', b: 'id' }), v(2, { b: null })])).toBe(2);
    // Version 5 only dropped indexes: version 4's rows are the latest's.
    expect(rowsSameSince(SCHEMA_VERSIONS)).toBe(4);
  });

  test('the harness catches a next version that rewrites rows', async () => {
    const withV2: SchemaVersion[] = [
      ...SCHEMA_VERSIONS.slice(0, 1),
      {
        version: 2,
        stores: { items: 'key, workspaceId, pageKey, [pageKey+firstSeenAt], label, authorKey, labelSource' },
        upgrade: async (tx) => {
          await tx.table('items').toCollection().modify((row: { reasons: string[] }) => {
            row.reasons = [...row.reasons, 'migrated'];
          });
        },
      },
    ];
    await upgradeFrom(1, withV2, FILL[1] as Filler, async (db) => {
      expect(db.verno).toBe(2);
      const item = await db.items.get('facebook:1');
      expect(item?.reasons).toEqual(['Set by you.', 'migrated']);
      expect(await db.items.where('labelSource').equals('moderator').count()).toBe(1);
      expect(await db.authors.count()).toBe(1);
      expect((await db.actions.toArray()).map((a) => a.actor)).toEqual(['Sam']);
    });
  });
});
