/** "Everything by this author": every item of the queue written by the current item's author. */
import type { QueueItem } from './order';

export interface AuthorSelection {
  authorKey: string;
  authorName: string;
  /** In queue order; the current item among them. */
  keys: string[];
}

export function authorSelection(order: readonly Pick<QueueItem, 'key' | 'authorKey' | 'author'>[], currentKey: string | null): AuthorSelection | null {
  const current = order.find((i) => i.key === currentKey);
  if (!current) return null;
  const keys = order.filter((i) => i.authorKey === current.authorKey).map((i) => i.key);
  return { authorKey: current.authorKey, authorName: current.author.name || 'this author', keys };
}
