/**
 * Facebook Page post comments and replies.
 *
 * Page variants supported:
 *   - a Page post on its own URL (/<page>/posts/<id>, permalink.php?story_fbid=…&id=…)
 *   - the same post opened in the post dialog (div[role=dialog][aria-modal])
 *   - replies nested under their comment, and replies rendered as siblings of
 *     the comment (the single-comment permalink view)
 *   - localized article labels ("Komentar oleh …"): items are found through the
 *     comment permalink, never through the label text
 * Fixtures: tests/fixtures/facebook/*.html
 * Checked against: ../shared/docs/PLATFORMS.md §2 (sources dated 2026-06); 2026-11-23.
 *
 * The stable hook is the comment permalink: every comment and reply carries a
 * link whose href holds `comment_id=` (replies add `reply_comment_id=`). An item
 * is the smallest `[role=article]` around such a link. The post composer has no
 * such link, so it is never taken for a comment.
 */
import type { RawItem } from '../model';
import { stripTracking } from '../page-key';
import { absoluteUrl, isElement, parseAbsoluteDate, queryParam, readText } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const PERMALINK = 'a[href*="comment_id="]';
const ARTICLE = '[role="article"]';

// Comment articles findItems has seen. A reply's parent is looked up here
// rather than by searching the parent for its own link: that search covers every
// comment when the parent is the post, and made a 10,000-comment page quadratic.
// Weak: nothing is kept alive by it.
const COMMENT_ARTICLES = new WeakSet<Element>();

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
  const href = absoluteUrl(a?.getAttribute('href') ?? null, 'https://www.facebook.com/');
  if (!href) return null;
  const path = href.split(/[?#]/, 1)[0] ?? href;
  // profile.php needs its id and nothing else; vanity URLs need nothing from the query.
  if (!path.endsWith('/profile.php')) return path;
  const id = queryParam(href, 'id');
  return id ? `${path}?id=${encodeURIComponent(id)}` : path;
}

export const facebook: SiteAdapter = {
  platform: 'facebook',

  matches(url) {
    return url.protocol === 'https:' && HOSTS.has(url.hostname);
  },

  findItems(root) {
    const seen = new Set<Element>();
    const out: Element[] = [];
    const consider = (el: Element | null) => {
      if (el && !seen.has(el)) {
        seen.add(el);
        COMMENT_ARTICLES.add(el);
        out.push(el);
      }
    };
    if (isElement(root)) {
      // A node added inside a comment already found belongs to that comment. (Not
      // "any article with a permalink": the post is an article that holds them all.)
      const own = root.closest(ARTICLE);
      if (own && COMMENT_ARTICLES.has(own)) consider(own);
      if (root.matches(PERMALINK)) consider(root.closest(ARTICLE));
    }
    for (const a of root.querySelectorAll(PERMALINK)) consider(a.closest(ARTICLE));
    return out;
  },

  read(el) {
    const nested = el.querySelector(ARTICLE) !== null;
    const link = ownPermalink(el, nested);
    if (!link || el.closest('[contenteditable="true"]')) return null;
    const href = absoluteUrl(link.getAttribute('href'), 'https://www.facebook.com/');
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
    const nested = el.querySelector(ARTICLE) !== null;
    const author = AUTHOR_OF.get(el) ?? authorLink(el, ownPermalink(el, nested), nested);
    return author ? { node: author, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },
};
