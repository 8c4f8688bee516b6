/**
 * Google Maps reviews of a place (the Business Profile as the public sees it).
 *
 * Page variants supported:
 *   - the Reviews tab of a place in the side pane (/maps/place/…): cards are
 *     appended as the inner pane scrolls and are not removed
 *   - any interface language: the star label ("4 stars", "4 Sterne") is read
 *     for its number, and the author comes from attributes, never from labels
 *   - the hotel layout, whose rating is "4/5" text instead of a star image
 *   - truncated reviews: the text is read as shown; the "More" button is never
 *     read, clicked or found by its text (reviewer names contain "More")
 * Not supported: Google Search's review dialog and the owner's "Manage
 * reviews" panel (different DOMs, no current sources), country domains
 * (www.google.de/maps).
 * Fixtures: tests/fixtures/google-maps/*.html
 * Checked against: ../shared/docs/PLATFORMS.md §0, §1, §10 (sources up to 2026-04:
 * the gosom/google-maps-scraper saved DOM of 2023-04, qodeca/revcli selectors);
 * 2026-11-23.
 *
 * The stable hook is `data-review-id`. The card carries it, and so do an inner
 * div and every button in the card (like, share, photos, "More"): a card is a
 * `[data-review-id]` with no `[data-review-id]` around it, one per id. The
 * owner's response (`.CDe7pd`) lives inside the card and reuses the review's
 * text class, so everything is read outside it. There is no absolute date and
 * no review link in the card: postedAt and permalink are null.
 */
import type { RawItem } from '../model';
import { absoluteUrl, firstMatch, isElement, outermost, readText } from './dom';
import type { ChipAnchor, SiteAdapter } from './types';

const CARD = '[data-review-id]';
const OWNER_RESPONSE = '.CDe7pd';

const AUTHOR_NAME = [
  '.d4r55', // the name inside the reviewer button (2022-06 → 2026-04)
];
const PROFILE_BUTTON = [
  'button[data-href*="/maps/contrib/"]', // two per card: the photo and the name; a button, not a link
];
const REVIEWER_BUTTON = [...PROFILE_BUTTON, 'button[jsaction*="review.reviewerLink"]'];
const STARS = [
  'span[role="img"][aria-label]', // "4 stars", localized ("4 Sterne", "5 bintang")
  '.kvMYJc[aria-label]',
];
const SCORE_TEXT = [
  '.fzvQIb', // hotel layout: "4/5"
];
const TIME = [
  '.rsqaWe', // "a week ago": relative only
  '.xRkPPb', // hotel layout (gaspa93, C)
];
const TEXT = [
  '.MyEned span.wiI7pd', // the review text; the "More" button is a sibling, outside it
  '[data-expandable-section]', // newer markup (C); may hold the "More" button
];

const STARS_EN = /^([1-5]) stars?$/;
const SCORE = /^([1-5])\s*\/\s*5$/;

/** The first match outside the owner's response, which has the same parts as a review. */
const first = (card: Element, selectors: readonly string[]) => firstMatch(card, selectors, OWNER_RESPONSE);

// Arabic-Indic and Persian digits, for labels in those interface languages.
const toAsciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));

/** "4 stars" (the English fast path), else the first number in the label, if 1–5. */
export function ratingFromLabel(label: string | null): number | null {
  if (!label) return null;
  const text = toAsciiDigits(label.trim());
  const en = STARS_EN.exec(text);
  if (en) return Number(en[1]);
  const n = /\d+/.exec(text);
  const value = n ? Number(n[0]) : 0;
  return value >= 1 && value <= 5 ? value : null;
}

function rating(card: Element): number | null {
  for (const selector of STARS) {
    for (const el of card.querySelectorAll(selector)) {
      if (el.closest(OWNER_RESPONSE)) continue;
      const value = ratingFromLabel(el.getAttribute('aria-label'));
      if (value !== null) return value;
    }
  }
  const score = first(card, SCORE_TEXT);
  const m = score ? SCORE.exec(readText(score)) : null;
  return m ? Number(m[1]) : null;
}

/** The name element, or the reviewer button when the name has no element of its own. */
function nameElement(card: Element): Element | null {
  const name = first(card, AUTHOR_NAME);
  if (name) return name;
  for (const selector of REVIEWER_BUTTON) {
    for (const b of card.querySelectorAll(selector)) {
      if (!b.closest(OWNER_RESPONSE) && readText(b)) return b;
    }
  }
  return null;
}

function authorName(card: Element, el: Element | null): string {
  const label = card.getAttribute('aria-label')?.trim();
  if (label) return label;
  // The reviewer button also says "Local Guide · 8 reviews" on its second line.
  return el ? (readText(el).split('\n', 1)[0] ?? '') : '';
}

function profileUrl(card: Element): string | null {
  const button = first(card, PROFILE_BUTTON);
  const href = absoluteUrl(button?.getAttribute('data-href') ?? null, 'https://www.google.com/');
  if (!href) return null;
  // The query only carries the viewer's language (?hl=en-US): one profile, one URL.
  const m = /^(https:\/\/(?:www|maps)\.google\.com)\/maps\/contrib\/(\d+)/.exec(href);
  return m ? `${m[1]}/maps/contrib/${m[2]}` : null;
}

/** The text of `el` without its buttons ("More", "See original"). */
function textWithoutButtons(el: Element): string {
  if (!el.querySelector('button')) return readText(el);
  const copy = el.cloneNode(true) as Element;
  for (const b of copy.querySelectorAll('button')) b.remove();
  return readText(copy);
}

export const googleMaps: SiteAdapter = {
  platform: 'google-maps',

  matches(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'maps.google.com') return true;
    return url.hostname === 'www.google.com' && (url.pathname === '/maps' || url.pathname.startsWith('/maps/'));
  },

  findItems(root) {
    const out: Element[] = [];
    const ids = new Set<string>();
    const consider = (card: Element) => {
      const id = card.getAttribute('data-review-id')?.trim();
      if (id && !ids.has(id)) {
        ids.add(id);
        out.push(card);
      }
    };
    if (isElement(root)) {
      // A node added inside a card (the expanded text) belongs to that card.
      const own = outermost(root, CARD);
      if (own) {
        consider(own);
        return out;
      }
    }
    // Document order puts a card before the nodes inside it.
    let outer: Element | null = null;
    for (const el of root.querySelectorAll(CARD)) {
      if (outer?.contains(el)) continue;
      outer = el;
      consider(el);
    }
    return out;
  },

  read(el) {
    const id = el.getAttribute('data-review-id')?.trim();
    if (!id) return null;
    const name = nameElement(el);
    const text = first(el, TEXT);
    const time = first(el, TIME);
    const item: RawItem = {
      platform: 'google-maps',
      kind: 'review',
      nativeId: id,
      parentId: null,
      permalink: null,
      author: { name: authorName(el, name), profileUrl: profileUrl(el) },
      text: text ? textWithoutButtons(text) : '',
      rating: rating(el),
      postedAt: null,
      postedText: (time && readText(time)) || null,
    };
    return item;
  },

  anchor(el): ChipAnchor {
    const name = nameElement(el);
    return name ? { node: name, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },
};
