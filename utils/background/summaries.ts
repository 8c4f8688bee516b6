/**
 * What the popup shows about a page and its incident, kept up to date as items
 * change instead of counted when it opens: with 10,000 items on a page, reading
 * them all took the popup seconds (and its process ran out of memory). Every
 * write of an item goes through putItems (or tells noteItemChanges), in the same
 * transaction, so a summary is never out of step with its items; a restore
 * rebuilds them from the items (rebuildSummaries).
 *
 * A page summary: items by label, how many look coordinated, and the keys of
 * its newest flagged items (threats first). An incident summary: its items by
 * label and platform, how many are dealt with and how many carry each mark, and
 * how many point at extortion (for the suggested playbook).
 */
import type { DoneKind, IncidentSummary, KeelDb, PageSummary, StoredItem, Summary } from '../db';
import { incidentSummaryId, pageItems, pageSummaryId } from '../db/queries';
import { isHandled } from '../export/report-model';
import { fnvLanes } from '../hash';
import { FLAGGED_LABELS, isOwnItem, LABELS } from '../labels';
import { mentionsExtortion } from '../playbooks/checklists';

/** How many flagged keys a page summary keeps (the popup shows the first few). */
export const FLAGGED_KEPT = 20;
/** Below this many kept keys while the page has more flagged items, the list is read again from the store. */
const REFILL_BELOW = 8;

export { incidentSummaryId, pageSummaryId } from '../db/queries';

const zeroLabels = () => Object.fromEntries(LABELS.map((l) => [l, 0])) as PageSummary['counts'];

function emptyPage(pageKey: string): PageSummary {
  return { id: pageSummaryId(pageKey), kind: 'page', pageKey, total: 0, counts: zeroLabels(), campaign: 0, flagged: [], keys: 0, own: 0 };
}

function emptyIncident(incidentId: string): IncidentSummary {
  return { id: incidentSummaryId(incidentId), kind: 'incident', incidentId, total: 0, handled: 0, counts: zeroLabels(), platforms: {}, done: {}, extortion: 0 };
}

const flagged = (item: StoredItem) => FLAGGED_LABELS.includes(item.label);
/** Threats first, then the newest. */
const before = (a: Pick<StoredItem, 'label' | 'firstSeenAt' | 'key'>, b: Pick<StoredItem, 'label' | 'firstSeenAt' | 'key'>) =>
  Number(b.label === 'threat') - Number(a.label === 'threat') || b.firstSeenAt - a.firstSeenAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const extortion = (item: StoredItem) => item.label !== 'genuine' && item.label !== 'supporter' && mentionsExtortion(item.reasons);

/** What a summary counts of an item, to skip writes that change none of it (an item seen again). */
function counted(item: StoredItem | undefined): string {
  if (!item) return '';
  return [item.pageKey, item.incidentId, item.label, item.campaign, item.platform, item.firstSeenAt, isOwnItem(item), isHandled(item), Object.keys(item.done).sort().join(), extortion(item)].join('\u0001');
}

/** A page summary's `keys` with an item's key added or taken away (xor of its 32-bit FNV-1a: the same either way). */
export function keysWith(keys: number, key: string): number {
  return (keys ^ fnvLanes(key)[0]) >>> 0;
}

function add(n: Record<string, number>, key: string, by: number): void {
  const next = (n[key] ?? 0) + by;
  if (next) n[key] = next;
  else delete n[key];
}

/** One item's weight (+1 or -1) in its page's and its incident's summaries. */
function weigh(get: (id: string, make: () => Summary) => Summary, item: StoredItem, sign: 1 | -1, rows: Map<string, StoredItem>): void {
  const page = get(pageSummaryId(item.pageKey), () => emptyPage(item.pageKey)) as PageSummary;
  page.total += sign;
  page.counts[item.label] += sign;
  page.keys = keysWith(page.keys, item.key);
  if (item.campaign) page.campaign += sign;
  if (isOwnItem(item)) page.own += sign;
  if (sign < 0) page.flagged = page.flagged.filter((k) => k !== item.key);
  else if (flagged(item)) {
    rows.set(item.key, item);
    page.flagged.push(item.key);
  }
  if (!item.incidentId) return;
  const inc = get(incidentSummaryId(item.incidentId), () => emptyIncident(item.incidentId as string)) as IncidentSummary;
  inc.total += sign;
  inc.counts[item.label] += sign;
  add(inc.platforms, item.platform, sign);
  if (isHandled(item)) inc.handled += sign;
  for (const kind of Object.keys(item.done) as DoneKind[]) add(inc.done, kind, sign);
  if (extortion(item)) inc.extortion += sign;
}

/**
 * Applies item changes (before → after; undefined: not there) to the summaries.
 * Run it in the transaction that wrote them, over items and summaries.
 */
export async function noteItemChanges(db: KeelDb, changes: ReadonlyArray<readonly [StoredItem | undefined, StoredItem | undefined]>): Promise<void> {
  const real = changes.filter(([a, b]) => counted(a) !== counted(b));
  if (!real.length) return;
  const ids = new Set<string>();
  for (const [a, b] of real) {
    for (const item of [a, b]) {
      if (!item) continue;
      ids.add(pageSummaryId(item.pageKey));
      if (item.incidentId) ids.add(incidentSummaryId(item.incidentId));
    }
  }
  const list = [...ids];
  const found = await db.summaries.bulkGet(list);
  const summaries = new Map<string, Summary>();
  list.forEach((id, i) => {
    const row = found[i];
    if (row) summaries.set(id, structuredClone(row));
  });
  const get = (id: string, make: () => Summary) => {
    let s = summaries.get(id);
    if (!s) {
      s = make();
      summaries.set(id, s);
    }
    return s;
  };
  // The flagged items' rows, to order the kept keys (threats first, newest): those of this batch, the rest read.
  const rows = new Map<string, StoredItem>();
  for (const [a, b] of real) {
    if (a) weigh(get, a, -1, rows);
    if (b) weigh(get, b, 1, rows);
  }
  for (const s of summaries.values()) {
    if (s.kind !== 'page') continue;
    s.flagged = [...new Set(s.flagged)];
    const flaggedCount = FLAGGED_LABELS.reduce((n, l) => n + s.counts[l], 0);
    if (s.flagged.length < Math.min(REFILL_BELOW, flaggedCount)) s.flagged = await newestFlagged(db, s.pageKey);
    else await order(db, s, rows);
  }
  // A summary of nothing is no summary (as counting from scratch finds none).
  const all = [...summaries.values()];
  const gone = all.filter((x) => x.total <= 0).map((x) => x.id);
  await db.summaries.bulkPut(all.filter((x) => x.total > 0));
  if (gone.length) await db.summaries.bulkDelete(gone);
}

/** Orders a page's kept keys, threats first then newest, and keeps FLAGGED_KEPT of them. */
async function order(db: KeelDb, s: PageSummary, rows: Map<string, StoredItem>): Promise<void> {
  const missing = s.flagged.filter((k) => !rows.has(k));
  if (missing.length) {
    for (const r of await db.items.bulkGet(missing)) if (r) rows.set(r.key, r);
  }
  const items = s.flagged.map((k) => rows.get(k)).filter((r): r is StoredItem => !!r && r.pageKey === s.pageKey && flagged(r));
  s.flagged = items.sort(before).slice(0, FLAGGED_KEPT).map((r) => r.key);
}

/** A page's newest flagged items, threats first, read from the store (a cursor from the newest back, stopping early). */
async function newestFlagged(db: KeelDb, pageKey: string): Promise<string[]> {
  const newest = await db.items
    .where('[pageKey+firstSeenAt]')
    .between([pageKey, -Infinity], [pageKey, Infinity])
    .reverse()
    .filter(flagged)
    .limit(FLAGGED_KEPT)
    .toArray();
  // Threats are rare and must never be missed however old: all of them, by the same cursor.
  const threats = await db.items
    .where('[pageKey+firstSeenAt]')
    .between([pageKey, -Infinity], [pageKey, Infinity])
    .reverse()
    .filter((i) => i.label === 'threat')
    .limit(FLAGGED_KEPT)
    .toArray();
  const byKey = new Map([...threats, ...newest].map((i) => [i.key, i]));
  return [...byKey.values()].sort(before).slice(0, FLAGGED_KEPT).map((i) => i.key);
}

/** Writes items and keeps their summaries in step, in the caller's transaction (over items and summaries). */
export async function putItems(db: KeelDb, changes: ReadonlyArray<readonly [StoredItem | undefined, StoredItem]>): Promise<void> {
  if (!changes.length) return;
  await db.items.bulkPut(changes.map(([, after]) => after));
  await noteItemChanges(db, changes);
}

/** Every summary, counted again from the items (after a restore, or for a database that had none). */
export async function rebuildSummaries(db: KeelDb): Promise<void> {
  await db.summaries.clear();
  const pages = new Set<string>();
  let last: string | null = null;
  // A page at a time, so no more than one page's items are in memory.
  for (;;) {
    const next: StoredItem | undefined = await (last === null ? db.items.orderBy('[pageKey+at]') : db.items.where('[pageKey+at]').above([last, Infinity])).first();
    if (!next) break;
    last = next.pageKey;
    if (pages.has(last)) break;
    pages.add(last);
    // Inline, not in a helper: each extra async hop inside a transaction risks it committing early.
    const items = await pageItems(db, last).toArray();
    await noteItemChanges(db, items.map((i) => [undefined, i] as const));
  }
}

/**
 * One page's summary and its incidents', counted again from its items, if the
 * page's summary does not hold as many items as the page has (rows written
 * outside Keel's write path, or a write path that forgot to tell). Answers
 * whether it had to.
 */
export async function recountPageIfOff(db: KeelDb, pageKey: string): Promise<boolean> {
  return db.transaction('rw', [db.items, db.summaries, db.incidents], async () => {
    const [summary, count] = await Promise.all([db.summaries.get(pageSummaryId(pageKey)), pageItems(db, pageKey).count()]);
    if ((summary?.total ?? 0) === count) return false;
    const incidents = (await db.incidents.where('pageKey').equals(pageKey).primaryKeys()) as string[];
    await db.summaries.bulkDelete([pageSummaryId(pageKey), ...incidents.map(incidentSummaryId)]);
    const items = await pageItems(db, pageKey).toArray();
    await noteItemChanges(db, items.map((i) => [undefined, i] as const));
    return true;
  });
}
