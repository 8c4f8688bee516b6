/**
 * Stores what a content script observed and answers each item's label. New items
 * are classified; items seen before keep their stored label (a moderator's label
 * always wins) and only their lastSeenAt moves.
 */
import { classify } from '../classify';
import { activeWorkspace, type Author, type KeelDb, type StoredItem } from '../db';
import { itemKey } from '../hash';
import type { RawItem } from '../model';
import { pageKey } from '../page-key';

export interface ObservedResult {
  key: string;
  label: StoredItem['label'];
  confidence: number;
  reasons: string[];
}

function authorKey(item: RawItem): string {
  return `${item.platform}:${item.author.profileUrl ?? `name:${item.author.name.toLowerCase()}`}`;
}

export async function observeItems(
  db: KeelDb,
  items: RawItem[],
  pageUrl: string,
  now: number,
): Promise<ObservedResult[]> {
  const page = pageKey(pageUrl);
  const workspace = await activeWorkspace(db);
  const keys = items.map((item) => itemKey(item, page));

  return db.transaction('rw', db.items, db.authors, async () => {
    const existing = await db.items.bulkGet(keys);
    const rows = new Map<string, StoredItem>();
    items.forEach((raw, i) => {
      const key = keys[i] as string;
      const before = existing[i] ?? rows.get(key);
      if (before) {
        const textChanged = before.text !== raw.text && before.labelSource === 'auto';
        const relabel = textChanged ? classify(raw, { profile: workspace.profile }) : null;
        rows.set(key, { ...before, ...(textChanged ? { text: raw.text, ...relabel } : {}), lastSeenAt: now });
        return;
      }
      const result = classify(raw, { profile: workspace.profile });
      rows.set(key, {
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
        authorKey: authorKey(raw),
        text: raw.text,
        rating: raw.rating,
        postedAt: raw.postedAt,
        postedText: raw.postedText,
        firstSeenAt: now,
        lastSeenAt: now,
        labelSource: 'auto',
        ...result,
      });
    });
    const fresh = [...rows.values()].filter((r) => r.firstSeenAt === now);
    await db.items.bulkPut([...rows.values()]);
    await upsertAuthors(db, fresh, now);
    return keys.map((key) => {
      const row = rows.get(key) as StoredItem;
      return { key, label: row.label, confidence: row.confidence, reasons: row.reasons };
    });
  });
}

async function upsertAuthors(db: KeelDb, fresh: StoredItem[], now: number): Promise<void> {
  if (fresh.length === 0) return;
  const byKey = new Map<string, StoredItem[]>();
  for (const row of fresh) byKey.set(row.authorKey, [...(byKey.get(row.authorKey) ?? []), row]);
  const keys = [...byKey.keys()];
  const existing = await db.authors.bulkGet(keys);
  const authors: Author[] = keys.map((key, i) => {
    const rows = byKey.get(key) as StoredItem[];
    const first = rows[0] as StoredItem;
    const before = existing[i];
    const names = new Set([...(before?.names ?? []), ...rows.map((r) => r.author.name)]);
    return {
      key,
      workspaceId: first.workspaceId,
      platform: first.platform,
      profileUrl: first.author.profileUrl,
      names: [...names].slice(0, 20),
      firstSeenAt: before?.firstSeenAt ?? now,
      lastSeenAt: now,
      itemCount: (before?.itemCount ?? 0) + rows.length,
    };
  });
  await db.authors.bulkPut(authors);
}
