/**
 * Bad backups change nothing (property-based): a backup file cut short at
 * every offset, or broken at random in the ways files break, is refused with a
 * BackupError naming the problem (a table, a row, a field, the format), and
 * the database is exactly as before. A broken file that happens to still be a
 * valid backup restores exactly what it says. Valid random data round-trips.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dumpDatabase } from '../../utils/backup/dump';
import { BackupError, parseBackup, restoreBackup } from '../../utils/backup/restore';
import { PRIMARY_KEY, TABLES, type TableName } from '../../utils/backup/rows';
import { KeelDb } from '../../utils/db';
import { fillAndCount, item } from './backup-fill';
import { rebuildSummaries } from '../../utils/background/summaries';
import { brokenFile, canonical, fingerprint, polluted, RUNS } from './props-helpers';

/** Where a refusal must point: the format, the version, a table, a row and field, or the JSON itself. */
const NAMES_PLACE =
  /not complete JSON|not a Keel backup|format is "keel-backup\/1"|schema version|exportedAt|tables(\.\w+|\."(?:[^"\\]|\\.)*")?:|\b[a-z]+, row \d+|workspaces: the backup has none|settings, activeWorkspaceId|larger than Keel restores/;

let n = 0;
const open: KeelDb[] = [];
async function fresh(): Promise<KeelDb> {
  const db = new KeelDb(`keel-props-backup-${++n}-${Date.now()}`);
  await db.open();
  open.push(db);
  return db;
}

let backupText: string;
let backupJson: unknown;
let target: KeelDb;
/** The target's own data, as a backup: put back after a broken file that was still valid replaced it. */
let targetText: string;
let targetPrint: string;

beforeAll(async () => {
  const source = await fresh();
  await fillAndCount(source);
  backupText = JSON.stringify(await dumpDatabase(source, 1_000));
  backupJson = JSON.parse(backupText);
  target = await fresh();
  await target.items.add(item('facebook:own', 'default', { text: 'Kept unless a restore succeeds' }));
  await target.settings.put({ key: 'moderatorName', value: 'Robin' });
  await rebuildSummaries(target);
  targetText = JSON.stringify(await dumpDatabase(target, 2_000));
  targetPrint = await fingerprint(target);
});
afterAll(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** What a restored database must hold for a backup's text: its rows, each table in primary-key order as IndexedDB reads them. */
function expectedTables(text: string): string {
  const rows = parseBackup(text);
  const settings = rows.settings.some((s) => s.key === 'activeWorkspaceId') ? rows.settings : [...rows.settings, { key: 'activeWorkspaceId', value: rows.workspaces[0]?.id ?? null }];
  const all: Record<string, readonly unknown[]> = { ...rows, settings };
  const byKey = (table: TableName) => (a: unknown, b: unknown) =>
    indexedDB.cmp((a as Record<string, unknown>)[PRIMARY_KEY[table]], (b as Record<string, unknown>)[PRIMARY_KEY[table]]);
  return canonical(Object.fromEntries(TABLES.map((t) => [t, [...(all[t] ?? [])].sort(byKey(t))])));
}

async function restoredTables(db: KeelDb): Promise<string> {
  return canonical((await dumpDatabase(db, 0)).tables);
}

describe('a bad backup changes nothing', () => {
  test('cut short at every offset: refused as incomplete, database untouched', async () => {
    expect(backupText.length).toBeGreaterThan(3_000);
    for (let i = 0; i < backupText.length; i++) {
      const err = await restoreBackup(target, backupText.slice(0, i)).then(
        () => null,
        (e: unknown) => e,
      );
      if (!(err instanceof BackupError) || !/not complete JSON.*Nothing was changed/.test(err.message)) {
        throw new Error(`cut at ${i}: ${String(err)}`);
      }
    }
    expect(await fingerprint(target)).toBe(targetPrint);
  }, 60_000);

  test('broken at random: refused naming the problem and nothing changes, or (still valid) restored exactly', async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(brokenFile(backupJson, { formatPaths: [['format'], ['schemaVersion']] }), async ({ text }) => {
        const err = await restoreBackup(target, text).then(
          () => null,
          (e: unknown) => e,
        );
        expect(polluted().polluted).toBeUndefined();
        if (err) {
          refused++;
          expect(err).toBeInstanceOf(BackupError);
          expect((err as Error).message).toMatch(NAMES_PLACE);
          expect((err as Error).message).toMatch(/[Nn]othing was changed/);
          expect(await fingerprint(target)).toBe(targetPrint);
          return;
        }
        accepted++;
        try {
          expect(await restoredTables(target)).toBe(expectedTables(text));
        } finally {
          // Put the target's own data back, also when the check failed (fast-check then runs smaller cases on it).
          await restoreBackup(target, targetText);
        }
        expect(await fingerprint(target)).toBe(targetPrint);
      }),
      { numRuns: RUNS },
    );
    // The arbitraries mostly break the file; some breaks (a flipped letter in a name) leave it valid.
    expect(refused).toBeGreaterThan(accepted);
  }, 60_000);

  test('valid random data round-trips: backup → restore → the same dump', async () => {
    const source = await fresh();
    await fillAndCount(source);
    const copy = await fresh();
    const text = fc.string({ unit: 'grapheme-composite', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          itemText: fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })),
          name: fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          rating: fc.constantFrom(null, 1, 2, 3, 4, 5),
          // What JSON can carry: a backup is JSON, which has no -0 (fc.jsonValue makes some; they come back as 0).
          setting: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
          at: fc.integer({ min: 0, max: 8.64e15 }),
          png: fc.uint8Array({ maxLength: 64 }),
        }),
        async (r) => {
          await source.transaction('rw', source.items, source.workspaces, source.settings, source.evidence, async () => {
            await source.items.update('facebook:1', { text: r.itemText, confidence: r.confidence, rating: r.rating, at: r.at, author: { name: r.name, profileUrl: null } });
            await source.workspaces.update('north', { name: r.name });
            await source.settings.put({ key: 'random', value: r.setting as never });
            // A PNG as the browser's capture makes one: signature, then the IHDR chunk's length (13) and type.
            // (Restore recognises a PNG by the base64 of its first 8¼ bytes: bytes ≥ 64 right after the signature fail.)
            const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...r.png]);
            await source.evidence.update('ev1', { screenshot: new Blob([png], { type: 'image/png' }) });
          });
          await restoreBackup(copy, JSON.stringify(await dumpDatabase(source, 5)));
          expect(await fingerprint(copy)).toBe(await fingerprint(source));
        },
      ),
      { numRuns: Number(process.env.KEEL_PROPS_ROUNDTRIP ?? 50) },
    );
  }, 60_000);
});
