/** The backup file: every table of the database, rows as JSON ('keel-backup/1'). */
import type { z } from 'zod';
import type { EvidenceBackupRow, ROW_SCHEMAS, TableName } from './rows';

export const BACKUP_FORMAT = 'keel-backup/1';

/** Rows as a backup file carries them: as stored, except evidence screenshots as base64 PNG. */
export type BackupRows = { [T in Exclude<TableName, 'evidence'>]: z.infer<(typeof ROW_SCHEMAS)[T]>[] } & { evidence: EvidenceBackupRow[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The database's schema version the rows are shaped by. */
  schemaVersion: number;
  exportedAt: number;
  tables: BackupRows;
}

/** The file name a backup is downloaded as. */
export function backupFileName(now: number): string {
  return `keel-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * The largest backup a restore takes. A message between Keel's parts may be at
 * most 64 MiB; 10,000 items make about 10 MB, so this leaves room for evidence.
 */
export const MAX_BACKUP_CHARS = 60_000_000;
