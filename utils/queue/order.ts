/**
 * The cleanup queue's order: threats first, then the flagged items nobody has
 * dealt with, oldest first, then the rest. Pure: no DOM, no browser, no clock.
 *
 * An item keeps the place it was given when it first entered the queue:
 * dealing with it, or relabelling it, greys it where it stands instead of
 * moving it under the moderator's cursor. Only new arrivals are ranked on
 * their state when they come (a new threat goes to the top).
 */
import type { StoredItem } from '../db/types';
import { isHandled } from '../export/report-model';
import { FLAGGED_LABELS } from '../labels';

/** What the queue needs of an item. */
export type QueueItem = Pick<
  StoredItem,
  'key' | 'label' | 'labelSource' | 'done' | 'at' | 'firstSeenAt' | 'authorKey' | 'author' | 'text' | 'permalink' | 'pageUrl' | 'platform' | 'postedText'
>;

/** 0 threat, 1 flagged and not dealt with, 2 the rest. */
export type Rank = 0 | 1 | 2;

export function rankOf(item: Pick<QueueItem, 'label' | 'labelSource' | 'done'>): Rank {
  if (item.label === 'threat') return 0;
  if (FLAGGED_LABELS.includes(item.label) && !isHandled(item)) return 1;
  return 2;
}

export interface Ordered<T extends QueueItem> {
  order: T[];
  /** Every item's rank, for the next call (the places already given). */
  ranks: Map<string, Rank>;
}

/**
 * Orders `items`. `ranks` are the places given before (from the previous call);
 * items not in it are ranked now. Within a rank: oldest first (when posted, as
 * well as Keel can tell, then when first seen), then by key, so the order is
 * total and the same for the same input.
 */
export function orderQueue<T extends QueueItem>(items: readonly T[], ranks: ReadonlyMap<string, Rank> = new Map()): Ordered<T> {
  const next = new Map<string, Rank>();
  for (const item of items) next.set(item.key, ranks.get(item.key) ?? rankOf(item));
  const order = [...items].sort(
    (a, b) =>
      (next.get(a.key) as Rank) - (next.get(b.key) as Rank) ||
      a.at - b.at ||
      a.firstSeenAt - b.firstSeenAt ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { order, ranks: next };
}
