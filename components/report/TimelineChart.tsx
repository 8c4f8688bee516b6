import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Timeline } from '@/utils/export/report-model';
import { duration, localTime } from '@/utils/export/format';
import { LABEL_TEXT, LABELS, type Label } from '@/utils/labels';

/**
 * Items per time bucket by label (stepped lines, each with its own dash so the
 * labels differ by more than colour), the moderators' actions as dashed
 * vertical marks, and the page's average rating on a second axis. Drawn by
 * uPlot on a canvas; the numbers are also in a table below it.
 *
 * A canvas is printed as drawn, so the chart is redrawn in the light palette and
 * at paper width when the page is printed (beforeprint / print media), and back
 * afterwards.
 */

const STYLE: Record<Label, { light: string; dark: string; dash: number[]; width: number }> = {
  threat: { light: '#b3261e', dark: '#ff8a80', dash: [], width: 2.5 },
  troll: { light: '#c2410c', dark: '#fdba74', dash: [7, 3], width: 2 },
  spam: { light: '#6b2fa3', dark: '#d0b0f5', dash: [2, 3], width: 2 },
  genuine: { light: '#0b4fa6', dark: '#8ab4f8', dash: [], width: 1.5 },
  supporter: { light: '#1b6b34', dark: '#8fd19e', dash: [9, 3, 2, 3], width: 1.5 },
  unclear: { light: '#6b5e0e', dark: '#e0d27a', dash: [1, 3], width: 1.5 },
};

type Palette = 'light' | 'dark';
const INK: Record<Palette, { axis: string; grid: string; rating: string; action: string }> = {
  light: { axis: '#1f2328', grid: '#d8dee4', rating: '#1f2328', action: '#57606a' },
  dark: { axis: '#e6edf3', grid: '#30363d', rating: '#e6edf3', action: '#9da7b3' },
};

const PRINT_WIDTH = 680;

/** The rating shown at the end of each bucket (the last point at or before it), null before the first. */
function ratingPerBucket(t: Timeline): (number | null)[] {
  let j = 0;
  let current: number | null = null;
  return t.starts.map((s) => {
    const end = s + t.bucketMs;
    while (j < t.rating.length && (t.rating[j]?.at ?? Infinity) < end) current = t.rating[j++]?.average ?? current;
    return current;
  });
}

function useMedia(query: string): boolean {
  const [on, setOn] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const update = () => setOn(mq.matches);
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, [query]);
  return on;
}

/** True while the page is being printed: the print media query, or between beforeprint and afterprint. */
function usePrinting(): boolean {
  const media = useMedia('print');
  const [events, setEvents] = useState(false);
  useEffect(() => {
    const before = () => setEvents(true);
    const after = () => setEvents(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return media || events;
}

export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const host = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const dark = useMedia('(prefers-color-scheme: dark)');
  const palette: Palette = dark && !printing ? 'dark' : 'light';
  const [width, setWidth] = useState(0);
  const shown = LABELS.filter((l) => timeline.byLabel[l].some((n) => n > 0));
  const ratings = ratingPerBucket(timeline);
  const hasRating = ratings.some((r) => r != null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    setWidth(Math.floor(el.clientWidth));
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!el || timeline.starts.length === 0) return;
    const ink = INK[palette];
    const w = printing ? PRINT_WIDTH : Math.max(320, width || 640);
    const data: uPlot.AlignedData = [
      timeline.starts.map((s) => s / 1000),
      ...shown.map((l) => timeline.byLabel[l]),
      ...(hasRating ? [ratings] : []),
    ];
    const axis = { stroke: ink.axis, grid: { stroke: ink.grid, width: 1 }, ticks: { stroke: ink.grid, width: 1 } };
    const markActions = (u: uPlot) => {
      const { ctx } = u;
      const { top, height } = u.bbox;
      ctx.save();
      ctx.strokeStyle = ink.action;
      ctx.lineWidth = Math.max(1, uPlot.pxRatio);
      ctx.setLineDash([3 * uPlot.pxRatio, 3 * uPlot.pxRatio]);
      for (const a of timeline.actions) {
        const x = Math.round(u.valToPos(a.at / 1000, 'x', true));
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, top + height);
        ctx.stroke();
      }
      ctx.restore();
    };
    const opts: uPlot.Options = {
      width: w,
      height: 260,
      cursor: { show: !printing, drag: { x: false, y: false } },
      legend: { show: false },
      scales: { x: { time: true }, count: { range: (_u, _min, max) => [0, Math.max(1, max)] }, rating: { range: [1, 5] } },
      axes: [
        { ...axis },
        // Counts are whole numbers: no 0.5 ticks.
        { ...axis, scale: 'count', label: 'Items', labelSize: 20, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
        ...(hasRating ? [{ ...axis, scale: 'rating', side: 1, label: 'Average rating', labelSize: 20, grid: { show: false } }] : []),
      ],
      series: [
        {},
        ...shown.map((l) => ({
          label: LABEL_TEXT[l].name,
          scale: 'count',
          stroke: STYLE[l][palette],
          width: STYLE[l].width,
          dash: STYLE[l].dash,
          paths: uPlot.paths.stepped?.({ align: 1 }),
          points: { show: false },
        })),
        ...(hasRating
          ? [{ label: 'Average rating', scale: 'rating', stroke: ink.rating, width: 1.5, points: { show: true, size: 5 }, spanGaps: true }]
          : []),
      ],
      hooks: { draw: [markActions] },
      // Day-month dates and a 24-hour clock, as in the rest of the report.
      fmtDate: (tpl: string) =>
        uPlot.fmtDate(
          tpl
            .replace('{M}/{D}/{YY}', '{D} {MMM} {YYYY}')
            .replace('{M}/{D}', '{D} {MMM}')
            .replace('{h}:{mm}{aa}', '{HH}:{mm}')
            .replace('{h}{aa}', '{HH}:00'),
        ),
    };
    const chart = new uPlot(opts, data, el);
    chart.root.querySelector('canvas')?.setAttribute('aria-hidden', 'true');
    return () => chart.destroy();
  }, [timeline, palette, printing, width]);

  if (timeline.starts.length === 0) return <p class="empty">No items to chart.</p>;
  const bucket = duration(timeline.bucketMs);
  const summary = `Items per ${bucket}, from ${localTime(timeline.starts[0] as number)}: ${shown
    .map((l) => `${LABEL_TEXT[l].name} ${timeline.byLabel[l].reduce((a, b) => a + b, 0)}`)
    .join(', ')}${timeline.actions.length ? `; ${timeline.actions.length} actions marked` : ''}.`;

  return (
    <figure class="chart">
      <div class="chart-host" ref={host} role="img" aria-label={summary} data-testid="timeline-chart" />
      <figcaption>
        <ul class="legend" aria-label="Legend">
          {shown.map((l) => (
            <li key={l}>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="27" y2="5" stroke={STYLE[l][palette]} stroke-width={STYLE[l].width} stroke-dasharray={STYLE[l].dash.join(' ')} />
              </svg>
              {LABEL_TEXT[l].name}
            </li>
          ))}
          {timeline.actions.length ? (
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="14" y1="0" x2="14" y2="10" stroke={INK[palette].action} stroke-width="1.5" stroke-dasharray="3 3" />
              </svg>
              An action taken
            </li>
          ) : null}
          {hasRating ? (
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="27" y2="5" stroke={INK[palette].rating} stroke-width="1.5" />
                <circle cx="14" cy="5" r="2.5" fill={INK[palette].rating} />
              </svg>
              Average rating (right axis)
            </li>
          ) : null}
        </ul>
        <span class="hint">
          One step = {bucket}.{timeline.earlier ? ` ${timeline.earlier} older items are not charted.` : ''}
        </span>
      </figcaption>
      <details class="chart-data">
        <summary>The numbers behind the chart</summary>
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">From</th>
              {shown.map((l) => (
                <th key={l} scope="col">
                  {LABEL_TEXT[l].name}
                </th>
              ))}
              {hasRating ? <th scope="col">Average rating</th> : null}
            </tr>
          </thead>
          <tbody>
            {timeline.starts.map((s, i) => (
              <tr key={s}>
                <td>{localTime(s)}</td>
                {shown.map((l) => (
                  <td key={l}>{timeline.byLabel[l][i]}</td>
                ))}
                {hasRating ? <td>{ratings[i]?.toFixed(1) ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
