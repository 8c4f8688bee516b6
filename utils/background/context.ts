/** Who is acting and from where: what every background handler needs to know about a message. */
import type { KeelDb } from '../db';
import type { SenderInfo } from '../messaging/server';
import { PageError } from './pages';
import { readTabState, type TabState } from './tab-state';

/** The scheme, host and port of an address: what the browser vouches for in a sender's URL. */
export const siteOf = (href: string) => new URL(href).origin;

/** The state of the sending tab, if it shows one of the business's pages on the sender's own origin. */
export async function watchedTab(db: KeelDb, sender: SenderInfo): Promise<TabState> {
  const tab = sender.tabId === null ? null : await readTabState(sender.tabId);
  // The page must still be on the list: a removed page is not read, even in a tab left open.
  if (!tab?.pageId || siteOf(tab.url) !== siteOf(sender.url) || !(await db.pages.get(tab.pageId))) {
    throw new PageError('Not a page Keel watches.');
  }
  return tab;
}

export async function moderatorName(db: KeelDb): Promise<string> {
  const name = (await db.settings.get('moderatorName'))?.value;
  return typeof name === 'string' && name ? name : 'Moderator';
}

