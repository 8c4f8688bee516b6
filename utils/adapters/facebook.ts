/**
 * Facebook Page post comments and replies, and Page reviews (recommendations).
 *
 * Page variants supported:
 *   - a Page post on its own URL (/<page>/posts/<id>, permalink.php?story_fbid=…&id=…)
 *   - the same post opened in the post dialog (div[role=dialog][aria-modal]),
 *     over the Page's timeline or feed. What the timeline behind shows (aria-
 *     hidden while the dialog is open) is read too: a comment there belongs to
 *     another post of the same Page, and keeps that post's permalink
 *   - replies nested under their comment, replies rendered as siblings of the
 *     comment (the single-comment permalink view), and replies to a reply
 *     nested under that reply or in the block of replies right after it
 *     (2026-11-25, from an outside review's page; I)
 *   - localized article labels ("Komentar oleh …"): items are found through the
 *     comment permalink, never through the label text; the author's name is
 *     read from the profile link, else (a deleted account: no link) from the
 *     name shown in the header, with the English label as a fast path only
 *   - links inside a comment's words (web addresses, mentions, hashtags, a
 *     pasted link to another comment, even one on the same post): text only;
 *     never the comment's permalink or id, never its author
 *   - a Page's reviews tab (/<page>/reviews): each recommendation is an item of
 *     kind 'review', and so is a recommendation opened as a post (its own URL or
 *     the dialog); a comment under it (the Page's response, or anyone's) is a
 *     reply to it, and replies to that comment are replies to the comment
 * Not items: the post itself (its caption, even one pasting a comment link),
 * the comment composer, the "Do you recommend …?" box, ordinary feed stories
 * whose heading is only a name, empty virtualized slots (div[data-virtualized]).
 * Rating trend: none (no `rating`). A Page's reviews tab shows a recommendation
 * share ("96% recommend (214 Reviews)", localized), not an average out of 5;
 * storing it as one would misstate it. Checked 2026-11-24 against PLATFORMS.md §3
 * and the reviews-tab fixtures.
 * Fixtures: tests/fixtures/facebook/*.html (page-post: the dialog; permalink-view:
 * sibling replies, Indonesian; post-links: links in words, deleted accounts,
 * nested reply to a reply, the timeline behind the dialog, Polish; reviews-tab,
 * reviews-es, reviews-owner: recommendations, the Page's responses, a deleted
 * reviewer)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §2 (sources dated 2026-06),
 * §3 (KyleStych/fb-review-scraper, 2025-08) and §10; 2026-11-24. A badge before
 * the name ("Author", "Top fan") linked to the page's /badges/ list is never read
 * as the author (2026-11-25; the badge's markup is inferred, I).
 *
 * Comments: the stable hook is the comment permalink: every comment and reply
 * carries a link whose href holds `comment_id=` (replies add `reply_comment_id=`).
 * An item is the smallest `[role=article]` around such a link that is not in
 * the article's words (div[dir=auto] / span[lang] blocks): the timestamp link in
 * the header or action row. The post composer has no such link, so it is never
 * taken for a comment. A reply's link names its thread's top comment only; a
 * reply nested in another reply of the same thread is given that reply as its
 * parent (the nesting and the label "Reply by X to Y's reply" say so, and the
 * notes' "parentId = the parent's native id" asks for the immediate parent).
 *
 * Recommendations: the hook is the story heading `[data-ad-rendering-role=
 * profile_name]`, whose `b` elements are [reviewer, verb, Page] ("Ana
 * recommends Harbourside Dental"). The item is the story around the heading:
 * its feed slot ([aria-posinset]), else its [role=article]. A heading is a
 * recommendation when its verb is a known one, or structurally when it has
 * three or more `b` parts (an unknown language; this also takes rarer
 * three-part headings such as check-ins, which then read as reviews with
 * recommends null). The reviewer is the first part and its link only: a
 * deleted account has none, and the Page's link (the last part) is never
 * taken for it. Whether it recommends is ONLY in the localized verb text:
 * no structural hook (icon, aria) is recorded in §3 (no stars since 2018).
 * English is from the notes; Spanish (in the fixtures), French, Portuguese,
 * Indonesian, German and Polish are guessed translations; any other wording
 * gives recommends null. nativeId and permalink come from the story's
 * timestamp link (/posts/<id> or story_fbid=) when it holds one; Facebook
 * often leaves it href="#" until hovered, and then both are null (PLATFORMS.md:
 * "NO stable review ids"), and so is its replies' parentId. The time shown is
 * read from that link, else from the `attributionsrc` timestamp link. How the
 * Page's response to a recommendation is marked up is not in the notes (§12);
 * it is taken to be an ordinary comment under the story, and any comment
 * article under a recommendation's story is a reply to it.
 *
 * Element memory: two WeakSets (comment articles, recommendation stories) seen
 * by findItems, to place a newly added node without searching a whole post;
 * WeakMaps of what read() found (an article's permalink, a story's id, an
 * item's author node) so that a reply's parent and anchor() need no search.
 * Each is checked or replaced on the next read. Facebook does not move an item
 * into another item's node: virtualized slots unmount and remount the same
 * story, and read() re-checks what it is given.
 */
import type { RawItem } from '../model';
import { stripTracking } from '../page-key';
import { absoluteUrl, isElement, postedAtOf, queryParam, readText } from './dom';
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
// A comment's (or story's) words: the blocks bodyText reads. A link in them is
// something the commenter wrote (a pasted permalink of another comment, a
// mention, a web address), never the item's own permalink or its author.
const TEXT = 'div[dir="auto"], span[lang]';
// The nearest of either: one ancestor walk that stops at the item's article.
const TEXT_OR_ARTICLE = `${TEXT}, ${ARTICLE}`;
// The visible name of an author with no profile link (a deleted account:
// "Facebook user", "Facebook-Nutzer", "Pengguna Facebook").
const SHOWN_NAME = 'span[dir="auto"]';
const BUTTON = '[role="button"]';
// A review not opened as a post shows its time without a link: the label says it ("1 month ago").
const TIME_FALLBACK = 'a[attributionsrc*="comet/register/source"], span[aria-label*=" ago"]';
const FB = 'https://www.facebook.com/';

// The heading's verb, negative forms first (each contains its positive). Besides
// English the forms are guessed from each language's own wording: a heading in
// none of them still makes a recommendation, with recommends null.
const W = (src: string) => new RegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, 'u');
const VERDICTS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [W(`(?:doesn['’]t|does not) recommend`), false], // en
  [W('no recomienda'), false], // es
  [W('ne recommande pas'), false], // fr
  [W('não recomenda'), false], // pt
  [W('tidak merekomendasikan'), false], // id
  [/(?<![\p{L}])empfiehlt(?![\p{L}]).*(?<![\p{L}])nicht(?![\p{L}])/u, false], // de: "X empfiehlt Y nicht"
  [W('nie poleca'), false], // pl
  [W('rekommenderar inte'), false], // sv
  [W('anbefaler ikke'), false], // da, nb
  [/(?<![\p{L}])raadt(?![\p{L}]).*(?<![\p{L}])niet(?![\p{L}])/u, false], // nl: "X raadt Y niet aan"
  [W('non consiglia'), false], // it
  [W('tavsiye etmiyor'), false], // tr
  [W('nu recomandă'), false], // ro
  [W('nedoporučuje'), false], // cs
  [W('ei suosittele'), false], // fi
  [W('не рекомендует'), false], // ru
  [W('δεν προτείνει'), false], // el
  [/おすすめしていません|おすすめしません/, false], // ja
  [W('recommends'), true],
  [W('recomienda'), true],
  [W('recommande'), true],
  [W('recomenda'), true],
  [W('merekomendasikan'), true],
  [W('empfiehlt'), true],
  [W('poleca'), true],
  [W('rekommenderar'), true],
  [W('anbefaler'), true],
  [W('raadt'), true],
  [W('consiglia'), true],
  [W('tavsiye ediyor'), true],
  [W('recomandă'), true],
  [W('doporučuje'), true],
  [W('suosittelee'), true],
  [W('рекомендует'), true],
  [W('προτείνει'), true],
  [/おすすめしています|おすすめします/, true],
];

// Comment articles findItems has seen. A reply's parent is looked up here
// rather than by searching the parent for its own link: that search covers every
// comment when the parent is the post, and made a 10,000-comment page quadratic.
// Weak: nothing is kept alive by it.
const COMMENT_ARTICLES = new WeakSet<Element>();
// Recommendation stories findItems has seen, kept apart: a comment under a
// recommendation must not look its parent up in the story (the same trap).
const REVIEW_STORIES = new WeakSet<Element>();
// Whether findItems has seen any recommendation at all: until it has, a comment
// need not look for one around it (a 10,000-comment post has none).
let reviewsSeen = false;
// The id read() last gave each recommendation story: its comments' parentId.
// Set by every read of the story (a story link still "#" gives null).
const REVIEW_IDS = new WeakMap<Element, string | null>();
// The permalink read() found for each comment article, for its nested replies
// to look their parent up without searching the parent (which holds them all).
const OWN_LINK = new WeakMap<Element, HTMLAnchorElement>();

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

/**
 * Whether `node` is `article`'s own and outside its words: its nearest text
 * block or article is `article` itself (not a text block of it, not a reply
 * nested in it). One ancestor walk, which stops at the article.
 */
const ownNotText = (node: Element, article: Element) => node.closest(TEXT_OR_ARTICLE) === article;

/**
 * The comment's own permalink: its timestamp link, in the header or action row.
 * A comment_id link in the comment's words (a pasted link to another comment,
 * even one on the same post) is never it.
 */
function ownPermalink(article: Element): HTMLAnchorElement | null {
  return permalinkOf(article)?.link ?? null;
}

/** A link and its href as written (read once: on a page of thousands of comments each read costs). */
interface Link {
  link: HTMLAnchorElement;
  href: string;
}

/** ownPermalink, with its href. */
function permalinkOf(article: Element): Link | null {
  // The first link naming the post: author links carry comment_id= too, and the
  // last of them is taken only when no link naming the post is the article's own.
  let last: Link | null = null;
  // A sticker or photo opened by a link of its own (a picture, no words) is the timestamp only when nothing else is.
  let picture: Link | null = null;
  for (const a of article.querySelectorAll<HTMLAnchorElement>(PERMALINK)) {
    if (!ownNotText(a, article)) continue;
    const href = a.getAttribute('href') ?? '';
    if (!a.textContent?.trim() && a.querySelector('img')) {
      picture ??= { link: a, href };
      continue;
    }
    if (POST_LINK.test(href)) return { link: a, href };
    last = { link: a, href };
  }
  return last ?? picture;
}

/** ownPermalink of a comment article read() has seen, without searching it again when it is still there. */
function knownPermalink(article: Element): HTMLAnchorElement | null {
  const known = OWN_LINK.get(article);
  if (known && article.contains(known)) return known;
  const link = ownPermalink(article);
  if (link) OWN_LINK.set(article, link);
  return link;
}

function commentIds(href: string): { id: string | null; parent: string | null } {
  const comment = queryParam(href, 'comment_id');
  const reply = queryParam(href, 'reply_comment_id');
  return reply ? { id: reply, parent: comment } : { id: comment, parent: null };
}

// A link to a page's or group's badges list (/<page>/badges/, /groups/<id>/badges/?…): a badge's, not a profile's.
const BADGE_HREF = /^(?:https?:\/\/[^/]*facebook\.com)?\/(?:[^/?#]+\/)*badges(?:[/?#]|$)/i;

// The author's link (or shown name) read() found for each item, for anchor() to reuse.
const AUTHOR_OF = new WeakMap<Element, Element | null>();

/**
 * The author's profile link: the first link of the comment's header with a name
 * or a picture. Not a link in the comment's words (a mention, a pasted link),
 * and nothing from the timestamp on (the action row, the replies).
 */
function authorLink(article: Element, permalink: Element | null): HTMLAnchorElement | null {
  return authorOf(article, permalink)?.link ?? null;
}

/** An author's link, and whether it shows a name (not only a picture). */
type AuthorLink = Link & { named: boolean };

/** authorLink, with its href, and whether it shows a name. */
function authorOf(article: Element, permalink: Element | null): AuthorLink | null {
  // The avatar (a picture, its label in the page's language) comes first: the name's link after it is the better read.
  let picture: AuthorLink | null = null;
  for (const a of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a === permalink) break;
    if (!ownNotText(a, article)) continue;
    const href = a.getAttribute('href') ?? '';
    // A badge before the name ("Author", "Top fan", "Fan destacado") may be a link to the page's badges: never the author.
    if (BADGE_HREF.test(href)) continue;
    if (a.textContent?.trim()) return { link: a, href, named: true };
    if (!picture && a.querySelector('img[alt]')) picture = { link: a, href, named: false };
  }
  return picture;
}

/**
 * The name shown for an author with no profile link, in any language: a text
 * span of the header, above the comment's words and the timestamp, not a
 * button. Of several (a badge such as "Top fan"), the one the article's label
 * names, else the last (the name sits right above the words).
 */
function shownName(article: Element, permalink: Element | null): Element | null {
  const label = article.getAttribute('aria-label') ?? '';
  let last: Element | null = null;
  for (const span of article.querySelectorAll(SHOWN_NAME)) {
    if (permalink && permalink.compareDocumentPosition(span) & 4) break; // after the timestamp
    const hit = span.closest(TEXT_OR_ARTICLE);
    if (hit !== article) {
      if (hit?.getAttribute('role') !== 'article') break; // the words: the header is above them
      continue; // a reply's
    }
    if (span.closest(BUTTON)) continue;
    const text = readText(span);
    if (!text) continue;
    if (label.includes(text)) return span;
    last = span;
  }
  return last;
}

function nameFromLabel(article: Element): string {
  const label = article.getAttribute('aria-label') ?? '';
  for (const re of LABEL_NAME) {
    const m = re.exec(label);
    if (m?.[1]) return m[1];
  }
  return '';
}

/**
 * The comment body: the outermost dir=auto blocks owned by this article, and
 * whether they end in a "See more" (a button in the words: cut short).
 */
function bodyText(article: Element, author: Element | null, nested: boolean): { text: string; cut: boolean } {
  const parts: string[] = [];
  let cut = false;
  let outer: Element | null = null;
  // Blocks come in document order, an outer block before the ones inside it:
  // only the outermost is read (it covers the rest).
  for (const block of article.querySelectorAll(TEXT)) {
    if (outer?.contains(block)) continue;
    if (!owned(block, article, nested) || author?.contains(block)) continue;
    outer = block;
    const text = readText(block);
    if (text) parts.push(text);
    if (!cut && block.querySelector(BUTTON)) cut = true;
  }
  return { text: parts.join('\n'), cut };
}

function profileUrl(a: HTMLAnchorElement | null): string | null {
  return profileUrlOf(a?.getAttribute('href') ?? null);
}

/** profileUrl of a link's href as written. */
function profileUrlOf(raw: string | null): string | null {
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

/** The story's timestamp link (storyLink), the absolute URL it holds, and the story id that names. */
function storyTarget(story: Element, heading: Element): { link: HTMLAnchorElement | null; href: string | null; id: string | null } {
  const link = storyLink(story, heading);
  const href = link ? absoluteUrl(link.getAttribute('href'), FB) : null;
  return { link, href, id: href ? storyId(href) : null };
}

/**
 * The reviewer in a heading [reviewer, verb, Page]: the first part, and its
 * link. Never the Page's link: a reviewer with no profile (a deleted account)
 * has no link of their own, and the heading's only link is then the Page's.
 */
function reviewer(heading: Element): { name: Element | null; link: HTMLAnchorElement | null } {
  const parts = heading.querySelectorAll('b');
  const first = parts[0];
  if (!first) {
    // No parts: the reviewer's link comes before the Page's, so one link alone is the Page's.
    const links = heading.querySelectorAll<HTMLAnchorElement>('a[href]');
    return { name: null, link: links.length >= 2 ? (links[0] ?? null) : null };
  }
  // The link may hold the part (<a><b>Ana</b></a>) or sit in it (<b><a>Ana</a></b>).
  const linkOf = (part: Element | undefined) => part?.querySelector<HTMLAnchorElement>('a[href]') ?? part?.closest<HTMLAnchorElement>('a[href]') ?? null;
  const link = linkOf(first);
  const page = parts.length >= 3 ? linkOf(parts[parts.length - 1]) : null;
  const isPage = !!link && !!page && (link === page || profileUrl(link) === profileUrl(page));
  return { name: first, link: isPage ? null : link };
}

/** The id read() gives the recommendation `story` (cached: its comments ask for it one by one). */
function reviewId(story: Element): string | null {
  const known = REVIEW_IDS.get(story);
  if (known !== undefined) return known;
  const heading = ownHeading(story);
  const id = heading ? storyTarget(story, heading).id : null;
  REVIEW_IDS.set(story, id);
  return id;
}

function readReview(story: Element, heading: Element): RawItem {
  const { name: nameBlock, link: author } = reviewer(heading);
  AUTHOR_OF.set(story, author ?? nameBlock);
  const { link, href, id: nativeId } = storyTarget(story, heading);
  REVIEW_IDS.set(story, nativeId);
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
  // A timestamp scrambled into letters shown in CSS order is no time: its label, if any, is.
  const label = time ? (time.getAttribute('aria-label') ?? time.getAttribute('title')) : null;
  const when = time && !scrambled(time) ? readText(time) : (label ?? '');
  const shown = message && inStory(message, story) ? message : null;
  const words = shown ? readText(shown) : '';
  return {
    platform: 'facebook',
    kind: 'review',
    nativeId,
    parentId: null,
    permalink: href ? stripTracking(href) : null,
    author: {
      name: (nameBlock ? readText(nameBlock) : '') || (author ? readText(author) : ''),
      profileUrl: profileUrl(author),
    },
    text: words,
    rating: null,
    recommends: recommendation(heading)?.recommends ?? null,
    postedAt: time ? postedAtOf(label, when) : null,
    postedText: when || null,
    ...(shown?.querySelector(BUTTON) ? { cut: true } : {}),
  };
}

/**
 * Whether a link's words are scrambled: Facebook shows some timestamps as one
 * letter per span, put in reading order by CSS `order`, so the text as written
 * is noise ("Sotpnrdoseg34572m9").
 */
function scrambled(link: Element): boolean {
  return link.querySelectorAll('span[style*="order"]').length >= 4;
}

/**
 * A comment's parent. A reply's link names its thread's top comment
 * (comment_id=<top>&reply_comment_id=<own>). When the reply sits inside the
 * article of another reply of the same thread (a reply to a reply, nested under
 * it), that reply is its parent: the link cannot say so, the nesting does (and
 * the label: "Reply by X to Y's reply"). A comment with no parent in its link
 * that sits inside a comment's article is a reply to it. A comment under a
 * recommendation (the owner's response, anyone's comment) is a reply to the
 * recommendation: parentId is the recommendation's id, null when it has none.
 */
function parentOf(el: Element, top: string | null): { parentId: string | null; underReview: boolean } {
  const around = el.parentElement?.closest(ARTICLE) ?? null;
  if (around && COMMENT_ARTICLES.has(around)) {
    const id = sameThread(around, top);
    if (id) return { parentId: id, underReview: false };
  }
  if (top !== null) return { parentId: repliesBlockOf(el, top) ?? top, underReview: false };
  if (!reviewsSeen) return { parentId: null, underReview: false };
  const story = around && REVIEW_STORIES.has(around) ? around : el.parentElement ? storyAround(el.parentElement) : null;
  return story ? { parentId: reviewId(story), underReview: true } : { parentId: null, underReview: false };
}

/** The id of comment article `article` when it is of the thread of `top` (any thread when top is null), else null. */
function sameThread(article: Element, top: string | null): string | null {
  const link = knownPermalink(article);
  const ids = link ? commentIds(link.getAttribute('href') ?? '') : null;
  return ids?.id && (top === null || ids.id === top || ids.parent === top) ? ids.id : null;
}

/**
 * Where a thread's replies are not nested in their comment's article but follow
 * it (a block of replies right after the article): the comment or reply whose
 * replies block holds the reply `el` of thread `top`. That is the article just
 * before one of el's ancestors (never el itself: replies side by side answer the
 * same comment), when it is of the same thread; the first article met decides.
 * A reply to a reply sits in the replies block after that reply (Facebook's
 * label says so too: "Reply by X to Y's reply"); its link names only the top.
 */
function repliesBlockOf(el: Element, top: string): string | null {
  for (let node = el.parentElement; node && !node.matches(ARTICLE); node = node.parentElement) {
    const before = node.previousElementSibling;
    if (before?.matches(ARTICLE)) return COMMENT_ARTICLES.has(before) ? sameThread(before, top) : null;
  }
  return null;
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
    // A comment link in someone's words (a caption, a comment) does not make its article a comment.
    const considerLink = (link: Element) => {
      const hit = link.closest(TEXT_OR_ARTICLE);
      if (hit?.getAttribute('role') === 'article') consider(hit);
    };
    const considerHeading = (heading: Element) => {
      const story = recommendation(heading) ? storyOf(heading) : null;
      if (story) {
        REVIEW_STORIES.add(story);
        reviewsSeen = true;
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
      if (root.matches(PERMALINK)) considerLink(root);
    }
    for (const el of root.querySelectorAll(FOUND)) {
      if (el.getAttribute('data-ad-rendering-role') === 'profile_name') considerHeading(el);
      else considerLink(el);
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
    const own = permalinkOf(el);
    if (!own || el.closest('[contenteditable="true"]')) return null;
    const { link } = own;
    const href = absoluteUrl(own.href, FB);
    if (!href) return null;
    const { id, parent } = commentIds(href);
    if (!id) return null;
    // Only an article with replies inside is asked for its link by them.
    if (nested) OWN_LINK.set(el, link);
    const found = authorOf(el, link);
    const author = found?.link ?? null;
    // An avatar link alone names no one: the name may still be shown as text.
    const shown = found?.named ? null : shownName(el, link);
    AUTHOR_OF.set(el, author ?? shown);
    const { parentId, underReview } = parentOf(el, parent);
    const isReply = parentId !== null || underReview || /^Reply by /.test(el.getAttribute('aria-label') ?? '');
    const when = readText(link);
    const body = bodyText(el, author ?? shown, nested);
    const item: RawItem = {
      platform: 'facebook',
      kind: isReply ? 'reply' : 'comment',
      nativeId: id,
      parentId,
      permalink: stripTracking(href),
      author: {
        name: (author ? readText(author) : '') || nameFromLabel(el) || (shown ? readText(shown) : ''),
        profileUrl: profileUrlOf(found?.href ?? null),
      },
      text: body.text,
      rating: null,
      postedAt: postedAtOf(link.getAttribute('aria-label') ?? link.getAttribute('title'), when),
      postedText: when || null,
      ...(body.cut ? { cut: true } : {}),
    };
    return item;
  },

  anchor(el): ChipAnchor {
    let author = AUTHOR_OF.get(el);
    if (author === undefined) {
      const heading = REVIEW_STORIES.has(el) ? ownHeading(el) : null;
      if (heading) {
        const { name, link } = reviewer(heading);
        author = link ?? name;
      } else {
        const permalink = ownPermalink(el);
        author = authorLink(el, permalink) ?? shownName(el, permalink);
      }
    }
    return author ? { node: author, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },
};
