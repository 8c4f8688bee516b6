import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageRating } from '../../utils/adapters/page-rating';
import { startRatingWatch } from '../../utils/content/rating-watch';

let shown: PageRating | null;
let sent: PageRating[];
let fail: boolean;
let clock: number;
let controller: AbortController;

const start = (gap = 5000) =>
  startRatingWatch({
    read: () => (shown ? { ...shown } : null),
    send: async (r) => {
      if (fail) throw new Error('worker busy');
      sent.push(r);
    },
    signal: controller.signal,
    minGapMs: gap,
    now: () => clock,
  });

beforeEach(() => {
  vi.useFakeTimers();
  shown = { average: 4.8, count: 212 };
  sent = [];
  fail = false;
  clock = 100_000;
  controller = new AbortController();
});
afterEach(() => {
  vi.useRealTimers();
});

const later = async (ms: number) => {
  clock += ms;
  await vi.advanceTimersByTimeAsync(ms);
};

describe('startRatingWatch', () => {
  test('sends the first reading, then nothing while it stays the same', async () => {
    const watch = start();
    watch.check();
    await later(10_000);
    watch.check();
    watch.check();
    expect(sent).toEqual([{ average: 4.8, count: 212 }]);
  });

  test('a change is sent; a change within the gap waits for the gap’s end, and only the newest goes', async () => {
    const watch = start();
    watch.check();
    await later(1000);
    shown = { average: 4.1, count: 240 };
    watch.check();
    shown = { average: 3.2, count: 260 };
    watch.check();
    expect(sent).toHaveLength(1);
    await later(3999);
    expect(sent).toHaveLength(1);
    await later(1);
    expect(sent).toEqual([{ average: 4.8, count: 212 }, { average: 3.2, count: 260 }]);
    // A count alone changing is a change.
    await later(6000);
    shown = { average: 3.2, count: 261 };
    watch.check();
    expect(sent.at(-1)).toEqual({ average: 3.2, count: 261 });
  });

  test('nothing is sent where the page shows no average, or when the adapter throws', async () => {
    shown = null;
    const watch = start();
    watch.check();
    const throwing = startRatingWatch({
      read: () => {
        throw new Error('bad header');
      },
      send: async (r) => void sent.push(r),
      signal: controller.signal,
    });
    throwing.check();
    await later(10_000);
    expect(sent).toEqual([]);
  });

  test('a reading the background did not take is sent again on the next check', async () => {
    fail = true;
    const watch = start();
    watch.check();
    await later(5000);
    fail = false;
    watch.check();
    expect(sent).toEqual([{ average: 4.8, count: 212 }]);
  });

  test('stops with its signal: a waiting change is dropped, later checks do nothing', async () => {
    const watch = start();
    watch.check();
    shown = { average: 1.2, count: 300 };
    watch.check();
    controller.abort();
    await later(10_000);
    watch.check();
    expect(sent).toEqual([{ average: 4.8, count: 212 }]);
  });
});
