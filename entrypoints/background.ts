import { defineBackground } from 'wxt/utils/define-background';
import { observeItems } from '@/utils/background/observe';
import { relabelItem } from '@/utils/background/relabel';
import { replaceRoster } from '@/utils/background/roster';
import { keelDb } from '@/utils/db';
import { liveAdapterFor } from '@/utils/adapters';
import { listen } from '@/utils/messaging/server';

export default defineBackground(() => {
  const db = keelDb();
  listen(
    {
      'items/observed': async ({ items }, sender) => {
        // The page is what the browser says sent the message, never what the message says.
        if (!liveAdapterFor(sender.url)) throw new Error('Not a page Keel watches.');
        return { results: await observeItems(db, items, sender.url, Date.now()) };
      },
      'items/relabel': async (request, sender) => {
        const name = (await db.settings.get('moderatorName'))?.value;
        return relabelItem(
          db,
          request,
          { actor: typeof name === 'string' && name ? name : 'Moderator', onlyPageUrl: sender.kind === 'content' ? sender.url : null },
          Date.now(),
        );
      },
      'roster/replace': ({ names }) => replaceRoster(db, names),
      'settings/moderator-name': async ({ name }) => {
        await db.settings.put({ key: 'moderatorName', value: name });
        return { name };
      },
    },
    (why, detail) => console.warn('[keel] refused message:', why, detail),
  );
});
