/**
 * The cleanup queue's messages. Showing an item reuses evidence capture's way
 * of finding it: the open tab Keel reads that shows the item's page (the one
 * in front first) is asked to scroll it into view, and here also to mark it.
 */
import type { KeelDb } from '../../db';
import type { queueMessages } from '../../messaging/msg-queue';
import type { HandlersOf } from '../../messaging/server';
import { ActionError } from '../actions';
import { locate, tabShowing } from './evidence';

export function queueHandlers(db: KeelDb): HandlersOf<typeof queueMessages> {
  return {
    'queue/show': async ({ key }) => {
      const item = await db.items.get(key);
      if (!item) throw new ActionError('No such item.');
      const tab = await tabShowing(item);
      if (!tab) return { shown: false, tabId: null, note: 'No open tab shows this item’s page.' };
      const shot = await locate(tab.tabId, key, true);
      return shot
        ? { shown: true, tabId: tab.tabId, note: 'Shown on the page.' }
        : { shown: false, tabId: tab.tabId, note: 'The tab shows its page, but the item is not on it now.' };
    },
  };
}
