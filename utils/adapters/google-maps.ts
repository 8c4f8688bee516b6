/**
 * Google Maps reviews of a place (the Business Profile as the public sees it),
 * and the owner's response to each review.
 *
 * Page variants supported:
 *   - the Reviews tab of a place in the side pane (/maps/place/…): cards are
 *     appended as the inner pane scrolls and are not removed
 *   - any interface language: the star label ("4 stars", "4 Sterne") is read
 *     for its number, and the author comes from attributes, never from labels
 *   - the hotel layout, whose rating is "4/5" text instead of a star image
 *   - truncated reviews and owner responses: the text is read as shown; the
 *     "More" buttons (review.expandReview, review.expandOwnerResponse) are never
 *     read, clicked or found by their text (reviewer names contain "More")
 *   - the owner's response (`.CDe7pd`, inside the review's card) as an item of
 *     its own: kind 'reply', parentId the review's id
 *   - a class rotation that keeps §1's stable hooks: the text span's class
 *     renamed (the text container .MyEned[lang][id] read instead), or the
 *     container's too (the element whose id is the review's id, else a [lang]
 *     element of the card); the name, time and response classes renamed
 *   - the 2021 card generation (ODSEW-ShBeI…), whose profile link is a real
 *     a[href*="/maps/contrib/"]
 * Not items: the place's own star summary, the sort and tab controls, the
 * "Response from the owner" label. Not supported: Google Search's review dialog
 * and the owner's "Manage reviews" panel (different DOMs, no current sources).
 * Country domains (www.google.de/maps, maps.google.co.uk) are read as .com is.
 * Fixtures: tests/fixtures/google-maps/*.html (reviews-pane-renamed.html: the
 * classes rotated, stable hooks kept; reviews-pane-2021.html: the 2021 layout)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §1, §10, §11 (sources up to
 * 2026-04: the gosom/google-maps-scraper saved DOM of 2023-04, qodeca/revcli
 * selectors; 2021 classes from scrapers in the public code index); 2026-11-23;
 * class-rotation fallbacks 2026-11-24.
 *
 * The stable hook is `data-review-id`. The card carries it, and so do an inner
 * div and every button in the card (like, share, photos, "More"): a card is a
 * `[data-review-id]` with no `[data-review-id]` around it, one per id. The
 * owner's response (`.CDe7pd`) lives inside the card and reuses the review's
 * text class, so the review is read outside it, and the response is an item
 * root of its own, after its card in document order. There is no absolute date
 * and no review link in the card: postedAt and permalink are null. A review
 * with stars only has text '' (the CLI prints it as null).
 *
 * Where classes rotate (§0.2, §11), the hooks §1 calls stable still lead:
 *   - text: the known text elements (`.MyEned span.wiI7pd`,
 *     [data-expandable-section], the 2021 `.ODSEW-ShBeI-text`), else the text
 *     container: the element whose id is the review's id (§1: `.MyEned[id]`),
 *     else `.MyEned`, else a [lang] element of the card outside the response
 *     and before the like/share buttons (the response comes after them).
 *     From a container its first child when that is a span (the words; the
 *     review's attributes, "Wait time: …", follow in blocks of their own), else
 *     all of it; buttons ("More") are left out either way.
 *   - profile: `button[data-href]`, else a link a[href*="/maps/contrib/"].
 *   - time: the known classes, else the first text beside the star image.
 *   - the response: `.CDe7pd`, else the largest block of the card, around a
 *     part only a response has, that holds nothing of the review (stars,
 *     reviewer/like/share/menu/expand buttons, the review's text container):
 *     its own buttons (jsaction review.expandOwnerResponse,
 *     review.showOwnerResponseInOriginal: C, scrapers 2023–2026), or a `.wiI7pd`
 *     text outside the review's container (§1: the response's text class; where
 *     the card has no known container, one after the like/share buttons). A
 *     response that is neither truncated nor translated and whose text class is
 *     renamed too has no such part left: it is not found (not guessed at from
 *     its wording, which is localized). Its text: `.wiI7pd`, else a [lang]
 *     element, else the first block after its header; its time: `.DZSIDd`,
 *     else the last of the header's texts when the header has more than one.
 *
 * The owner response has no id of its own in the DOM: its nativeId is
 * `<review id>:owner` (one response per review). Its label names no one
 * ("Response from the owner", localized), so the author is the place: the
 * aria-label of the place pane (`[role=main]`) or of the reviews list
 * (`.m6QErb`), both ancestors of the card and both the place's name (the same
 * name as the header h1, which is not searched for: that would be a page-wide
 * query per response); '' when neither is there. profileUrl is null.
 * No element is remembered between calls.
 *
 * The place's average (`rating`): the header under the place's name, div.F7nice
 * (C: scrapers in the public code index, 2023–2026; the "4.1 stars" image in
 * the fixtures of PLATFORMS.md §1 that no card may take as its own): its star
 * image's aria-label gives the average ("4.1 stars ", "3,9 Sterne "), the
 * labelled span beside it the count ("212 reviews", "87 Rezensionen"), text
 * ("4.1", "(212)") only where a label is missing. Where F7nice is renamed: the
 * first labelled star image in the place pane (the [role=main] holding the
 * h1) outside every review card, list and feed (I). The hotel layout's pane in
 * the fixtures has no header: null. Checked 2026-11-24 against the same
 * sources; never against the live site.
 */
import type { RawItem } from '../model';
import { GOOGLE_DOMAIN } from '../page-key';
import { absoluteUrl, firstMatch, isElement, largestWithout, outermost, ownerReplyId, readText, siteOrigin } from './dom';
import { averageIn, countIn, type PageRating } from './page-rating';
import type { ChipAnchor, SiteAdapter } from './types';

const CARD = '[data-review-id]';
const OWNER_RESPONSE = '.CDe7pd'; // "Response from the owner", inside the card (2023-04 → 2026-04)

const AUTHOR_NAME = [
  '.d4r55', // the name inside the reviewer button (2022-06 → 2026-04)
];
const PROFILE_BUTTON = [
  'button[data-href*="/maps/contrib/"]', // two per card: the photo and the name; a button, not a link
  'a[href*="/maps/contrib/"]', // a real link (2021 layout, C: scrapers of 2021)
];
// The reviewer's button (or 2021 link) that holds the name: the photo's has no words.
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
  '.ODSEW-ShBeI-RgZmSc-date', // 2021 layout (C: scrapers of 2021)
];
const TEXT = [
  '.MyEned span.wiI7pd', // the review text; the "More" button is a sibling, outside it
  '[data-expandable-section]', // newer markup (C); may hold the "More" button
  '.ODSEW-ShBeI-text', // 2021 layout (C: scrapers of 2021)
];
// Where the text class is gone (see reviewText): §1's text container, found by
// its id (the review's id) or its lang attribute rather than its class.
const TEXT_CONTAINER = ['.MyEned', '[lang]'];

const OWNER_TEXT = [
  '.wiI7pd', // the response text; its "More" button (review.expandOwnerResponse) is a sibling
  '[data-expandable-section]', // as the review's newer markup (I); may hold the "More" button
];
const OWNER_TIME = [
  '.DZSIDd', // "a week ago", beside the "Response from the owner" label
];
// Buttons only an owner response has (C: scrapers 2023–2026): where .CDe7pd is renamed,
// the response is the block around one of them (see responseIn).
const OWNER_BUTTON = 'button[jsaction*="review.expandOwnerResponse"], button[jsaction*="review.showOwnerResponseInOriginal"]';
// The review's like and share buttons: its text is before them, the response after.
const ACTIONS = 'button[jsaction*="review.toggleThumbsUp"], button[jsaction*="review.share"]';
// What only the review has: a response's block holds none of these.
const REVIEW_PART = [
  '[role="img"]',
  'button[jsaction*="review.reviewerLink"]',
  'button[jsaction*="review.expandReview"]',
  'button[jsaction*="review.toggleThumbsUp"]',
  'button[jsaction*="review.share"]',
  'button[jsaction*="review.actionMenu"]',
].join(', ');
// The place's name, on ancestors of every card.
const PLACE_NAME = [
  '[role="main"][aria-label]', // the place pane
  '.m6QErb[aria-label]', // the reviews list (revcli's scroll container)
];

// The place's own average, under its name (see the doc block).
const PLACE_SUMMARY = [
  '.F7nice', // "4.1 ★ (212)" under the h1 (C 2023–2026)
];
const SUMMARY_STARS = '[role="img"][aria-label]';
// Not the place's own: review cards, other places in a results list or carousel.
const NOT_SUMMARY = `${CARD}, [role="feed"], [role="article"], [role="list"], [role="listitem"]`;

const STARS_EN = /^([1-5]) stars?$/;
const SCORE = /^([1-5])\s*\/\s*5$/;

/** A test for firstMatch: whether `el` is in the owner's response, which has the same parts as a review. */
const inResponse =
  (response: Element | null) =>
  (el: Element): boolean =>
    response?.contains(el) === true || el.closest(OWNER_RESPONSE) !== null;

/** The first element of `card` whose id is `id` (§1: the review's text container, .MyEned[id]), not inside `skip`. */
function withId(card: Element, id: string | undefined, skip: Element | null = null): Element | null {
  for (const el of card.querySelectorAll('[id]')) if (el.getAttribute('id') === id && !skip?.contains(el)) return el;
  return null;
}

/**
 * The owner's response inside `card`: `.CDe7pd`, else (that class renamed) the
 * largest block, inside the card, around a part only a response has, that holds
 * nothing of the review (REVIEW_PART, the review's text container): a button
 * only a response has (expandOwnerResponse, showOwnerResponseInOriginal), or a
 * text `.wiI7pd` (§1: the response's text class) that is not in the review's
 * text container (no container known: after the like/share buttons). A
 * response with neither (not truncated, not translated, its text class renamed
 * too) is not found.
 */
function responseIn(card: Element): Element | null {
  const known = card.querySelector(OWNER_RESPONSE);
  if (known) return known;
  // The review's text container (§1: .MyEned[id], same id as the card).
  const own = withId(card, card.getAttribute('data-review-id')?.trim());
  const holdsReview = (e: Element) => e.matches(REVIEW_PART) || e.querySelector(REVIEW_PART) !== null || (own !== null && e.contains(own));
  const marks = [...card.querySelectorAll(OWNER_BUTTON)];
  // A .wiI7pd outside the review's text container; where no container is known, one
  // after the review's like/share buttons (the response comes after them).
  const texts = [...card.querySelectorAll('.wiI7pd')];
  const inBox = texts.map((t) => {
    const box = t.parentElement?.closest('.MyEned, [lang]');
    return (box !== null && box !== undefined && box !== card && card.contains(box)) || own?.contains(t) === true;
  });
  const boxed = own !== null || inBox.includes(true);
  const actions = boxed ? null : card.querySelector(ACTIONS); // only asked where no container is known
  for (const [i, t] of texts.entries()) if (!inBox[i] && (boxed || afterActions(actions, t))) marks.push(t);
  for (const mark of marks) {
    if (holdsReview(mark)) continue;
    const block = largestWithout(mark, card, holdsReview);
    // The block must hold words besides its buttons, and more than the mark alone.
    if (block !== mark && textWithoutButtons(block)) return block;
  }
  return null;
}

/**
 * Whether `el` comes after the review's like/share buttons, `actions` (the
 * card's first ACTIONS match): where the response is, never the review's text.
 */
function afterActions(actions: Element | null, el: Element): boolean {
  return actions !== null && (actions.compareDocumentPosition(el) & 4) !== 0;
}

/** Whether `el` is the owner's response of its card. */
function isResponse(el: Element): boolean {
  if (el.hasAttribute('data-review-id')) return false;
  const card = outermost(el, CARD);
  return card !== null && responseIn(card) === el;
}

/**
 * The review's words. The known text elements first (TEXT); where the text
 * class is renamed, §1's container: the element whose id is the review's id
 * (.MyEned[id]), else .MyEned, else a [lang] element of the card outside the
 * response, before the like/share buttons. From a container, its first child when that is a span (the
 * words; attributes such as "Wait time: …" follow in blocks of their own),
 * else the container, buttons ("More", "See original") left out.
 */
function reviewText(card: Element, id: string, response: Element | null): string {
  const known = firstMatch(card, TEXT, inResponse(response));
  if (known) return textWithoutButtons(known);
  let box = withId(card, id, response);
  if (!box) {
    // Not after the like/share buttons: there, a [lang] text is the response's.
    const actions = card.querySelector(ACTIONS);
    const skip = inResponse(response);
    box = firstMatch(card, TEXT_CONTAINER, (el) => skip(el) || afterActions(actions, el));
  }
  if (!box) return '';
  const lead = box.firstElementChild;
  const own = [...box.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.trim());
  return textWithoutButtons(!own && lead?.localName === 'span' ? lead : box);
}

/** The review's time where its class is renamed: the first text after its star image, beside it. */
function timeBesideStars(card: Element, response: Element | null): Element | null {
  const stars = firstMatch(card, STARS, inResponse(response));
  for (let e = stars?.nextElementSibling ?? null; e; e = e.nextElementSibling) {
    if (e.localName === 'button' || e.querySelector('button, [role="img"]')) continue;
    if (readText(e)) return e;
  }
  return null;
}

/**
 * The parts of an owner response whose classes are renamed: its words are the
 * first block after its header (label and time) that holds words, its time
 * the last of the header's texts when the header has more than the label.
 */
function responseParts(response: Element): { text: Element | null; time: Element | null } {
  let box = response;
  while (box.children.length === 1 && box.firstElementChild) box = box.firstElementChild;
  const blocks = [...box.children].filter((c) => c.localName !== 'button' && textWithoutButtons(c));
  const [head, body] = blocks;
  const leaves = head ? [...head.querySelectorAll('*')].filter((e) => !e.children.length && !e.closest('button') && readText(e)) : [];
  return { text: body ?? null, time: leaves.length > 1 ? (leaves[leaves.length - 1] ?? null) : null };
}

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

const classesOf = (el: Element) => [...el.classList].sort().join(' ');

/**
 * The stars an element draws, counted, for a label that holds no number (a
 * number written as a word: Arabic "نجمتان", two stars; "One star"): its five
 * icons (its children, or its sole child's), the filled ones first in the DOM
 * in any script direction, told from the empty ones by their classes only
 * (class names change; that two kinds differ does not). Null unless the icons
 * are five, of at most two kinds, the first kind first.
 */
function starsDrawn(el: Element): number | null {
  const holder = el.children.length === 1 ? (el.firstElementChild as Element) : el;
  const icons = [...holder.children];
  if (icons.length !== 5) return null;
  const kinds = icons.map(classesOf);
  let filled = 0;
  while (filled < 5 && kinds[filled] === kinds[0]) filled++;
  return kinds.slice(filled).every((k) => k === kinds[filled]) ? filled : null;
}

function rating(card: Element, response: Element | null): number | null {
  for (const selector of STARS) {
    for (const el of card.querySelectorAll(selector)) {
      if (el.closest(OWNER_RESPONSE) || response?.contains(el)) continue;
      const value = ratingFromLabel(el.getAttribute('aria-label')) ?? starsDrawn(el);
      if (value !== null) return value;
    }
  }
  const score = firstMatch(card, SCORE_TEXT, inResponse(response));
  const m = score ? SCORE.exec(readText(score)) : null;
  return m ? Number(m[1]) : null;
}

/** The name element, or the reviewer button when the name has no element of its own. */
function nameElement(card: Element, response = responseIn(card)): Element | null {
  const name = firstMatch(card, AUTHOR_NAME, inResponse(response));
  if (name) return name;
  for (const selector of REVIEWER_BUTTON) {
    for (const b of card.querySelectorAll(selector)) {
      if (!b.closest(OWNER_RESPONSE) && !response?.contains(b) && readText(b)) return b;
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

/** The reviewer's contributor page as the page links it (on the page's own Google domain when relative). */
function profileUrl(card: Element, response: Element | null): string | null {
  const button = firstMatch(card, PROFILE_BUTTON, inResponse(response));
  const href = absoluteUrl(button?.getAttribute('data-href') ?? button?.getAttribute('href') ?? null, `${siteOrigin(card, GOOGLE_SITE, 'https://www.google.com')}/`);
  return href && CONTRIB.test(href) ? href : null;
}
// Any Google domain's contributor page (www.google.de, maps.google.co.uk); authors are keyed by its id (hash.ts).
const GOOGLE_SITE = new RegExp(`^(?:www\\.|maps\\.)?${GOOGLE_DOMAIN}$`);
const CONTRIB = new RegExp(`^https:\\/\\/(?:www\\.|maps\\.)?${GOOGLE_DOMAIN}\\/maps\\/contrib\\/\\d+(?:[/?#]|$)`);

/** The text of `el` without its buttons ("More", "See original"). */
function textWithoutButtons(el: Element): string {
  if (!el.querySelector('button')) return readText(el);
  const copy = el.cloneNode(true) as Element;
  for (const b of copy.querySelectorAll('button')) b.remove();
  return readText(copy);
}

function placeName(card: Element): string {
  const above = card.parentElement;
  for (const selector of PLACE_NAME) {
    const label = above?.closest(selector)?.getAttribute('aria-label')?.trim();
    if (label) return label;
  }
  return '';
}

/** The count beside the star image: a labelled sibling ("212 reviews"), else its text ("(212)"). */
function summaryCount(box: Element, stars: Element): number | null {
  for (const el of box.querySelectorAll('[aria-label]')) {
    if (el === stars || el.contains(stars)) continue;
    const n = countIn(el.getAttribute('aria-label'));
    if (n !== null) return n;
  }
  for (const el of box.querySelectorAll('span, div, button')) {
    if (el.contains(stars) || stars.contains(el) || el.children.length) continue;
    const m = /^\(([\d.,\s\u00a0\u202f]+)\)$/.exec(readText(el));
    if (m) return countIn(m[1]);
  }
  return null;
}

function summaryIn(box: Element): PageRating | null {
  const stars = box.querySelector(SUMMARY_STARS);
  const average = averageIn(stars?.getAttribute('aria-label')) ?? averageIn(box.querySelector('[aria-hidden="true"]')?.textContent);
  if (average === null) return null;
  return { average, count: stars ? summaryCount(box, stars) : null };
}

/** The place's average and review count, as its header shows them. */
function placeRating(doc: Document): PageRating | null {
  for (const selector of PLACE_SUMMARY) {
    const box = doc.querySelector(selector);
    const found = box && !box.closest(NOT_SUMMARY) ? summaryIn(box) : null;
    if (found) return found;
  }
  const pane = doc.querySelector('h1')?.closest('[role="main"]');
  if (!pane) return null;
  for (const stars of pane.querySelectorAll(SUMMARY_STARS)) {
    if (stars.closest(NOT_SUMMARY) || averageIn(stars.getAttribute('aria-label')) === null) continue;
    return summaryIn(stars.parentElement ?? stars);
  }
  return null;
}

/** The response's text and time elements: the known classes, else a [lang] text, else by structure. */
function responseTextAndTime(response: Element): { text: Element | null; time: Element | null } {
  const text = firstMatch(response, OWNER_TEXT) ?? response.querySelector('[lang]');
  const time = firstMatch(response, OWNER_TIME);
  if (text && time) return { text, time };
  const parts = responseParts(response);
  return { text: text ?? parts.text, time: time ?? parts.time };
}

function readResponse(response: Element): RawItem | null {
  const card = outermost(response, CARD);
  const id = card?.getAttribute('data-review-id')?.trim();
  if (!card || !id) return null;
  const { text, time } = responseTextAndTime(response);
  return {
    platform: 'google-maps',
    kind: 'reply',
    nativeId: ownerReplyId(id),
    parentId: id,
    permalink: null,
    author: { name: placeName(card), profileUrl: null },
    text: text ? textWithoutButtons(text) : '',
    rating: null,
    postedAt: null,
    postedText: (time && readText(time)) || null,
    ...(cutShort(response, 'review.expandOwnerResponse') ? { cut: true } : {}),
  };
}

/** Whether `root` holds a "More" button (by its jsaction `action`) not yet opened: its words are cut short. */
function cutShort(root: Element, action: string, skip?: (el: Element) => boolean): boolean {
  for (const button of root.querySelectorAll(`button[jsaction*="${action}"]`)) {
    if (button.getAttribute('aria-expanded') !== 'true' && !skip?.(button)) return true;
  }
  return false;
}

/** Google's own hosts on any of its domains: www.google.de, google.co.uk; and Maps' own, maps.google.fr. */
const GOOGLE_HOST = new RegExp(`^(?:www\\.)?${GOOGLE_DOMAIN}$`);
const MAPS_HOST = new RegExp(`^maps\\.${GOOGLE_DOMAIN}$`);

export const googleMaps: SiteAdapter = {
  platform: 'google-maps',

  matches(url) {
    if (url.protocol !== 'https:') return false;
    if (MAPS_HOST.test(url.hostname)) return true;
    return GOOGLE_HOST.test(url.hostname) && (url.pathname === '/maps' || url.pathname.startsWith('/maps/'));
  },

  findItems(root) {
    const out: Element[] = [];
    const ids = new Set<string>();
    const consider = (el: Element, id: string | undefined) => {
      if (id && !ids.has(id)) {
        ids.add(id);
        out.push(el);
      }
    };
    if (isElement(root)) {
      // A node added inside a card (the expanded text) belongs to that card, and
      // to its owner response when it is in it or holds it.
      const own = outermost(root, CARD);
      if (own) {
        const id = own.getAttribute('data-review-id')?.trim();
        consider(own, id);
        const response = responseIn(own);
        if (id && response && (response.contains(root) || root.contains(response))) consider(response, ownerReplyId(id));
        return out;
      }
    }
    // Each card (the outermost [data-review-id]), then its response. A response
    // outside every card is not one (the card's id is its parent).
    let outer: Element | null = null;
    for (const el of root.querySelectorAll(CARD)) {
      if (outer?.contains(el)) continue;
      outer = el;
      const id = el.getAttribute('data-review-id')?.trim();
      if (!id || ids.has(id)) continue;
      consider(el, id);
      const response = responseIn(el);
      if (response) consider(response, ownerReplyId(id));
    }
    return out;
  },

  read(el) {
    if (el.matches(OWNER_RESPONSE) || isResponse(el)) return readResponse(el);
    const id = el.getAttribute('data-review-id')?.trim();
    if (!id) return null;
    const response = responseIn(el);
    const name = nameElement(el, response);
    const time = firstMatch(el, TIME, inResponse(response)) ?? timeBesideStars(el, response);
    const item: RawItem = {
      platform: 'google-maps',
      kind: 'review',
      nativeId: id,
      parentId: null,
      permalink: null,
      author: { name: authorName(el, name), profileUrl: profileUrl(el, response) },
      text: reviewText(el, id, response),
      rating: rating(el, response),
      postedAt: null,
      postedText: (time && readText(time)) || null,
      ...(cutShort(el, 'review.expandReview', inResponse(response)) ? { cut: true } : {}),
    };
    return item;
  },

  anchor(el): ChipAnchor {
    if (el.matches(OWNER_RESPONSE) || isResponse(el)) {
      // Inside the response block, after its time: the chip labels the response.
      const { time } = responseTextAndTime(el);
      return time ? { node: time, where: 'afterend' } : { node: el, where: 'afterbegin' };
    }
    const name = nameElement(el);
    return name ? { node: name, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },

  rating: placeRating,
};
