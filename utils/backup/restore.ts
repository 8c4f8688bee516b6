/**
 * Restoring a backup: the file is parsed and every row of every table checked
 * (its shape with Zod, then what it refers to) before anything is written.
 * Then the whole database is replaced in one transaction. If anything is wrong,
 * nothing changes and the error names the table, the row and the field.
 */
import type { KeelDb } from '../db';
import { rebuildSummaries } from '../background/summaries';
import { LATEST_VERSION, rowsSameSince, SCHEMA_VERSIONS } from '../db/schema';

const ROWS_SAME_SINCE = rowsSameSince(SCHEMA_VERSIONS);
import { PLATFORMS } from '../model';
import { base64ToBytes } from './base64';
import { BACKUP_FORMAT, type BackupRows, MAX_BACKUP_CHARS } from './format';
import { PRIMARY_KEY, ROW_SCHEMAS, TABLES, type TableName } from './rows';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** At most this many problems are listed: the first is what the user needs to fix. */
const MAX_PROBLEMS = 5;

export type BackupCheck = { ok: true; rows: BackupRows } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function rowName(table: TableName, index: number, row: unknown): string {
  const key = isObject(row) ? row[PRIMARY_KEY[table]] : undefined;
  const shown = typeof key === 'string' || typeof key === 'number' ? ` (${PRIMARY_KEY[table]} ${JSON.stringify(String(key).slice(0, 60))})` : '';
  return `${table}, row ${index + 1}${shown}`;
}

/** Checks a parsed backup file completely; answers its rows, or every problem found (up to a few). */
export function checkBackup(json: unknown): BackupCheck {
  if (!isObject(json)) return { ok: false, problems: ['The file is not a Keel backup (expected a JSON object).'] };
  if (json.format !== BACKUP_FORMAT) {
    const format = typeof json.format === 'string' ? `a “${json.format.slice(0, 40)}” file` : 'not a Keel backup';
    return { ok: false, problems: [`This is ${format}: a backup's format is "${BACKUP_FORMAT}".`] };
  }
  const version = json.schemaVersion;
  if (typeof version !== 'number' || version < ROWS_SAME_SINCE || version > LATEST_VERSION) {
    return {
      ok: false,
      problems: [`The backup's rows are of schema version ${String(version).slice(0, 20)}; this Keel stores version ${LATEST_VERSION}${ROWS_SAME_SINCE < LATEST_VERSION ? ` and reads backups of versions ${ROWS_SAME_SINCE} to ${LATEST_VERSION}` : ''}. Restore it with the Keel that made it.`],
    };
  }
  if (typeof json.exportedAt !== 'number') return { ok: false, problems: ['exportedAt: expected the time the backup was made.'] };
  const tables = json.tables;
  if (!isObject(tables)) return { ok: false, problems: ['tables: expected every table of the database.'] };
  const problems: string[] = [];
  const add = (line: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(line);
  };
  for (const name of Object.keys(tables)) {
    // A name that is not a plain word is quoted, so an empty or odd one still shows ('tables."": …').
    const shown = name.slice(0, 60);
    if (!(TABLES as string[]).includes(name)) add(`tables.${/^\w+$/.test(shown) ? shown : JSON.stringify(shown)}: Keel has no such table.`);
  }
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const list = tables[table];
    if (!Array.isArray(list)) {
      add(`tables.${table}: missing (expected a list of rows).`);
      continue;
    }
    const schema = ROW_SCHEMAS[table];
    const parsed: unknown[] = [];
    const keys = new Set<unknown>();
    for (const [i, row] of list.entries()) {
      if (problems.length >= MAX_PROBLEMS) break;
      const result = schema.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.length ? issue.path.map(String).join('.') : '(the row)';
        add(`${rowName(table, i, row)}, field ${field}: ${issue?.message ?? 'invalid'}`);
        continue;
      }
      const key = (result.data as Record<string, unknown>)[PRIMARY_KEY[table]];
      if (keys.has(key)) add(`${rowName(table, i, row)}: the same ${PRIMARY_KEY[table]} is on an earlier row.`);
      keys.add(key);
      parsed.push(result.data);
    }
    rows[table] = parsed;
  }
  if (problems.length) return { ok: false, problems };
  const checked = rows as unknown as BackupRows;
  const refs = referenceProblems(checked);
  return refs.length ? { ok: false, problems: refs.slice(0, MAX_PROBLEMS) } : { ok: true, rows: checked };
}

/** What rows refer to must be in the backup too: a workspace, an incident, an item, a pack. */
function referenceProblems(rows: BackupRows): string[] {
  const problems: string[] = [];
  const workspaces = new Set(rows.workspaces.map((w) => w.id));
  const items = new Set(rows.items.map((i) => i.key));
  const incidents = new Set(rows.incidents.map((i) => i.id));
  const adapters = new Set<string>([...PLATFORMS, ...rows.packs.map((p) => p.id)]);
  if (!workspaces.size) problems.push('workspaces: the backup has none; Keel needs at least one.');
  const check = (table: TableName, list: readonly unknown[], field: string, ok: (v: unknown) => boolean, what: string) => {
    for (const [i, row] of list.entries()) {
      const value = (row as Record<string, unknown>)[field];
      if (!ok(value)) problems.push(`${rowName(table, i, row)}, field ${field}: no ${what} ${JSON.stringify(String(value).slice(0, 60))} in the backup.`);
      if (problems.length >= MAX_PROBLEMS) return;
    }
  };
  const inWorkspaces = (v: unknown) => workspaces.has(v as string);
  for (const table of ['pages', 'items', 'authors', 'incidents', 'evidence', 'templates', 'roster'] as const) {
    check(table, rows[table], 'workspaceId', inWorkspaces, 'workspace');
  }
  check('pages', rows.pages, 'adapter', (v) => adapters.has(v as string), 'built-in adapter or selector pack');
  check('items', rows.items, 'incidentId', (v) => v === null || incidents.has(v as string), 'incident');
  check('evidence', rows.evidence, 'itemKey', (v) => items.has(v as string), 'item');
  check('evidence', rows.evidence, 'incidentId', (v) => v === null || incidents.has(v as string), 'incident');
  for (const [i, job] of rows.jobs.entries()) {
    const missing = job.itemKeys.find((k) => !items.has(k));
    if (missing !== undefined) problems.push(`${rowName('jobs', i, job)}, field itemKeys: no item ${JSON.stringify(missing.slice(0, 60))} in the backup.`);
    if (job.next > job.itemKeys.length) problems.push(`${rowName('jobs', i, job)}, field next: past the end of its items.`);
  }
  const active = rows.settings.find((s) => s.key === 'activeWorkspaceId');
  if (active && !workspaces.has(active.value as string)) {
    problems.push(`settings, activeWorkspaceId: no workspace ${JSON.stringify(String(active.value).slice(0, 60))} in the backup.`);
  }
  return problems;
}

/** Parses and checks a backup file's text; throws a BackupError naming the problems. */
export function parseBackup(text: string): BackupRows {
  if (text.length > MAX_BACKUP_CHARS) {
    throw new BackupError(`The file is larger than Keel restores (${Math.round(MAX_BACKUP_CHARS / 1e6)} MB). Nothing was changed.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BackupError(`The file is not complete JSON (${(err as Error).message}): it may be cut short. Nothing was changed.`);
  }
  const checked = checkBackup(json);
  if (!checked.ok) throw new BackupError(`The backup was not restored, nothing was changed: ${checked.problems.join(' · ')}`);
  return checked.rows;
}

export type RestoreCounts = Record<TableName, number>;

/** Replaces every table with the backup's rows, in one transaction: all of them or none. */
export async function restoreBackup(db: KeelDb, text: string): Promise<RestoreCounts> {
  const rows = parseBackup(text);
  const evidence = rows.evidence.map((row) => ({
    ...row,
    screenshot: row.screenshot === null ? null : new Blob([base64ToBytes(row.screenshot)], { type: 'image/png' }),
  }));
  // A backup without an active workspace (edited by hand) gets its first one: Keel always has one active.
  const settings = rows.settings.some((s) => s.key === 'activeWorkspaceId')
    ? rows.settings
    : [...rows.settings, { key: 'activeWorkspaceId', value: rows.workspaces[0]?.id ?? null }];
  const all: Record<TableName, readonly unknown[]> = { ...rows, evidence, settings };
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.summaries], async () => {
    for (const table of TABLES) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(all[table] as unknown[]);
    }
    // Summaries are counted from the restored items, in the same transaction.
    await rebuildSummaries(db);
  });
  return Object.fromEntries(TABLES.map((t) => [t, all[t].length])) as RestoreCounts;
}
