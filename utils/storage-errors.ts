/**
 * Storage trouble in plain words. When IndexedDB refuses (the profile is out
 * of space, another Keel window holds an old version open, the window does not
 * allow storage, a write was cancelled), the person at the desk must read what
 * failed and what to do, not "QuotaExceededError". One mapping, used by the
 * background's error replies (messaging/server.ts), the tab's storage note
 * (background/storage-note.ts) and the extension pages' banner
 * (components/StorageBanner.tsx).
 *
 * Errors are recognised by name only (the browser's DOMException names and
 * Dexie's), following Dexie's `inner` and the standard `cause`, so this file
 * imports nothing and stays out of the way of the content script's size.
 */

export type StorageTrouble = 'quota' | 'version' | 'blocked' | 'closed' | 'unavailable' | 'aborted' | 'failed';

/** Names of errors that mean "the storage itself refused", by what they mean. */
const BY_NAME: Record<string, StorageTrouble> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  // Dexie: the database was opened by another connection with a newer schema, mid-use.
  VersionChangeError: 'closed',
  DatabaseClosedError: 'closed',
  // Dexie: IndexedDB is missing (some private windows, some embedded browsers).
  MissingAPIError: 'unavailable',
  // Firefox's private windows before version 115, and browsers with site data blocked.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  AbortError: 'aborted',
  TimeoutError: 'aborted',
  // Chrome's answer when its storage files are damaged or the disk cannot be written.
  UnknownError: 'failed',
  OpenFailedError: 'failed',
};

/** Which trouble wins when an error carries several (a quota failure aborts its transaction). */
const RANK: StorageTrouble[] = ['quota', 'version', 'blocked', 'unavailable', 'closed', 'failed', 'aborted'];

/** Thrown (or passed on) when an upgrade waits on another connection that keeps an old version open. */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError';
}

function namesIn(err: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 6 || typeof err !== 'object' || err === null) return out;
  const e = err as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string') out.push(e.name);
  // A failure reported as "UnknownError" with a message about space is a full disk.
  if (typeof e.message === 'string' && /\bquota\b|disk (?:is )?full|no space left/i.test(e.message) && typeof e.name === 'string' && e.name in BY_NAME) {
    out.push('QuotaExceededError');
  }
  namesIn(e.inner, depth + 1, out);
  namesIn(e.cause, depth + 1, out);
  // Dexie's BulkError lists each row's failure.
  if (Array.isArray(e.failures)) for (const f of e.failures.slice(0, 5)) namesIn(f, depth + 1, out);
  return out;
}

/** What kind of storage trouble `err` is, or null when it is not the storage's doing. */
export function storageTrouble(err: unknown): StorageTrouble | null {
  const found = new Set<StorageTrouble>();
  for (const name of namesIn(err)) {
    if (name === 'StorageBlockedError') found.add('blocked');
    const t = BY_NAME[name];
    if (t) found.add(t);
  }
  return RANK.find((t) => found.has(t)) ?? null;
}

/** What failed and what to do, for each kind of trouble. */
export const TROUBLE_TEXT: Record<StorageTrouble, string> = {
  quota:
    'Keel could not save: the browser says this profile is out of storage space. Free disk space, or export and delete old incidents (Settings › Data), then try again.',
  version:
    'Keel could not open its data: it was saved by a newer version of Keel than this one. Update Keel, or restore a backup made with this version (Settings › Data), then reload this page.',
  blocked:
    'Keel is waiting to upgrade its data, but another Keel tab or window still has the old version open. Close the other Keel tabs and windows (Settings, side panel, reports), then reload this page.',
  closed: 'Keel’s data was upgraded or changed by another Keel window, so this page stopped using it. Reload this page to carry on.',
  unavailable:
    'Keel could not open its storage: this browser window does not let extensions keep data (a private window, or site data blocked in the browser’s settings). Use a normal window, or allow site data, then reload this page.',
  aborted:
    'Keel could not save: the browser cancelled the write before it finished. Try again; if it keeps happening, restart the browser.',
  failed:
    'Keel could not use its storage: the browser reported a storage failure (its files may be damaged, or the disk cannot be written). Restart the browser; if it goes on, export a backup (Settings › Data) and free disk space.',
};

/**
 * The one text a failed request answers with: storage trouble in plain words,
 * anything else as its own message (Keel's own errors are already written for people).
 */
export function errorMessage(err: unknown): string {
  const trouble = storageTrouble(err);
  if (trouble) return TROUBLE_TEXT[trouble];
  return err instanceof Error ? err.message : String(err);
}

/** Whether a reply's error text is one of the storage texts (for code that only sees the text). */
export function isStorageText(text: string): boolean {
  return Object.values(TROUBLE_TEXT).some((t) => text.includes(t));
}
