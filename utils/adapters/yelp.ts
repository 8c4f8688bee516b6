/**
 * Yelp reviews of a business (the public page /biz/<alias>, and its reviews Yelp
 * does not recommend, /not_recommended_reviews/<alias>: the same cards).
 *
 * Page variants supported:
 *   - www.yelp.com and the country sites (yelp.de, yelp.fr, fr.yelp.ca, …),
 *     any page of reviews (?start=N), in any interface language
 *   - the old layout (ul.reviews > li > div.review[data-review-id], stars as
 *     i-stars--regular-N, to about 2019) and the React layouts after it (li cards
 *     with hashed classes that changed at least six times, stars as
 *     [role=img][aria-label="N star rating"])
 *   - the business's response to a review, read as its own `reply` item whose
 *     parentId is the review's id: the old "Comment from <name> of <business>"
 *     box and the newer quoted block with the owner's name and role, in any
 *     language ("Kommentar von <name> von <business>")
 *   - a review without a profile link (imported from Qype: "Qype User (…)")
 *   - dates as the site prints them ("Mar 14, 2024", "3/14/2023", "14.03.2023",
 *     "21 mars 2024", "14 de marzo de 2024", "2024年3月14日") or in <time datetime>
 *   - truncated text: the full text the page holds is read (the old layout
 *     keeps a long response in full in a hidden span; the React layouts are
 *     taken to clamp the whole text with styles); the "Read more" control is
 *     never read, clicked or found by its text
 *   - an updated review: the "previous review" quoted under it (it has stars)
 *     is neither the review's text nor a reply
 *   - the review the page was opened on (?hrid=<id>) shown twice, at the top and
 *     in the list: one item
 * Not items: the "Start your review" widget (the viewer's own avatar and a star
 * picker made of radios), the "Recommended reviews" filters (rating options
 * have stars but no reviewer), the business header, review highlights,
 * sponsored business cards (links through /adredir) and "People also viewed"
 * cards (stars, a reviewer's name and a quote, outside #reviews, about another
 * business).
 * Not supported: the "not recommended" reviews page, search results' review
 * snippets, and Yelp for Business (biz.yelp.com), where owners reply.
 * Fixtures: tests/fixtures/yelp/*.html (biz-legacy, biz-2023, biz-de: the
 * layouts; biz-de-2023: a Qype review, "Kommentar von …", day-first dates;
 * biz-fr-2024: French dates, people also viewed; biz-en-2024: people also
 * viewed with and without #reviews)
 * Checked against: ../shared/docs/PLATFORMS.md §0, §7, §10, §11 (class chain and
 * scrapers of about 2019–2024; the newest Yelp class seen is y-css-*, probably
 * 2024); 2026-11-23; cards, dates and owner names 2026-11-24.
 *
 * Classes are not used to find reviews. A review is a list item with its own
 * star rating (the old layout nests the name in an li of its own, so the
 * nearest such li is taken), not an ad, and:
 *   - where the page has §7's reviews section (#reviews) holding reviews, an li
 *     inside it, with a reviewer link (/user_details?userid=), or words ([lang])
 *     or a review id: a review imported from Qype has no profile link;
 *   - elsewhere (no #reviews), an li with words or a review id that links to no
 *     other business's /biz/ page ("people also viewed" and ad cards name the
 *     business they are about and quote a reviewer, with a whole-number rating).
 * The star label is localized: "N star rating" is the fast path, and any
 * [role=img] label holding a whole number from 1 to 5 is the fallback. Someone
 * else's words inside a card (the owner's response, a previous review) sit in a
 * quoted block: known block classes first, then, whatever the classes, a second
 * [lang] text with its own container. Blocks with stars are previous reviews;
 * the others, with a name above their words, are the owner's responses.
 * The reviewer's name is the name link, else (no profile link) the first words
 * of the card above its stars; profileUrl is then null.
 * The owner's name is in the first words of the block that are not a date:
 * "Bob K." above "Business Owner" in the React layouts, a whole line elsewhere.
 * "Comment from <name> of …" is an English fast path; in any language, a
 * first name and an initial ("Sophie L.", as Yelp shows owners) in the line. Else, by structure: an
 * element of its own for the name inside that line; else the owner's photo,
 * whose alt Yelp words as it words each reviewer's ("Foto von Jana K." beside
 * the link "Jana K."): the words around a reviewer's name in their photo's alt
 * (this card's, else the page's first such) are taken off the owner's photo's
 * alt, if the line holds the name that leaves. Else the whole line.
 *
 * Dates: the first date in the card's (or the response's) header, before its
 * words: a <time datetime> (as it says; a bare date at 00:00 UTC), else a short
 * text shaped like a date (dates.ts: month names in English, German, French,
 * Spanish, Italian, Dutch, Portuguese and the Scandinavian languages; numbers;
 * year first; CJK). Yelp prints no time of day, so postedAt is 00:00 UTC of that
 * day, the convention for a date without a time (RawItem.postedAt, as TikTok's
 * "2023-11-2"), and postedText the date as shown. Numeric dates are month first
 * on yelp.com and yelp.com.ph in English (www.yelp.com with lang en-GB still
 * shows 3/14/2023), day first on every other Yelp site or language; a date
 * whose numbers allow one order only (14/3) is read that way anywhere.
 *
 * Yelp pages are server-rendered and do not recycle nodes; this adapter keeps
 * nothing between calls anyway. Review and profile links are written on the
 * site the page is on (yelp.de, fr.yelp.ca), as the page links them; the ids are
 * global, so one reviewer seen on two country sites is one author in Keel's
 * history (authors are keyed by a canonical www.yelp.com form, hash.ts). The owner's
 * response has no id or link of its own (nativeId, permalink null).
 *
 * The business's average (`rating`) is the star rating shown beside its name:
 * the nearest rating image around the h1 (up to two levels up), whatever its
 * classes: [role=img] with a label holding a decimal ("4.5 star rating",
 * "Bewertung mit 4,5 von 5 Sternen") or the old layout's i-stars title. Its
 * count is the header's link to the reviews (a[href$="#reviews"]: "134
 * reviews", "(37 Beiträge)"), else the old layout's .review-count; a rounded
 * count ("1.2k reviews") is null. The star pickers and the review cards are
 * never read for it. Read in PLATFORMS.md §7 (rating labels, class chain) and
 * the three fixtures' headers; checked 2026-11-24, never against the live site.
 */
import type { RawItem } from '../model';
import { dateText, findDate, type NumericOrder, parseDatetime } from './dates';
import { inAny, isElement, largestWithout, queryParam, readText, siteOrigin } from './dom';
import { averageIn, countIn, type PageRating } from './page-rating';
import type { ChipAnchor, SiteAdapter } from './types';

const ORIGIN = 'https://www.yelp.com';
const HOST = /^(?:(?:www|m|[a-z]{2})\.)?yelp\.(?:com|ca|de|fr|es|it|ie|at|ch|be|nl|dk|no|se|fi|pl|pt|cz|my|cl|co\.uk|co\.nz|co\.jp|com\.au|com\.br|com\.mx|com\.sg|com\.hk|com\.tw|com\.tr|com\.ph|com\.ar)$/;
// The business page, and its list of reviews Yelp does not recommend (filtered, still public:
// where a smear campaign's one-star reviews often land).
const BIZ_PATH = /^\/(?:biz|not_recommended_reviews)\/([^/?#]+)\/?$/;

const CARD = 'li';
const USER_LINK = 'a[href*="user_details?userid="]';
// Sponsored business cards link through Yelp's ad redirect.
const AD_LINK = 'a[href*="/adredir?"]';
const STARS = [
  '[role="img"][aria-label$="star rating"]', // "5 star rating", about 2021 on: the English fast path
  '[role="img"][aria-label]', // any language: the first whole number 1–5 of the label
  '[class*="i-stars--"]', // the old layout: class i-stars--regular-4, title "4.0 star rating"
];
// Quoted blocks in a card: someone else's words.
const BLOCKS = [
  '.biz-owner-reply', // old layout: "Comment from <name> of <business>"
  '.previous-review', // old layout: the review before an update
  '[class*="block-quote__"]', // block-quote__373c0__ (about 2020), block-quote__09f24__ (2021–2024)
].join(', ');
const STAR_ANY = STARS.join(', ');
const TEXT = 'p[lang], span[lang], div[lang]';
// The old layout holds a long response twice: cut short, and in full but hidden.
const FULL_TOGGLE = '.js-content-toggleable.hidden, .js-content-toggleable[hidden]';
const SHORT_TOGGLE = '.js-content-toggleable';
// The reviews section (§7: "#reviews … ul > li"); nothing outside it is a review when it holds any.
const REVIEWS_ID = 'reviews';
// A link to a business page: other businesses' (people also viewed, ads) are not this page's reviews.
const BIZ_HREF = /\/biz\/([^/?#]+)/;
const ID = /^[A-Za-z0-9_-]{8,64}$/;

const STARS_EN = /^([1-5])(?:\.0)? star rating$/;
const STARS_CLASS = /\bi-stars--[a-z]+-([1-5])(?![-\w])/;
const OWNER_EN = /^Comment from (.+?) of /;
// The US sites write numeric dates month first (3/14/2023); the others day first (14/03/2023, 14.03.2023).
const MONTH_FIRST_HOST = /(?:^|\.)yelp\.com(?:\.ph)?$/;
const MONTH_FIRST_LANG = /^en-(?:us|ph)$/i;

/** The stars of one rating element, or null when it does not show 1–5 whole stars. */
function starValue(el: Element): number | null {
  const label = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').trim();
  const en = STARS_EN.exec(label);
  if (en) return Number(en[1]);
  const legacy = STARS_CLASS.exec(el.getAttribute('class') ?? '');
  if (legacy) return Number(legacy[1]);
  // Any language: the first number, if whole ("4,0 Sterne", "Note de 4 sur 5").
  const m = /(\d+)(?:[.,](\d+))?/.exec(label);
  if (!m || (m[2] && Number(m[2]) !== 0)) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 5 ? n : null;
}

/** The first star rating shown in `scope` outside `blocks`, and its stars. */
function stars(scope: Element, blocks: readonly Element[] = []): { el: Element; value: number } | null {
  for (const selector of STARS) {
    for (const el of scope.querySelectorAll(selector)) {
      if (inAny(el, blocks)) continue;
      const value = starValue(el);
      if (value !== null) return { el, value };
    }
  }
  return null;
}

/** The reviews section (#reviews) when it holds list items with a reviewer or words; else null. */
function reviewsSection(doc: Document): Element | null {
  const section = doc.getElementById(REVIEWS_ID);
  return section?.querySelector(`li ${USER_LINK}, li [lang]`) ? section : null;
}

/** The /biz/<alias> of `url`, as written; null when it is no business page. */
function urlAlias(url: string): string | null {
  const path = /^https?:\/\/[^/]+(\/[^?#]*)/.exec(url)?.[1] ?? '';
  return BIZ_PATH.exec(path)?.[1] ?? null;
}

/** The business the page is about: the /biz/<alias> of its URL, decoded, lower case; null elsewhere. */
function pageAlias(doc: Document): string | null {
  const alias = urlAlias(doc.URL);
  return alias ? decodeAlias(alias) : null;
}

function decodeAlias(alias: string): string {
  try {
    return decodeURIComponent(alias).toLowerCase();
  } catch {
    return alias.toLowerCase();
  }
}

/** Whether `li` links to another business's page (a "people also viewed" or sponsored card). */
function linksElsewhere(li: Element, alias: string | null): boolean {
  for (const a of li.querySelectorAll('a[href*="/biz/"]')) {
    const href = a.getAttribute('href') ?? '';
    const m = BIZ_HREF.exec(href);
    if (!m?.[1]) continue;
    if (alias ? decodeAlias(m[1]) !== alias : !queryParam(href, 'hrid')) return true;
  }
  return false;
}

/** What the reviews around it are looked for in, once per pass. */
interface Scope {
  /** #reviews when it holds reviews. */
  section: Element | null;
  /** The page's business (/biz/<alias>). */
  alias: string | null;
}

const scopeOf = (doc: Document): Scope => ({ section: reviewsSection(doc), alias: pageAlias(doc) });

/**
 * A review card: a list item with its own stars (not those of a card nested in
 * it, should a page wrap the list in an li), not an ad, that is
 *   - inside #reviews when the page has that section: with a reviewer link, or
 *     words ([lang]) or a review id (a review imported from Qype has no link);
 *   - elsewhere (no such section): with words or a review id, and no link to
 *     another business's page ("people also viewed" cards quote a reviewer and
 *     link the business they are about).
 */
function isCard(li: Element, scope: Scope = scopeOf(li.ownerDocument)): boolean {
  if (scope.section && !scope.section.contains(li)) return false;
  if (li.querySelector(AD_LINK) || stars(li)?.el.closest(CARD) !== li) return false;
  const own = li.querySelector(TEXT) !== null || reviewId(li, []) !== null;
  if (scope.section) return own || li.querySelector(USER_LINK) !== null;
  return own && !linksElsewhere(li, scope.alias);
}

/**
 * The card at or around `el`. The old layout puts the reviewer's name in an li
 * of its own inside the card, so up to three list items are tried.
 */
function cardAround(el: Element | null, checked?: Map<Element, boolean>, scope?: Scope): Element | null {
  let li = el?.closest(CARD) ?? null;
  const around = scope ?? (li ? scopeOf(li.ownerDocument) : undefined);
  for (let i = 0; li && i < 3; i++, li = li.parentElement?.closest(CARD) ?? null) {
    let ok = checked?.get(li);
    if (ok === undefined) {
      ok = isCard(li, around);
      checked?.set(li, ok);
    }
    if (ok) return li;
  }
  return null;
}

interface Parts {
  /** The review's own text element. */
  text: Element | null;
  /** Quoted blocks (owner responses, previous reviews), in document order. */
  blocks: Element[];
}

function parts(card: Element): Parts {
  const blocks: Element[] = [];
  for (const b of card.querySelectorAll(BLOCKS)) if (!inAny(b, blocks)) blocks.push(b);
  const known = blocks.length;
  let text: Element | null = null;
  for (const t of card.querySelectorAll(TEXT)) {
    if (inAny(t, blocks) || text?.contains(t) || t.closest('button')) continue;
    if (!text) {
      text = t;
      continue;
    }
    // A second text outside every known block: a block whose class is not known
    // (yet). It is the largest container of that text that leaves the review's out.
    const review = text;
    blocks.push(largestWithout(t, card, (e) => e.contains(review)));
  }
  if (blocks.length > known) blocks.sort((a, b) => ((a.compareDocumentPosition(b) & 4) !== 0 ? -1 : 1));
  return { text, blocks };
}

/** The text nodes directly in `el`, whitespace collapsed. */
function ownText(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) s += n.nodeValue ?? '';
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Which number comes first in the page's numeric dates. The US sites (yelp.com,
 * yelp.com.ph) write 3/14/2023 in English, whatever English the page's lang
 * names (en-GB on www.yelp.com still shows US dates), and day first in another
 * language; every other Yelp site writes day first (14/03/2023, 14.03.2023).
 * Not on a Yelp host (a saved page): month first only for en-US / en-PH.
 */
function numericOrder(doc: Document): NumericOrder {
  const host = /^https?:\/\/([^/:?#]+)/.exec(doc.URL)?.[1]?.toLowerCase() ?? '';
  const lang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  if (MONTH_FIRST_HOST.test(host)) return !lang || /^en\b/i.test(lang) ? 'mdy' : 'dmy';
  if (/(?:^|\.)yelp\./.test(host)) return 'dmy';
  return MONTH_FIRST_LANG.test(lang) ? 'mdy' : 'dmy';
}

/** Elements of `scope` before `stop` (document order), outside `skip` and buttons. */
function* header(scope: Element, stop: Element | null, skip: readonly Element[]): Generator<Element> {
  for (const el of scope.querySelectorAll('*')) {
    if (stop && (stop === el || (stop.compareDocumentPosition(el) & 4) !== 0)) return; // at or after `stop`
    if (inAny(el, skip) || el.closest('button, [role="button"]')) continue;
    yield el;
  }
}

interface Posted {
  postedAt: number | null;
  postedText: string | null;
}

/**
 * The first date in the header of `scope` (before `stop`): a <time datetime>,
 * else a short text that is a date ("Nov 12, 2026", "3/14/2019", "14.03.2023",
 * "21 mars 2024"). Read as that day at 00:00 UTC (see dates.ts), a <time> as its
 * datetime says; the text as shown is postedText.
 */
function posted(scope: Element, stop: Element | null, skip: readonly Element[] = []): Posted {
  const order = numericOrder(scope.ownerDocument);
  for (const el of header(scope, stop, skip)) {
    if (el.localName === 'time' && el.hasAttribute('datetime')) {
      const at = parseDatetime(el.getAttribute('datetime'));
      const shown = readText(el);
      if (at !== null) return { postedAt: at, postedText: (shown && dateText(shown)) || shown || null };
    }
    const own = ownText(el);
    const date = own.length <= 40 ? findDate(own, order) : null;
    if (date) return { postedAt: date.at, postedText: date.text };
  }
  return { postedAt: null, postedText: null };
}

/** The text of `el` as shown, without controls inside it. */
function shownText(el: Element): string {
  if (!el.querySelector('button')) return readText(el);
  const copy = el.cloneNode(true) as Element;
  for (const b of copy.querySelectorAll('button')) b.remove();
  return readText(copy);
}

function reviewId(card: Element, blocks: readonly Element[]): string | null {
  const own = card.getAttribute('data-review-id');
  if (own && ID.test(own)) return own;
  for (const el of card.querySelectorAll('[data-review-id]')) {
    const id = el.getAttribute('data-review-id') ?? '';
    if (!inAny(el, blocks) && ID.test(id)) return id;
  }
  return hridLink(card, blocks)?.id ?? null;
}

/** A link to the review itself (/biz/<alias>?hrid=<id>), as the share menu writes it. */
function hridLink(card: Element, blocks: readonly Element[]): { id: string; alias: string | null } | null {
  for (const a of card.querySelectorAll('a[href*="hrid="]')) {
    if (inAny(a, blocks)) continue;
    const href = a.getAttribute('href') ?? '';
    const id = queryParam(href, 'hrid');
    if (id && ID.test(id)) return { id, alias: BIZ_HREF.exec(href)?.[1] ?? null };
  }
  return null;
}

function permalink(card: Element, id: string, blocks: readonly Element[]): string | null {
  const alias = hridLink(card, blocks)?.alias || urlAlias(card.ownerDocument.URL);
  return alias ? `${siteOrigin(card, HOST, ORIGIN)}/biz/${alias}?hrid=${encodeURIComponent(id)}` : null;
}

/** The reviewer's name link: a user link with words, not the avatar. */
function nameLink(card: Element, blocks: readonly Element[]): Element | null {
  for (const a of card.querySelectorAll(USER_LINK)) {
    if (!inAny(a, blocks) && !a.querySelector('img') && readText(a)) return a;
  }
  return null;
}

/**
 * The reviewer's name: the name link, else (no profile link: a review imported
 * from Qype) the first words in the card above its stars that are not a date.
 */
function nameElement(card: Element, blocks: readonly Element[]): Element | null {
  const link = nameLink(card, blocks);
  if (link) return link;
  const rating = stars(card, blocks)?.el ?? null;
  if (!rating) return null;
  for (const el of header(card, rating, blocks)) {
    const own = ownText(el);
    if (own && !dateText(own) && !el.closest('a')) return el;
  }
  return null;
}

function profileUrl(card: Element, blocks: readonly Element[]): string | null {
  for (const a of card.querySelectorAll(USER_LINK)) {
    if (inAny(a, blocks)) continue;
    const id = queryParam(a.getAttribute('href') ?? '', 'userid');
    if (id && ID.test(id)) return `${siteOrigin(card, HOST, ORIGIN)}/user_details?userid=${id}`;
  }
  return null;
}

/**
 * Where the response's words are: its [lang] text, else the old layout's
 * toggles, else (no language marked, no toggle) the block's last element of
 * words that is not its header's name line (bold) nor a date.
 */
function replyTextElement(block: Element): Element | null {
  for (const t of block.querySelectorAll(TEXT)) if (!t.closest('button')) return t;
  const toggle = block.querySelector(FULL_TOGGLE) ?? block.querySelector(SHORT_TOGGLE);
  if (toggle) return toggle;
  const leaves = block.querySelectorAll('p, span, div');
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i] as Element;
    if (leaf.querySelector('p, span, div, img') || leaf.closest('button, strong, b, [data-font-weight="bold"]')) continue;
    const words = readText(leaf);
    if (words && !dateText(words)) return leaf;
  }
  return null;
}

/**
 * The owner's name in the response's header: the first words that are not a
 * date. "Bob K." (then "Business Owner") in the React layouts; the whole line
 * "Comment from Bob K. of Harbor Noodle House" in the old one.
 */
function ownerNameElement(block: Element, text: Element): Element | null {
  for (const el of header(block, text, [])) {
    const own = ownText(el);
    if (own && !dateText(own)) return el;
  }
  return null;
}

/**
 * The owner's name out of the response's header line. "Comment from <name> of
 * <business>" is the English fast path. Otherwise structure, not wording: an
 * element of its own for the name inside the line, words on both its sides
 * (not the business's link, not a role after the name),
 * else the name the owner's photo gives, if the line holds it. Yelp words the
 * owner's photo as it words each reviewer's ("Foto von Jana K." beside the link
 * "Jana K."), so the words around a reviewer's name in their photo's alt are
 * taken off the owner's photo's alt ("Foto von Sabine L." → "Sabine L."). Else
 * the whole line.
 */
function ownerName(block: Element, el: Element, card: Element): string {
  const line = readText(el);
  const en = OWNER_EN.exec(line);
  if (en?.[1]) return en[1];
  // A part with words on both sides ("Kommentar von <b>Sabine L.</b> von …"), not a role after the name.
  for (const part of el.querySelectorAll('*')) {
    if (part.closest('a[href*="/biz/"]')) continue;
    const words = readText(part);
    const at = words ? line.indexOf(words) : -1;
    if (at > 0 && at + words.length < line.length && !dateText(words)) return words;
  }
  const photo = photoName(block, card);
  if (photo && line.includes(photo)) return photo;
  // Yelp shows an owner as a first name and an initial ("Sophie L."): found in a line of any language.
  return OWNER_SHOWN.exec(line)?.[1] ?? line;
}
const OWNER_SHOWN = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s\p{Lu}\.)(?=\s|$)/u;

/** The name the photo in `block` is described with, its template learnt from a reviewer's photo. */
function photoName(block: Element, card: Element): string | null {
  const alt = block.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  if (!alt) return null;
  const around = photoWording(card) ?? photoWording(card.ownerDocument);
  if (!around) return null;
  const [before, after] = around;
  if (alt.length <= before.length + after.length || !alt.startsWith(before) || !alt.endsWith(after)) return null;
  return alt.slice(before.length, alt.length - after.length).trim() || null;
}

/** The words around a reviewer's name in their photo's alt ("Photo of ", ""), from the first reviewer that shows both. */
function photoWording(scope: Element | Document): [string, string] | null {
  let tries = 0;
  for (const img of scope.querySelectorAll(`${USER_LINK} img[alt]`)) {
    if (++tries > 10) break;
    const href = img.closest(USER_LINK)?.getAttribute('href') ?? '';
    const id = queryParam(href, 'userid');
    const card = img.closest(CARD);
    if (!id || !card) continue;
    for (const a of card.querySelectorAll(USER_LINK)) {
      if (a.contains(img) || queryParam(a.getAttribute('href') ?? '', 'userid') !== id) continue;
      const name = readText(a);
      const alt = img.getAttribute('alt') ?? '';
      const at = name ? alt.indexOf(name) : -1;
      if (at >= 0) return [alt.slice(0, at), alt.slice(at + name.length)];
    }
  }
  return null;
}

/** The owner's responses among a card's quoted blocks: no stars, a name and words. */
function replies(blocks: readonly Element[]): Element[] {
  return blocks.filter((b) => {
    if (stars(b)) return false;
    const text = replyTextElement(b);
    return text !== null && ownerNameElement(b, text) !== null;
  });
}

function readReview(card: Element): RawItem | null {
  const { text, blocks } = parts(card);
  const id = reviewId(card, blocks);
  const name = nameElement(card, blocks);
  const rating = stars(card, blocks)?.value ?? null;
  const body = text ? shownText(text) : '';
  if (rating === null && !body) return null;
  return {
    platform: 'yelp',
    kind: 'review',
    nativeId: id,
    parentId: null,
    permalink: id ? permalink(card, id, blocks) : null,
    author: { name: name ? readText(name) : '', profileUrl: profileUrl(card, blocks) },
    text: body,
    rating,
    ...posted(card, text, blocks),
  };
}

function readReply(block: Element, card: Element, blocks: readonly Element[]): RawItem | null {
  const text = replyTextElement(block);
  const name = text && ownerNameElement(block, text);
  if (!text || !name) return null;
  return {
    platform: 'yelp',
    kind: 'reply',
    nativeId: null,
    parentId: reviewId(card, blocks),
    permalink: null,
    author: { name: ownerName(block, name, card), profileUrl: null },
    text: shownText(text),
    rating: null,
    ...posted(block, text),
  };
}

// The business's own rating, beside its name (see the doc block).
const HEADER_STARS = [
  '[role="img"][aria-label]', // "4.5 star rating", localized
  '[class*="i-stars"][title]', // the old layout: title "4.5 star rating"
].join(', ');
const HEADER_COUNT = [
  'a[href$="#reviews"]', // "134 reviews", "(37 Beiträge)"
  '.review-count', // the old layout
];

function businessRating(doc: Document): PageRating | null {
  let box: Element | null = doc.querySelector('main h1, h1');
  for (let i = 0; box && i < 2; i++) {
    box = box.parentElement;
    for (const el of box?.querySelectorAll(HEADER_STARS) ?? []) {
      if (el.closest(`${CARD}, [role="radiogroup"], [role="radio"]`)) continue;
      const average = averageIn(el.getAttribute('aria-label') ?? el.getAttribute('title'));
      if (average === null) continue;
      let count: number | null = null;
      for (const selector of HEADER_COUNT) {
        const at = box?.querySelector(selector);
        if (at) {
          count = countIn(readText(at));
          break;
        }
      }
      return { average, count };
    }
  }
  return null;
}

export const yelp: SiteAdapter = {
  platform: 'yelp',

  matches(url) {
    return url.protocol === 'https:' && HOST.test(url.hostname) && BIZ_PATH.test(url.pathname);
  },

  findItems(root) {
    if (isElement(root)) {
      // A node added inside a card: that card, and the response it is in or holds.
      const card = cardAround(root);
      if (card) {
        const own = replies(parts(card).blocks).filter((r) => r.contains(root) || root.contains(r));
        return [card, ...own];
      }
    }
    const out: Element[] = [];
    const checked = new Map<Element, boolean>();
    const cards = new Set<Element>();
    const ids = new Set<string>();
    const scope = scopeOf((root as Node).ownerDocument ?? (root as Document));
    // Cards hold a reviewer link, or (no profile link) at least their stars.
    for (const anchor of root.querySelectorAll(`${USER_LINK}, ${STAR_ANY}`)) {
      const card = cardAround(anchor, checked, scope);
      if (!card || cards.has(card)) continue;
      cards.add(card);
      const { blocks } = parts(card);
      // The review the page was opened on is shown twice: keep the first.
      const id = reviewId(card, blocks);
      if (id) {
        if (ids.has(id)) continue;
        ids.add(id);
      }
      out.push(card, ...replies(blocks));
    }
    return out;
  },

  read(el) {
    if (el.matches(CARD) && isCard(el)) return readReview(el);
    const card = cardAround(el.parentElement);
    if (!card) return null;
    const { blocks } = parts(card);
    return replies(blocks).includes(el) ? readReply(el, card, blocks) : null;
  },

  anchor(el): ChipAnchor {
    let node: Element | null = null;
    if (el.matches(CARD)) {
      node = nameElement(el, parts(el).blocks);
    } else {
      const text = replyTextElement(el);
      node = text && ownerNameElement(el, text);
    }
    return node ? { node, where: 'afterend' } : { node: el, where: 'afterbegin' };
  },

  rating: businessRating,
};
