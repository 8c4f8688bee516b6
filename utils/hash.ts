import { GOOGLE_DOMAIN } from './page-key';

/** Two 32-bit lanes of FNV-1a over `text` (the second mixed with the first), unsigned. */
export function fnvLanes(text: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return [h1 >>> 0, h2 >>> 0];
}

/** FNV-1a, 52 bits, as base-36: a stable, cheap key for items without a native id. */
export function fnv1a(text: string): string {
  const [h1, h2] = fnvLanes(text);
  return (h2 % 0x100000).toString(36) + h1.toString(36);
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
  return `${item.platform}:h${fnv1a(`${page}\n${canonicalProfile(item.platform, item.author.profileUrl) ?? item.author.name}\n${text}`)}`;
}

/**
 * Sites whose country or legacy hosts show the same accounts: a profile link is
 * one identity whichever of them it was seen on (uk.trustpilot.com and
 * www.trustpilot.com, yelp.de and www.yelp.com, twitter.com and x.com, a Google contributor on any Google domain).
 */
const CANONICAL_HOST: Record<string, [RegExp, string]> = {
  // A contributor is their id, whatever the domain, the tab (/reviews) or the viewer's language (?hl=en).
  'google-maps': [new RegExp(String.raw`^https:\/\/(?:www\.|maps\.)?${GOOGLE_DOMAIN}\/maps\/contrib\/(\d+)(?:[/?#].*)?$`, 'i'), 'https://www.google.com/maps/contrib/$1'],
  x: [/^https:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\//i, 'https://x.com/'],
  yelp: [/^https:\/\/(?:(?:www|m|[a-z]{2})\.)?yelp\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})\//i, 'https://www.yelp.com/'],
  trustpilot: [/^https:\/\/[^/?#]*\btrustpilot\.com\//i, 'https://www.trustpilot.com/'],
};

/** `url` on the platform's canonical host (the link itself elsewhere). */
export function canonicalProfile(platform: string, url: string | null | undefined): string | null {
  if (!url) return null;
  const canonical = CANONICAL_HOST[platform];
  return canonical ? url.replace(canonical[0], canonical[1]) : url;
}

/** An author's identity on a platform: their profile link (on its canonical host), else their name. */
export function authorKeyOf(item: { platform: string; author: { name: string; profileUrl?: string | null } }): string {
  return `${item.platform}:${canonicalProfile(item.platform, item.author.profileUrl) || `name:${item.author.name.trim().toLowerCase()}`}`;
}
