/**
 * Fits an item read off a page to the limits of the protocol's RawItemSchema
 * (utils/model.ts) before it is sent. The background refuses a message with
 * one field past its limit, and a batch is one message: without this, one
 * hostile comment (a 300 KB text, a 3,000-character name, a profile link the
 * URL parser rejects) would cost every item of its batch its label. Written
 * without Zod, which the content script does not load; tests/adapters/
 * hostile.test.ts checks that what comes out is accepted by the schema.
 */
import type { RawItem } from '../model';

export const ITEM_LIMITS = { text: 200_000, name: 2_000, postedText: 2_000, id: 200, url: 4_000 } as const;

/** `s` cut to at most `max` UTF-16 units, ending in "…" when cut, never in half a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

const id = (s: string | null) => (s ? cut(s, ITEM_LIMITS.id) : null);

// A plain host (no port, no user, no odd characters): the URL parser accepts any path after it.
const PLAIN = /^https?:\/\/[A-Za-z0-9.-]+(?:[/?#]|$)/;

/** An http(s) address the URL parser accepts and within the length limit, else null. */
function link(s: string | null): string | null {
  if (!s || s.length > ITEM_LIMITS.url) return null;
  if (PLAIN.test(s)) return s;
  try {
    const { protocol } = new URL(s.trim());
    return protocol === 'https:' || protocol === 'http:' ? s : null;
  } catch {
    return null;
  }
}

export function fitItem(item: RawItem): RawItem {
  const fits =
    item.text.length <= ITEM_LIMITS.text &&
    item.author.name.length <= ITEM_LIMITS.name &&
    (item.postedText?.length ?? 0) <= ITEM_LIMITS.postedText &&
    (item.nativeId === null || (item.nativeId.length > 0 && item.nativeId.length <= ITEM_LIMITS.id)) &&
    (item.parentId === null || (item.parentId.length > 0 && item.parentId.length <= ITEM_LIMITS.id)) &&
    link(item.permalink) === item.permalink &&
    link(item.author.profileUrl) === item.author.profileUrl;
  if (fits) return item;
  return {
    ...item,
    nativeId: id(item.nativeId),
    parentId: id(item.parentId),
    permalink: link(item.permalink),
    author: { name: cut(item.author.name, ITEM_LIMITS.name), profileUrl: link(item.author.profileUrl) },
    text: cut(item.text, ITEM_LIMITS.text),
    postedText: item.postedText === null ? null : cut(item.postedText, ITEM_LIMITS.postedText),
  };
}
