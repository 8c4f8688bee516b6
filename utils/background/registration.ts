/**
 * Keel's content script is not in the manifest: it is registered at runtime
 * for exactly the hosts of the business's pages that the user has granted, so
 * the browser never runs it anywhere else. The content script then asks the
 * background whether its address is one of the pages before reading anything.
 */
import { browser } from 'wxt/browser';
import type { KeelDb } from '../db';

export const SCRIPT_ID = 'keel-pages';
export const SCRIPT_FILE = '/content-scripts/content.js';

/** The granted hosts of every page, as match patterns. */
export async function grantedOrigins(db: KeelDb): Promise<string[]> {
  const wanted = [...new Set((await db.pages.toArray()).flatMap((p) => p.origins))];
  const granted: string[] = [];
  for (const origin of wanted) {
    if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  }
  return granted.sort();
}

// Syncs run one after another: a grant and a new page arrive together, and two
// concurrent registrations of one id fail.
let queue: Promise<unknown> = Promise.resolve();

/** Makes the registered content script match the granted pages' hosts: registers, updates or removes it. */
export function syncContentScript(db: KeelDb): Promise<string[]> {
  const run = queue.then(() => sync(db));
  queue = run.catch(() => undefined);
  return run;
}

async function sync(db: KeelDb): Promise<string[]> {
  const matches = await grantedOrigins(db);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const current = registered[0];
  if (!matches.length) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return [];
  }
  const script = { id: SCRIPT_ID, matches, js: [SCRIPT_FILE], runAt: 'document_idle' as const, allFrames: false };
  if (!current) await browser.scripting.registerContentScripts([script]);
  else if ([...(current.matches ?? [])].sort().join('\n') !== matches.join('\n')) {
    await browser.scripting.updateContentScripts([script]);
  }
  return matches;
}

/**
 * Starts Keel in tabs already open on these hosts (the registration covers new
 * loads only). As with a new load, the content script asks whether its page is
 * one of the business's own and does nothing otherwise; it never runs twice.
 */
export async function startInOpenTabs(origins: string[]): Promise<number> {
  if (!origins.length) return 0;
  const tabs = await browser.tabs.query({ url: origins });
  let started = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] });
      started++;
    } catch (err) {
      console.warn('[keel] could not start in an open tab', err);
    }
  }
  return started;
}
