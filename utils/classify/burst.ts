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
  /** After a burst, how long a page counts as still under a pile-on. */
  cooldownMs: number;
}

export const DEFAULT_BURST: BurstOptions = {
  windowMs: 30 * 60_000,
  baselineMs: 14 * 24 * 3_600_000,
  minCount: 6,
  factor: 4,
  cooldownMs: 48 * 3_600_000,
};

export interface BurstState {
  /** Negative first-time items in the window ending now (this one not included). */
  count: number;
  /** Their usual number per window, from the page's history before the window. */
  baseline: number;
  active: boolean;
  windowMinutes: number;
  /** A burst was seen within the cooldown before now: the pile-on is still going. */
  ongoing: boolean;
  /** Minutes since the last burst was seen, when one was. */
  sinceBurstMinutes: number | null;
}

export class BurstDetector {
  private events: number[] = [];
  private since: number | null = null;
  private lastBurstAt: number | null = null;

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
    if (this.windowState(at).active && (this.lastBurstAt === null || at > this.lastBurstAt)) this.lastBurstAt = at;
    if (this.events.length > 8192 && (this.events[0] as number) < at - this.opts.baselineMs) {
      this.events = this.events.slice(lowerBound(this.events, at - this.opts.baselineMs));
    }
  }

  state(at: number): BurstState {
    const w = this.windowState(at);
    const since = this.lastBurstAt !== null && this.lastBurstAt <= at ? at - this.lastBurstAt : null;
    return {
      ...w,
      ongoing: w.active || (since !== null && since <= this.opts.cooldownMs),
      sinceBurstMinutes: since === null ? null : Math.round(since / 60_000),
    };
  }

  private windowState(at: number): Omit<BurstState, 'ongoing' | 'sinceBurstMinutes'> {
    const { windowMs, baselineMs, minCount, factor } = this.opts;
    const windowStart = at - windowMs;
    const historyStart = Math.max(at - baselineMs, this.since ?? at);
    // Events are sorted: three binary searches instead of a scan (this runs per item).
    const end = upperBound(this.events, at);
    const count = end - upperBound(this.events, windowStart);
    const before = Math.max(0, upperBound(this.events, windowStart) - lowerBound(this.events, historyStart));
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

/** Index of the first element > x. */
function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element ≥ x. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
