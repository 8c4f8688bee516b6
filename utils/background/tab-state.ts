/**
 * What Keel knows about each tab it runs in: whether the tab shows one of the
 * business's pages, and how the adapter fared there (adapter health). Kept in
 * storage.session, not in worker memory: the browser may stop the worker at
 * any time, and the popup reads it from there.
 */
import { browser } from 'wxt/browser';
import type { PageHealth } from '../messaging/protocol';

export interface TabState {
  url: string;
  /** The page it is on, if it is one of the business's own. */
  pageId: string | null;
  /** That page's address (its account root). */
  pageUrl?: string | null;
  workspaceId: string | null;
  /** A built-in platform or a pack's id, when Keel reads this tab. */
  adapter: string | null;
  health: PageHealth | null;
  /** The last time Keel could not store what this tab reported, in words (see storage-note.ts); cleared by the next success. */
  storageError?: { message: string; at: number } | null;
}

/** The storage.session key of a tab's state. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabState | undefined) ?? null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
}

/** Every tab's state, by tab id, in one read. */
export async function tabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) if (key.startsWith('tab:') && value) out.set(Number(key.slice(4)), value as TabState);
  return out;
}

/** The tabs whose state says they show `pageId`. */
export async function tabsShowing(pageId: string): Promise<number[]> {
  return [...(await tabStates())].filter(([, state]) => state.pageId === pageId).map(([tabId]) => tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}

/**
 * A page the user asked to add while the browser's permission prompt was up.
 * Firefox closes the popup for the prompt, so the background finishes the job
 * when the access is granted.
 */
export const PENDING_PAGE = 'pendingPage';

/** A pack proposed by "Pick a comment on the page", waiting in options for review. */
export const DRAFT_PACK = 'draftPack';
