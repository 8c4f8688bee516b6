/**
 * Every schema version of Keel's IndexedDB, in one append-only list. Never edit
 * a released version: add the next one, with an upgrade function when rows need
 * rewriting, and a test in tests/unit/db-upgrade.test.ts that upgrades a filled
 * database of the version before.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

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
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
