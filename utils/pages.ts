/**
 * The business's own pages: which addresses Keel reads, and which it must leave
 * alone. A page is the account as the platform shows it (a Facebook Page, a
 * Google Maps place, an Instagram or X account, a YouTube channel, a Yelp or
 * Trustpilot listing, a TikTok account), or a site a selector pack reads. Every
 * post, review list and reply thread under it is covered.
 *
 * Pure: no browser APIs. The options page uses it to compute what to ask the
 * browser for, the background to decide what a content script may read.
 */
import type { Platform } from './model';
import { patternMatches } from './packs/match';
import type { Pack } from './packs/schema';
import { GOOGLE_DOMAIN, stripTracking } from './page-key';

/** Host access each platform needs: the page's own address and the hosts the platform redirects between. */
const PLATFORM_ORIGINS: Record<Exclude<Platform, 'custom'>, string[]> = {
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://facebook.com/*'],
  'google-maps': ['https://www.google.com/*'],
  instagram: ['https://www.instagram.com/*'],
  x: ['https://x.com/*', 'https://twitter.com/*'],
  youtube: ['https://www.youtube.com/*'],
  yelp: ['https://www.yelp.com/*'],
  tiktok: ['https://www.tiktok.com/*'],
  trustpilot: ['https://www.trustpilot.com/*'],
};

/** Hosts that are one site: prefixes dropped and aliases joined before comparing. */
function siteHost(host: string): string {
  const h = host.toLowerCase().replace(/^(?:www|web|m|mobile)\./, '');
  return h === 'twitter.com' ? 'x.com' : h;
}

/** Facebook addresses that name a Page or its post by the Page's number in ?id=. */
const ID_PATHS = new Set(['/profile.php', '/permalink.php', '/story.php']);

/** Query keys that name an account or a video rather than track a click. */
const IDENTITY = ['id', 'v'];

export interface PageTarget {
  /** The address stored for the page: the account's root, tracking removed. */
  url: string;
  /** A built-in platform, or a selector pack's id. */
  adapter: string;
  /** Host permissions to request (match patterns). */
  origins: string[];
  /** What Keel will read, in words, for the user to confirm. */
  covers: string;
}

export type PageTargetResult = { ok: true; target: PageTarget } | { ok: false; error: string };

interface Known {
  platform: Exclude<Platform, 'custom'>;
  /** The account's root path, given the page's path segments; null if the path names no account. */
  root(segments: string[], url: URL): string | null;
}

// First path segments that are Facebook's own sections, never a Page's username.
const FB_RESERVED = new Set([
  'groups', 'watch', 'reel', 'reels', 'photo', 'photos', 'story.php', 'share', 'events', 'hashtag', 'marketplace', 'gaming',
  'pages', 'people', 'p', 'search', 'friends', 'messages', 'notifications', 'settings', 'help', 'login', 'home.php', 'bookmarks',
  'stories', 'live', 'videos', 'saved', 'privacy', 'policies', 'ads', 'business', 'login.php', 'plugins', 'dialog', 'sharer',
]);
const IG_RESERVED = /^(?:p|reel|reels|tv|explore|stories|accounts|direct|about|legal|developer|web|challenge)$/;
const X_RESERVED = /^(?:i|home|search|explore|notifications|messages|settings|compose|hashtag|intent|share|login|signup|tos|privacy)$/i;

/** A Facebook Page's address: its username, or its numeric id (profile.php?id=, /people/Name/ID, /p/Name-ID). */
function facebookRoot(s: string[], url: URL): string | null {
  const first = s[0];
  if (!first) return null;
  if (first === 'profile.php' || first === 'permalink.php' || first === 'story.php') {
    return url.searchParams.get('id') ? `/profile.php?id=${encodeURIComponent(url.searchParams.get('id') ?? '')}` : null;
  }
  // Pages without a username: /people/Harbourside-Dental/100083475839123/ and /p/Harbourside-Dental-100083475839123/.
  const id = first === 'people' ? s[2] : first === 'p' ? /-(\d{6,})$/.exec(s[1] ?? '')?.[1] : null;
  if (id && /^\d{6,}$/.test(id)) return `/profile.php?id=${id}`;
  if (/^\d{6,}$/.test(first)) return `/profile.php?id=${first}`;
  if (FB_RESERVED.has(first.toLowerCase()) || first.endsWith('.php')) return null;
  return /^[A-Za-z0-9.]+$/.test(first) ? `/${first}` : null;
}

// Yelp's list of a business's reviews it does not recommend: /not_recommended_reviews/<alias>, under /biz/<alias>.
const YELP_FILTERED = 'not_recommended_reviews';

/** `path` on `host` as the page it belongs to: Yelp's filtered reviews are its business page's. */
function pageOfPath(host: string, path: string): string {
  return /(?:^|\.)yelp\./.test(host) && path.startsWith(`/${YELP_FILTERED}/`) ? `/biz/${path.slice(YELP_FILTERED.length + 2)}` : path;
}

const KNOWN: Array<{ hosts: RegExp } & Known> = [
  { hosts: /^facebook\.com$/, platform: 'facebook', root: facebookRoot },
  {
    hosts: new RegExp(`^${GOOGLE_DOMAIN}$`),
    platform: 'google-maps',
    root: (s) => (s[0] === 'maps' && s[1] === 'place' && s[2] ? `/maps/place/${s[2]}` : null),
  },
  { hosts: /^instagram\.com$/, platform: 'instagram', root: (s) => (s[0] && !IG_RESERVED.test(s[0]) && /^[A-Za-z0-9._]+$/.test(s[0]) ? `/${s[0]}` : null) },
  { hosts: /^x\.com$/, platform: 'x', root: (s) => (s[0] && !X_RESERVED.test(s[0]) && /^[A-Za-z0-9_]{1,15}$/.test(s[0]) ? `/${s[0]}` : null) },
  {
    hosts: /^youtube\.com$/,
    platform: 'youtube',
    root: (s, url) => {
      if (s[0] === 'watch') return url.searchParams.get('v') ? '/watch' : null;
      if (s[0]?.startsWith('@')) return `/${s[0]}`;
      return (s[0] === 'channel' || s[0] === 'c') && s[1] ? `/${s[0]}/${s[1]}` : null;
    },
  },
  { hosts: /^yelp\.[a-z.]+$/, platform: 'yelp', root: (s) => ((s[0] === 'biz' || s[0] === YELP_FILTERED) && s[1] ? `/biz/${s[1]}` : null) },
  { hosts: /^tiktok\.com$/, platform: 'tiktok', root: (s) => (s[0] && /^@[A-Za-z0-9._]+$/.test(s[0]) ? `/${s[0]}` : null) },
  {
    hosts: /^(?:[a-z]{2}\.)?trustpilot\.com$/,
    platform: 'trustpilot',
    root: (s) => (s[0] === 'review' && s[1] ? `/review/${s[1]}` : null),
  },
];

/** Each built-in platform's name in words. */
export const SITE_NAMES = {
  facebook: 'Facebook',
  'google-maps': 'Google Maps',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  yelp: 'Yelp',
  tiktok: 'TikTok',
  trustpilot: 'Trustpilot',
} as const satisfies Record<Exclude<Platform, 'custom'>, string>;

/** The same, looked up by any adapter id (a pack's id finds nothing). */
export const PLATFORM_NAMES: Readonly<Record<string, string>> = SITE_NAMES;

function parse(input: string): URL | null {
  const text = input.trim();
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * What adding `input` (an address the user pasted: a Page, a post, a review
 * list) as one of the business's pages means: the account's root address, the
 * adapter that reads it and the host access to ask for.
 */
export function pageTarget(input: string, packs: readonly Pack[] = []): PageTargetResult {
  const url = parse(input);
  if (!url) return { ok: false, error: 'That is not a web address. Paste the page’s address, e.g. https://www.facebook.com/YourPractice.' };
  const host = siteHost(url.hostname);
  const segments = url.pathname.split('/').filter(Boolean);
  const known = KNOWN.find((k) => k.hosts.test(host));
  if (known) {
    const root = known.root(segments, url);
    if (!root) {
      return {
        ok: false,
        error: `Keel could not tell which ${PLATFORM_NAMES[known.platform]} account this is. Paste the address of your page or listing itself (for example the page you land on from your profile).`,
      };
    }
    // The video (watch?v=…) is named by its query; a numeric Page by profile.php?id=…, already in root.
    const video = root === '/watch' ? url.searchParams.get('v') : null;
    const pageUrl = `https://${url.hostname.toLowerCase()}${root}${video ? `?v=${encodeURIComponent(video)}` : ''}`;
    const origins = [...new Set([...PLATFORM_ORIGINS[known.platform], `https://${url.hostname.toLowerCase()}/*`])];
    const what = known.platform === 'youtube' && root === '/watch' ? 'the comments on this video' : `every post, review and reply under ${pageUrl.replace(/^https:\/\//, '')}`;
    // A pack that matches the address stands in for the built-in adapter (a repair after a layout change).
    const repair = packFor(url.href, packs);
    if (repair) {
      return { ok: true, target: { url: pageUrl, adapter: repair.id, origins, covers: `${PLATFORM_NAMES[known.platform]}, read with the “${repair.name}” selector pack: ${what}` } };
    }
    return { ok: true, target: { url: pageUrl, adapter: known.platform, origins, covers: `${PLATFORM_NAMES[known.platform]}: ${what}` } };
  }
  const pack = packFor(url.href, packs);
  if (!pack) {
    return {
      ok: false,
      error: `Keel has no adapter for ${url.hostname}. Add a selector pack for it first (Options → Selector packs), then add the page.`,
    };
  }
  // Access only for the hosts of the pack's patterns that cover this page, not every host the pack names.
  const origins = packOrigins(pack, url.href);
  const pageUrl = stripTracking(url.href).replace(/\/+$/, '');
  return { ok: true, target: { url: pageUrl, adapter: pack.id, origins, covers: `${pack.name} (selector pack): pages under ${pageUrl.replace(/^https?:\/\//, '')}` } };
}

/** The pack that reads `href`, if any. */
export function packFor(href: string, packs: readonly Pack[]): Pack | null {
  return packs.find((p) => p.matches.some((m) => patternMatches(m, href))) ?? null;
}

/** The host permissions a pack needs: for all its patterns, or only those that cover `href`. */
export function packOrigins(pack: Pack, href?: string): string[] {
  const patterns = href === undefined ? pack.matches : pack.matches.filter((m) => patternMatches(m, href));
  return [...new Set(patterns.map(originOf).filter((o): o is string => o !== null))];
}

/** The host permission a pack pattern needs: "https://*.example.com/reviews/*" → "https://*.example.com/*". */
export function originOf(pattern: string): string | null {
  const m = /^(https?):\/\/((?:\*\.)?[^/]+)\//i.exec(pattern);
  return m ? `${m[1]}://${(m[2] as string).replace(/:\d+$/, '')}/*` : null;
}

function decodePath(path: string): string {
  // An encoded slash stays encoded: "/a%2F..%2Fb" is one segment, not a way out of "/a".
  let p = path.replace(/\+/g, ' ').replace(/%2f/gi, '%252F');
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as written */
  }
  return p.toLowerCase().replace(/\/+$/, '');
}

/**
 * Whether `href` is on the page stored as `pageUrl`: the same site, and a path
 * under the page's (on a segment boundary), with the same account or video id
 * where the page has one. `owner` is the account that owns what `href` shows,
 * read from the page by the adapter where the URL does not say (an Instagram
 * post, a YouTube video); it counts when it is the page itself.
 */
export function pageCovers(pageUrl: string, href: string, owner: string | null = null): boolean {
  return covers(pageUrl, href) || (owner !== null && covers(pageUrl, owner));
}

function covers(pageUrl: string, href: string): boolean {
  const page = parse(pageUrl);
  const at = parse(href);
  if (!page || !at || siteHost(page.hostname) !== siteHost(at.hostname)) return false;
  const id = IDENTITY.find((k) => page.searchParams.has(k));
  if (id) {
    const value = page.searchParams.get(id) ?? '';
    // A video is its v= on the same path.
    if (id === 'v') return at.searchParams.get('v') === value && at.pathname === page.pathname;
    // A Page known by its number: profile.php?id=…, its posts (permalink.php / story.php ?…&id=…), and /<id>/….
    if (at.pathname === `/${value}` || at.pathname.startsWith(`/${value}/`)) return true;
    return ID_PATHS.has(at.pathname) && at.searchParams.get('id') === value;
  }
  const root = decodePath(page.pathname);
  const path = pageOfPath(siteHost(at.hostname), decodePath(at.pathname));
  return root === '' || path === root || path.startsWith(`${root}/`);
}
