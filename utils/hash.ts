/** FNV-1a, 52 bits, as base-36: a stable, cheap key for items without a native id. */
export function fnv1a(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return ((h2 >>> 0) % 0x100000).toString(36) + (h1 >>> 0).toString(36);
}

/**
 * The stored key of an item: platform + native id, else a hash of what it says.
 * Blank lines count as one line break: adapters kept only one until 2026-11
 * (readText), so an item stored before keeps its key now that they keep blank lines.
 */
export function itemKey(item: {
  platform: string;
  nativeId: string | null;
  author: { name: string; profileUrl: string | null };
  text: string;
}, page: string): string {
  if (item.nativeId) return `${item.platform}:${item.nativeId}`;
  const text = item.text.includes('\n\n') ? item.text.replace(/\n{2,}/g, '\n') : item.text;
  return `${item.platform}:h${fnv1a(`${page}\n${item.author.profileUrl ?? item.author.name}\n${text}`)}`;
}

/** An author's identity on a platform: their profile link, else their name. */
export function authorKeyOf(item: { platform: string; author: { name: string; profileUrl?: string | null } }): string {
  return `${item.platform}:${item.author.profileUrl || `name:${item.author.name.trim().toLowerCase()}`}`;
}
