/**
 * The page's average rating over time. A content script reports what its page
 * shows; a point is stored per page (the same pageKey its items get, from the
 * tab's address) only when it differs from the page's last point, so a quiet
 * page costs one row, and a smear campaign draws its fall step by step.
 */
import Dexie from 'dexie';
import type { KeelDb, RatingPoint } from '../../db';
import type { PageRatingReading, ratingMessages } from '../../messaging/msg-ratings';
import type { HandlersOf } from '../../messaging/server';
import { pageKey } from '../../page-key';
import { watchedTab } from '../context';

/** The newest stored point of a page, if any. */
export function lastRating(db: KeelDb, key: string): Promise<RatingPoint | undefined> {
  return db.ratings.where('[pageKey+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).last();
}

/** Stores `reading` for the page at `url` if it differs from the page's last point. Answers whether it did. */
export async function recordRating(db: KeelDb, url: string, reading: PageRatingReading, now: number): Promise<boolean> {
  const key = pageKey(url);
  return db.transaction('rw', db.ratings, async () => {
    const last = await lastRating(db, key);
    if (last && last.average === reading.average && last.count === reading.count) return false;
    // A clock set back must not put the new point before the last one.
    const at = last ? Math.max(now, last.at + 1) : now;
    await db.ratings.add({ pageKey: key, at, average: reading.average, count: reading.count });
    return true;
  });
}

export function ratingHandlers(db: KeelDb): HandlersOf<typeof ratingMessages> {
  return {
    'page/rating': async (reading, sender) => {
      // Only from a tab on one of the business's own pages (it throws otherwise: refused).
      const tab = await watchedTab(db, sender);
      return { stored: await recordRating(db, tab.url, reading, Date.now()) };
    },
  };
}
