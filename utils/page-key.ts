/**
 * A page's identity for grouping items: origin and path plus the query keys that
 * name a post (Facebook's permalink.php uses story_fbid + id). Tracking params,
 * fragments and everything else are dropped so the same post is one page.
 */
const IDENTITY_PARAMS = ['story_fbid', 'id', 'fbid', 'v', 'set'];

export function pageKey(href: string): string {
  const u = new URL(href);
  const kept = new URLSearchParams();
  for (const name of IDENTITY_PARAMS) {
    const value = u.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
  return `${u.origin}${path}${query ? `?${query}` : ''}`;
}

/** Removes Facebook's click-tracking parameters from a link read off the page. */
export function stripTracking(href: string): string {
  const u = new URL(href);
  for (const name of [...u.searchParams.keys()]) {
    if (name.startsWith('__') || name === 'ref' || name === 'fref' || name === 'comment_tracking') {
      u.searchParams.delete(name);
    }
  }
  u.hash = '';
  return u.toString();
}
