/**
 * Turns a selector pack into a site adapter: the same interface the built-in
 * adapters implement, so the scanner, the chips and `keel extract` treat a
 * pack's site like any other.
 *
 * Items are the elements `selectors.item` matches; an item inside another item
 * is a reply to it. Every other selector is looked up inside the item, outside
 * any reply nested in it. A selector the browser rejects throws from
 * findItems/read; the scanner counts that and the popup reports it.
 */
import { absoluteUrl, isElement, postedAtOf, readText } from '../adapters/dom';
import type { ChipAnchor, SiteAdapter } from '../adapters/types';
import type { RawItem } from '../model';
import { stripTracking } from '../page-key';
import { patternMatches } from './match';
import type { Pack } from './schema';

const MAX_ID = 200;
const MAX_URL = 4_000;

/** A URL a stored item may hold: absolute http(s), tracking removed, not absurdly long. */
function cleanUrl(href: string | null | undefined, base: string): string | null {
  const url = absoluteUrl(href ?? null, base);
  return url && url.length <= MAX_URL ? stripTracking(url) : null;
}

// Where a rating element may hold its number when the pack names no attribute (after its text).
const RATING_ATTRIBUTES = ['aria-label', 'title', 'data-rating', 'data-score', 'data-value', 'content', 'value'];
const FILLED = /[★⭐✭✮✯✪]/gu;
const EMPTY = /[☆✩]/gu;

/** The first number in `s` ("4,5" is 4.5), or null. */
function firstNumber(s: string | null): number | null {
  const m = s ? /(\d+(?:[.,]\d+)?)/.exec(s) : null;
  return m?.[1] ? Number(m[1].replace(',', '.')) : null;
}

/**
 * The number a rating element shows, and its scale when the element says it
 * (stars drawn as glyphs: "★★★★☆" is 4 of 5): the pack's attribute, else the
 * first number in its text, else in a label or data attribute a site puts it
 * in ("4 out of 5 stars"), else its star glyphs counted.
 */
function ratingIn(el: Element, attribute: string | undefined): [number, number | undefined] | null {
  const text = el.textContent ?? '';
  // Attributes are read only as far as needed: this runs for every item of a page.
  const shown = firstNumber(attribute ? el.getAttribute(attribute) : null) ?? firstNumber(text);
  if (shown !== null) return [shown, undefined];
  for (const name of RATING_ATTRIBUTES) {
    const labelled = firstNumber(el.getAttribute(name));
    if (labelled !== null) return [labelled, undefined];
  }
  const filled = text.match(FILLED)?.length ?? 0;
  const empty = text.match(EMPTY)?.length ?? 0;
  if (!filled || text.replace(FILLED, '').replace(EMPTY, '').trim()) return null;
  return [filled, empty ? filled + empty : undefined];
}

export function packAdapter(pack: Pack): SiteAdapter {
  const { selectors: s } = pack;

  /** The first match of `selector` in `item` that belongs to it rather than to a nested reply. */
  const own = (item: Element, selector: string | undefined): Element | null => {
    if (!selector) return null;
    const nested = item.querySelector(s.item) !== null;
    for (const node of item.querySelectorAll(selector)) {
      if (!nested || node.closest(s.item) === item) return node;
    }
    return null;
  };

  const base = (el: Element) => el.ownerDocument?.URL ?? '';

  const permalinkOf = (item: Element): string | null => {
    return cleanUrl(own(item, s.permalink)?.getAttribute('href'), base(item));
  };

  const idOf = (item: Element): string | null => {
    const raw = (pack.idAttribute ? item.getAttribute(pack.idAttribute) : null) ?? permalinkOf(item);
    const id = raw?.trim().slice(0, MAX_ID);
    return id || null;
  };

  const ratingOf = (item: Element): number | null => {
    const el = own(item, s.rating);
    if (!el) return null;
    const [value, scale] = ratingIn(el, pack.ratingAttribute) ?? [];
    if (value === undefined) return null;
    const scaled = Math.round((value / (scale ?? pack.ratingScale ?? 5)) * 5);
    return scaled >= 1 && scaled <= 5 ? scaled : null;
  };

  return {
    platform: 'custom',
    packId: pack.id,

    matches(url) {
      return pack.matches.some((p) => patternMatches(p, url.href));
    },

    findItems(root) {
      const out: Element[] = [];
      if (isElement(root)) {
        const around = root.closest(s.item);
        if (around && around !== root) out.push(around);
        if (root.matches(s.item)) out.push(root);
      }
      for (const el of root.querySelectorAll(s.item)) out.push(el);
      return out;
    },

    read(el): RawItem {
      const authorEl = own(el, s.author);
      const linkEl = own(el, s.profileLink);
      const timeEl = own(el, s.time);
      const parent = el.parentElement?.closest(s.item) ?? null;
      const absolute = timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('title') ?? null;
      const shownTime = timeEl ? readText(timeEl) : null;
      const textEl = own(el, s.text);
      return {
        platform: 'custom',
        kind: parent ? 'reply' : pack.kind,
        nativeId: idOf(el),
        parentId: parent ? idOf(parent) : null,
        permalink: permalinkOf(el),
        author: {
          name: (authorEl ? readText(authorEl) : linkEl ? readText(linkEl) : '').slice(0, 2_000),
          profileUrl: cleanUrl(linkEl?.getAttribute('href'), base(el)),
        },
        text: textEl ? readText(textEl).slice(0, 200_000) : '',
        rating: ratingOf(el),
        postedAt: postedAtOf(absolute, shownTime),
        postedText: shownTime ? shownTime.slice(0, 2_000) || null : null,
      };
    },

    anchor(el): ChipAnchor {
      const at = own(el, s.author) ?? own(el, s.profileLink);
      return at ? { node: at, where: 'afterend' } : { node: el, where: 'afterbegin' };
    },
  };
}
