/**
 * X (Twitter) replies on a conversation page.
 *
 * Page variants supported:
 *   - x.com/<user>/status/<id> and twitter.com/<user>/status/<id> (the old host
 *     redirects to x.com since 2024-05; both are matched), /i/status/<id> too
 *   - the virtualized timeline: `cellInnerDiv` cells positioned with
 *     `transform: translateY(…)`, whose DOM order need not be their visual order
 *   - replies quoting another tweet (the quoted tweet has its own User-Name, time
 *     and text, inside a `div[role=link]`; none of it is the reply's)
 *   - emoji as `img[alt]` in names and text, @mentions wrapped in inline divs,
 *     line breaks as "\n" in the text (a blank line kept); media-only replies
 *     (empty text)
 *   - threads: replies to replies and self-threads, joined by X's reply line
 *     (2022 to 2026 markup); the tweets above the focused one (the conversation
 *     it answers); a tombstone ("This post is unavailable") in a thread
 *   - the 2022 layout's "Replying to @a @b" line above a reply's text
 * Not items: the focused tweet (the post itself, tabindex="-1", or the tweet whose
 * id the address names: a saved page may have lost the tabindex), the reply
 * composer (`tweetTextarea_0`, not an article), promoted tweets (no time link,
 * or X's ad-tracking hook `placementTracking` with no video in it; 2026-11-24),
 * and every tweet after the "Discover more" heading cell (recommendations).
 * Rating trend: none (no `rating`): X shows no average rating. 2026-11-24.
 * Fixtures: tests/fixtures/x/*.html (conversation, twitter-composer, thread,
 * twitter-2022-thread)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §5 and §10 (sources dated
 * 2019 to 2026-08, mainly control-panel-for-twitter @0962235), public userscripts
 * restyling X's two reply-line halves, and a blind check of seven saved-page
 * rebuilds (2022 and 2024+ markup, five languages); 2026-11-24.
 *
 * Stable hooks are `data-testid`s, unchanged since the 2019 redesign; class names
 * are react-native-web atomics and never used. X unmounts and re-renders cells as
 * the page scrolls, so this adapter keeps nothing between calls: not an element,
 * not a WeakMap. Everything is read again from the element it is given.
 *
 * Permalinks and profiles are written on the host the page is on, as it links
 * them: x.com, or twitter.com on a page saved before the move (2024-05). An
 * author is one identity on either (authors are keyed by the x.com form, hash.ts).
 *
 * kind and parentId: every tweet answering the post or another tweet is a
 * `reply`, as X calls them; its parentId is the id of the tweet it answers: the
 * post's (the focused tweet's, else the one the address names) for a reply to
 * the post, else that tweet's when the page shows it. (Until 2026-11-25 a reply
 * to the post was a `comment` with no parent, as a comment on a post is on
 * other platforms; two of three outside reviewers, reading the issue's "X
 * replies", expected `reply` with the post as parent.) Both are read from the
 * DOM at read time.
 * X draws a thread as a line between avatars, in two halves: a blank element
 * after the upper tweet's avatar (`Tweet-User-Avatar`, in its column) and a
 * blank element in a wrapper in the lower tweet's top row (control-panel-for-
 * twitter's isReplyToPreviousTweet finds this one six firstElementChild steps
 * into the article and checks its 2px width; computed styles are not read here).
 * A tweet whose previous cell on screen holds a tweet with the line below its
 * avatar answers that tweet: its id comes from that cell's time link, as it is
 * now (cells are recycled). A tweet with the line above it but no such tweet
 * before it (a tombstone, an unmounted cell) is a reply whose parent is not on
 * the page (parentId null). Older layouts write "Replying to @a @b" above a
 * reply's text: naming the post's author, it answers the post; naming only
 * others, it answers the nearest tweet by one of them shown above it (null if
 * none is). Tweets above the focused one (the conversation the post answers)
 * are comments: they answer no tweet of this page's.
 */
import type { RawItem } from '../model';
import { absoluteUrl, isElement, parseAbsoluteDate, readText, siteOrigin } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const ORIGIN = 'https://x.com';
const SITE = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/;
const HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com']);
const CONVERSATION = /^\/[A-Za-z0-9_]{1,15}\/status\/\d+\/?$/;

const ARTICLE = 'article[data-testid="tweet"]';
const CELL = '[data-testid="cellInnerDiv"]';
const HEADING = 'h2, [role="heading"]';
const USER_NAME = '[data-testid="User-Name"]';
const TEXT = '[data-testid="tweetText"]';
// A quoted tweet (or a card) inside the article: a clickable div standing for
// another tweet. Nothing inside it belongs to the reply.
const QUOTE = 'div[role="link"]';
const FOCUSED = `${ARTICLE}[tabindex="-1"]`;
const AVATAR = '[data-testid="Tweet-User-Avatar"]';
const NOT_REPLYING_TO = `${USER_NAME}, ${TEXT}, ${AVATAR}, [data-testid^="UserAvatar-Container"], ${QUOTE}`;
const STATUS_HREF = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/**
 * The text of a tweet as shown. X writes line breaks as "\n" characters
 * (white-space: pre-wrap) and wraps every @mention in an inline-flex div, so
 * divs must not start new lines here.
 */
const tweetText = (el: Element): string => readText(el, { inlineBlocks: true });

// The "Show more" link under a long tweet's words (data-testid, like every X hook).
const SHOW_MORE = '[data-testid="tweet-text-show-more-link"]';

/** The first match of `selector` in `article` outside any quoted tweet. */
function own(article: Element, selector: string): Element | null {
  for (const node of article.querySelectorAll(selector)) {
    const quote = node.closest(QUOTE);
    if (!quote || !article.contains(quote)) return node;
  }
  return null;
}

/** The cell's place in the list: its translateY when set, else null (use DOM order). */
function offsetOf(cell: Element): number | null {
  const m = /translateY\((-?\d+(?:\.\d+)?)px\)/.exec(cell.getAttribute('style') ?? '');
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Whether cell `a` shows before cell `b`: by their offsets, else (an offset
 * missing, or the same for both: cells not laid out yet, as a page saved or
 * read before X placed them) in DOM order.
 */
function before(a: Element, b: Element): boolean {
  const ya = offsetOf(a);
  const yb = offsetOf(b);
  if (ya !== null && yb !== null && ya !== yb) return ya < yb;
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/**
 * The "Discover more" heading cell among `list`'s cells, found by structure: the
 * first cell holding a heading and no tweet, after the focused tweet when that is
 * mounted. Its words are localized, so they are not read.
 */
function discoverMoreCell(list: Element): Element | null {
  let focused: Element | null = null;
  const headings: Element[] = [];
  for (const cell of list.children) {
    if (!cell.matches(CELL)) continue;
    const article = cell.querySelector(ARTICLE);
    if (article) {
      if (article.getAttribute('tabindex') === '-1') focused = cell;
    } else if (cell.querySelector(HEADING)) {
      headings.push(cell);
    }
  }
  let first: Element | null = null;
  for (const cell of headings) {
    if (focused && !before(focused, cell)) continue;
    if (!first || before(cell, first)) first = cell;
  }
  return first;
}

/**
 * Whether `article` is a reply: not the focused tweet, not after the "Discover
 * more" heading. `boundaries` memoizes the heading per list for one call only.
 */
function isReply(article: Element, boundaries: Map<Element, Element | null>): boolean {
  if (article.getAttribute('tabindex') === '-1') return false;
  // The post the address names is the post itself, however it is marked up (a saved
  // page may have lost tabindex): never a reply, least of all to itself.
  const page = STATUS_HREF.exec(article.ownerDocument?.URL ?? '')?.[2];
  if (page && statusOf(article)?.id === page) return false;
  const cell = article.closest(CELL);
  const list = cell?.parentElement;
  if (!cell || !list) return true;
  let boundary = boundaries.get(list);
  if (boundary === undefined) {
    boundary = discoverMoreCell(list);
    boundaries.set(list, boundary);
  }
  return !boundary || before(cell, boundary);
}

/** A link of the tweet's, made absolute on the site the page is on (x.com; twitter.com on a page saved before 2024-05). */
const xUrl = (href: string | null, origin: string): string | null => absoluteUrl(href, `${origin}/`);

/** The author's profile link: the first link in User-Name that is not a status link. */
function profileLink(userName: Element): Element | null {
  for (const a of userName.querySelectorAll('a[role="link"]')) {
    const href = a.getAttribute('href') ?? '';
    if (!/^(?:https?:\/\/[^/]+)?\/i\/status/.test(href) && !STATUS_HREF.test(href)) return a;
  }
  return null;
}

/** Where the author's name is shown: the profile link around it, or its first span. */
function nameElement(article: Element): Element | null {
  const userName = own(article, USER_NAME);
  if (!userName) return null;
  return profileLink(userName) ?? userName.querySelector('span');
}

/** The tweet's own time and status link (never a quoted tweet's): its handle and id; and its User-Name block, if any. */
function statusOf(article: Element): { time: Element; handle: string; id: string; userName: Element | null } | null {
  const userName = own(article, USER_NAME);
  const time = userName?.querySelector('time[datetime]') ?? own(article, 'time[datetime]');
  const m = STATUS_HREF.exec(time?.closest('a[href*="/status/"]')?.getAttribute('href') ?? '');
  return time && m?.[1] && m[2] ? { time, handle: m[1], id: m[2], userName } : null;
}

/**
 * A promoted tweet (an ad among the replies): X's ad-tracking hook,
 * `data-testid="placementTracking"`, on the tweet or around it, holding no
 * video (the same hook wraps video players in ordinary tweets). Its "Ad" label
 * is localized and never read.
 */
function promoted(article: Element): boolean {
  const tracking = article.querySelector(PLACEMENT) ?? article.closest(PLACEMENT);
  return tracking !== null && !tracking.querySelector(VIDEO);
}
const PLACEMENT = '[data-testid="placementTracking"]';
const VIDEO = 'video, [data-testid="videoPlayer"], [data-testid="videoComponent"]';

/** Drawn but empty: no child element, no text (a thread line, a spacer). */
const isBlank = (el: Element | null | undefined): boolean => !!el && el.firstElementChild === null && !el.textContent?.trim();

/**
 * Whether the thread line runs down from the tweet's avatar: a blank element after it in its
 * column, after the avatar itself or after the wrappers it sits alone in (up to three).
 */
function lineBelow(article: Element): boolean {
  let node = own(article, AVATAR);
  for (let up = 0; node && up < 3 && !node.nextElementSibling && node.parentElement !== article && node.parentElement?.childElementCount === 1; up++) {
    node = node.parentElement;
  }
  return isBlank(node?.nextElementSibling);
}

/**
 * Whether the thread line comes down into the tweet: in the block above the
 * avatar's row, a row whose first element is a wrapper holding one blank element
 * (a tweet with no line there has a blank spacer in that row instead).
 */
function lineAbove(article: Element): boolean {
  let node: Element | null = own(article, AVATAR);
  while (node && node !== article && !node.previousElementSibling) node = node.parentElement;
  const wrapper = node && node !== article ? node.previousElementSibling?.firstElementChild?.firstElementChild : null;
  return !!wrapper && wrapper.childElementCount === 1 && isBlank(wrapper.firstElementChild) && !wrapper.textContent?.trim();
}

/** Where a tweet sits in the conversation: what it answers, if a tweet of the page's, and whether it answers the post itself. */
interface Place {
  /** A reply to the post or to another tweet: kind `reply`. Else (a tweet above the post) a `comment`. */
  reply: boolean;
  parentId: string | null;
}

const COMMENT: Place = { reply: false, parentId: null };

/** The cell shown just before `cell` in its list, and the focused tweet's cell, as the cells are now. */
function neighbours(cell: Element | null): { previous: Element | null; focused: Element | null; cells: Element[] } {
  const list = cell?.parentElement;
  let previous: Element | null = null;
  let focused: Element | null = null;
  const cells: Element[] = [];
  if (cell && list) {
    for (const other of list.children) {
      if (other === cell || !other.matches(CELL)) continue;
      cells.push(other);
      if (before(other, cell) && (!previous || before(previous, other))) previous = other;
      focused ??= other.querySelector(FOCUSED) ? other : null;
    }
  }
  return { previous, focused, cells };
}

/**
 * What `article` answers (see the opening comment), read from the cells as they
 * are now: the tweet the thread line joins it to; else, for a "Replying to @a"
 * line without the post's author, the nearest tweet of @a shown above it; else
 * the post itself.
 */
function placeOf(article: Element): Place {
  const cell = article.closest(CELL);
  const { previous, focused, cells } = neighbours(cell);
  const above = previous?.querySelector(ARTICLE);
  if (above && lineBelow(above)) return { reply: true, parentId: statusOf(above)?.id ?? null };
  // The line comes from a tweet not shown (a tombstone, an unmounted cell).
  if (lineAbove(article)) return { reply: true, parentId: null };
  // A tweet above the focused one is the conversation the post answers, not a reply to the post.
  if (focused && cell && !before(focused, cell)) return COMMENT;
  const post = focused?.querySelector(FOCUSED);
  const m = post ? null : STATUS_HREF.exec(article.ownerDocument?.URL ?? '');
  const focal = post ? statusOf(post) : m?.[1] && m[2] ? { handle: m[1], id: m[2] } : null;
  // Older layouts name the accounts a reply answers ("Replying to @a @b"): with the post's author, a reply to the post.
  const named = replyingTo(article);
  if (!named.length || (focal && (focal.handle === 'i' || named.includes(focal.handle.toLowerCase())))) return { reply: true, parentId: focal?.id ?? null };
  return { reply: true, parentId: cell ? nearestBy(named, cell, cells) : null };
}

/** The id of the nearest tweet above `cell` on screen by one of `handles` (lower case), if one is shown. */
function nearestBy(handles: string[], cell: Element, cells: Element[]): string | null {
  let best: { cell: Element; id: string } | null = null;
  for (const other of cells) {
    if (!before(other, cell) || (best && before(other, best.cell))) continue;
    const article = other.querySelector(ARTICLE);
    const status = article ? statusOf(article) : null;
    if (status && handles.includes(status.handle.toLowerCase())) best = { cell: other, id: status.id };
  }
  return best?.id ?? null;
}

/** The accounts of a "Replying to @a @b" line: "@name" links to profiles outside the tweet's name, text, avatar and quote. */
function replyingTo(article: Element): string[] {
  const out: string[] = [];
  for (const a of article.querySelectorAll('a[href^="/"]')) {
    const m = /^\/([A-Za-z0-9_]{1,15})$/.exec(a.getAttribute('href') ?? '');
    if (m?.[1] && a.textContent?.trim().startsWith('@') && !a.closest(NOT_REPLYING_TO)) out.push(m[1].toLowerCase());
  }
  return out;
}

export const x: SiteAdapter = {
  platform: 'x',

  matches(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname) && CONVERSATION.test(url.pathname);
  },

  findItems(root) {
    const boundaries = new Map<Element, Element | null>();
    const out: Element[] = [];
    const seen = new Set<Element>();
    const consider = (article: Element) => {
      if (!seen.has(article)) {
        seen.add(article);
        if (isReply(article, boundaries)) out.push(article);
      }
    };
    // A node re-rendered inside a tweet belongs to that tweet.
    if (isElement(root)) {
      const mine = root.closest(ARTICLE);
      if (mine) consider(mine);
    }
    for (const article of root.querySelectorAll(ARTICLE)) consider(article);
    return out;
  },

  read(el) {
    if (!el.matches(ARTICLE) || el.closest('[contenteditable="true"]')) return null;
    if (!isReply(el, new Map()) || promoted(el)) return null;
    // No time link: a promoted tweet, or a tweet X withholds. Not a reply to read.
    const status = statusOf(el);
    if (!status) return null;
    const { time, handle, id, userName } = status;
    const origin = siteOrigin(el, SITE, ORIGIN);
    const profile = userName ? profileLink(userName) : null;
    const nameSpan = userName?.querySelector('span') ?? null;
    const body = own(el, TEXT);
    const place = placeOf(el);
    const item: RawItem = {
      platform: 'x',
      kind: place.reply ? 'reply' : 'comment',
      nativeId: id,
      parentId: place.parentId,
      permalink: `${origin}/${handle}/status/${id}`,
      author: {
        name: nameSpan ? readText(nameSpan) : '',
        profileUrl: xUrl(profile?.getAttribute('href') ?? null, origin),
      },
      text: body ? tweetText(body) : '',
      rating: null,
      postedAt: parseAbsoluteDate(time.getAttribute('datetime')),
      postedText: readText(time) || null,
      // A long tweet is cut at "Show more", which opens the tweet's own page: the rest is not here.
      ...(own(el, SHOW_MORE) ? { cut: true } : {}),
    };
    return item;
  },

  anchor(el): ChipAnchor {
    const name = nameElement(el);
    return name ? { node: name, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },
};
