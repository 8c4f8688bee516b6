/**
 * Nothing is half-written when the worker dies during an import. A restore of a
 * 20,000-item backup and a large configuration import are each cut short by
 * ending the service worker while their one transaction is writing: the
 * database is afterwards exactly as before (never a mix of old and new rows),
 * and the next start of the worker does the same import completely.
 *
 * How the test knows the stop landed inside the transaction: while the worker
 * writes, a read of the same store from the options page cannot be answered
 * (IndexedDB runs a read after an overlapping read-write transaction that began
 * first). The worker is stopped only once such a read has waited well past what
 * a read takes when nothing writes; that read is then answered with the old
 * rows (the write was rolled back), and the import's reply never came.
 *
 * Driven over the bare DevTools protocol (raw-cdp.ts): Playwright stalls when a
 * worker it is attached to is stopped.
 */
import { expect, test } from '@playwright/test';
import { checkBackup } from '../../utils/backup/restore';
import { TABLES } from '../../utils/backup/rows';
import { PACKED } from '../../utils/db/packed';
import { ConfigSchema, CONFIG_FORMAT } from '../../utils/config/schema';
import { LATEST_VERSION } from '../../utils/db/schema';
import { DEFAULT_RULES } from '../../utils/db/types';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';
import { item } from '../unit/backup-fill';
import { launchRaw, type RawBrowser } from './raw-cdp';

const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

/** A valid backup of one workspace and `count` items. */
function backup(count: number, prefix: string): string {
  const items = Array.from({ length: count }, (_, i) =>
    item(`facebook:${prefix}${i}`, 'default', {
      nativeId: `${prefix}${i}`,
      text: `Comment ${i} of the ${prefix} backup: boycott these clowns, everyone report this page.`,
      author: { name: `Stranger ${i}`, profileUrl: `https://www.facebook.com/stranger.${i}` },
      authorKey: `facebook:https://www.facebook.com/stranger.${i}`,
    }),
  );
  const tables: Record<string, unknown[]> = Object.fromEntries(TABLES.map((t) => [t, []]));
  tables.workspaces = [{ ...DEFAULT_WORKSPACE, rules: { ...DEFAULT_RULES }, createdAt: 1 }];
  tables.settings = [
    { key: 'activeWorkspaceId', value: 'default' },
    { key: 'moderatorName', value: `${prefix} moderator` },
  ];
  tables.items = items;
  const file = { format: 'keel-backup/1', schemaVersion: LATEST_VERSION, exportedAt: 1, tables };
  // The file must be one Keel accepts: a refusal would stop before the transaction and prove nothing.
  expect(checkBackup(file).ok).toBe(true);
  return JSON.stringify(file);
}

/** A configuration as large as Keel imports: 1,000 templates of 5,000 characters and 200 selector packs. */
function bigConfig() {
  const config = {
    format: CONFIG_FORMAT,
    exportedAt: 1,
    workspace: { name: 'Imported', profile: { ...DEFAULT_WORKSPACE.profile, businessName: 'Imported Dental' }, rules: { ...DEFAULT_RULES, blockedTerms: ['imported'] } },
    templates: Array.from({ length: 1_000 }, (_, i) => ({
      lineage: `imported-${i}`,
      name: `Imported reply ${i}`,
      scenario: 'A genuine complaint',
      body: `Please call {phone} so we can help. ${'We are sorry to hear this. '.repeat(180)}`.slice(0, 5_000),
      status: 'approved' as const,
      version: 1,
      approvedBy: 'Lead',
      approvedAt: 2,
      createdAt: 1,
      updatedAt: 2,
    })),
    pages: [],
    packs: Array.from({ length: 200 }, (_, i) => ({
      format: 'keel-pack/1' as const,
      id: `imported-pack-${i}`,
      name: `Imported pack ${i}`,
      version: 1,
      matches: [`https://www.reviews-${i}.example/clinic/*`],
      kind: 'review' as const,
      selectors: { item: 'article', author: '.who', text: 'p' },
    })),
  };
  expect(ConfigSchema.safeParse(config).success).toBe(true);
  return config;
}

/**
 * Installs, in the options page, a dump of every store and a probe that reads one store.
 * `packs`: the store holding each packed table's rows, a hundred to a record (utils/db/packed.ts).
 */
function installHelpers(tables: string[], packs: Record<string, string>) {
  const w = window as unknown as Record<string, unknown>;
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('keel');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  w.keelDump = async () => {
    const db = await open();
    const tx = db.transaction(tables.map((t) => packs[t] ?? t));
    const out: Record<string, unknown[]> = {};
    await Promise.all(
      tables.map(
        (t) =>
          new Promise<void>((resolve, reject) => {
            const req = tx.objectStore(packs[t] ?? t).getAll();
            req.onsuccess = () => {
              out[t] = packs[t] ? req.result.flatMap((p: { rows?: unknown[] }) => p.rows ?? []) : req.result;
              resolve();
            };
            req.onerror = () => reject(req.error);
          }),
      ),
    );
    db.close();
    return out;
  };
  // A database of the test's own, which Keel never writes: a read there waits for nothing but the machine.
  const control = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('forge-control', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('rows');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const timedCount = (db: IDBDatabase, store: string) => {
    const started = performance.now();
    return new Promise<{ count: number; ms: number }>((resolve, reject) => {
      const packStore = packs[store];
      const req = packStore ? db.transaction(packStore).objectStore(packStore).getAll() : db.transaction(store).objectStore(store).count();
      req.onsuccess = () => {
        db.close();
        const count = packStore ? (req.result as Array<{ rows?: unknown[] }>).reduce((n, p) => n + (p.rows?.length ?? 0), 0) : (req.result as number);
        resolve({ count, ms: performance.now() - started });
      };
      req.onerror = () => reject(req.error);
    });
  };
  // Starts a read of Keel's `store` and, at the same moment, one of the control database. Answers the
  // read's count and time if it came within `waitMs`, else 'waiting' with how long the control read took
  // (the pending read stays in window.keelProbe).
  w.keelProbeStart = async (store: string, waitMs: number) => {
    const [keel, ctl] = await Promise.all([open(), control()]);
    const probe = timedCount(keel, store);
    const controlRead = timedCount(ctl, 'rows');
    w.keelProbe = probe;
    const first = await Promise.race([probe, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), waitMs))]);
    return first === 'waiting' ? { waiting: true, controlMs: (await controlRead).ms } : first;
  };
  // Sends a message without waiting: its answer (or failure) lands in window.keelReply.
  w.keelSend = (message: unknown) => {
    w.keelReply = undefined;
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message).then(
      (r) => {
        w.keelReply = r ?? { threw: 'no answer' };
      },
      (e) => {
        w.keelReply = { threw: String(e) };
      },
    );
    return true;
  };
}

let browser: RawBrowser;
test.beforeEach(async () => {
  browser = await launchRaw();
});
test.afterEach(async () => {
  await browser.close();
});

type Evaluate = (expression: string) => Promise<unknown>;

/**
 * Opens Keel's report page (it reads the database and sends no message of its
 * own: the options page would seed templates, which starts the worker) with the
 * test's helpers installed, once the page itself (not the blank page before it) has loaded.
 */
async function openQuietPage(): Promise<Evaluate> {
  const evaluate = await browser.openExtensionPage('report.html');
  await expect
    .poll(() => evaluate(`location.protocol === 'chrome-extension:' && document.readyState === 'complete'`), { intervals: [50] })
    .toBe(true);
  // The database exists with its stores (opened by Keel, not created empty by a probe of this test).
  await expect
    .poll(() => evaluate(`indexedDB.databases().then((list) => list.some((d) => d.name === 'keel' && (d.version ?? 0) >= ${LATEST_VERSION * 10}))`), { intervals: [50] })
    .toBe(true);
  await evaluate(call(installHelpers, TABLES, Object.fromEntries(Object.entries(PACKED).map(([table, p]) => [table, p.store]))));
  return evaluate;
}

/**
 * Sends `message`, then probes `store` until a read has waited `blockedMs` for
 * the worker's write, and stops the worker right then. Returns what the
 * pending read answered once the worker was gone, and how long it had waited.
 */
async function stopInsideTheWrite(evaluate: Evaluate, message: object, store: string, blockedMs: number) {
  const started = Date.now();
  await evaluate(`keelSend(${JSON.stringify(message)})`);
  let fastest = Number.POSITIVE_INFINITY;
  let controlMs = 0;
  for (;;) {
    if (Date.now() - started > 200_000) throw new Error('The import never held the store: nothing to stop inside.');
    const probe = (await evaluate(`keelProbeStart(${JSON.stringify(store)}, ${blockedMs})`)) as { count: number; ms: number } | { waiting: true; controlMs: number };
    // Waiting while a read of another database, started with it, was answered at once: Keel's store is held by a write.
    if ('waiting' in probe && probe.controlMs < blockedMs / 4) {
      controlMs = probe.controlMs;
      break;
    }
    if ('ms' in probe) fastest = Math.min(fastest, probe.ms);
    expect(await evaluate('keelReply'), 'the import ended before the probe saw it writing').toBeUndefined();
  }
  const stoppedAt = Date.now();
  await browser.stopWorker();
  const pending = (await evaluate('keelProbe')) as { count: number; ms: number };
  return { pending, fastestUnblockedMs: fastest, controlMs, stoppedAfterMs: stoppedAt - started };
}

test('a restore of 20,000 items cut short by the worker being stopped leaves the old database whole, and the next start restores it all', async () => {
  test.setTimeout(400_000);
  const evaluate = await openQuietPage();

  // The old database: a small backup, restored the ordinary way.
  const old = backup(50, 'old');
  await evaluate(`keelSend(${JSON.stringify({ keel: 1, type: 'data/restore', payload: { text: old } })})`);
  await expect.poll(() => evaluate('keelReply'), { timeout: 30_000 }).toMatchObject({ ok: true, data: { counts: { items: 50 } } });
  const before = (await evaluate('keelDump()')) as Record<string, unknown[]>;
  expect(before.items).toHaveLength(50);

  const big = backup(20_000, 'new');
  test.info().annotations.push({ type: 'backup size', description: `${(big.length / 1e6).toFixed(1)} MB, 20,000 items` });
  const restore = { keel: 1, type: 'data/restore', payload: { text: big } };
  const { pending, fastestUnblockedMs, controlMs, stoppedAfterMs } = await stopInsideTheWrite(evaluate, restore, 'items', 400);
  test.info().annotations.push({
    type: 'stop inside the transaction',
    description: `stopped ${stoppedAfterMs} ms after sending; reads took ≤ ${fastestUnblockedMs.toFixed(1)} ms before the write, then one waited ${pending.ms.toFixed(0)} ms (a read of another database started with it: ${controlMs.toFixed(1)} ms) and was answered with ${pending.count} items once the worker was gone`,
  });
  // The read that waited for the write was answered from the old rows: the write was rolled back, not half-kept.
  expect(pending.ms).toBeGreaterThan(400);
  expect(pending.count).toBe(50);
  // The restore never answered: it did not finish.
  const reply = (await evaluate('keelReply')) as { ok?: boolean } | undefined;
  expect(reply?.ok).not.toBe(true);

  // Entirely the old database: every store exactly as before.
  expect(await evaluate('keelDump()')).toEqual(before);

  // The next start works: the same restore, sent again, completes, and the database is entirely the new one.
  const again = Date.now();
  await evaluate(`keelSend(${JSON.stringify(restore)})`);
  await expect.poll(() => evaluate('keelReply'), { timeout: 120_000, intervals: [250] }).toMatchObject({ ok: true, data: { counts: { items: 20_000 } } });
  test.info().annotations.push({ type: 'restore after the restart', description: `${Date.now() - again} ms for 20,000 items` });
  const after = (await evaluate('keelDump()')) as Record<string, Array<Record<string, unknown>>>;
  const restored = JSON.parse(big).tables as Record<string, Array<Record<string, unknown>>>;
  const byKey = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  expect(byKey(after.items ?? [])).toEqual(byKey(restored.items ?? []));
  expect(after.settings).toEqual(expect.arrayContaining(restored.settings ?? []));
  expect(after.items?.some((i) => String(i.key).startsWith('facebook:old'))).toBe(false);
});

test('a configuration import cut short by the worker being stopped changes nothing, and the next start imports it all', async () => {
  test.setTimeout(400_000);
  const evaluate = await openQuietPage();
  await expect.poll(async () => ((await evaluate('keelDump()')) as Record<string, unknown[]>).workspaces?.length).toBe(1);
  const before = (await evaluate('keelDump()')) as Record<string, unknown[]>;

  const config = bigConfig();
  const message = { keel: 1, type: 'config/import', payload: { config, into: { kind: 'new', name: 'Imported' } } };
  const { pending, fastestUnblockedMs, controlMs, stoppedAfterMs } = await stopInsideTheWrite(evaluate, message, 'templates', 100);
  test.info().annotations.push({
    type: 'stop inside the transaction',
    description: `stopped ${stoppedAfterMs} ms after sending; reads took ≤ ${fastestUnblockedMs.toFixed(1)} ms before the write, then one waited ${pending.ms.toFixed(0)} ms (a read of another database started with it: ${controlMs.toFixed(1)} ms) and was answered with ${pending.count} templates once the worker was gone`,
  });
  expect(pending.ms).toBeGreaterThan(100);
  expect(pending.count).toBe(before.templates?.length);
  const reply = (await evaluate('keelReply')) as { ok?: boolean } | undefined;
  expect(reply?.ok).not.toBe(true);
  expect(await evaluate('keelDump()')).toEqual(before);

  // The next start imports the whole file: a new workspace with every template and pack.
  await evaluate(`keelSend(${JSON.stringify(message)})`);
  await expect.poll(() => evaluate('keelReply'), { timeout: 60_000, intervals: [250] }).toMatchObject({
    ok: true,
    data: { created: true, templatesAdded: 1_000, packsStored: 200 },
  });
  const after = (await evaluate('keelDump()')) as Record<string, Array<Record<string, unknown>>>;
  expect(after.templates).toHaveLength(1_000);
  expect(after.packs).toHaveLength(200);
  expect(after.workspaces?.map((w) => w.name)).toEqual(expect.arrayContaining(['My practice (example)', 'Imported']));
});
