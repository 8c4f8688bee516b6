/** A page's average rating over time, as the platform shows it. */
import { z } from 'zod';
import type { MessageSpecs } from './spec';

/** One reading of a page's average, as the content script's adapter read it. */
export const PageRatingSchema = z.object({
  /** The average shown, out of 5. */
  average: z.number().min(0).max(5),
  /** The review count shown beside it; null where the page does not say (or rounds it). */
  count: z.number().int().min(0).max(1_000_000_000).nullable(),
});
export type PageRatingReading = z.infer<typeof PageRatingSchema>;

export const ratingMessages = {
  /**
   * A content script reports the average its page shows, when it changed. The
   * background stores a point for the tab's page only if it differs from the
   * last one stored, and only from a tab on one of the business's own pages.
   */
  'page/rating': {
    from: ['content'],
    request: PageRatingSchema,
    response: z.object({ stored: z.boolean() }),
  },
} as const satisfies MessageSpecs;
