/**
 * An author's history in one workspace, read from the database: shared by the
 * background's `authors/history` handler and the popup (through liveQuery).
 *
 * Every part is an index lookup: the author's items and actions (`authorKey`),
 * the business's replies to them (`[pageKey+parentId]`), and same-name
 * authors (the multi-entry `nameKeys`, folded names: see name.ts).
 */
import type { Action, KeelDb, StoredItem } from '../db';
import { type Label, postedByBusiness } from '../labels';
import { nameKey, nameKeysOf } from './name';
import {
  type AuthorHistory,
  HISTORY_LIMIT,
  type HistoryAction,
  type HistoryReply,
  MATCH_LIMIT,
  type PossibleMatch,
} from './schema';

export class HistoryError extends Error {
  override name = 'HistoryError';
}

const OFFLINE_KINDS = new Set(['replied-offline', 'contacted']);

export interface HistoryOptions {
  /** Longest item text returned; longer texts end in "…". */
  textMax: number;
}

export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text);

/** The history of the author of `itemKey`, in that item's workspace. */
export async function authorHistory(db: KeelDb, itemKey: string, opts: HistoryOptions = { textMax: 2_000 }): Promise<AuthorHistory> {
  return db.transaction('r', [db.items, db.authors, db.actions], async () => {
    const item = await db.items.get(itemKey);
    if (!item) throw new HistoryError('No such item.');
    const ws = item.workspaceId;
    const [row, own, logged] = await Promise.all([
      db.authors.get(item.authorKey),
      db.items.where('authorKey').equals(item.authorKey).filter((i) => i.workspaceId === ws).toArray(),
      db.actions.where('authorKey').equals(item.authorKey).filter((a) => (a.workspaceId ?? ws) === ws).toArray(),
    ]);
    own.sort(newestItem);
    logged.sort(newestAction);

    const labels: Partial<Record<Label, number>> = {};
    for (const i of own) labels[i.label] = (labels[i.label] ?? 0) + 1;
    const names = [...new Set([...(row?.names ?? []), ...own.map((i) => i.author.name)])].filter(Boolean).slice(0, 20);

    const undone = new Set(logged.flatMap((a) => (a.kind === 'undone' && typeof a.undoes === 'number' ? [a.undoes] : [])));
    const actions: HistoryAction[] = logged.map((a) => ({
      seq: a.seq ?? 0,
      kind: a.kind,
      at: a.at,
      actor: a.actor,
      detail: a.detail,
      itemKey: a.itemKey,
      undone: a.seq !== undefined && undone.has(a.seq),
    }));

    // Both read many rows without the indexes named above: side by side, not one after the other.
    const [onPage, matches] = await Promise.all([businessReplies(db, own), sameNameAuthors(db, ws, item.authorKey, names)]);
    const replies: HistoryReply[] = [
      ...onPage.map((r): HistoryReply => ({
        via: 'page',
        key: r.reply.key,
        inReplyTo: r.to,
        pageUrl: r.reply.pageUrl,
        permalink: r.reply.permalink,
        text: clip(r.reply.text, opts.textMax),
        at: r.reply.at,
      })),
      ...actions
        .filter((a) => OFFLINE_KINDS.has(a.kind) && !a.undone)
        .map((a): HistoryReply => ({ via: a.kind as 'replied-offline' | 'contacted', at: a.at, actor: a.actor, detail: a.detail, itemKey: a.itemKey })),
    ].sort((a, b) => b.at - a.at);

    return {
      itemKey,
      author: {
        key: item.authorKey,
        platform: item.platform,
        names,
        profileUrl: row?.profileUrl ?? item.author.profileUrl,
        firstSeenAt: own.reduce((t, i) => Math.min(t, i.firstSeenAt), item.firstSeenAt),
        lastSeenAt: own.reduce((t, i) => Math.max(t, i.lastSeenAt), item.lastSeenAt),
        itemCount: own.length,
        pageCount: new Set(own.map((i) => i.pageKey)).size,
        labels,
        moderatorLabel: row?.moderatorLabel ?? null,
      },
      items: own.slice(0, HISTORY_LIMIT).map((i) => ({
        key: i.key,
        platform: i.platform,
        kind: i.kind,
        pageUrl: i.pageUrl,
        permalink: i.permalink,
        text: clip(i.text, opts.textMax),
        at: i.at,
        label: i.label,
        labelSource: i.labelSource,
      })),
      actions: actions.slice(0, HISTORY_LIMIT),
      actionCount: actions.length,
      replies: replies.slice(0, HISTORY_LIMIT),
      replyCount: replies.length,
      matches: matches.slice(0, MATCH_LIMIT),
      matchCount: matches.length,
    };
  });
}

const newestItem = (a: StoredItem, b: StoredItem) => b.at - a.at || b.firstSeenAt - a.firstSeenAt || (a.key < b.key ? -1 : 1);
const newestAction = (a: Action, b: Action) => b.at - a.at || (b.seq ?? 0) - (a.seq ?? 0);

/** Items the business posted in answer to one of `own` (a reply's parentId is its parent's native id, on the same page). */
async function businessReplies(db: KeelDb, own: StoredItem[]): Promise<Array<{ reply: StoredItem; to: string }>> {
  const pages = new Map<string, { ids: Map<string, string> }>();
  for (const i of own) {
    if (!i.nativeId) continue;
    const page = pages.get(i.pageKey) ?? { ids: new Map<string, string>() };
    page.ids.set(i.nativeId, i.key);
    pages.set(i.pageKey, page);
  }
  const read = await Promise.all(
    [...pages].map(([page, { ids }]) => db.items.where('[pageKey+parentId]').anyOf([...ids.keys()].map((id) => [page, id])).toArray()),
  );
  const found = read
    .flat()
    .filter((r) => r.parentId !== null && !!pages.get(r.pageKey)?.ids.has(r.parentId) && postedByBusiness(r.reasons));
  found.sort(newestItem);
  return found.map((reply) => ({ reply, to: pages.get(reply.pageKey)?.ids.get(reply.parentId as string) as string }));
}

/** Other authors of the workspace who went by one of `names`: possible matches, listed, never merged. */
async function sameNameAuthors(db: KeelDb, ws: string, self: string, names: string[]): Promise<PossibleMatch[]> {
  const wanted = new Set(nameKeysOf(names));
  if (!wanted.size) return [];
  const candidates = await db.authors.where('nameKeys').anyOf([...wanted]).distinct().toArray();
  const found = candidates.filter((a) => a.workspaceId === ws && a.key !== self && a.names.some((n) => wanted.has(nameKey(n))));
  found.sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  return found.map((a) => ({
    key: a.key,
    platform: a.platform,
    names: a.names.slice(0, 20),
    profileUrl: a.profileUrl,
    itemCount: a.itemCount,
    lastSeenAt: a.lastSeenAt,
    moderatorLabel: a.moderatorLabel,
  }));
}
