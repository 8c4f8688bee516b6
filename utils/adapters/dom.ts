// Generic, platform-free DOM reading helpers for adapters.

import { type FoundDate, findDate, parseShownDate } from './dates';

const BLOCK = new Set(['div', 'p', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article']);
const SKIP_SUBTREE = 'button, [role="button"], [contenteditable="true"], script, style, template, keel-chip';
// Anything in a block that makes its text differ from textContent: then it is walked.
const SPECIAL_INLINE = `img, br, ${SKIP_SUBTREE}`;
const SPECIAL = `${SPECIAL_INLINE}, ${[...BLOCK].join(', ')}`;

/**
 * The visible text of `el` as a person reads it: text nodes plus emoji images'
 * alt text (not a picture's), skipping buttons ("See more"), editors and our own chips. Block
 * elements start new lines, unless `inlineBlocks` (X wraps each @mention in a
 * div, and writes its line breaks as "\n" characters). A blank line the text
 * itself holds (two "\n" or two <br>, a paragraph break) is kept, one at most;
 * blocks alone never make a blank line.
 */
export function readText(el: Element, { inlineBlocks = false }: { inlineBlocks?: boolean } = {}): string {
  // Text alone (a name, a time, most comments' words): textContent, and no other call.
  let first = el.firstElementChild;
  // A wrapper around one block and nothing else (Facebook nests its text
  // blocks): the lines around a sole block are trimmed anyway, so read the block.
  // (Its only child: no text node beside it. Compared as nodes, without listing them.)
  while (first !== null && el.firstChild === first && el.lastChild === first && BLOCK.has(first.localName) && !first.matches(SKIP_SUBTREE)) {
    el = first;
    first = el.firstElementChild;
  }
  // Most text blocks are plain text and inline elements: one native call tells,
  // and textContent reads them without a walk.
  if (first === null || el.querySelector(inlineBlocks ? SPECIAL_INLINE : SPECIAL) === null) {
    return tidy(el.textContent ?? '');
  }
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        // Markup's own line breaks beside a block (indentation) are no lines of the text.
        out.push(!inlineBlocks && BLANK.test(value) && (isBlock(child.previousSibling) || isBlock(child.nextSibling)) ? EDGE : value);
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (e.matches(SKIP_SUBTREE)) continue;
        // A truncation marker of its own ("…" before a "Read more"): no word of the text.
        if (e.firstElementChild === null && ELLIPSIS.test(e.textContent ?? '')) continue;
        if (e.localName === 'img') {
          out.push(emojiAlt(e.getAttribute('alt') ?? ''));
        } else if (e.localName === 'br') {
          out.push('\n');
        } else if (!inlineBlocks && BLOCK.has(e.localName)) {
          out.push(EDGE);
          walk(e);
          out.push(EDGE);
        } else {
          walk(e);
        }
      }
    }
  };
  walk(el);
  return tidy(out.join(''));
}

// An image's alt is text only when it is an emoji (Facebook's, X's emoji images): a GIF's or a photo's
// alt ("GIF", "Image may contain: …") describes a picture, not words of the comment.
const emojiAlt = (alt: string): string => (!/\p{L}/u.test(alt) || /\p{Extended_Pictographic}/u.test(alt) ? alt : '');

const ELLIPSIS = /^\s*(?:…|\.\.\.)\s*$/;
// A block's edge in the walk: a line break, but never half of a blank line.
const EDGE = '\r';
const BLANK = /^\s*$/;
const isBlock = (node: Node | null): boolean => node?.nodeType === 1 && BLOCK.has((node as Element).localName);
// Anything tidy() would change inside the text.
const UNTIDY = /[\t\r\u00a0]| {2}| \n|\n[\n ]/;

/** Spaces collapsed, lines trimmed; a run of line breaks is one, or a blank line if the text had one. */
function tidy(text: string): string {
  if (!UNTIDY.test(text)) return text.trim();
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *[\n\r][\n\r ]*/g, (run) => (run.indexOf('\n') !== run.lastIndexOf('\n') ? '\n\n' : '\n'))
    .trim();
}

/**
 * An absolute http(s) URL for `href` relative to `base`, or null. Absolute and
 * root-relative links (nearly all of them) are resolved without `new URL`,
 * which is slow when a page has thousands of links.
 */
/**
 * The origin of the page `el` is on when its host is one of the site's (`host`), else
 * `fallback`: links are written on the site the page shows (uk.trustpilot.com, yelp.de),
 * as the page writes them. Authors are keyed by a canonical form of them (hash.ts).
 */
export function siteOrigin(el: Element, host: RegExp, fallback: string): string {
  const page = el.ownerDocument?.URL ?? '';
  const m = /^https:\/\/([^/?#:]+)/i.exec(page);
  return m?.[1] && host.test(m[1].toLowerCase()) ? `https://${m[1].toLowerCase()}` : fallback;
}

export function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  const h = href.trim();
  // Fast paths only for clean links; anything odd goes through the URL parser.
  if (!/[\s\\]/.test(h) && !hasControlCharacter(h)) {
    if (/^https?:\/\/[^/?#]+/i.test(h)) return h;
    if (h.startsWith('/') && !h.startsWith('//')) {
      const origin = /^https?:\/\/[^/?#]+/i.exec(base)?.[0];
      if (origin) return origin + h;
    }
  }
  try {
    const u = new URL(h, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

function hasControlCharacter(s: string): boolean {
  return CONTROL.test(s);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_DAY_FIRST = /(\d{1,2}) ([A-Za-z]+),? (\d{4})/;
const EN_MONTH_FIRST = /([A-Za-z]+) (\d{1,2}),? (\d{4})/;

/** "16 November 2026" or "November 16, 2026" in `text`, as findDate gives it, or null. */
function englishDate(text: string): FoundDate | null {
  for (const [re, d, m] of [[EN_DAY_FIRST, 1, 2], [EN_MONTH_FIRST, 2, 1]] as const) {
    const found = re.exec(text);
    const month = found ? MONTHS.indexOf((found[m] as string).toLowerCase()) : -1;
    if (!found || month < 0) continue;
    const year = Number(found[3]);
    const day = Number(found[d]);
    const at = Date.UTC(year, month, day);
    return { text: found[0], at: new Date(at).getUTCDate() === day ? at : null };
  }
  return null;
}

/**
 * Parses the long date forms platforms put in tooltips and labels, in the
 * languages dates.ts knows: "Monday, 16 November 2026 at 14:05", "November 16,
 * 2026 at 2:05 PM", "Senin, 16 November 2026 pukul 10.15", "środa, 12 marca
 * 2025 o 14:05", "Mittwoch, 12. März 2025 um 14:05", "2025年3月12日 14:05", or an
 * ISO string. Needs a time (a date alone is postedAtOf's). Returns epoch ms
 * (local time of the browser) or null.
 */
export function parseAbsoluteDate(text: string | null): number | null {
  if (!text) return null;
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : ms;
  }
  // English labels, by far the most common, by two plain patterns; any other language through findDate.
  const found = englishDate(t) ?? findDate(t, /\d\s*(am|pm)\b/i.test(t) ? 'mdy' : 'dmy');
  if (found?.at == null) return null;
  // A date without a time is not precise enough to stand as a moment.
  const time = /(\d{1,2})[:.](\d{2})\s*(am|pm)?(?!\d)/.exec(t.slice(t.indexOf(found.text) + found.text.length).toLowerCase());
  if (!time) return null;
  // Check the hour as written: after the modulo below "25:00" would pass as 01:00.
  if (Number(time[1]) > (time[3] ? 12 : 23)) return null;
  let hours = Number(time[1]) % (time[3] ? 12 : 24);
  const minutes = Number(time[2]);
  if (time[3] === 'pm') hours += 12;
  if (hours > 23 || minutes > 59) return null;
  const day = new Date(found.at);
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes).getTime();
}

/**
 * When an item was posted, from its time element's label (a tooltip with the
 * time of day) or, failing that, a date shown without a time, in the label or
 * the words ("12 marca 2025"): 00:00 UTC of that day, the convention for a
 * date without a time (RawItem.postedAt). Relative words ("2h") give null.
 */
export function postedAtOf(label: string | null, shown: string | null): number | null {
  return parseAbsoluteDate(label) ?? parseShownDate(label, 'dmy') ?? parseShownDate(shown, 'dmy');
}

/** Whether `node` is an element. Not `instanceof Element`: that global is per realm, and absent outside a browser. */
export function isElement(node: unknown): node is Element {
  return (node as Node | null)?.nodeType === 1;
}

const PARAMS = new Map<string, RegExp>();

/** The decoded value of query parameter `name` in `href` (a link as written), or null. */
export function queryParam(href: string, name: string): string | null {
  let re = PARAMS.get(name);
  if (!re) {
    re = new RegExp(`[?&]${name}=([^&#]+)`);
    PARAMS.set(name, re);
  }
  const m = re.exec(href);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** The outermost element matching `selector` at or around `el` (cards that repeat their marker inside). */
export function outermost(el: Element, selector: string): Element | null {
  let found = el.closest(selector);
  for (let up = found?.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) found = up;
  return found ?? null;
}

/**
 * The first match in `root` of the first selector that matches, skipping matches
 * inside `unless` (a selector) or for which `unless` (a test) is true.
 */
export function firstMatch(root: Element, selectors: readonly string[], unless?: string | ((el: Element) => boolean)): Element | null {
  const skip = !unless ? null : typeof unless === 'string' ? (el: Element) => el.closest(unless) !== null : unless;
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) if (!skip?.(el)) return el;
  }
  return null;
}

/** Whether `el` is inside (or is) one of `blocks`. */
export function inAny(el: Element, blocks: readonly Element[]): boolean {
  return blocks.some((b) => b.contains(el));
}

/**
 * The largest element around `el` inside `stop` (never `stop` itself) for which
 * `holds` is false, climbing from `el`'s parent; `el` itself when there is none.
 * The block of someone else's words in a card (an owner's reply, a quoted
 * review): the largest ancestor that holds none of the card's own parts.
 */
export function largestWithout(el: Element, stop: Element, holds: (e: Element) => boolean): Element {
  let block = el;
  for (let e = el.parentElement; e && e !== stop && !holds(e); e = e.parentElement) block = e;
  return block;
}

/** The id of the owner's reply to review `reviewId` (one reply per review, no id of its own in the DOM). */
export const ownerReplyId = (reviewId: string): string => `${reviewId}:owner`;
/** Whether `id` is one ownerReplyId made: Keel's key for the reply, not the platform's id. */
export const isOwnerReplyId = (id: string): boolean => id.endsWith(':owner');
