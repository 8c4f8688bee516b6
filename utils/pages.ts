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
import { stripTracking } from './page-key';

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

const first = (prefix: RegExp) => (segments: string[]) =>
  segments[0] && prefix.test(segments[0]) ? `/${segments[0]}` : null;

const KNOWN: Array<{ hosts: RegExp } & Known> = [
  {
    hosts: /^facebook\.com$/,
    platform: 'facebook',
    root: (s, url) => {
      if (s[0] === 'profile.php' || s[0] === 'permalink.php') return url.searchParams.get('id') ? '/profile.php' : null;
      return s[0] && !['groups', 'watch', 'reel', 'photo', 'story.php', 'share'].includes(s[0]) ? `/${s[0]}` : null;
    },
  },
  {
    hosts: /^google\.com$/,
    platform: 'google-maps',
    root: (s) => (s[0] === 'maps' && s[1] === 'place' && s[2] ? `/maps/place/${s[2]}` : null),
  },
  { hosts: /^instagram\.com$/, platform: 'instagram', root: first(/^(?!p$|reel$|explore$)[A-Za-z0-9._]+$/) },
  { hosts: /^x\.com$/, platform: 'x', root: first(/^(?!i$|home$|search$)[A-Za-z0-9_]{1,15}$/) },
  {
    hosts: /^youtube\.com$/,
    platform: 'youtube',
    root: (s, url) => {
      if (s[0] === 'watch') return url.searchParams.get('v') ? '/watch' : null;
      if (s[0]?.startsWith('@')) return `/${s[0]}`;
      return (s[0] === 'channel' || s[0] === 'c') && s[1] ? `/${s[0]}/${s[1]}` : null;
    },
  },
  { hosts: /^yelp\.[a-z.]+$/, platform: 'yelp', root: (s) => (s[0] === 'biz' && s[1] ? `/biz/${s[1]}` : null) },
  { hosts: /^tiktok\.com$/, platform: 'tiktok', root: first(/^@[A-Za-z0-9._]+$/) },
  {
    hosts: /^(?:[a-z]{2}\.)?trustpilot\.com$/,
    platform: 'trustpilot',
    root: (s) => (s[0] === 'review' && s[1] ? `/review/${s[1]}` : null),
  },
];

export const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  'google-maps': 'Google Maps',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  yelp: 'Yelp',
  tiktok: 'TikTok',
  trustpilot: 'Trustpilot',
};

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
    // The id that names the account (profile.php?id=…) or the video (watch?v=…) stays.
    const keep = root.endsWith('.php') ? 'id' : root === '/watch' ? 'v' : null;
    const value = keep ? url.searchParams.get(keep) : null;
    const pageUrl = `https://${url.hostname.toLowerCase()}${root}${keep && value ? `?${keep}=${encodeURIComponent(value)}` : ''}`;
    const origins = [...new Set([...PLATFORM_ORIGINS[known.platform], `https://${url.hostname.toLowerCase()}/*`])];
    const what = known.platform === 'youtube' && root === '/watch' ? 'the comments on this video' : `every post, review and reply under ${pageUrl.replace(/^https:\/\//, '')}`;
    return { ok: true, target: { url: pageUrl, adapter: known.platform, origins, covers: `${PLATFORM_NAMES[known.platform]}: ${what}` } };
  }
  const pack = packs.find((p) => p.matches.some((m) => patternMatches(m, url.href)));
  if (!pack) {
    return {
      ok: false,
      error: `Keel has no adapter for ${url.hostname}. Add a selector pack for it first (Options → Selector packs), then add the page.`,
    };
  }
  const origins = [...new Set(pack.matches.map(originOf).filter((o): o is string => o !== null))];
  const pageUrl = stripTracking(url.href).replace(/\/+$/, '');
  return { ok: true, target: { url: pageUrl, adapter: pack.id, origins, covers: `${pack.name} (selector pack): pages under ${pageUrl.replace(/^https?:\/\//, '')}` } };
}

/** The host permission a pack pattern needs: "https://*.example.com/reviews/*" → "https://*.example.com/*". */
export function originOf(pattern: string): string | null {
  const m = /^(https?):\/\/((?:\*\.)?[^/]+)\//i.exec(pattern);
  return m ? `${m[1]}://${(m[2] as string).replace(/:\d+$/, '')}/*` : null;
}

function decodePath(path: string): string {
  let p = path.replace(/\+/g, ' ');
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
    // profile.php?id=… owns permalink.php?…&id=… and posts anywhere with that id; a video is its v=.
    return at.searchParams.get(id) === page.searchParams.get(id) && (id === 'id' || at.pathname === page.pathname);
  }
  const root = decodePath(page.pathname);
  const path = decodePath(at.pathname);
  return root === '' || path === root || path.startsWith(`${root}/`);
}
