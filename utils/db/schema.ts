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
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
