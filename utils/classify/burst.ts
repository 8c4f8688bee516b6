/**
 * Bursts: negative items from first-time authors arriving far faster than the
 * page's own baseline. A quiet practice page may see one such item a week; a
 * pile-on brings dozens in half an hour. The threshold scales with the page's
 * baseline, so a busy page is not in a permanent "burst".
 */
export interface BurstOptions {
  windowMs: number;
  baselineMs: number;
  /** Fewest items in a window that can ever count as a burst. */
  minCount: number;
  /** How many times the baseline rate a window must reach. */
  factor: number;
}

export const DEFAULT_BURST: BurstOptions = {
  windowMs: 30 * 60_000,
  baselineMs: 14 * 24 * 3_600_000,
  minCount: 6,
  factor: 4,
};

export interface BurstState {
  /** Negative first-time items in the window ending now (this one not included). */
  count: number;
  /** Their usual number per window, from the page's history before the window. */
  baseline: number;
  active: boolean;
  windowMinutes: number;
}

export class BurstDetector {
  private events: number[] = [];
  private since: number | null = null;

  constructor(private readonly opts: BurstOptions = DEFAULT_BURST) {}

  /** Every item seen counts towards how long the page has been watched. */
  watched(at: number): void {
    if (this.since === null || at < this.since) this.since = at;
  }

  /** A negative item from a first-time author. Times must not go backwards much. */
  add(at: number): void {
    this.watched(at);
    let i = this.events.length;
    while (i > 0 && (this.events[i - 1] as number) > at) i--;
    this.events.splice(i, 0, at);
    if (this.events.length > 4096) this.events = this.events.filter((t) => t >= at - this.opts.baselineMs);
  }

  state(at: number): BurstState {
    const { windowMs, baselineMs, minCount, factor } = this.opts;
    const windowStart = at - windowMs;
    const historyStart = Math.max(at - baselineMs, this.since ?? at);
    let count = 0;
    let before = 0;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const t = this.events[i] as number;
      if (t > at) continue;
      if (t > windowStart) count++;
      else if (t >= historyStart) before++;
      else break;
    }
    // Windows of history we actually watched; at least one, so a new page's
    // first minutes do not make a baseline of zero look like a burst of one.
    const windows = Math.max(1, (windowStart - historyStart) / windowMs);
    const baseline = before / windows;
    return {
      count,
      baseline,
      active: count >= Math.max(minCount, factor * baseline),
      windowMinutes: Math.round(windowMs / 60_000),
    };
  }
}
