/**
 * The page's average rating over time, as the platform showed it: a step chart
 * (the average holds until the next reading) with the numbers in words beside
 * it, "Fell 4.8 → 1.2 since 14:02 (212 → 312 reviews)", and every reading in a
 * list. Reads db.ratings (read-only); shows nothing when no point is stored.
 * Used in the popup's "This page" section and in incident reports.
 */
import Dexie from 'dexie';
import type { KeelDb, RatingPoint } from '@/utils/db';
import { useLiveQuery } from './use-live-query';
import './RatingTrend.css';

const W = 300;
const H = 64;
const LEFT = 14;
const TOP = 6;
const BOTTOM = 6;

const time = (ms: number, now: number) => {
  const d = new Date(ms);
  const clock = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return d.toDateString() === new Date(now).toDateString()
    ? clock
    : `${d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })}, ${clock}`;
};

/** "4.8", "4", "4.75": as the platform showed it, without float noise. */
export const formatAverage = (n: number) => String(Math.round(n * 100) / 100);

const reviews = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'review' : 'reviews'}`;

/** The points' story in one line, in words and numbers (never colour alone). */
export function trendSummary(points: readonly RatingPoint[], now: number): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const counts = points.map((p) => p.count).filter((c): c is number => c !== null);
  const c0 = counts[0];
  const c1 = counts[counts.length - 1];
  const countText = c0 === undefined || c1 === undefined ? '' : c0 === c1 ? ` (${reviews(c1)})` : ` (${c0.toLocaleString()} → ${reviews(c1)})`;
  if (points.length === 1 || first.average === last.average) {
    const word = points.length === 1 ? 'Seen' : 'Unchanged at';
    return `${word} ${formatAverage(last.average)} since ${time(first.at, now)}${countText}`;
  }
  const word = last.average < first.average ? 'Fell' : 'Rose';
  return `${word} ${formatAverage(first.average)} → ${formatAverage(last.average)} since ${time(first.at, now)}${countText}`;
}

/** The step line's path: each average holds until the next reading, the last one until `end`. */
export function stepPath(points: readonly RatingPoint[], end: number): { d: string; dots: Array<{ x: number; y: number }> } {
  const first = points[0];
  if (!first) return { d: '', dots: [] };
  const span = Math.max(1, end - first.at);
  const x = (at: number) => LEFT + ((at - first.at) / span) * (W - LEFT - 2);
  const y = (avg: number) => TOP + ((5 - avg) / 5) * (H - TOP - BOTTOM);
  const dots = points.map((p) => ({ x: x(p.at), y: y(p.average) }));
  let d = '';
  dots.forEach((p, i) => {
    d += i === 0 ? `M${p.x.toFixed(1)} ${p.y.toFixed(1)}` : ` H${p.x.toFixed(1)} V${p.y.toFixed(1)}`;
  });
  d += ` H${x(Math.max(end, first.at)).toFixed(1)}`;
  return { d, dots };
}

export function RatingTrend({ db, pageKey, now }: { db: KeelDb; pageKey: string; now?: number }) {
  const points = useLiveQuery(
    () => db.ratings.where('[pageKey+at]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]).toArray(),
    [db, pageKey],
  );
  const list = points.value ?? [];
  if (points.error) return <p class="error" role="alert">Could not read the rating history: {points.error.message}</p>;
  if (!list.length) return null;
  const at = now ?? Date.now();
  const last = list[list.length - 1] as RatingPoint;
  const { d, dots } = stepPath(list, Math.max(at, last.at));
  const summary = trendSummary(list, at);
  const fell = list.length > 1 && last.average < (list[0] as RatingPoint).average;
  return (
    <figure class={`rtrend${fell ? ' rtrend-fell' : ''}`} data-points={list.length}>
      <figcaption class="rtrend-head">
        <span class="rtrend-title">Rating</span>
        <span class="rtrend-now">
          {formatAverage(last.average)}
          <span class="rtrend-of"> / 5</span>
        </span>
        <span class="rtrend-sum">{summary}</span>
      </figcaption>
      <svg class="rtrend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Average rating over time, out of 5: ${summary}.`}>
        {[5, 4, 3, 2, 1].map((v) => {
          const yy = TOP + ((5 - v) / 5) * (H - TOP - BOTTOM);
          return <line key={v} class="rtrend-grid" x1={LEFT} x2={W} y1={yy} y2={yy} />;
        })}
        <text class="rtrend-axis" x="0" y={TOP + 3}>
          5
        </text>
        <text class="rtrend-axis" x="0" y={TOP + ((5 - 1) / 5) * (H - TOP - BOTTOM) + 3}>
          1
        </text>
        <path class="rtrend-line" d={d} />
        {dots.map((p, i) => (
          <circle key={list[i]?.id ?? i} class="rtrend-dot" cx={p.x} cy={p.y} r="2.5" />
        ))}
      </svg>
      <details class="rtrend-all">
        <summary>
          {list.length} {list.length === 1 ? 'reading' : 'readings'}
        </summary>
        <ol class="rtrend-list">
          {list
            .slice()
            .reverse()
            .map((p) => (
              <li key={p.id ?? p.at}>
                <span class="rtrend-at">{time(p.at, at)}</span> {formatAverage(p.average)}
                {p.count === null ? '' : ` (${reviews(p.count)})`}
              </li>
            ))}
        </ol>
      </details>
    </figure>
  );
}
