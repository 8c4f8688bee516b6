/**
 * Facebook Page post comments and replies, and Page reviews (recommendations).
 *
 * Page variants supported:
 *   - a Page post on its own URL (/<page>/posts/<id>, permalink.php?story_fbid=…&id=…)
 *   - the same post opened in the post dialog (div[role=dialog][aria-modal])
 *   - replies nested under their comment, and replies rendered as siblings of
 *     the comment (the single-comment permalink view)
 *   - localized article labels ("Komentar oleh …"): items are found through the
 *     comment permalink, never through the label text
 *   - a Page's reviews tab (/<page>/reviews): each recommendation is an item of
 *     kind 'review', and so is a recommendation opened as a post (its own URL or
 *     the dialog); comments and replies under it stay comments and replies
 * Not items: the post itself (its caption), the comment composer, the "Do you
 * recommend …?" box, ordinary feed stories whose heading is only a name,
 * empty virtualized slots (div[data-virtualized]).
 * Rating trend: none (no `rating`). A Page's reviews tab shows a recommendation
 * share ("96% recommend (214 Reviews)", localized), not an average out of 5;
 * storing it as one would misstate it. Checked 2026-11-24 against PLATFORMS.md §3
 * and the reviews-tab fixtures.
 * Fixtures: tests/fixtures/facebook/*.html
 * Checked against: ../shared/docs/PLATFORMS.md §2 (sources dated 2026-06) and §3
 * (KyleStych/fb-review-scraper, 2025-08); 2026-11-23.
 *
 * Comments: the stable hook is the comment permalink: every comment and reply
 * carries a link whose href holds `comment_id=` (replies add `reply_comment_id=`).
 * An item is the smallest `[role=article]` around such a link. The post composer
 * has no such link, so it is never taken for a comment.
 *
 * Recommendations: the hook is the story heading `[data-ad-rendering-role=
 * profile_name]`, whose `b` elements are [reviewer, verb, Page] ("Ana
 * recommends Harbourside Dental"). The item is the story around the heading:
 * its feed slot ([aria-posinset]), else its [role=article]. A heading is a
 * recommendation when its verb is a known one, or structurally when it has
 * three or more `b` parts (an unknown language; this also takes rarer
 * three-part headings such as check-ins, which then read as reviews with
 * recommends null). Whether it recommends is ONLY in the localized verb text:
 * no structural hook is recorded (no stars since 2018). English is from the
 * notes; Spanish (in the fixtures), French, Portuguese and Indonesian are
 * guessed translations; any other wording gives recommends null. nativeId and
 * permalink come from the story's timestamp link (/posts/<id> or story_fbid=)
 * when it holds one; Facebook often leaves it href="#" until hovered, and then
 * both are null (PLATFORMS.md: "NO stable review ids"). The time shown is read
 * from that link, else from the `attributionsrc` timestamp link.
 *
 * Element memory: two WeakSets (comment articles, recommendation stories) seen
 * by findItems, to place a newly added node without searching a whole post.
 * Facebook does not move an item into another item's node: virtualized slots
 * unmount and remount the same story, and read() re-checks what it is given.
 */
import type { RawItem } from '../model';
import { stripTracking } from '../page-key';
import { absoluteUrl, isElement, parseAbsoluteDate, queryParam, readText } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const PERMALINK = 'a[href*="comment_id="]';
const ARTICLE = '[role="article"]';
// A feed story's header and body (PLATFORMS.md §3).
const HEADING = '[data-ad-rendering-role="profile_name"]';
const MESSAGE = '[data-ad-rendering-role="story_message"]';
// What findItems looks for, in one document-order pass.
const FOUND = `${PERMALINK}, ${HEADING}`;
// The story around a heading: its feed slot, else its article (dialog, own URL).
const STORY = ['[aria-posinset]', ARTICLE];
const STORY_ANY = STORY.join(', ');
// The story's timestamp link names the story; its href is often "#" until hovered.
const STORY_LINK = /\/posts\/[^/?#]+|[?&]story_fbid=/;
const TIME_FALLBACK = 'a[attributionsrc*="comet/register/source"]';
const FB = 'https://www.facebook.com/';

// The heading's verb, per interface language. Negatives first: they contain the positive.
const VERDICTS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [/\b(?:doesn['’]t|does not) recommend\b/, false], // en
  [/\bno recomienda\b/, false], // es
  [/\bne recommande pas\b/, false], // fr (guessed)
  [/\bnão recomenda\b/, false], // pt (guessed)
  [/\btidak merekomendasikan\b/, false], // id (guessed)
  [/\brecommends\b/, true],
  [/\brecomienda\b/, true],
  [/\brecommande\b/, true],
  [/\brecomenda\b/, true],
  [/\bmerekomendasikan\b/, true],
];

// Comment articles findItems has seen. A reply's parent is looked up here
// rather than by searching the parent for its own link: that search covers every
// comment when the parent is the post, and made a 10,000-comment page quadratic.
// Weak: nothing is kept alive by it.
const COMMENT_ARTICLES = new WeakSet<Element>();
// Recommendation stories findItems has seen, kept apart: a comment under a
// recommendation must not look its parent up in the story (the same trap).
const REVIEW_STORIES = new WeakSet<Element>();

const HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com']);

// English fast path for the author's name; the structural read (the first
// profile link with text) is the main path and works in every language.
const LABEL_NAME = [
  /^Comment by (.+?) (?:\d+|an?|one) \w+ ago$/, // "Comment by Dana 5 minutes ago"
  /^Reply by (.+?) to /, // "Reply by Sam to Dana's comment 2 hours ago"
  /^(?:Comment|Reply) by (.+)$/,
];

// Author links can carry comment_id= too; the timestamp link is the one that
// points at the post (its path or query names the post, not a profile).
const POST_LINK = /\/(?:posts|permalink|videos|reel|photo|watch)\b|story_fbid=|fbid=|\/permalink\.php/;

/**
 * Whether `node` belongs to `article` rather than to a reply nested inside it.
 * `nested` is false for the common case of an article with no article inside:
 * then everything in it is its own, and no ancestor walk is needed.
 */
const owned = (node: Element, article: Element, nested: boolean) => !nested || node.closest(ARTICLE) === article;

function ownPermalink(article: Element, nested = article.querySelector(ARTICLE) !== null): HTMLAnchorElement | null {
  let last: HTMLAnchorElement | null = null;
  for (const a of article.querySelectorAll<HTMLAnchorElement>(PERMALINK)) {
    if (!owned(a, article, nested)) continue;
    if (POST_LINK.test(a.getAttribute('href') ?? '')) return a;
    last = a;
  }
  return last;
}

function commentIds(href: string): { id: string | null; parent: string | null } {
  const comment = queryParam(href, 'comment_id');
  const reply = queryParam(href, 'reply_comment_id');
  return reply ? { id: reply, parent: comment } : { id: comment, parent: null };
}

// The author link read() found for each article, for anchor() to reuse.
const AUTHOR_OF = new WeakMap<Element, HTMLAnchorElement | null>();

function authorLink(article: Element, permalink: Element | null, nested: boolean): HTMLAnchorElement | null {
  for (const a of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a === permalink || !owned(a, article, nested)) continue;
    if (a.textContent?.trim() || a.querySelector('img[alt]')) return a;
  }
  return null;
}

function nameFromLabel(article: Element): string {
  const label = article.getAttribute('aria-label') ?? '';
  for (const re of LABEL_NAME) {
    const m = re.exec(label);
    if (m?.[1]) return m[1];
  }
  return '';
}

/** The comment body: the outermost dir=auto blocks owned by this article. */
function bodyText(article: Element, author: Element | null, nested: boolean): string {
  const parts: string[] = [];
  let outer: Element | null = null;
  // Blocks come in document order, an outer block before the ones inside it:
  // only the outermost is read (it covers the rest).
  for (const block of article.querySelectorAll('div[dir="auto"], span[lang]')) {
    if (outer?.contains(block)) continue;
    if (!owned(block, article, nested) || author?.contains(block)) continue;
    outer = block;
    const text = readText(block);
    if (text) parts.push(text);
  }
  return parts.join('\n');
}

function profileUrl(a: HTMLAnchorElement | null): string | null {
  const raw = a?.getAttribute('href') ?? null;
  if (!raw) return null;
  // Vanity URLs need nothing from the query (long with tracking): resolve the path alone.
  const cut = raw.search(/[?#]/);
  if (cut >= 0 && !raw.slice(0, cut).endsWith('/profile.php')) return absoluteUrl(raw.slice(0, cut), FB);
  const href = absoluteUrl(raw, FB);
  if (!href) return null;
  const path = href.split(/[?#]/, 1)[0] ?? href;
  // profile.php needs its id and nothing else.
  if (!path.endsWith('/profile.php')) return path;
  const id = queryParam(href, 'id');
  return id ? `${path}?id=${encodeURIComponent(id)}` : path;
}

/** The heading's own words, without the names in its links: "recommends", "doesn't recommend". */
function verb(heading: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (isElement(child) && child.localName !== 'a') walk(child);
    }
  };
  walk(heading);
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whether a heading is a recommendation's, and what it says: true / false / null (unknown words). */
function recommendation(heading: Element): { recommends: boolean | null } | null {
  const words = verb(heading);
  for (const [re, recommends] of VERDICTS) if (re.test(words)) return { recommends };
  return heading.querySelectorAll('b').length >= 3 && words ? { recommends: null } : null;
}

function storyOf(heading: Element): Element | null {
  for (const selector of STORY) {
    const story = heading.closest(selector);
    if (story) return story;
  }
  return null;
}

/** The recommendation story findItems saw around `node`, if any. */
function storyAround(node: Element): Element | null {
  for (let el = node.closest(STORY_ANY); el; el = el.parentElement?.closest(STORY_ANY) ?? null) {
    if (REVIEW_STORIES.has(el)) return el;
  }
  return null;
}

/** The recommendation heading of `story`, when `story` is a recommendation. */
function ownHeading(story: Element): Element | null {
  const heading = story.querySelector(HEADING);
  return heading && storyOf(heading) === story && recommendation(heading) ? heading : null;
}

/** Not inside a comment of the story (the story may or may not be an article itself). */
function inStory(node: Element, story: Element): boolean {
  const article = node.closest(ARTICLE);
  return article === null || article === story || article.contains(story);
}

/** The story's timestamp link: the first link of the story (not a comment's) naming a story. */
function storyLink(story: Element, heading: Element): HTMLAnchorElement | null {
  for (const a of story.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (STORY_LINK.test(href) && !href.includes('comment_id=') && !heading.contains(a) && inStory(a, story)) return a;
  }
  return null;
}

function storyId(href: string): string | null {
  return queryParam(href, 'story_fbid') ?? /\/posts\/([^/?#]+)/.exec(href)?.[1] ?? null;
}

function readReview(story: Element, heading: Element): RawItem {
  const author = heading.querySelector<HTMLAnchorElement>('a[href]');
  AUTHOR_OF.set(story, author);
  const nameBlock = heading.querySelector('b');
  const link = storyLink(story, heading);
  const href = link ? absoluteUrl(link.getAttribute('href'), FB) : null;
  let time: Element | null = link;
  if (!time) {
    for (const a of story.querySelectorAll(TIME_FALLBACK)) {
      if (!heading.contains(a) && inStory(a, story)) {
        time = a;
        break;
      }
    }
  }
  const message = story.querySelector(MESSAGE);
  return {
    platform: 'facebook',
    kind: 'review',
    nativeId: href ? storyId(href) : null,
    parentId: null,
    permalink: href ? stripTracking(href) : null,
    author: {
      name: (nameBlock ? readText(nameBlock) : '') || (author ? readText(author) : ''),
      profileUrl: profileUrl(author),
    },
    text: message && inStory(message, story) ? readText(message) : '',
    rating: null,
    recommends: recommendation(heading)?.recommends ?? null,
    postedAt: time ? parseAbsoluteDate(time.getAttribute('aria-label') ?? time.getAttribute('title')) : null,
    postedText: (time && readText(time)) || null,
  };
}

export const facebook: SiteAdapter = {
  platform: 'facebook',

  matches(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname);
  },

  findItems(root) {
    const seen = new Set<Element>();
    const out: Element[] = [];
    const push = (el: Element) => {
      if (!seen.has(el)) {
        seen.add(el);
        out.push(el);
      }
    };
    // A stray comment link directly in a recommendation does not make it a comment.
    const consider = (el: Element | null) => {
      if (el && !REVIEW_STORIES.has(el)) {
        COMMENT_ARTICLES.add(el);
        push(el);
      }
    };
    const considerHeading = (heading: Element) => {
      const story = recommendation(heading) ? storyOf(heading) : null;
      if (story) {
        REVIEW_STORIES.add(story);
        push(story);
      }
    };
    if (isElement(root)) {
      // Items around the node, outermost first: the recommendation, then the comment.
      const story = storyAround(root);
      if (story) push(story);
      const heading = root.closest(HEADING);
      if (heading) considerHeading(heading);
      // A node added inside a comment already found belongs to that comment. (Not
      // "any article with a permalink": the post is an article that holds them all.)
      const own = root.closest(ARTICLE);
      if (own && COMMENT_ARTICLES.has(own)) consider(own);
      if (root.matches(PERMALINK)) consider(root.closest(ARTICLE));
    }
    for (const el of root.querySelectorAll(FOUND)) {
      if (el.getAttribute('data-ad-rendering-role') === 'profile_name') considerHeading(el);
      else consider(el.closest(ARTICLE));
    }
    return out;
  },

  read(el) {
    // Comments found by findItems skip the heading search over their subtree.
    if (REVIEW_STORIES.has(el) || !COMMENT_ARTICLES.has(el)) {
      const heading = ownHeading(el);
      if (heading) return readReview(el, heading);
    }
    const nested = el.querySelector(ARTICLE) !== null;
    const link = ownPermalink(el, nested);
    if (!link || el.closest('[contenteditable="true"]')) return null;
    const href = absoluteUrl(link.getAttribute('href'), FB);
    if (!href) return null;
    const { id, parent } = commentIds(href);
    if (!id) return null;
    const author = authorLink(el, link, nested);
    AUTHOR_OF.set(el, author);
    // A reply either says so in its link, or sits inside its comment's article.
    const parentArticle = el.parentElement?.closest(ARTICLE) ?? null;
    const parentLink = parentArticle && COMMENT_ARTICLES.has(parentArticle) ? ownPermalink(parentArticle) : null;
    const parentId = parent ?? (parentLink ? commentIds(parentLink.getAttribute('href') ?? '').id : null);
    const isReply = parentId !== null || /^Reply by /.test(el.getAttribute('aria-label') ?? '');
    const item: RawItem = {
      platform: 'facebook',
      kind: isReply ? 'reply' : 'comment',
      nativeId: id,
      parentId,
      permalink: stripTracking(href),
      author: {
        name: (author ? readText(author) : '') || nameFromLabel(el),
        profileUrl: profileUrl(author),
      },
      text: bodyText(el, author, nested),
      rating: null,
      postedAt: parseAbsoluteDate(link.getAttribute('aria-label') ?? link.getAttribute('title')),
      postedText: readText(link) || null,
    };
    return item;
  },

  anchor(el): ChipAnchor {
    let author = AUTHOR_OF.get(el);
    if (author === undefined) {
      const heading = REVIEW_STORIES.has(el) ? ownHeading(el) : null;
      const nested = el.querySelector(ARTICLE) !== null;
      author = heading ? heading.querySelector('a[href]') : authorLink(el, ownPermalink(el, nested), nested);
    }
    return author ? { node: author, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },
};
