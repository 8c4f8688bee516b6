import { authorHistory, HistoryError } from '../../authors/history';
import type { KeelDb } from '../../db';
import type { authorMessages } from '../../messaging/msg-authors';
import type { HandlersOf, SenderInfo } from '../../messaging/server';
import { pageKey } from '../../page-key';
import { watchedTab } from '../context';

/** Texts as the chip shows them: a line each. The popup reads the database itself. */
const CHIP_TEXT = 160;
const PAGE_TEXT = 2_000;

export function authorHandlers(db: KeelDb): HandlersOf<typeof authorMessages> {
  return {
    'authors/history': async ({ itemKey }, sender: SenderInfo) => {
      if (sender.kind === 'content') {
        // Only for an item of the sender's own page, as items/relabel.
        const tab = await watchedTab(db, sender);
        const item = await db.items.get(itemKey);
        if (!item || item.pageKey !== pageKey(tab.url)) throw new HistoryError('An author’s history can only be asked from the page of their item.');
        return authorHistory(db, itemKey, { textMax: CHIP_TEXT });
      }
      return authorHistory(db, itemKey, { textMax: PAGE_TEXT });
    },
  };
}
