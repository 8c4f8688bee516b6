/**
 * Reads the whole database into a backup. Extension pages may read IndexedDB,
 * so the options page builds the file itself (no message carries it); the
 * tests use the same dump to prove a failed restore changed nothing.
 */
import type { EvidenceRow, KeelDb } from '../db';
import { LATEST_VERSION } from '../db/schema';
import { blobToBase64 } from './base64';
import { BACKUP_FORMAT, type Backup, type BackupRows } from './format';
import { TABLES } from './rows';

export async function dumpDatabase(db: KeelDb, now = Date.now()): Promise<Backup> {
  // One read transaction: the tables agree with each other (no item without its workspace).
  const raw = await db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    const out: Record<string, unknown[]> = {};
    for (const table of TABLES) out[table] = await db.table(table).toArray();
    return out;
  });
  // Blobs are read after the transaction: awaiting anything but IndexedDB inside one ends it.
  const evidence = await Promise.all(
    (raw.evidence as EvidenceRow[]).map(async (row) => ({ ...row, screenshot: row.screenshot ? await blobToBase64(row.screenshot) : null })),
  );
  return { format: BACKUP_FORMAT, schemaVersion: LATEST_VERSION, exportedAt: now, tables: { ...raw, evidence } as BackupRows };
}

/** The backup as the text of a file. */
export async function backupText(db: KeelDb, now = Date.now()): Promise<string> {
  return JSON.stringify(await dumpDatabase(db, now));
}
