/** An author's history ("keep track"): their items, labels, actions and replies across the workspace. */
import { z } from 'zod';
import { AuthorHistorySchema } from '../authors/schema';
import type { MessageSpecs } from './spec';

export const authorMessages = {
  /**
   * The history of the author of one item. A content script may ask only about
   * an item of the page it runs in (its chip), and gets each text shortened.
   */
  'authors/history': {
    from: ['content', 'page'],
    request: z.object({ itemKey: z.string().min(1).max(300) }),
    response: AuthorHistorySchema,
  },
} as const satisfies MessageSpecs;
