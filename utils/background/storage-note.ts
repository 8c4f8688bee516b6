/**
 * A tab whose labels could not be stored says so. When a content script's
 * report (items/observed, a label set from a chip) fails because IndexedDB
 * refused it, the page still shows its chips, but nothing was kept: the
 * tab's state (storage.session, which the popup reads) gets a note in plain
 * words, and the next report that is stored clears it. storage.session is not
 * IndexedDB, so the note is written even when the database cannot be.
 */
import type { SenderInfo } from '../messaging/server';
import { errorMessage, storageTrouble } from '../storage-errors';
import { readTabState, writeTabState } from './tab-state';

async function setNote(tabId: number, note: { message: string; at: number } | null): Promise<void> {
  const state = await readTabState(tabId);
  if (!state || (note === null && !state.storageError)) return;
  await writeTabState(tabId, { ...state, storageError: note });
}

/** Wraps a content script's handler: storage trouble is noted on the tab (and still answered as an error). */
export function notingStorage<P, R>(handler: (payload: P, sender: SenderInfo) => Promise<R>): (payload: P, sender: SenderInfo) => Promise<R> {
  return async (payload, sender) => {
    try {
      const result = await handler(payload, sender);
      if (sender.tabId !== null) await setNote(sender.tabId, null).catch(() => undefined);
      return result;
    } catch (err) {
      if (sender.tabId !== null && storageTrouble(err)) {
        const text = errorMessage(err);
        const again = /reload this page/i.test(text) ? '' : ' Then reload this page: Keel reads it again and keeps what it shows.';
        const note = { message: `What Keel read on this page was not saved. ${text}${again}`, at: Date.now() };
        await setNote(sender.tabId, note).catch((e) => console.error('[keel] could not note the storage failure', e));
      }
      throw err;
    }
  };
}
