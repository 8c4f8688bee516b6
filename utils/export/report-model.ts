/**
 * The incident report as data: built from stored rows by a pure function, so it
 * is tested without a browser and the page only lays it out. Times stay epoch
 * milliseconds here; the page formats them for the reader.
 */
import { ACTION_WORDS } from '../action-words';
import type { Action, ActionKind, EvidenceRow, Incident, RatingPoint, StoredItem } from '../db/types';
import { LABELS, type Label } from '../labels';
import type { Platform } from '../model';
import { PLATFORM_NAMES } from '../pages';
import { countsInWords } from './format';

export interface ReportInput {
  incident: Incident;
  items: readonly StoredItem[];
  actions: readonly Action[];
  evidence: readonly EvidenceRow[];
  ratings: readonly RatingPoint[];
  now: number;
}

export interface TimelineAction {
  at: number;
  kind: ActionKind;
  actor: string;
}

export interface Timeline {
  /** Width of one bucket, ms. */
  bucketMs: number;
  /** Start of each bucket (epoch ms). */
  starts: number[];
  /** Items per bucket, by label (same length as `starts`). */
  byLabel: Record<Label, number[]>;
  /** Items older than the first bucket (the chart shows at most MAX_SPAN_MS). */
  earlier: number;
  actions: TimelineAction[];
  /** The page's average rating as the platform showed it, where stored. */
  rating: { at: number; average: number }[];
}

export interface ActionRow {
  seq: number | null;
  at: number;
  actor: string;
  what: string;
  item: string;
  cause: string;
}

export interface EvidenceView {
  id: string;
  itemKey: string;
  label: Label;
  capturedAt: number;
  capturedBy: string;
  auto: boolean;
  author: string;
  permalink: string | null;
  text: string;
  sha256: string;
  hasScreenshot: boolean;
}

export interface ReportModel {
  id: string;
  title: string;
  pageUrl: string;
  pageKey: string;
  platform: Platform | null;
  platformName: string;
  status: Incident['status'];
  trigger: Incident['trigger'];
  openedAt: number;
  openedBy: string;
  containedAt: number | null;
  resolvedAt: number | null;
  counts: Record<Label, number>;
  countsText: string;
  total: number;
  handled: number;
  /** Playbook steps ticked. */
  steps: number;
  timeline: Timeline;
  actions: ActionRow[];
  evidence: EvidenceView[];
  generatedAt: number;
}

const MINUTE = 60_000;
const BUCKETS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 10080].map((m) => m * MINUTE);
const MAX_BUCKETS = 40;
/** The chart shows at most this span, ending with the newest item: older items are counted as "earlier". */
export const MAX_SPAN_MS = 30 * 1440 * MINUTE;

const HOSTS: [RegExp, Platform][] = [
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)youtube\.com$/, 'youtube'],
  [/(^|\.)yelp\.[a-z.]+$/, 'yelp'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)trustpilot\.com$/, 'trustpilot'],
  [/(^|\.)google\.[a-z.]+$/, 'google-maps'],
];

/** The platform of a page: the one most of its items came from, else its address. */
export function platformOf(pageUrl: string, items: readonly Pick<StoredItem, 'platform'>[]): Platform | null {
  const tally = new Map<Platform, number>();
  for (const it of items) tally.set(it.platform, (tally.get(it.platform) ?? 0) + 1);
  const top = [...tally].sort((a, b) => b[1] - a[1])[0];
  if (top) return top[0];
  try {
    const host = new URL(pageUrl).hostname;
    return HOSTS.find(([re]) => re.test(host))?.[1] ?? null;
  } catch {
    return null;
  }
}

export function emptyCounts(): Record<Label, number> {
  return Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
}

/** Someone labelled it by hand or did something about it. */
export function isHandled(item: Pick<StoredItem, 'labelSource' | 'done'>): boolean {
  return item.labelSource === 'moderator' || Object.keys(item.done ?? {}).length > 0;
}

/** Items per bucket by label, the actions in the same window, and the rating points around it. */
export function buildTimeline(items: readonly StoredItem[], actions: readonly Action[], ratings: readonly RatingPoint[]): Timeline {
  const byLabel = Object.fromEntries(LABELS.map((l) => [l, [] as number[]])) as Record<Label, number[]>;
  if (items.length === 0) return { bucketMs: BUCKETS[0] as number, starts: [], byLabel, earlier: 0, actions: [], rating: [] };
  const times = items.map((i) => i.at);
  const last = Math.max(...times);
  const first = Math.max(Math.min(...times), last - MAX_SPAN_MS);
  const span = last - first;
  const bucketMs = BUCKETS.find((b) => span / b < MAX_BUCKETS) ?? (BUCKETS[BUCKETS.length - 1] as number);
  const start = Math.floor(first / bucketMs) * bucketMs;
  const n = Math.floor((last - start) / bucketMs) + 1;
  const starts = Array.from({ length: n }, (_, i) => start + i * bucketMs);
  for (const l of LABELS) byLabel[l] = new Array<number>(n).fill(0);
  let earlier = 0;
  for (const it of items) {
    const i = Math.floor((it.at - start) / bucketMs);
    if (i < 0) earlier++;
    else (byLabel[it.label] as number[])[i] = ((byLabel[it.label] as number[])[i] ?? 0) + 1;
  }
  const end = start + n * bucketMs;
  const inWindow = actions
    .filter((a) => a.at >= start && a.at < end && a.kind !== 'configured')
    .map((a) => ({ at: a.at, kind: a.kind, actor: a.actor }))
    .sort((a, b) => a.at - b.at);
  // The last point before the window says where the rating stood when it began.
  const sorted = [...ratings].sort((a, b) => a.at - b.at);
  const before = sorted.filter((p) => p.at < start).pop();
  const rating = [...(before ? [before] : []), ...sorted.filter((p) => p.at >= start && p.at < end)].map((p) => ({ at: p.at, average: p.average }));
  return { bucketMs, starts, byLabel, earlier, actions: inWindow, rating };
}


export function actionWhat(a: Pick<Action, 'kind' | 'detail' | 'undoes'>): string {
  const head = a.kind === 'undone' && a.undoes != null ? `Undid action #${a.undoes}` : ACTION_WORDS[a.kind];
  return a.detail ? `${head}: ${a.detail}` : head;
}

/** At most `max` characters of `s` (whole code points: an emoji is never cut in half), with "…" when cut. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const points = Array.from(s);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : s;
}

/** "Name: first words of the text", for a table cell: both cut short (a name can be 2,000 characters). */
export function itemSummary(item: Pick<StoredItem, 'author' | 'text'> | undefined, key: string | null): string {
  if (!item) return key ?? '';
  const text = item.text.replace(/\s+/g, ' ').trim();
  return `${clip(item.author.name || 'Unknown author', 60)}: ${clip(text, 80)}`;
}

export function buildReport(input: ReportInput): ReportModel {
  const { incident, items, actions, evidence, ratings, now } = input;
  const counts = emptyCounts();
  for (const it of items) counts[it.label]++;
  const platform = platformOf(incident.pageUrl, items);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const actionRows: ActionRow[] = [...actions]
    .sort((a, b) => a.at - b.at || (a.seq ?? 0) - (b.seq ?? 0))
    .map((a) => ({
      seq: a.seq ?? null,
      at: a.at,
      actor: a.actor,
      what: actionWhat(a),
      item: itemSummary(a.itemKey ? byKey.get(a.itemKey) : undefined, a.itemKey),
      cause: a.cause ?? '',
    }));
  const evidenceViews: EvidenceView[] = [...evidence]
    .sort((a, b) => a.capturedAt - b.capturedAt)
    .map((e) => ({
      id: e.id,
      itemKey: e.itemKey,
      label: e.label,
      capturedAt: e.capturedAt,
      capturedBy: e.capturedBy,
      auto: e.auto,
      author: e.author.name,
      permalink: e.permalink,
      text: e.text,
      sha256: e.sha256,
      hasScreenshot: e.screenshot != null,
    }));
  return {
    id: incident.id,
    title: incident.title,
    pageUrl: incident.pageUrl,
    pageKey: incident.pageKey,
    platform,
    platformName: platform ? (PLATFORM_NAMES[platform] ?? 'A site read by a selector pack') : 'Unknown site',
    status: incident.status,
    trigger: incident.trigger,
    openedAt: incident.openedAt,
    openedBy: incident.openedBy,
    containedAt: incident.containedAt,
    resolvedAt: incident.resolvedAt,
    counts,
    countsText: countsInWords(counts),
    total: items.length,
    handled: items.filter(isHandled).length,
    // `playbook:<id>` entries record which playbook was chosen, not a step done.
    steps: Object.keys(incident.steps ?? {}).filter((k) => !k.startsWith('playbook:')).length,
    timeline: buildTimeline(items, actions, ratings),
    actions: actionRows,
    evidence: evidenceViews,
    generatedAt: now,
  };
}
