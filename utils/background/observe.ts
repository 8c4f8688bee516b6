/**
 * Stores what a content script observed and answers each item's label. New items
 * are classified with their context, read from the database: the author's
 * history and the moderator's word on them, the roster, near-copies among the
 * page's recent items, and the page's burst state against its own baseline.
 * Items seen before keep their stored label (a moderator's label always wins).
 */
import Dexie from 'dexie';
import { nameKeysOf } from '../authors/name';
import { classify, type ItemHistory } from '../classify';
import { DEFAULT_BURST } from '../classify/burst';
import { onRoster, type RosterIndex } from '../classify/roster';
import { applyBlockedTerms } from '../classify/rules';
import { PageTimeline } from '../classify/timeline';
import { type Author, type Incident, type KeelDb, type PageSummary, pageSummary, type StoredItem, workspaceOrActive } from '../db';
import { otherWords } from '../cut-words';
import { authorKeyOf, itemKey } from '../hash';
import { FLAGGED_LABELS, isOwnItem } from '../labels';
import type { Classification, RawItem } from '../model';
import { pageKey } from '../page-key';
import { pageCovers } from '../pages';
import { approxPostedAt } from '../time';
import { belongs } from './incidents';
import { noteItemChanges } from './summaries';

export interface ObservedResult {
  key: string;
  label: StoredItem['label'];
  confidence: number;
  reasons: string[];
  /** The business posted it (and no moderator has labelled it since): its chip says so. */
  own: boolean;
}

/** An item with no time of its own counts towards bursts only if it arrived while the page was being watched. */
const LIVE_AFTER_MS = 60_000;



/** On review sites a reply to a review is always the business's response. */
const OWNER_REPLIES = new Set<RawItem['platform']>(['google-maps', 'yelp', 'trustpilot']);

/** Whether the business itself posted `raw`: an owner's response, or an author who is the page's own account. */
export function byBusiness(raw: RawItem, pageRoot: string | null): boolean {
  if (raw.kind === 'reply' && OWNER_REPLIES.has(raw.platform)) return true;
  const profile = raw.author.profileUrl;
  if (!pageRoot || !profile) return false;
  // The page's account: its own address (the same path), on the same site (pageCovers), not a post under it.
  // The path first: it rules out nearly every author, and the page's is read once a batch.
  if (rootPath?.root !== pageRoot) rootPath = { root: pageRoot, path: pathOf(pageRoot) };
  const path = pathOf(profile);
  return path !== null && path === rootPath.path && pageCovers(pageRoot, profile);
}

let rootPath: { root: string; path: string | null } | null = null;

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname.replace(/\/+$/, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * `workspaceId`: the workspace of the business page the items were read on
 * (default: the active one); `pageRoot`: that page's address, to recognise the
 * business's own replies. Inside a caller's transaction a wrong key hint (see
 * KeyHints) aborts that transaction with StaleHints: the caller runs the batch
 * again with `trustHints: false` (storeBatch does). On its own, this does it.
 */
export async function observeItems(
  db: KeelDb,
  items: RawItem[],
  pageUrl: string,
  now: number,
  workspaceId?: string,
  pageRoot: string | null = null,
  opts: ObserveOptions = {},
): Promise<ObservedResult[]> {
  return (await observeBatch(db, items, pageUrl, now, workspaceId, pageRoot, opts)).results;
}

export interface ObserveOptions {
  /** false: read every key (after StaleHints). */
  trustHints?: boolean;
  /** The incident under way on the page: the batch's items that belong to it are stored attached (see belongs). */
  attachTo?: Incident;
  /**
   * Item by item, the key the background gave it when the content script read
   * it before, else null. An item without a native id is keyed by its words:
   * read again with other words (opened in full, edited), it is the row it was,
   * when that row is one of this page's items without a native id.
   */
  was?: Array<string | null>;
}

/** observeItems, answering the rows as stored too. */
export async function observeBatch(
  db: KeelDb,
  items: RawItem[],
  pageUrl: string,
  now: number,
  workspaceId: string | undefined,
  pageRoot: string | null,
  opts: ObserveOptions = {},
): Promise<{ results: ObservedResult[]; rows: StoredItem[] }> {
  const run = (trust: boolean) => observeOnce(db, items, pageUrl, now, workspaceId, pageRoot, trust, opts.attachTo, opts.was);
  if (opts.trustHints === false) return run(false);
  // Inside a caller's transaction, only the caller can run the batch again (storeBatch does).
  if (Dexie.currentTransaction) return run(true);
  return withHintsOrNot(run);
}

/**
 * Runs `run` trusting the key hints; if they missed a stored row (StaleHints:
 * its transaction kept nothing), once more reading every key.
 */
export async function withHintsOrNot<T>(run: (trustHints: boolean) => Promise<T>): Promise<T> {
  try {
    return await run(true);
  } catch (err) {
    if (!isStaleHints(err)) throw err;
    return run(false);
  }
}

async function observeOnce(
  db: KeelDb,
  items: RawItem[],
  pageUrl: string,
  now: number,
  workspaceId: string | undefined,
  pageRoot: string | null,
  trust: boolean,
  attachTo: Incident | undefined,
  was: Array<string | null> | undefined,
): Promise<{ results: ObservedResult[]; rows: StoredItem[] }> {
  const page = pageKey(pageUrl);
  const workspace = await workspaceOrActive(db, workspaceId);
  const computed = items.map((item) => itemKey(item, page));
  // Only a batch read again carries `was`: every other batch's keys are the computed ones.
  const earlier = was
    ? items.map((item, i) => {
        const key = was[i];
        return key && item.nativeId === null && key !== computed[i] && key.startsWith(`${item.platform}:h`) ? key : null;
      })
    : null;
  const blocked = workspace.rules?.blockedTerms ?? [];
  // The workspace's blocked terms, then a word on words the page cut short.
  const withRules = <C extends Classification>(r: C, raw: RawItem, own: boolean) => withCut(applyBlockedTerms(r, raw.text, blocked, own), raw);

  return db.transaction('rw', [db.items, db.authors, db.roster, db.summaries], async () => {
    // Only keys the page is known to hold are read: a new item costs no read (its add checks instead).
    const itemHints = trust ? await hintsFor(db, 'items', page) : null;
    const wanted = earlier ? [...computed, ...earlier.filter((k): k is string => k !== null)] : computed;
    const toRead = itemHints ? [...new Set(wanted.filter((k) => itemHints.has(k)))] : wanted;
    const stored = new Map<string, StoredItem>();
    (await db.items.bulkGet(toRead)).forEach((row) => {
      if (row) stored.set(row.key, row);
    });
    const keys = !earlier
      ? computed
      : computed.map((key, i) => {
          const row = stored.get(earlier[i] ?? '');
          return row && row.pageKey === page && row.nativeId === null && row.platform === items[i]?.platform ? row.key : key;
        });
    const rows = new Map<string, StoredItem>();
    const fresh: Array<{ raw: RawItem; key: string; at: number | null }> = [];
    const edited: Array<{ raw: RawItem; before: StoredItem }> = [];
    items.forEach((raw, i) => {
      const key = keys[i] as string;
      const before = stored.get(key) ?? rows.get(key);
      if (before) {
        const row: StoredItem = { ...before, lastSeenAt: now };
        // Other words (an edit, a comment opened in full) are read again, unless a moderator
        // has labelled the item: their label stands, with the new words. The same words cut
        // short again (the page's "See more" on a new load) leave the full ones stored.
        if (otherWords(raw.text, before.text)) {
          if (before.labelSource === 'auto') edited.push({ raw, before });
          else row.text = raw.text;
        }
        // A rating changed by its reviewer (a rating not drawn yet reads as none: not a change).
        if (raw.rating !== null && raw.rating !== before.rating) row.rating = raw.rating;
        rows.set(key, row);
      } else if (!fresh.some((f) => f.key === key)) {
        fresh.push({ raw, key, at: raw.postedAt ?? approxPostedAt(raw.postedText, now) });
      }
    });

    let cache: CachedTimeline | null = null;
    if (fresh.length || edited.length) {
      const ctx = await pageContext(db, page, workspace.id, [...fresh, ...edited].map((f) => authorKeyOf(f.raw)), now, trust);
      // Until this batch's rows are stored (advanceCache), the cached timeline is ahead of the store.
      cache = ctx.cache;
      cache.stamp = null;
      const authorsBefore = new Set(ctx.authors.keys());
      for (const { raw, before } of edited) {
        const author = ctx.authors.get(before.authorKey);
        const own = byBusiness(raw, pageRoot);
        const r = withRules(classify({ ...raw, byBusiness: own }, {
          profile: workspace.profile,
          history: {
            author: { itemsBefore: Math.max(0, (author?.itemCount ?? 1) - 1), labels: author?.labels ?? {}, moderatorLabel: author?.moderatorLabel ?? null },
            onRoster: onRoster(ctx.roster, raw.author.name),
          },
        }), raw, own);
        rows.set(before.key, {
          ...(rows.get(before.key) ?? before),
          text: raw.text,
          lastSeenAt: now,
          label: r.label,
          confidence: r.confidence,
          reasons: r.reasons,
          negative: r.negative,
          // An edit that turns an item hostile asks for a look again.
          needsReview: FLAGGED_LABELS.includes(r.label) && !FLAGGED_LABELS.includes(before.label) ? 1 : before.needsReview,
        });
      }
      // Oldest first: each item's context holds only what came before it.
      fresh.sort((a, b) => (a.at ?? now) - (b.at ?? now));
      for (const { raw, key, at: known } of fresh) {
        const at = known ?? now;
        const aKey = authorKeyOf(raw);
        const author = ctx.authors.get(aKey);
        const arrival = ctx.timeline.arriving(aKey, raw.text, at);
        const history: ItemHistory = {
          // "Before" means on this page; labels and the moderator's word count across the workspace.
          author: { itemsBefore: arrival.itemsBefore, labels: author?.labels ?? {}, moderatorLabel: author?.moderatorLabel ?? null },
          onRoster: onRoster(ctx.roster, raw.author.name),
          nearDuplicates: arrival.nearDuplicates,
          quickCopies: arrival.quickCopies,
          burst: arrival.burst,
        };
        const own = byBusiness(raw, pageRoot);
        const r = withRules(classify({ ...raw, byBusiness: own }, { profile: workspace.profile, history }), raw, own);
        const countable = known !== null || ctx.watchedSince < now - LIVE_AFTER_MS;
        const firstTime = ctx.timeline.record(aKey, arrival.sig, at, r.negative, countable);
        const row: StoredItem = {
          key,
          workspaceId: workspace.id,
          platform: raw.platform,
          kind: raw.kind,
          nativeId: raw.nativeId,
          parentId: raw.parentId,
          pageKey: page,
          pageUrl,
          permalink: raw.permalink,
          author: raw.author,
          authorKey: aKey,
          text: raw.text,
          rating: raw.rating,
          postedAt: raw.postedAt,
          postedText: raw.postedText,
          firstSeenAt: now,
          lastSeenAt: now,
          at,
          negative: r.negative,
          firstTime,
          campaign: r.campaign,
          label: r.label,
          labelSource: 'auto',
          confidence: r.confidence,
          reasons: r.reasons,
          incidentId: null,
          needsReview: FLAGGED_LABELS.includes(r.label) ? 1 : 0,
          done: {},
        };
        rows.set(key, row);
        ctx.authors.set(aKey, nextAuthor(author, row, now));
      }
      attach(rows, attachTo);
      const touched = [...ctx.authors.values()].filter((a) => a.lastSeenAt === now);
      const freshKeys = new Set(fresh.map((f) => f.key));
      const all = [...rows.values()];
      // Issued together: the browser writes one table's rows while the next are being serialised.
      await Promise.all([
        addRows(db.authors, touched.filter((a) => !authorsBefore.has(a.key)), trust),
        db.authors.bulkPut(touched.filter((a) => authorsBefore.has(a.key))),
        addRows(db.items, all.filter((r) => freshKeys.has(r.key)), trust),
        db.items.bulkPut(all.filter((r) => !freshKeys.has(r.key))),
      ]);
      remember(db, 'items', page, freshKeys);
      remember(db, 'authors', workspace.id, touched.map((a) => a.key));
    } else {
      attach(rows, attachTo);
      await db.items.bulkPut([...rows.values()]);
    }
    // The page's and incident's summaries follow (an item seen again changes none of them: skipped).
    await noteItemChanges(db, [...rows.values()].map((row) => [stored.get(row.key), row] as const));
    if (cache) await advanceCache(db, page, cache, now);
    const results = keys.map((key) => {
      const row = rows.get(key) as StoredItem;
      return { key, label: row.label, confidence: row.confidence, reasons: row.reasons, own: isOwnItem(row) };
    });
    return { results, rows: [...rows.values()] };
  });
}

/** Said of an item whose words the page cut short: its label comes from their start only. */
export const CUT_REASON = 'Only the start of these words is on the page (the rest is behind See more or Show more): the label comes from that start.';

/** `r` with CUT_REASON last when the page cut `raw`'s words short. */
function withCut<C extends Classification>(r: C, raw: RawItem): C {
  return raw.cut && r.reasons.length < 50 ? { ...r, reasons: [...r.reasons, CUT_REASON] } : r;
}

/** Stores the batch's items that belong to the incident under way attached to it, in the same write. */
function attach(rows: Map<string, StoredItem>, incident: Incident | undefined): void {
  if (!incident) return;
  for (const [key, row] of rows) if (belongs(row, incident)) rows.set(key, { ...row, incidentId: incident.id });
}

function nextAuthor(before: Author | undefined, row: StoredItem, now: number): Author {
  const names = [...new Set([...(before?.names ?? []), row.author.name])].slice(0, 20);
  return {
    key: row.authorKey,
    workspaceId: row.workspaceId,
    platform: row.platform,
    profileUrl: row.author.profileUrl,
    names,
    nameKeys: nameKeysOf(names),
    firstSeenAt: before?.firstSeenAt ?? now,
    lastSeenAt: now,
    itemCount: (before?.itemCount ?? 0) + 1,
    labels: { ...before?.labels, [row.label]: (before?.labels[row.label] ?? 0) + 1 },
    moderatorLabel: before?.moderatorLabel ?? null,
  };
}

interface PageContext {
  authors: Map<string, Author>;
  roster: RosterIndex | null;
  /** The page's items of the baseline period, replayed (or the cache of that replay, see below). */
  timeline: PageTimeline;
  /** When Keel first saw anything on this page (now, for a new page). */
  watchedSince: number;
  cache: CachedTimeline;
}

/**
 * A page's replayed timeline, kept between batches as a cache of what is stored,
 * never instead of it: it is used only while the page's stored items are exactly
 * those it has seen (the page's summary, kept in the same transactions as the
 * items, counts as many and hashes their keys the same), and rebuilt from the store
 * otherwise (another tab's batch, a restore, a transaction that failed after the
 * timeline had moved on, a worker that started afresh) and every few minutes.
 * Without it every batch re-read every recent item of the page: the cost of a
 * page grew with the square of its size.
 */
interface CachedTimeline {
  timeline: PageTimeline;
  /** The page summary's item count and keys when the timeline last stood for the store (null: it does not). */
  stamp: string | null;
  /** When Keel first saw an item of the page (null: none yet). */
  since: number | null;
  builtAt: number;
}

/** What of a page summary tells whether the page's items are still those the cache has seen. */
const stampOf = (summary: PageSummary | undefined): string => (summary ? `${summary.total}:${summary.keys}` : '0:0');
const timelines = new Map<string, CachedTimeline>();
const REBUILD_AFTER_MS = 10 * 60_000;
const MAX_CACHED_PAGES = 20;

/** After a batch's items and the page's summary are stored (same transaction): the cache now stands for the store with them. */
async function advanceCache(db: KeelDb, page: string, cache: CachedTimeline, now: number): Promise<void> {
  const summary = await pageSummary(db, page);
  cache.stamp = stampOf(summary);
  // The batch's new items, first seen now, are the page's first.
  if (summary && cache.since === null) cache.since = now;
}

/** The classifier's context for a page, from what is stored: nothing lives only in memory. */
async function pageContext(db: KeelDb, page: string, workspaceId: string, authorKeys: string[], now: number, trust: boolean): Promise<PageContext> {
  const authorHints = trust ? await hintsFor(db, 'authors', workspaceId) : null;
  const unique = [...new Set(authorKeys)].filter((k) => !authorHints || authorHints.has(k));
  const [authorRows, rosterRow, summary] = await Promise.all([db.authors.bulkGet(unique), db.roster.get(workspaceId), pageSummary(db, page)]);
  const authors = new Map<string, Author>();
  authorRows.forEach((a) => {
    if (a) authors.set(a.key, a);
  });
  const cacheKey = `${db.name}\n${page}`;
  let cache = timelines.get(cacheKey);
  const stamp = stampOf(summary);
  if (!cache || cache.stamp !== stamp || now - cache.builtAt > REBUILD_AFTER_MS) {
    const first = await db.items.where('[pageKey+firstSeenAt]').between([page, 0], [page, Number.POSITIVE_INFINITY]).first();
    const recent = await db.items.where('[pageKey+at]').between([page, now - DEFAULT_BURST.baselineMs], [page, Number.POSITIVE_INFINITY]).toArray();
    const timeline = new PageTimeline();
    recent.sort((a, b) => a.at - b.at);
    for (const item of recent) timeline.replay(item, now);
    cache = { timeline, stamp, since: first?.firstSeenAt ?? null, builtAt: now };
    timelines.delete(cacheKey);
    if (timelines.size >= MAX_CACHED_PAGES) timelines.delete(timelines.keys().next().value as string);
    timelines.set(cacheKey, cache);
  }
  return {
    authors,
    roster: rosterRow ? { salt: rosterRow.salt, hashes: new Set(rosterRow.hashes) } : null,
    timeline: cache.timeline,
    watchedSince: cache.since ?? now,
    cache,
  };
}

/**
 * Key hints: which item keys a page is known to hold, and which author keys a
 * workspace has, kept between batches so that a new item or author costs no
 * read. A hint is never trusted for what it claims is absent: new rows are
 * written with add, which the database refuses for a key it holds, and then the
 * whole batch is undone (StaleHints) and run again reading every key. A key the
 * hints wrongly claim is stored is read and found missing: treated as new.
 * Bounded: the last MAX_HINTED pages and workspaces.
 */
const hints = new Map<string, Set<string>>();
const MAX_HINTED = 20;

async function hintsFor(db: KeelDb, table: 'items' | 'authors', scope: string): Promise<Set<string>> {
  const id = `${db.name}\n${table}\n${scope}`;
  let set = hints.get(id);
  if (!set) {
    const keys =
      table === 'items'
        ? await db.items.where('[pageKey+at]').between([scope, Dexie.minKey], [scope, Dexie.maxKey]).primaryKeys()
        : await db.authors.where('workspaceId').equals(scope).primaryKeys();
    set = new Set(keys as string[]);
    if (hints.size >= MAX_HINTED) hints.delete(hints.keys().next().value as string);
  } else {
    hints.delete(id);
  }
  hints.set(id, set);
  return set;
}

function remember(db: KeelDb, table: 'items' | 'authors', scope: string, keys: Iterable<string>): void {
  const set = hints.get(`${db.name}\n${table}\n${scope}`);
  if (set) for (const k of keys) set.add(k);
}

/** A batch was read against key hints that missed a stored row: nothing of it is kept, and it runs again. */
export class StaleHints extends Error {
  override name = 'StaleHints';
  constructor() {
    super('A row Keel took for new was already stored; the batch runs again.');
  }
}

const isStaleHints = (err: unknown): boolean => (err as { name?: unknown } | null)?.name === 'StaleHints';

/** Adds rows taken for new. Trusting hints, a refused add (the key is stored) means the hints were stale. */
async function addRows<T>(table: { bulkAdd(rows: readonly T[]): Promise<unknown> }, rows: T[], trust: boolean): Promise<void> {
  if (!rows.length) return;
  try {
    await table.bulkAdd(rows);
  } catch (err) {
    if (!trust || !(err instanceof Dexie.BulkError)) throw err;
    hints.clear();
    timelines.clear();
    throw new StaleHints();
  }
}

/** Forgets every cached timeline and key hint (tests, and a wipe or restore: the next batch reads the store anyway). */
export function forgetTimelines(): void {
  timelines.clear();
  hints.clear();
}
