/**
 * Trustpilot reviews of a business (the public page /review/<domain>), and the
 * company's reply to each review.
 *
 * Page variants supported:
 *   - www.trustpilot.com and the country sites (fr., de., uk., …), any page
 *     number (?page=N is a full page load)
 *   - any interface language: rating, ids and dates come from attributes,
 *     never from localized text ("Noté 1 sur 5 étoiles" is a last resort)
 *   - the 2024 card (article[data-service-review-card-paper]) and the 2025
 *     card (data-service-review-card-v2)
 *   - a review without a title (so without the title link): its id from the
 *     card's data-review-id
 *   - the company's reply, inside the review's card, as an item of its own:
 *     kind 'reply', parentId the review's id; never read as part of the review
 *   - a long review cut in the page ("…" and a link to its own page): the link
 *     is no part of its text, and the whole text comes from the page's
 *     __NEXT_DATA__ when the words shown are its start (see bodyText)
 * Not supported: the business app where owners reply (not researched), a
 * single review's own page (/reviews/<id>), a reply without the reply text
 * hook (the 2025 replica renders some replies with CSS-module classes only; the
 * notes record no structure for them, so they are not guessed at: such a reply
 * is neither an item nor part of its review's text).
 * Fixtures: tests/fixtures/trustpilot/*.html (replies-2025.html: replies in
 * both card generations, a review without a title; truncated.html: cut reviews)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §9, §10 (a real French page of
 * 2024-01, 2025–26 code and a 2025 replica); 2026-11-23; replies and the review
 * id fallback 2026-11-24; cut reviews 2026-11-25.
 *
 * The stable hooks are the `data-service-review-*` attributes. A review's id is
 * the 24-hex id in its title link `/reviews/<id>`, else the card's
 * `data-review-id` (C: the 2025 replica §9 cites; not in the notes' table).
 * Links are made absolute on the site the page is on (uk., fr., www.), as the page
 * links them; the ids are global, so a reviewer seen on fr. and on www. is one
 * author in Keel's history (authors are keyed by a canonical www. form, hash.ts).
 *
 * The company's reply: its text is
 * `[data-service-review-business-reply-text-typography]` (§9, C), its title
 * ("Reply from X") `[data-service-review-business-reply-title-typography]` and
 * its time `time[data-service-review-business-reply-date-time-ago][datetime]`
 * (C: scrapers in the public code index, 2024–2026). The reply's item root is
 * its block: the largest element around its text, inside the card, that holds
 * nothing of the review (name, profile link, title, text, rating, time), so
 * the reply's time there is any time[datetime] without the hook. The reply has
 * no id of its own in the DOM and a review has at most one: its nativeId is
 * `<review id>:owner` (as Google Maps' owner response); no review id, no reply
 * item. permalink and rating are null. The author is the company: the alt of
 * the logo in the block when the title holds it too (or there is no title),
 * else the company's name in the page's header (the h1's first part, outside
 * the cards) when the title holds it, else the title, "Reply from X" giving X
 * (English fast path; other languages keep the whole line, as Yelp does); profileUrl is the block's link to the
 * company's page /review/<domain> if there is one (none seen), else null.
 * Labels and controls are never found by their text.
 *
 * The page's average (`rating`) is the TrustScore Trustpilot shows under the
 * company's name (a weighted score out of 5, not the plain mean of the stars;
 * it is what visitors see): the number in [data-rating-typography], else the
 * company's star image's alt ("TrustScore 3.5 out of 5", "TrustScore 2 sur
 * 5"). The count is [data-reviews-count-typography] ("Reviews 1,284", "Total
 * 1 284"); null without it. Both hooks from scrapers in the public code index
 * (C, 2024–2026); the star image from PLATFORMS.md §9 and the fixtures; never
 * inside a review card. Checked 2026-11-24, never against the live site.
 */
import type { RawItem } from '../model';
import { firstMatch, inAny, isElement, largestWithout, outermost, ownerReplyId, parseAbsoluteDate, readText, siteOrigin } from './dom';
import { averageIn, countIn, type PageRating } from './page-rating';
import type { ChipAnchor, SiteAdapter } from './types';

const ORIGIN = 'https://www.trustpilot.com';

const CARDS = [
  'article[data-service-review-card-paper="true"]', // 2024 real DOM
  '[data-service-review-card-v2]', // 2025 replica
];
const CARD = CARDS.join(', ');
const REVIEW_LINK = 'a[href*="/reviews/"]';
const AUTHOR_NAME = '[data-consumer-name-typography]';
const PROFILE_LINK = [
  'a[data-consumer-profile-link]',
  'a[name="consumer-profile"]',
  'a[data-cpl]', // 2025 replica (C)
];
const RATING = '[data-service-review-rating]';
const TIME = [
  'time[data-service-review-date-time-ago][datetime]',
  'time[datetime]:not([data-service-review-business-reply-date-time-ago])', // never the reply's
];
const TITLE = '[data-service-review-title-typography]';
const BODY = '[data-service-review-text-typography]';
// The review's id where its card has no title link (2025 replica, C).
const REVIEW_ID_ATTR = 'data-review-id';

// The company's reply, inside the review's card (see the doc block).
const REPLY_TEXT = '[data-service-review-business-reply-text-typography]'; // PLATFORMS.md §9 (C)
const REPLY_TITLE = '[data-service-review-business-reply-title-typography]'; // "Reply from X" (C: scrapers)
const REPLY_TIME = [
  'time[data-service-review-business-reply-date-time-ago][datetime]', // C: scrapers
  'time[datetime]', // inside the reply's block, which holds nothing of the review
];
// What only the review has: a reply's block is the largest element around the
// reply's text holding none of these.
const REVIEW_PART = [
  AUTHOR_NAME,
  TITLE,
  BODY,
  RATING,
  '[data-service-review-date-time-ago]',
  '[data-review-title-typography]',
  ...PROFILE_LINK,
].join(', ');

const HOST = /^(?:www|[a-z]{2})\.trustpilot\.com$/;
const REVIEW_HREF = /^(?:https:\/\/(?:www|[a-z]{2})\.trustpilot\.com)?\/reviews\/([0-9a-f]{24})(?:[/?#]|$)/;
const USER_HREF = /^(?:https:\/\/(?:www|[a-z]{2})\.trustpilot\.com)?\/users\/([0-9A-Za-z]+)(?:[/?#]|$)/;
const COMPANY_HREF = /^(?:https:\/\/(?:www|[a-z]{2})\.trustpilot\.com)?\/review\/([^/?#\s]+)(?:[/?#]|$)/;
const STARS_ALT = /([1-5])\D+5(?!\d)/; // "Rated 4 out of 5 stars", "Noté 1 sur 5 étoiles"
const HEX_ID = /^[0-9a-f]{24}$/;
const REPLY_FROM_EN = /^Reply from (.+)$/; // English fast path for the company's name

/** The block of the company's reply around `text`, inside `card` (see REVIEW_PART). */
function replyBlock(text: Element, card: Element): Element {
  return largestWithout(text, card, (e) => e.matches(REVIEW_PART) || e.querySelector(REVIEW_PART) !== null);
}

/** The company's replies in `card`, one block each, in document order. */
function replyBlocks(card: Element): Element[] {
  const blocks: Element[] = [];
  for (const text of card.querySelectorAll(REPLY_TEXT)) {
    if (text.matches(REVIEW_PART) || text.closest(BODY) || inAny(text, blocks)) continue;
    blocks.push(replyBlock(text, card));
  }
  return blocks;
}

function reviewId(card: Element, replies: readonly Element[]): string | null {
  for (const a of card.querySelectorAll(REVIEW_LINK)) {
    if (inAny(a, replies)) continue;
    const m = REVIEW_HREF.exec(a.getAttribute('href')?.trim() ?? '');
    if (m?.[1]) return m[1];
  }
  // No title link (a review without a title): the id on the card itself.
  for (const el of [card, ...card.querySelectorAll(`[${REVIEW_ID_ATTR}]`)]) {
    const id = el.getAttribute(REVIEW_ID_ATTR)?.trim() ?? '';
    if (HEX_ID.test(id) && !inAny(el, replies)) return id;
  }
  return null;
}

function profileUrl(card: Element, replies: readonly Element[]): string | null {
  for (const selector of PROFILE_LINK) {
    for (const a of card.querySelectorAll(selector)) {
      if (inAny(a, replies)) continue;
      const m = USER_HREF.exec(a.getAttribute('href')?.trim() ?? '');
      if (m?.[1]) return `${siteOrigin(card, HOST, ORIGIN)}/users/${m[1]}`;
    }
  }
  return null;
}

function rating(card: Element, replies: readonly Element[]): number | null {
  const value = card.querySelector(RATING)?.getAttribute('data-service-review-rating')?.trim() ?? '';
  if (/^[1-5]$/.test(value)) return Number(value);
  // Last resort, localized: the star image's alt text (never the company's logo in its reply).
  for (const img of card.querySelectorAll('img[alt]')) {
    if (inAny(img, replies)) continue;
    const m = STARS_ALT.exec(img.getAttribute('alt') ?? '');
    if (m) return Number(m[1]);
  }
  return null;
}

function text(card: Element, id: string | null): string {
  // Exact attribute names: the reply's text (data-service-review-business-reply-
  // text-typography) matches neither.
  const title = card.querySelector(TITLE);
  const body = card.querySelector(BODY);
  return [title ? readText(title) : '', body ? bodyText(body, id) : ''].filter(Boolean).join('\n');
}

/**
 * A review's body. A long one may be cut in the page, ending in "…" and a link
 * to the review's own page ("See more", "Voir plus"): that link is a control,
 * not words of the review (found by its address, never its label), and the
 * whole text is taken from the page's own data (__NEXT_DATA__, PLATFORMS.md §9)
 * when the words shown are the start of it. Nothing is clicked.
 */
function bodyText(body: Element, id: string | null): string {
  const ownLinks = (root: Element) => [...root.querySelectorAll('a[href]')].filter((a) => REVIEW_HREF.exec(a.getAttribute('href')?.trim() ?? '')?.[1] === id);
  if (!id || !ownLinks(body).length) return readText(body);
  const copy = body.cloneNode(true) as Element;
  for (const a of ownLinks(copy)) a.remove();
  const shown = readText(copy);
  const full = pageData(body.ownerDocument).get(id);
  const start = shown.replace(/(?:…|\.\.\.)$/, '').trimEnd();
  return full && start && squash(full).startsWith(squash(start)) ? full : shown;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const pageTexts = new WeakMap<Document, Map<string, string>>();

/**
 * The whole text of each review the page's data holds, by id: props.pageProps.
 * reviews[].{id, text} in script#__NEXT_DATA__ (read once per document; the
 * page's text is data, never run). Anything else in it is ignored; a script
 * that is missing or not JSON gives nothing.
 */
function pageData(doc: Document): Map<string, string> {
  let texts = pageTexts.get(doc);
  if (texts) return texts;
  texts = new Map();
  pageTexts.set(doc, texts);
  try {
    const data = JSON.parse(doc.getElementById('__NEXT_DATA__')?.textContent ?? '') as { props?: { pageProps?: { reviews?: unknown } } };
    const reviews = data?.props?.pageProps?.reviews;
    if (Array.isArray(reviews)) {
      for (const r of reviews as Array<{ id?: unknown; text?: unknown } | null>) {
        if (typeof r?.id === 'string' && HEX_ID.test(r.id) && typeof r.text === 'string') texts.set(r.id, r.text.replace(/\r\n?/g, '\n').trim());
      }
    }
  } catch {
    // No data, or not JSON: the words shown stand.
  }
  return texts;
}

/** The company's name as its reply shows it (see the doc block). */
function companyName(block: Element): string {
  const title = block.querySelector(REPLY_TITLE);
  const line = title ? readText(title) : '';
  // The company's logo beside the title; its alt is the name, if the title has it too.
  for (const img of block.querySelectorAll('img[alt]')) {
    if (img.closest(REPLY_TEXT)) continue;
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (alt && (!line || line.includes(alt))) return alt;
  }
  // The company's name as the page's header shows it (the h1's first part), if the title holds it.
  const h1 = headerH1(block.ownerDocument);
  const header = h1 ? readText(h1.firstElementChild ?? h1) : '';
  if (header && line.includes(header)) return header;
  return REPLY_FROM_EN.exec(line)?.[1]?.trim() || line;
}

/** A link to the company's own Trustpilot page in its reply, if the page shows one. */
function companyUrl(block: Element): string | null {
  for (const a of block.querySelectorAll('a[href]')) {
    if (a.closest(REPLY_TEXT)) continue;
    const m = COMPANY_HREF.exec(a.getAttribute('href')?.trim() ?? '');
    if (m?.[1]) return `${siteOrigin(block, HOST, ORIGIN)}/review/${m[1]}`;
  }
  return null;
}

function readReply(block: Element): RawItem | null {
  const card = outermost(block, CARD);
  if (!card) return null;
  const replies = replyBlocks(card);
  if (!replies.includes(block)) return null;
  const id = reviewId(card, replies);
  const words = block.querySelector(REPLY_TEXT);
  const body = words ? readText(words) : '';
  // No review id, no parent; no words yet, nothing to read (a later change finds it again).
  if (!id || !body) return null;
  const time = firstMatch(block, REPLY_TIME);
  return {
    platform: 'trustpilot',
    kind: 'reply',
    nativeId: ownerReplyId(id),
    parentId: id,
    permalink: null,
    author: { name: companyName(block), profileUrl: companyUrl(block) },
    text: body,
    rating: null,
    postedAt: parseAbsoluteDate(time?.getAttribute('datetime') ?? null),
    postedText: (time && readText(time)) || null,
  };
}

function readReview(card: Element): RawItem | null {
  const replies = replyBlocks(card);
  const id = reviewId(card, replies);
  const name = card.querySelector(AUTHOR_NAME);
  const body = text(card, id);
  // A card still loading (no link, no author, no words) is not a review yet.
  if (!id && !name && !body) return null;
  const time = firstMatch(card, TIME, (el) => inAny(el, replies));
  return {
    platform: 'trustpilot',
    kind: 'review',
    nativeId: id,
    parentId: null,
    permalink: id ? `${siteOrigin(card, HOST, ORIGIN)}/reviews/${id}` : null,
    author: {
      name: name ? readText(name) : '',
      profileUrl: profileUrl(card, replies),
    },
    text: body,
    rating: rating(card, replies),
    postedAt: parseAbsoluteDate(time?.getAttribute('datetime') ?? null),
    postedText: (time && readText(time)) || null,
  };
}

// The company's TrustScore and review count, outside every card (see the doc block).
const SCORE = '[data-rating-typography]';
const SCORE_IMAGE = 'img[alt^="TrustScore"]';
const COUNT = '[data-reviews-count-typography]';

/**
 * The page's first h1 outside the cards. Walked in the live list of h1s, which
 * stops at the first (a page-wide querySelectorAll per reply lists them all).
 */
function headerH1(doc: Document): Element | null {
  for (const h1 of doc.getElementsByTagName('h1')) if (!h1.closest(CARD)) return h1;
  return null;
}

function firstOutsideCards(doc: Document, selector: string): Element | null {
  for (const el of doc.querySelectorAll(selector)) if (!el.closest(CARD)) return el;
  return null;
}

function trustScore(doc: Document): PageRating | null {
  const score = firstOutsideCards(doc, SCORE);
  const image = firstOutsideCards(doc, SCORE_IMAGE);
  const average = averageIn(score && readText(score)) ?? averageIn(image?.getAttribute('alt')?.slice('TrustScore'.length));
  if (average === null) return null;
  const count = firstOutsideCards(doc, COUNT);
  return { average, count: count ? countIn(readText(count)) : null };
}

export const trustpilot: SiteAdapter = {
  platform: 'trustpilot',

  matches(url) {
    return url.protocol === 'https:' && HOST.test(url.hostname) && url.pathname.startsWith('/review/');
  },

  findItems(root) {
    if (isElement(root)) {
      // A node added inside a card: that card, and the reply it is in or holds.
      const own = outermost(root, CARD);
      if (own) return [own, ...replyBlocks(own).filter((r) => r.contains(root) || root.contains(r))];
    }
    const out: Element[] = [];
    // Document order puts a card before anything inside it, its reply among them.
    let outer: Element | null = null;
    for (const el of root.querySelectorAll(CARD)) {
      if (outer?.contains(el)) continue;
      outer = el;
      out.push(el, ...replyBlocks(el));
    }
    return out;
  },

  read(el) {
    return el.matches(CARD) ? readReview(el) : readReply(el);
  },

  anchor(el): ChipAnchor {
    if (!el.matches(CARD)) {
      // Inside the reply, right after "Reply from X" (else its time): the chip labels the reply.
      const title = el.querySelector(REPLY_TITLE);
      if (title) return { node: title, where: 'afterend' };
      const time = firstMatch(el, REPLY_TIME);
      return time ? { node: time, where: 'afterend' } : { node: el, where: 'afterbegin' };
    }
    const name = el.querySelector(AUTHOR_NAME);
    return name ? { node: name, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },

  rating: trustScore,
};
