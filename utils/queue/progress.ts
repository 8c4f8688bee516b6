/** How far the cleanup has got: items dealt with (labelled by hand or acted on) out of all. */
import { isHandled } from '../export/report-model';
import type { QueueItem } from './order';

export interface Progress {
  done: number;
  total: number;
  left: number;
  /** 0–100, rounded down: 100 only when every item is done. */
  percent: number;
  /** "12 / 40 done". */
  text: string;
}

/** `pending`: items this panel has just dealt with, before the store says so. */
export function progressOf(items: readonly Pick<QueueItem, 'key' | 'labelSource' | 'done'>[], pending: ReadonlySet<string> = new Set()): Progress {
  const total = items.length;
  const done = items.filter((i) => pending.has(i.key) || isHandled(i)).length;
  const percent = total ? Math.floor((done * 100) / total) : 0;
  return { done, total, left: total - done, percent, text: `${done} / ${total} done` };
}
