/**
 * Trustpilot reviews of a business (the public page /review/<domain>).
 *
 * Page variants supported:
 *   - www.trustpilot.com and the country sites (fr., de., uk., …), any page
 *     number (?page=N is a full page load)
 *   - any interface language: rating, ids and dates come from attributes,
 *     never from localized text ("Noté 1 sur 5 étoiles" is a last resort)
 *   - the 2024 card (article[data-service-review-card-paper]) and the 2025
 *     card (data-service-review-card-v2)
 *   - reviews with the company's reply: the reply is never read as the review
 * Not supported: the business app where owners reply (not researched), a
 * single review's own page (/reviews/<id>).
 * Fixtures: tests/fixtures/trustpilot/*.html
 * Checked against: ../shared/docs/PLATFORMS.md §0, §9, §10 (a real French page of
 * 2024-01, 2025–26 code and a 2025 replica); 2026-11-23.
 *
 * The stable hooks are the `data-service-review-*` attributes. A review's id is
 * the 24-hex id in its title link `/reviews/<id>`. Links are made absolute on
 * www.trustpilot.com whatever country site the page is on: the ids are global,
 * so one review and one reviewer each keep one URL.
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
import { firstMatch, isElement, outermost, parseAbsoluteDate, readText } from './dom';
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

const HOST = /^(?:www|[a-z]{2})\.trustpilot\.com$/;
const REVIEW_HREF = /^(?:https:\/\/(?:www|[a-z]{2})\.trustpilot\.com)?\/reviews\/([0-9a-f]{24})(?:[/?#]|$)/;
const USER_HREF = /^(?:https:\/\/(?:www|[a-z]{2})\.trustpilot\.com)?\/users\/([0-9A-Za-z]+)(?:[/?#]|$)/;
const STARS_ALT = /([1-5])\D+5(?!\d)/; // "Rated 4 out of 5 stars", "Noté 1 sur 5 étoiles"

function reviewId(card: Element): string | null {
  for (const a of card.querySelectorAll(REVIEW_LINK)) {
    const m = REVIEW_HREF.exec(a.getAttribute('href')?.trim() ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

function profileUrl(card: Element): string | null {
  for (const selector of PROFILE_LINK) {
    for (const a of card.querySelectorAll(selector)) {
      const m = USER_HREF.exec(a.getAttribute('href')?.trim() ?? '');
      if (m?.[1]) return `${ORIGIN}/users/${m[1]}`;
    }
  }
  return null;
}

function rating(card: Element): number | null {
  const value = card.querySelector(RATING)?.getAttribute('data-service-review-rating')?.trim() ?? '';
  if (/^[1-5]$/.test(value)) return Number(value);
  // Last resort, localized: the star image's alt text.
  for (const img of card.querySelectorAll('img[alt]')) {
    const m = STARS_ALT.exec(img.getAttribute('alt') ?? '');
    if (m) return Number(m[1]);
  }
  return null;
}

function text(card: Element): string {
  const parts: string[] = [];
  for (const selector of [TITLE, BODY]) {
    // Exact attribute names: the reply's text (data-service-review-business-reply-
    // text-typography) matches neither.
    const el = card.querySelector(selector);
    const part = el ? readText(el) : '';
    if (part) parts.push(part);
  }
  return parts.join('\n');
}

// The company's TrustScore and review count, outside every card (see the doc block).
const SCORE = '[data-rating-typography]';
const SCORE_IMAGE = 'img[alt^="TrustScore"]';
const COUNT = '[data-reviews-count-typography]';

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
      // A node added inside a card belongs to that card.
      const own = outermost(root, CARD);
      if (own) return [own];
    }
    const out: Element[] = [];
    // Document order puts a card before anything inside it.
    let outer: Element | null = null;
    for (const el of root.querySelectorAll(CARD)) {
      if (outer?.contains(el)) continue;
      outer = el;
      out.push(el);
    }
    return out;
  },

  read(el) {
    const id = reviewId(el);
    const name = el.querySelector(AUTHOR_NAME);
    const body = text(el);
    // A card still loading (no link, no author, no words) is not a review yet.
    if (!id && !name && !body) return null;
    const time = firstMatch(el, TIME);
    const item: RawItem = {
      platform: 'trustpilot',
      kind: 'review',
      nativeId: id,
      parentId: null,
      permalink: id ? `${ORIGIN}/reviews/${id}` : null,
      author: {
        name: name ? readText(name) : '',
        profileUrl: profileUrl(el),
      },
      text: body,
      rating: rating(el),
      postedAt: parseAbsoluteDate(time?.getAttribute('datetime') ?? null),
      postedText: (time && readText(time)) || null,
    };
    return item;
  },

  anchor(el): ChipAnchor {
    const name = el.querySelector(AUTHOR_NAME);
    return name ? { node: name, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },

  rating: trustScore,
};
