/**
 * What one page's earlier items tell the classifier about the next: how often
 * each author posted here, near-copies among recent texts, and the burst state.
 * One mechanism for both users: `keel classify` builds it item by item, the
 * background rebuilds it from stored items for every batch.
 */
import type { BurstState } from './burst';
import { BurstDetector } from './burst';
import { NearDuplicateIndex, type Signature, signature } from './minhash';

/** How long a text counts as "recent" for near-copies. */
export const COPY_WINDOW_MS = 2 * 3_600_000;
/** One near-copy this soon after the first is already a sign of a campaign. */
export const QUICK_COPY_MS = 10 * 60_000;

export interface ArrivalContext {
  sig: Signature | null;
  /** The author's items on this page before this one. */
  itemsBefore: number;
  nearDuplicates: number;
  /** Near-copies within the last QUICK_COPY_MS (0 or 1: only whether there is one). */
  quickCopies: number;
  burst: BurstState;
}

export class PageTimeline {
  private readonly copies = new NearDuplicateIndex(COPY_WINDOW_MS);
  private readonly bursts = new BurstDetector();
  private readonly onPage = new Map<string, number>();

  /** The context of an item arriving at `at` (time order: never after a later one). */
  arriving(authorKey: string, text: string, at: number): ArrivalContext {
    const sig = signature(text);
    const nearDuplicates = this.copies.count(sig, at);
    return {
      sig,
      itemsBefore: this.onPage.get(authorKey) ?? 0,
      nearDuplicates,
      quickCopies: nearDuplicates === 1 ? this.copies.count(sig, at, 1, QUICK_COPY_MS) : 0,
      burst: this.bursts.state(at),
    };
  }

  /**
   * Records an item, once classified. A negative item from a first-time author
   * counts towards bursts when `countable` (its time is known, or it arrived
   * live). Returns whether it was the author's first item here.
   */
  record(authorKey: string, sig: Signature | null, at: number, negative: boolean, countable = true): boolean {
    const firstTime = (this.onPage.get(authorKey) ?? 0) === 0;
    this.onPage.set(authorKey, (this.onPage.get(authorKey) ?? 0) + 1);
    this.copies.add(sig, at);
    if (negative && firstTime && countable) this.bursts.add(at);
    else this.bursts.watched(at);
    return firstTime;
  }

  /** Replays a stored item (oldest first), with the flags it was stored with. */
  replay(item: { authorKey: string; text: string; at: number; negative: boolean; firstTime: boolean }, now: number): void {
    this.onPage.set(item.authorKey, (this.onPage.get(item.authorKey) ?? 0) + 1);
    if (item.at >= now - COPY_WINDOW_MS) this.copies.add(signature(item.text), item.at);
    if (item.negative && item.firstTime) this.bursts.add(item.at);
    else this.bursts.watched(item.at);
  }
}
