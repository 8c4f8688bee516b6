/**
 * Watches the page's own average rating (a place's "4.8 ★ (312)", a
 * TrustScore): read after each full scan, reported only when it changed since
 * the last report, and at most once every few seconds (a change inside that
 * gap is reported when it ends). Tiny on purpose: it runs in the page. It
 * rides on the scanner's observer (nodes added, text changed): a header whose
 * attributes alone change is read at the next scan.
 */
import type { PageRating } from '../adapters/page-rating';

export interface RatingWatchOptions {
  /** The adapter's reading of the page; null when the page shows no average. */
  read(): PageRating | null;
  send(rating: PageRating): Promise<unknown>;
  signal: AbortSignal;
  /** Shortest time between two reports, in ms. */
  minGapMs?: number;
  now?: () => number;
}

export const RATING_GAP_MS = 5_000;

export function startRatingWatch(opts: RatingWatchOptions): { check(): void } {
  const gap = opts.minGapMs ?? RATING_GAP_MS;
  const now = opts.now ?? Date.now;
  let sent = '';
  let sentAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    if (opts.signal.aborted) return;
    let rating: PageRating | null = null;
    try {
      rating = opts.read();
    } catch {
      // A header the adapter cannot read is no rating: items are still read.
    }
    if (!rating) return;
    const key = `${rating.average}|${rating.count}`;
    if (key === sent) return;
    const wait = sentAt + gap - now();
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = undefined;
        check();
      }, wait);
      return;
    }
    sent = key;
    sentAt = now();
    // Not stored (the worker was busy, the page was removed): try again on the next check.
    opts.send(rating).catch(() => {
      if (sent === key) sent = '';
    });
  };

  opts.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return { check };
}
