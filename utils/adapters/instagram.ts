/**
 * Instagram post comments and their replies.
 *
 * Page variants supported:
 *   - a post or reel on its own URL: /p/<code>/, /reel/<code>/, /tv/<code>/, the
 *     account-prefixed form /<handle>/p/<code>/, and a comment's own URL
 *     /p/<code>/c/<id>/ (www.instagram.com and instagram.com)
 *   - the 2024–25 div-based layout (comment rows of div.xsag5q8, replies under
 *     div.xpdvgm7) and the 2023 list layout (ul._a9z6 list; one ul._a9ym per
 *     top-level comment, holding its row li._a9zj._a9zl and then, in li >
 *     ul._a9yo, the "View replies (N)" / "Hide replies" li._a9yg and the
 *     replies' rows); in both, reply links are /c/<parent>/r/<id>/
 *   - the post opened as a modal dialog over a profile grid or the feed (the
 *     address bar then shows /p/<code>/); owner() reads the dialog's post
 *   - any interface language: nothing reads a label or a button's words
 * Not items: the post caption (its time has no /c/ link), the comment composer
 * (a textarea in a form), the post's own time link, "View all N replies" / "Load
 * more comments" buttons, the "More posts from" grid.
 * Rating trend: none (no `rating`): Instagram shows no average rating. 2026-11-24; avatars that are
 * a span with role="link" rather than a link (PLATFORMS.md §4 asks only for an img), 2026-11-25.
 * Fixtures: tests/fixtures/instagram/*.html (post-page: 2024–25 layout on its
 * own URL; profile-modal and modal-2023-threads: the 2023 list layout in a
 * dialog over a profile grid; reel-de: a reel, German interface; post-2025-columns:
 * the text beside a header line of its own, the like count in the actions line)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §4 and §10 (sources dated
 * 2023 to 2026-01, mainly the real comment snippet of 2025-11-11 in
 * alvintsa/instagram-scraper @3cfff36); 2026-11-24.
 *
 * Contradiction in PLATFORMS.md §4 (not edited here): its Comment row fallback
 * calls ul._a9ym the 2023 "replies" list. Public scrapers of that layout read
 * it the other way: `ul._a9ym li._a9zj._a9zl` (or `ul._a9ym > div._a9zr`) for
 * comments, one ul._a9ym per comment block, and `ul._a9yo` for replies and
 * their "View replies" button. Taking ul._a9ym for a reply list made every
 * comment after the first a reply to the first. Whatever the classes mean, a
 * row's kind and parent come from its permalink alone, as §0.1 and §4 say to
 * trust: /c/<id>/r/<id>/ is a reply to /c/<id>/, a plain /c/<id>/ is a
 * comment on the post. No class name decides anything.
 *
 * The stable hook is the comment's time link, a[href*="/c/<id>/"] > time[datetime]
 * (replies: /c/<parent>/r/<id>/). An item is the smallest ancestor of that time
 * holding a linked avatar (IG Enhancer's commentRow, without its whole-row time
 * count, which made a 10,000-comment page quadratic).
 * Instagram was not seen recycling comment nodes (§10), but nothing is kept
 * between calls anyway: every read starts again from the element it is given.
 *
 * Instagram shows the username as a comment's author; it is read from the
 * profile link, so a verified badge's title or a localized avatar alt never
 * leaks into the name. Permalinks are written as /p/<code>/c/<id>/ (and
 * /r/<id>/) on www.instagram.com whatever path form the page used: /p/ opens
 * every media type, so one comment keeps one permalink.
 */
import type { RawItem } from '../model';
import { isElement, parseAbsoluteDate, readText } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const ORIGIN = 'https://www.instagram.com';
const HOSTS = new Set(['www.instagram.com', 'instagram.com']);
const POST_PATH = /^\/(?:[\w.]{1,30}\/)?(?:p|reel|tv)\/[\w-]+(?:\/c\/\d+(?:\/r\/\d+)?)?\/?$/;

const COMMENT_TIME = 'a[href*="/c/"] time[datetime]';
const COMMENT_HREF =
  /^(?:https:\/\/(?:www\.)?instagram\.com)?\/(?:[\w.]{1,30}\/)?(?:p|reel|tv)\/([\w-]+)\/c\/(\d+)(?:\/r\/(\d+))?(?:[/?#]|$)/;
const PROFILE_HREF = /^(?:https:\/\/(?:www\.)?instagram\.com)?\/([\w.]{1,30})\/?(?:[?#]|$)/;
// First path segments that are Instagram's own pages, not accounts.
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about',
  'legal', 'developer', 'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'directory',
]);
// A comment row holds its author's avatar: an image, inside the profile link or a span with role="link" (PLATFORMS.md §4:
// the row is the smallest ancestor of the time with an img; the avatar is not always an <a>).
const AVATAR = 'img';
// Containers no comment row is bigger than: climbing past one means the node is
// outside every row.
const NOT_IN_ROW = 'ul, ol, article, main, header, form, [role="dialog"], body';
const MAX_DEPTH = 24;
const BUTTON = '[role="button"], button';

function handleOf(href: string | null): string | null {
  const m = PROFILE_HREF.exec(href?.trim() ?? '');
  return m?.[1] && !RESERVED.has(m[1].toLowerCase()) ? m[1] : null;
}

const profileUrl = (handle: string) => `${ORIGIN}/${handle}/`;

/** The comment row around `time`: the smallest ancestor holding an avatar, whose first comment time is `time`. */
function rowOf(time: Element): Element | null {
  let cur = time.parentElement;
  for (let depth = 0; cur && depth < MAX_DEPTH; depth++, cur = cur.parentElement) {
    if (cur.querySelector(AVATAR)) return cur.querySelector(COMMENT_TIME) === time ? cur : null;
  }
  return null;
}

/** The row that contains `el`, for a node added inside a comment (it holds no comment time itself). */
function containingRow(el: Element): Element | null {
  for (let cur: Element | null = el, depth = 0; cur && depth < MAX_DEPTH; cur = cur.parentElement, depth++) {
    if (cur.matches(NOT_IN_ROW)) return null;
    // The first ancestor holding a comment time is, at most, the row around `el`.
    const time = cur.matches(COMMENT_TIME) ? cur : cur.querySelector(COMMENT_TIME);
    if (time) {
      const row = rowOf(time);
      return row?.contains(el) ? row : null;
    }
  }
  return null;
}

function commentLink(row: Element): { time: Element; link: Element; m: RegExpExecArray } | null {
  const time = row.querySelector(COMMENT_TIME);
  const link = time?.closest('a[href]');
  const m = COMMENT_HREF.exec(link?.getAttribute('href')?.trim() ?? '');
  return time && link && m ? { time, link, m } : null;
}

/** The author's profile links in `row`: the first (the avatar's) and the first with text (the name). */
function authorLinks(row: Element): { first: Element | null; named: Element | null } {
  let first: Element | null = null;
  for (const a of row.querySelectorAll('a[href]')) {
    if (!handleOf(a.getAttribute('href'))) continue;
    first ??= a;
    if (a.textContent?.trim()) return { first, named: a };
  }
  return { first, named: null };
}

/**
 * The comment's words: the first text block of the row that is not the author's
 * name, not in the line holding the name or the time ("Pinned", a creator label),
 * not above the name, and not a button ("Reply", "See translation", "more").
 * Found by position, so the 2023 layout (text above the time) and the 2024–25
 * layout (text below it) both work.
 */
function bodyText(row: Element, name: Element | null, timeLink: Element): string {
  for (const span of row.querySelectorAll('span[dir="auto"]')) {
    const line = span.parentElement;
    if (!line || timeLink.contains(span) || span.contains(timeLink)) continue;
    const beside = [...line.children].filter((c) => c !== span);
    // Name and time in a header of their own beside this span (2025: header, then text, then actions): not that line.
    const header = beside.find((c) => c.contains(timeLink) && (!name || c.contains(name)));
    if (!header && (line.contains(timeLink) || (name && line.contains(name)))) continue;
    if (name && (name.contains(span) || name.compareDocumentPosition(span) & 2)) continue;
    const button = span.closest(BUTTON);
    if (button && row.contains(button)) continue;
    // The actions line ("12 likes" beside Reply and the options button): two buttons or more beside it, where a
    // clamped text has one ("more").
    if (beside.filter((c) => c.matches(BUTTON)).length >= 2) continue;
    const text = readText(span);
    if (text) return text;
  }
  return '';
}

/** The first account linked in `el` (a post header names the owner first, a collaborator second). */
function firstHandle(el: Element): string | null {
  for (const a of el.querySelectorAll('a[href]')) {
    const handle = handleOf(a.getAttribute('href'));
    if (handle) return handle;
  }
  return null;
}

/** The smallest ancestor of `el` holding a linked avatar (the caption's row), never a whole page region. */
function avatarRow(el: Element): Element | null {
  let cur = el.parentElement;
  for (let depth = 0; cur && depth < MAX_DEPTH; depth++, cur = cur.parentElement) {
    if (cur.matches(NOT_IN_ROW)) return null;
    if (cur.querySelector(AVATAR)) return cur;
  }
  return null;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',

  matches(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && POST_PATH.test(url.pathname);
  },

  findItems(root) {
    const out: Element[] = [];
    const seen = new Set<Element>();
    const add = (row: Element | null) => {
      if (row && !seen.has(row)) {
        seen.add(row);
        out.push(row);
      }
    };
    if (isElement(root) && (root.matches(COMMENT_TIME) || !root.querySelector(COMMENT_TIME))) {
      // A node inside one comment (or its time itself): that comment, if any.
      add(root.matches(COMMENT_TIME) ? rowOf(root) : containingRow(root));
      return out;
    }
    // Times come in document order and rows do not nest, so rows do too. A row
    // found from a time inside `root` may be an ancestor of `root`.
    for (const time of root.querySelectorAll(COMMENT_TIME)) add(rowOf(time));
    return out;
  },

  read(el) {
    const found = commentLink(el);
    if (!found || rowOf(found.time) !== el) return null;
    const { time, link, m } = found;
    const [, code, commentId, replyId] = m;
    if (!code || !commentId) return null;
    // The link's shape alone says what the row is: /c/<id>/r/<id>/ a reply to
    // /c/<id>/, /c/<id>/ a comment on the post. No class name is asked.
    const nativeId = replyId ?? commentId;
    const parentId = replyId ? commentId : null;
    const { first, named } = authorLinks(el);
    const handle = handleOf((named ?? first)?.getAttribute('href') ?? null);
    const item: RawItem = {
      platform: 'instagram',
      kind: parentId ? 'reply' : 'comment',
      nativeId,
      parentId,
      permalink: `${ORIGIN}/p/${code}/c/${commentId}/${replyId ? `r/${replyId}/` : ''}`,
      author: {
        name: handle ?? '',
        profileUrl: handle ? profileUrl(handle) : null,
      },
      text: bodyText(el, named, link),
      rating: null,
      postedAt: parseAbsoluteDate(time.getAttribute('datetime')),
      postedText: readText(time) || null,
    };
    return item;
  },

  anchor(el): ChipAnchor {
    const { first, named } = authorLinks(el);
    const node = named ?? first;
    return node ? { node, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },

  owner(doc) {
    // The post shown: the topmost dialog holding a post, else the page.
    const dialogs = [...doc.querySelectorAll('[role="dialog"]')];
    const scope =
      dialogs.reverse().find((d) => d.querySelector('header, article, a[href*="/c/"] time')) ??
      doc.querySelector('main') ??
      doc.body;
    if (!scope) return null;
    for (const header of scope.querySelectorAll('header')) {
      const handle = firstHandle(header);
      if (handle) return profileUrl(handle);
    }
    // No post header: the caption's author is the owner.
    const caption = scope.querySelector('h1');
    const row = caption ? avatarRow(caption) : null;
    const handle = row ? firstHandle(row) : null;
    return handle ? profileUrl(handle) : null;
  },
};
