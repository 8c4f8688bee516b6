/**
 * A page's identity for grouping items: origin and path plus the query keys that
 * name a post (Facebook's permalink.php uses story_fbid + id). Tracking params,
 * fragments and everything else are dropped so the same post is one page.
 */
const IDENTITY_PARAMS = ['story_fbid', 'id', 'fbid', 'v', 'set'];

/** Google's domains, country ones included (google.com, google.de, google.co.uk, google.com.au): a pattern's source. */
export const GOOGLE_DOMAIN = String.raw`google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})`;

export function pageKey(href: string): string {
  const u = new URL(href);
  const kept = new URLSearchParams();
  for (const name of IDENTITY_PARAMS) {
    const value = u.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  // A Google Maps place is its name: the map's position and view (/@…, /data=…) change as it moves.
  const place = /^\/maps\/place\/[^/]+/.exec(u.pathname);
  const path = place ? place[0] : u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  return `${u.origin}${path}${query ? `?${query}` : ''}`;
}

// Facebook's own, and the share and campaign tags any site's links carry (utm_*, fbclid, gclid, igshid, Mailchimp's).
const TRACKING = /^(?:__|utm_|ref$|fref$|comment_tracking$|fbclid$|gclid$|igshid$|mc_cid$|mc_eid$)/;

/**
 * Removes click-tracking parameters (Facebook's `__cft__[0]`, `__tn__`, `ref`, …)
 * and the fragment from an absolute URL. String work rather than `new URL`:
 * it runs for every comment on pages with thousands of them.
 */
export function stripTracking(href: string): string {
  const hash = href.indexOf('#');
  const noHash = hash >= 0 ? href.slice(0, hash) : href;
  const q = noHash.indexOf('?');
  if (q < 0) return noHash;
  const kept: string[] = [];
  for (const pair of noHash.slice(q + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (!TRACKING.test(safeDecode(name))) kept.push(pair);
  }
  return kept.length ? `${noHash.slice(0, q)}?${kept.join('&')}` : noHash.slice(0, q);
}

function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
