/**
 * Every schema version of Keel's IndexedDB, in one append-only list. Never edit
 * a released version: add the next one, with an upgrade function when rows need
 * rewriting, and a test in tests/unit/db-upgrade.test.ts that upgrades a filled
 * database of the version before.
 */
import type { Table, Transaction } from 'dexie';
import { nameKeysOf } from '../authors/name';
import { keysWith, pageSummaryId, rebuildSummaries } from '../background/summaries';
import type { KeelDb } from './index';
import { isOwnItem } from '../labels';
import { filterOf, PACKED, packStoreSpec, packTable } from './packed';
import { DEFAULT_RULES } from './types';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /**
   * The version's new stores hold only what can be counted again from the rest
   * (not backed up), and its upgrade only fills them: rows are as before.
   */
  derivedOnly?: true;
  /**
   * The version's new stores hold the rows of tables that already exist, packed
   * (utils/db/packed.ts): every table's rows are as before.
   */
  packsOnly?: true;
}

const ITEMS_V5 =
  'key, workspaceId, [pageKey+firstSeenAt], [pageKey+at], authorKey, incidentId, [workspaceId+needsReview], [pageKey+parentId]';
const AUTHORS_V5 = 'key, workspaceId, *nameKeys';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      workspaces: 'id',
      items: 'key, workspaceId, pageKey, [pageKey+firstSeenAt], label, authorKey',
      authors: 'key, workspaceId, platform',
      actions: '++seq, at, itemKey, kind',
      settings: 'key',
    },
  },
  {
    // Classifier context: each item's effective time, tone and campaign flag; each
    // author's label history and the moderator's word; the roster, as salted hashes.
    version: 2,
    stores: {
      items: 'key, workspaceId, pageKey, [pageKey+firstSeenAt], [pageKey+at], label, authorKey',
      roster: 'workspaceId',
    },
    upgrade: async (tx) => {
      await tx
        .table('items')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.at = typeof row.postedAt === 'number' ? row.postedAt : row.firstSeenAt;
          row.negative = row.label === 'troll' || row.label === 'threat';
          row.firstTime = false;
          row.campaign = false;
        });
      await tx
        .table('authors')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.labels = {};
          row.moderatorLabel = null;
        });
    },
  },
  {
    // The business's own pages (what Keel may read, per workspace) and the
    // selector packs that read sites without a built-in adapter.
    version: 3,
    stores: {
      pages: 'id, workspaceId, url',
      packs: 'id',
    },
  },
  {
    // The record of what happened and what was done: incidents and the items in
    // them, what was done to each item, an author's touch points by index,
    // evidence, rating history, templates, and batches of actions that survive
    // the worker being stopped. Workspaces gain their own rules. Authors are
    // found by folded name ("same name elsewhere"), replies by their parent.
    version: 4,
    stores: {
      items:
        'key, workspaceId, pageKey, [pageKey+firstSeenAt], [pageKey+at], label, authorKey, incidentId, [workspaceId+needsReview], [pageKey+parentId]',
      authors: 'key, workspaceId, platform, *nameKeys',
      actions: '++seq, at, itemKey, kind, authorKey, incidentId, workspaceId',
      incidents: 'id, workspaceId, pageKey, status, openedAt',
      evidence: 'id, itemKey, workspaceId, incidentId, capturedAt',
      ratings: '++id, [pageKey+at]',
      templates: 'id, workspaceId, lineage, status',
      jobs: 'id',
    },
    upgrade: async (tx) => {
      await tx
        .table('workspaces')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.rules = { ...DEFAULT_RULES };
        });
      await tx
        .table('authors')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.nameKeys = nameKeysOf(Array.isArray(row.names) ? (row.names as string[]) : []);
        });
      const authorOf = new Map<string, { authorKey: string; workspaceId: string }>();
      await tx
        .table('items')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.incidentId = null;
          row.done = {};
          const flagged = row.label === 'threat' || row.label === 'troll' || row.label === 'spam';
          row.needsReview = flagged && row.labelSource !== 'moderator' ? 1 : 0;
          authorOf.set(row.key as string, { authorKey: row.authorKey as string, workspaceId: row.workspaceId as string });
        });
      await tx
        .table('actions')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const of = typeof row.itemKey === 'string' ? authorOf.get(row.itemKey) : undefined;
          row.authorKey = of?.authorKey ?? null;
          row.workspaceId = of?.workspaceId ?? null;
          row.incidentId = null;
          row.undoes = null;
        });
    },
  },
  {
    // Leaner writes: every index costs each stored item a write. Dropped: items
    // by label (never queried) and by page alone ([pageKey+at] holds every item
    // of a page in one range, see pageItems), authors by platform (never queried).
    // Summaries of each page and incident, kept as items change, for the popup
    // (utils/background/summaries.ts): counted from the items here. No row changes.
    version: 5,
    stores: {
      items: ITEMS_V5,
      authors: AUTHORS_V5,
      summaries: 'id',
    },
    derivedOnly: true,
    upgrade: async (tx) => {
      await rebuildSummaries(tx.db as KeelDb);
    },
  },
  {
    // Items and authors packed, PACK_SIZE rows to a record (utils/db/packed.ts):
    // Chromium's IndexedDB costs about as much per record as a pack of a hundred
    // rows costs. The tables keep their own stores (empty) for their schema. The
    // upgrade moves every row into packs; rows themselves are unchanged.
    version: 6,
    stores: {
      itemPacks: packStoreSpec(ITEMS_V5),
      authorPacks: packStoreSpec(AUTHORS_V5),
    },
    packsOnly: true,
    upgrade: (tx) =>
      repack(tx, async (table) => {
        const rows = (await table.toArray()) as Array<Record<string, unknown>>;
        await table.clear();
        return rows;
      }),
  },
  {
    // A pack's index entries: one `[value, n]` per value its rows have (n rows
    // with it), not one `[value, primaryKey]` per row; items by time posted
    // bucketed by the hour. About half the entries, and each costs a write.
    // Page summaries gain their items' keys hashed together (`keys`), so the
    // background knows a page changed without reading its newest item.
    // The upgrade packs every row again; rows themselves are unchanged.
    version: 7,
    stores: {},
    packsOnly: true,
    upgrade: async (tx) => {
      const keysOf = new Map<string, number>();
      await repack(tx, async (table, packs) => {
        const stored = (await packs.toArray()) as Array<{ rows?: Array<Record<string, unknown>> }>;
        await packs.clear();
        const rows = stored.flatMap((p) => p.rows ?? []);
        if (table.name === 'items') {
          for (const row of rows) {
            const id = pageSummaryId(row.pageKey as string);
            keysOf.set(id, keysWith(keysOf.get(id) ?? 0, row.key as string));
          }
        }
        return rows;
      });
      await fillPageSummaries(tx, 'keys', keysOf);
    },
  },
  {
    // Page summaries count the business's own posts (`own`: its replies, which
    // Keel labels supporter), so the popup keeps them out of Supporters. The
    // upgrade counts them from the packed rows (read as stored: an upgrade's
    // transaction does not go through the packed tables); rows are unchanged.
    version: 8,
    stores: {},
    derivedOnly: true,
    upgrade: async (tx) => {
      const own = new Map<string, number>();
      await tx.table(PACKED.items?.store ?? 'itemPacks').each((pack: { rows?: Array<{ pageKey: string; labelSource: string; reasons: string[] }> }) => {
        for (const row of pack.rows ?? []) {
          if (!isOwnItem(row)) continue;
          const id = pageSummaryId(row.pageKey);
          own.set(id, (own.get(id) ?? 0) + 1);
        }
      });
      await fillPageSummaries(tx, 'own', own);
    },
  },
];

/** Sets `field` of every page summary to its value in `byId` (0 for a page with none). */
async function fillPageSummaries(tx: Transaction, field: 'keys' | 'own', byId: ReadonlyMap<string, number>): Promise<void> {
  await tx
    .table('summaries')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (row.kind === 'page') row[field] = byId.get(row.id as string) ?? 0;
    });
}

/** Packs every packed table's rows, taken from where `take` finds (and clears) them, into its pack store, with a key filter. */
async function repack(tx: Transaction, take: (table: Table, packs: Table) => Promise<Array<Record<string, unknown>>>): Promise<void> {
  for (const [name, { store }] of Object.entries(PACKED)) {
    const table = tx.table(name);
    const packs = tx.table(store);
    const rows = await take(table, packs);
    await packs.bulkAdd(packTable(table, rows));
    await packs.add(filterOf(rows.map((r) => r[table.schema.primKey.keyPath as string] as string)));
  }
}

/**
 * The oldest version whose rows and stores are those of the latest: no later
 * version rewrites rows (an upgrade function) or adds or drops a store. A backup
 * of any version from this one on restores as it is (only indexes differ).
 */
export function rowsSameSince(versions: readonly SchemaVersion[]): number {
  const seen = new Set<string>();
  let since = versions[0]?.version ?? 1;
  for (const v of versions) {
    const changesStores = Object.entries(v.stores).some(([name, spec]) => spec === null || !seen.has(name));
    if (v !== versions[0] && !v.derivedOnly && !v.packsOnly && (v.upgrade || changesStores)) since = v.version;
    for (const name of Object.keys(v.stores)) seen.add(name);
  }
  return since;
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
