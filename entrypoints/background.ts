import { defineBackground } from 'wxt/utils/define-background';
import { observeItems } from '@/utils/background/observe';
import { keelDb } from '@/utils/db';
import { adapterFor } from '@/utils/adapters';
import { listen } from '@/utils/messaging/server';

export default defineBackground(() => {
  const db = keelDb();
  listen(
    {
      'items/observed': async ({ items }, sender) => {
        // The page is what the browser says sent the message, never what the message says.
        if (!adapterFor(sender.url)) throw new Error('Not a page Keel watches.');
        return { results: await observeItems(db, items, sender.url, Date.now()) };
      },
    },
    (why, detail) => console.warn('[keel] refused message:', why, detail),
  );
});
