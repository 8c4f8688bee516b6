// @vitest-environment happy-dom
/**
 * Storage trouble is visible: IndexedDB refusing a write (out of space, a
 * cancelled transaction), refusing to open (no IndexedDB in this window), or an
 * upgrade blocked by an old connection each reach the user in plain words,
 * with what to do, and nothing stored is lost.
 */
import Dexie from 'dexie';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savePack } from '../../utils/background/pages';
import { replaceRoster } from '../../utils/background/roster';
import { notingStorage } from '../../utils/background/storage-note';
import { readTabState, writeTabState } from '../../utils/background/tab-state';
import { dumpDatabase } from '../../utils/backup/dump';
import { KeelDb } from '../../utils/db';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers } from '../../utils/messaging/server';
import { errorMessage, StorageBlockedError, storageTrouble, TROUBLE_TEXT } from '../../utils/storage-errors';
import { StorageBanner } from '../../components/StorageBanner';
import { PACK } from './backup-fill';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageTrouble names the cause', () => {
  const dexieWrapped = (name: string, inner: unknown) => Object.assign(new Error('wrapped'), { name, inner });
  test.each([
    ['a DOMException QuotaExceededError', quota(), 'quota'],
    ['a transaction aborted by a quota failure (Dexie AbortError with the cause inside)', dexieWrapped('AbortError', quota()), 'quota'],
    ['a BulkError whose rows failed for space', Object.assign(new Error('bulk'), { name: 'BulkError', failures: [quota()] }), 'quota'],
    ['Chrome UnknownError saying the disk is full', new DOMException('Internal error: disk is full', 'UnknownError'), 'quota'],
    ['a newer schema (VersionError)', new DOMException('The requested version is less than the existing version.', 'VersionError'), 'version'],
    ['no IndexedDB (Dexie MissingAPIError)', Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }), 'unavailable'],
    ['Firefox private window (InvalidStateError), opened through Dexie', dexieWrapped('OpenFailedError', new DOMException('A mutation operation was attempted', 'InvalidStateError')), 'unavailable'],
    ['a blocked upgrade', new StorageBlockedError('blocked'), 'blocked'],
    ['a closed database after another window upgraded it', dexieWrapped('DatabaseClosedError', dexieWrapped('VersionChangeError', null)), 'closed'],
    ['a cancelled transaction', new DOMException('aborted', 'AbortError'), 'aborted'],
    ['a storage failure', new DOMException('Internal error opening backing store', 'UnknownError'), 'failed'],
  ])('%s', (_what, err, kind) => {
    expect(storageTrouble(err)).toBe(kind);
    expect(errorMessage(err)).toBe(TROUBLE_TEXT[kind as keyof typeof TROUBLE_TEXT]);
  });

  test.each([
    ['one of Keel’s own errors', new Error('Pack smile reads a page: remove that page first.')],
    ['an error whose message merely mentions a quota', new Error('The quota of templates is 1,000.')],
    ['a thrown string', 'nope'],
    ['a data error (a bug, not the storage)', new DOMException('bad key', 'DataError')],
  ])('%s is not storage trouble, and keeps its own message', (_what, err) => {
    expect(storageTrouble(err)).toBeNull();
    expect(errorMessage(err)).toBe(err instanceof Error ? err.message : String(err));
  });

  test('every text says what failed and what to do', () => {
    for (const text of Object.values(TROUBLE_TEXT)) {
      expect(text).toMatch(/^Keel/);
      expect(text).toMatch(/\b(Free|Close|Reload|reload|Update|Use|Try|Restart)\b/);
    }
    expect(TROUBLE_TEXT.quota).toBe(
      'Keel could not save: the browser says this profile is out of storage space. Free disk space, or export and delete old incidents (Settings › Data), then try again.',
    );
  });
});

let n = 0;
const dbs: KeelDb[] = [];
async function fresh(): Promise<KeelDb> {
  const db = new KeelDb(`keel-storage-${++n}-${Date.now()}`);
  await db.open();
  dbs.push(db);
  return db;
}
const snapshot = async (db: KeelDb) => JSON.stringify((await dumpDatabase(db, 0)).tables);

/** Makes every IndexedDB write refuse for lack of space, as a full profile does. */
function fillTheDisk(): void {
  // The background logs each failure for whoever reads its console; the test reads the reply.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  for (const method of ['put', 'add'] as const) {
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(() => {
      throw quota();
    });
  }
}

const unexpected = async (): Promise<never> => {
  throw new Error('not called in this test');
};

describe('a write refused for lack of space', () => {
  let db: KeelDb;
  let handlers: Handlers;
  const page = (): Browser.runtime.MessageSender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });

  beforeEach(async () => {
    fakeBrowser.reset();
    db = await fresh();
    await replaceRoster(db, ['Ada Byrne']);
    const all = Object.fromEntries((Object.keys(protocol) as MessageType[]).map((t) => [t, unexpected])) as unknown as Handlers;
    handlers = {
      ...all,
      'roster/replace': ({ names }) => replaceRoster(db, names),
      'packs/save': ({ pack, mode }) => savePack(db, pack, mode, 'Sam', 1),
    };
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const d of dbs.splice(0)) {
      d.close();
      await Dexie.delete(d.name);
    }
  });

  test.each([
    ['roster/replace', { names: ['Bea Cole', 'Cy Dunn'] }],
    ['packs/save', { pack: PACK, mode: 'replace' }],
  ])('%s answers in plain words what failed and what to do, and changes nothing', async (type, payload) => {
    const before = await snapshot(db);
    fillTheDisk();
    const reply = await dispatch(handlers, { keel: 1, type, payload }, page(), () => undefined);
    expect(reply).toEqual({ ok: false, error: TROUBLE_TEXT.quota });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
  });

  test('a content script’s report that could not be stored leaves a note on its tab, cleared by the next one stored', async () => {
    await writeTabState(7, { url: 'https://www.facebook.com/p/posts/1', pageId: 'p', workspaceId: 'default', adapter: 'facebook', health: null });
    const sender = { kind: 'content' as const, url: 'https://www.facebook.com/p/posts/1', tabId: 7 };
    const store = notingStorage(async (names: string[]) => replaceRoster(db, names));
    fillTheDisk();
    await expect(store(['Bea Cole'], sender)).rejects.toMatchObject({ name: expect.stringMatching(/QuotaExceeded|Abort/) });
    const noted = (await readTabState(7))?.storageError;
    expect(noted?.message).toBe(`What Keel read on this page was not saved. ${TROUBLE_TEXT.quota} Then reload this page: Keel reads it again and keeps what it shows.`);
    vi.restoreAllMocks();
    await store(['Bea Cole'], sender);
    expect((await readTabState(7))?.storageError).toBeNull();
    // Keel's own refusals (not the storage's) leave no note.
    await expect(notingStorage(async () => Promise.reject(new Error('Not a page Keel watches.')))(null, sender)).rejects.toThrow('Not a page');
    expect((await readTabState(7))?.storageError).toBeNull();
  });
});

describe('the banner of the popup and Settings', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(async () => {
    render(null, host);
    host.remove();
    for (const d of dbs.splice(0)) {
      d.close();
      await Dexie.delete(d.name);
    }
  });
  const banner = () => host.querySelector('[data-testid="storage-banner"]');

  test('shows nothing when the database opens', async () => {
    const db = new KeelDb(`keel-banner-ok-${++n}`);
    dbs.push(db);
    render(h(StorageBanner, { db }), host);
    await db.open();
    await new Promise((r) => setTimeout(r, 20));
    expect(banner()).toBeNull();
  });

  test('says so when this window has no IndexedDB (as some private windows)', async () => {
    const saved = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    const db = new KeelDb(`keel-banner-missing-${++n}`);
    try {
      render(h(StorageBanner, { db }), host);
      await vi.waitFor(() => expect(banner()?.textContent).toContain(TROUBLE_TEXT.unavailable));
      expect(banner()?.getAttribute('role')).toBe('alert');
      expect(banner()?.querySelector('button')?.textContent).toBe('Reload this page');
    } finally {
      Dexie.dependencies.indexedDB = saved;
    }
  });

  test('a blocked upgrade says which window to close, and goes once it is closed', async () => {
    const name = `keel-banner-blocked-${++n}`;
    // An old connection (version 1, as Dexie numbers it ×10) that does not let go when asked.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = new KeelDb(name);
    dbs.push(db);
    render(h(StorageBanner, { db }), host);
    await vi.waitFor(() => expect(banner()?.textContent).toContain(TROUBLE_TEXT.blocked));
    old.close();
    await vi.waitFor(() => expect(banner()).toBeNull());
    expect(db.isOpen()).toBe(true);
  });

  test('another window upgrading the database: this page lets go (so the upgrade is not blocked) and asks for a reload', async () => {
    const db = await fresh();
    render(h(StorageBanner, { db }), host);
    await new Promise((r) => setTimeout(r, 20));
    expect(banner()).toBeNull();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(db.name, 1000);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked by the page'));
    });
    newer.close();
    await vi.waitFor(() => expect(banner()?.textContent).toContain(TROUBLE_TEXT.closed));
    expect(db.isOpen()).toBe(false);
  });
});

describe('a content script’s note reaches the popup banner', () => {
  test('shows the tab’s note when the database itself is fine', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const db = await fresh();
    const note = { message: `What Keel read on this page was not saved. ${TROUBLE_TEXT.quota}`, at: 1 };
    render(h(StorageBanner, { db, note }), host);
    await vi.waitFor(() => expect(host.textContent).toContain(note.message));
    expect(host.textContent).toContain('Keel could not save what it read on this page.');
    render(null, host);
    host.remove();
  });
});
