/** The cleanup queue (side panel): asking the tab to show the current item, and what the keyboard drives. */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

export const queueMessages = {
  /**
   * The queue's cursor moved to an item: a tab showing its page scrolls it
   * into view and marks it for a moment. Changes nothing stored. The answer
   * says whether a tab showed it (the one in front of its window first).
   */
  'queue/show': {
    from: ['page'],
    request: z.object({ key: z.string().min(1).max(300) }),
    response: z.object({
      shown: z.boolean(),
      tabId: z.number().int().nullable(),
      /** What happened, in words, when the item could not be shown. */
      note: z.string(),
    }),
  },
} as const satisfies MessageSpecs;
