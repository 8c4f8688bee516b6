// @vitest-environment happy-dom
import Dexie from 'dexie';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RatingTrend, stepPath, trendSummary } from '../../components/RatingTrend';
import { KeelDb, type RatingPoint } from '../../utils/db';

const PLACE = 'https://www.google.com/maps/place/Harbourside+Dental';
const at = (hh: number, mm: number) => new Date(2026, 10, 23, hh, mm).getTime();
const point = (t: number, average: number, count: number | null): RatingPoint => ({ pageKey: PLACE, at: t, average, count });

describe('trendSummary', () => {
  const now = at(18, 0);
  test.each([
    [[point(at(14, 2), 4.8, 212), point(at(15, 0), 3.1, 260), point(at(17, 30), 1.2, 312)], 'Fell 4.8 → 1.2 since 14:02 (212 → 312 reviews)'],
    [[point(at(14, 2), 3.9, 87), point(at(16, 0), 4.2, 87)], 'Rose 3.9 → 4.2 since 14:02 (87 reviews)'],
    [[point(at(9, 5), 4.8, null)], 'Seen 4.8 since 09:05'],
    [[point(at(9, 5), 4.5, 1), point(at(10, 0), 4.5, 2)], 'Unchanged at 4.5 since 09:05 (1 → 2 reviews)'],
    [[point(at(9, 5), 4.5, 1)], 'Seen 4.5 since 09:05 (1 review)'],
  ])('%#: %s', (points, expected) => {
    expect(trendSummary(points, now)).toBe(expected);
  });

  test('a start on another day names the day', () => {
    expect(trendSummary([point(new Date(2026, 10, 21, 8, 0).getTime(), 4.8, 10)], at(9, 0))).toMatch(/^Seen 4\.8 since Nov 21, 08:00 \(10 reviews\)$/);
  });
});

describe('stepPath', () => {
  test('each average holds until the next reading (a step), the last until the end; 5 at the top', () => {
    const { d, dots } = stepPath([point(0, 5, 1), point(50, 0, 2)], 100);
    expect(dots.map((p) => p.y)).toEqual([6, 58]);
    expect(d).toBe('M14.0 6.0 H156.0 V58.0 H298.0');
  });
});

describe('<RatingTrend>', () => {
  let db: KeelDb;
  let name: string;
  let n = 0;
  let host: HTMLElement;
  beforeEach(() => {
    name = `keel-trend-${++n}`;
    db = new KeelDb(name);
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(async () => {
    render(null, host);
    host.remove();
    db.close();
    await Dexie.delete(name);
  });

  const settle = () => new Promise((r) => setTimeout(r, 50));

  test('shows nothing for a page without points', async () => {
    await db.ratings.add(point(at(14, 2), 4.8, 212)); // another page's point
    await db.ratings.add({ ...point(at(14, 2), 4.8, 212), pageKey: 'https://www.yelp.com/biz/other' });
    render(h(RatingTrend, { db, pageKey: 'https://www.trustpilot.com/review/nobody.example' }), host);
    await settle();
    expect(host.innerHTML).toBe('');
  });

  test('shows the page’s points only, in words, as a labelled chart and a list; live as points arrive', async () => {
    await db.ratings.bulkAdd([point(at(14, 2), 4.8, 212), point(at(15, 0), 3.1, 260), { ...point(at(15, 0), 2.0, 9), pageKey: 'https://www.yelp.com/biz/other' }]);
    render(h(RatingTrend, { db, pageKey: PLACE, now: at(18, 0) }), host);
    await settle();
    expect(host.querySelector('.rtrend-sum')?.textContent).toBe('Fell 4.8 → 3.1 since 14:02 (212 → 260 reviews)');
    expect(host.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(
      'Average rating over time, out of 5: Fell 4.8 → 3.1 since 14:02 (212 → 260 reviews).',
    );
    expect(host.querySelectorAll('.rtrend-dot')).toHaveLength(2);
    expect([...host.querySelectorAll('.rtrend-list li')].map((li) => li.textContent)).toEqual(['15:00 3.1 (260 reviews)', '14:02 4.8 (212 reviews)']);

    await db.ratings.add(point(at(17, 30), 1.2, 312));
    await settle();
    expect(host.querySelector('.rtrend-now')?.textContent).toBe('1.2 / 5');
    expect(host.querySelector('.rtrend-sum')?.textContent).toBe('Fell 4.8 → 1.2 since 14:02 (212 → 312 reviews)');
    expect(host.querySelector('summary')?.textContent).toBe('3 readings');
  });
});
