/**
 * "Pick a comment on the page": proposes a selector pack from one element the
 * user clicked. Pure DOM reading: nothing here writes to the page, and every
 * selector it proposes has been run against the page it came from.
 *
 * 1. Walk up from the clicked element. For each ancestor, build selectors from
 *    its stable features only (data-* attributes, role, itemprop/itemtype,
 *    aria-* names, readable class names; never generated classes or ids) and
 *    keep the one that matches the most elements shaped like it (same tag paths
 *    below), with few matches that are not (precision), and no unlike match
 *    around it.
 * 2. For each such ancestor, look inside it for an author, profile link, time,
 *    rating, permalink and text, and give each a selector relative to the item
 *    that finds the same element in it and a plausible one in most other items
 *    (the way packAdapter reads it: first match, outside nested replies).
 * 3. The item is the ancestor whose fields are the richest; a wrapper above it
 *    with as many matches wins a tie (it holds the nested replies), and the
 *    climb stops at the first ancestor that holds two items (the list).
 */
import { absoluteUrl, readText } from '../adapters/dom';
import { PLATFORMS } from '../model';
import { stripTracking } from '../page-key';
import { PACK_FORMAT, type Pack, PackSchema } from './schema';

export interface Proposal {
  pack: Pack;
  /** items the proposed pack finds on this document */
  found: number;
  /** one line per guess, for the user to check */
  notes: string[];
}

export interface ProposeOptions {
  /** The page's URL: the pack's `matches`, id and name come from it. */
  url: string;
  /** What the items are; by default reviews when they carry a star rating, else comments. */
  kind?: 'comment' | 'review';
}

/** Share of the found items a field's selector must work in to be proposed. */
const MIN_SHARE = 0.6;
/** Share of an item selector's matches that must be shaped like the picked item. */
const MIN_PRECISION = 0.7;
/** How alike two elements' tag paths must be (Jaccard) to count as the same kind of item. */
const MIN_LIKENESS = 0.35;
const MAX_CLIMB = 25;
const MAX_MATCHES = 3_000;
/** Items a field's selector is checked against. */
const MAX_CHECKED = 100;
const SKIP = 'script, style, template, noscript, svg, keel-chip';

// ---------------------------------------------------------------------------
// Stable features

const GENERATED_PREFIX = /^(?:sc-|jsx-|css-|emotion-|svelte-|styled-|ng-|_)/i;
const ATOMIC = /^x[a-z0-9]{5,8}$/;
const CSS_MODULE = /^[A-Za-z0-9]+_[A-Za-z0-9]+__[A-Za-z0-9_-]{5,}$/;
const UTILITY =
  /^(?:(?:block|hidden|relative|absolute|fixed|sticky|static|clearfix|truncate|sr-only|visually-hidden)$|(?:flex|grid|inline|container|row|col|border|rounded|shadow|overflow)(?:-|$)|(?:d|p[xytrbl]?|m[xytrbl]?|gap|text|bg|w|h|min|max|items|justify|font|leading|tracking|space|order|z|top|left|right|bottom|opacity|align|float)-)/i;
/** Microformats2 classes: semantic, stable, and shaped like utilities (p-author, dt-published). */
const MICROFORMAT =
  /^(?:h-(?:entry|card|cite|review|feed)|p-(?:name|author|content|summary|rating|best|worst|reviewer|item)|e-content|dt-(?:published|updated)|u-(?:url|uid|photo))$/;
const STATE =
  /^(?:(?:is|has)-.*|active|selected|open|opened|closed|collapsed|expanded|visible|show|shown|hover|focus|focused|disabled|highlighted|new|unread|odd|even|first|last|current|loading|loaded)$/i;

/** Whether one dash- or underscore-separated part of a name looks like a hash or an id. */
function hashyPart(part: string): boolean {
  const digits = part.replace(/\D/g, '').length;
  if (digits === 0) {
    if (part.length >= 5 && !/[aeiouy]/i.test(part)) return true;
    const innerCaps = part.slice(1).replace(/[^A-Z]/g, '').length;
    return part.length <= 10 && innerCaps >= 2 && /[a-z]/.test(part);
  }
  if (/^\d+$/.test(part)) return part.length > 2;
  if (/^[a-z]+\d{1,2}$/i.test(part) || /^\d{1,2}[a-z]{1,3}$/i.test(part)) return false;
  return true;
}

/** A class name a person wrote and a redesign is likely to keep: not generated, not a utility or a state. */
export function isReadableClass(c: string): boolean {
  if (MICROFORMAT.test(c)) return true;
  if (!/^[a-zA-Z][a-zA-Z0-9_-]{2,39}$/.test(c)) return false;
  if (GENERATED_PREFIX.test(c) || ATOMIC.test(c) || CSS_MODULE.test(c) || UTILITY.test(c) || STATE.test(c)) return false;
  return !c.split(/[-_]+/).some((part) => part !== '' && hashyPart(part));
}

function stableDataName(name: string): boolean {
  if (!/^data-[a-z][a-z0-9-]{0,40}$/.test(name)) return false;
  if (/^data-(?:v-|react|keel|reactid|styled|emotion|sentry)/.test(name)) return false;
  return !name.slice(5).split('-').some(hashyPart);
}

/** An attribute value safe to quote in a selector and readable enough to be a role, not an id. */
function readableValue(value: string): boolean {
  return /^[A-Za-z][\w-]{0,59}$/.test(value) && !value.split(/[-_]+/).some((p) => p !== '' && hashyPart(p));
}

const safeTag = (el: Element): string => (/^[a-z][a-z0-9-]*$/.test(el.localName) ? el.localName : '');

interface Feature {
  sel: string;
  /** Meaningful without a tag name in front. */
  standalone: boolean;
}

/**
 * The stable parts of `el` as selector fragments, best first. A data-* value
 * is used when other elements share it (data-testid="comment"), or for a
 * container the items sit in (`container`), where a unique value is the point.
 */
function features(el: Element, relative: boolean, container = false): Feature[] {
  const doc = el.ownerDocument;
  const data: Feature[] = [];
  const presence: Feature[] = [];
  const semantic: Feature[] = [];
  const aria: Feature[] = [];
  const classes: Feature[] = [];
  for (const { name, value } of Array.from(el.attributes)) {
    if (name.startsWith('data-')) {
      if (!stableDataName(name)) continue;
      const withValue = `[${name}="${value}"]`;
      if (readableValue(value) && (container || count(doc, withValue) >= 2)) data.push({ sel: withValue, standalone: true });
      presence.push({ sel: `[${name}]`, standalone: true });
    } else if (name === 'role' && /^[a-z]+$/.test(value)) {
      semantic.push({ sel: `[role="${value}"]`, standalone: true });
    } else if (name === 'itemprop' && /^[A-Za-z][\w -]{0,59}$/.test(value)) {
      semantic.unshift({ sel: `[itemprop="${value}"]`, standalone: true });
    } else if (name === 'itemtype' && /^https?:\/\/[\w./-]{1,100}$/.test(value)) {
      semantic.push({ sel: `[itemtype="${value}"]`, standalone: true });
    } else if (name.startsWith('aria-') && /^aria-[a-z]+$/.test(name)) {
      aria.push({ sel: `[${name}]`, standalone: false });
    } else if (relative && name === 'dir' && value === 'auto') {
      semantic.push({ sel: '[dir="auto"]', standalone: true });
    }
  }
  for (const c of Array.from(el.classList)) if (isReadableClass(c)) classes.push({ sel: `.${c}`, standalone: true });
  return [...data, ...presence, ...semantic, ...aria, ...classes];
}

// ---------------------------------------------------------------------------
// DOM helpers

function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function count(root: ParentNode, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

function closest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

const nestedCache = new WeakMap<Element, Map<string, boolean>>();

/** Whether `item` holds another item (a reply). */
function holdsItem(item: Element, itemSelector: string): boolean {
  let known = nestedCache.get(item);
  if (!known) {
    known = new Map();
    nestedCache.set(item, known);
  }
  let nested = known.get(itemSelector);
  if (nested === undefined) {
    nested = all(item, itemSelector).length > 0;
    known.set(itemSelector, nested);
  }
  return nested;
}

/** The first match of `selector` in `item` outside any nested item: what packAdapter reads. */
function ownFirst(item: Element, selector: string, itemSelector: string): Element | null {
  const nested = holdsItem(item, itemSelector);
  for (const node of all(item, selector)) if (!nested || closest(node, itemSelector) === item) return node;
  return null;
}

/** The elements of `item` in document order, outside nested items and skipped subtrees. */
function ownElements(item: Element, itemSelector: string): Element[] {
  return all(item, '*').filter((e) => closest(e, itemSelector) === item && !closest(e, SKIP));
}

const words = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);
const contains = (outer: Element, inner: Element | null): boolean =>
  inner !== null && (outer === inner || outer.contains(inner));

/** Whether `el` holds words of its own, not only link and button labels. */
function hasOwnWords(el: Element): boolean {
  const walk = (node: Element): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && words(child.nodeValue ?? '')) return true;
      if (child.nodeType === 1) {
        const e = child as Element;
        if (e.matches(`a, button, [role="button"], ${SKIP}`)) continue;
        if (walk(e)) return true;
      }
    }
    return false;
  };
  return walk(el);
}

/** Tag paths below `el`, three levels deep: what "shaped alike" compares. */
function shape(el: Element, cache: Map<Element, Set<string>>): Set<string> {
  const cached = cache.get(el);
  if (cached) return cached;
  const keys = new Set<string>();
  let budget = 400;
  const walk = (node: Element, path: string, depth: number): void => {
    for (let child = node.firstElementChild; child && budget > 0; child = child.nextElementSibling) {
      if (child.matches(SKIP)) continue;
      const key = path ? `${path}/${child.localName}` : child.localName;
      keys.add(key);
      budget--;
      if (depth < 3) walk(child, key, depth + 1);
    }
  };
  walk(el, '', 1);
  cache.set(el, keys);
  return keys;
}

function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared / (a.size + b.size - shared);
}

// ---------------------------------------------------------------------------
// The item

interface ItemGuess {
  selector: string;
  matches: Element[];
  similar: number;
  precision: number;
}

function itemSelectors(el: Element): string[] {
  const tag = safeTag(el);
  const fs = features(el, false);
  const out: string[] = [];
  for (const f of fs) {
    if (f.standalone) out.push(f.sel);
    if (tag) out.push(tag + f.sel);
  }
  const top = fs.slice(0, 4);
  const attribute = (f: Feature | undefined) => /^\[([\w-]+)/.exec(f?.sel ?? '')?.[1] ?? f?.sel;
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      if (attribute(top[i]) !== attribute(top[j])) out.push(`${tag}${top[i]?.sel}${top[j]?.sel}`);
    }
  }
  if (tag) {
    out.push(tag);
    // No stable feature of its own (utility classes only): placed under a stable ancestor, ".reviews > * > div".
    let up = el.parentElement;
    for (let k = 0; up && k < 3 && up.localName !== 'body'; k++, up = up.parentElement) {
      for (const f of features(up, false, true).slice(0, 2)) {
        out.push(`${f.standalone ? f.sel : safeTag(up) + f.sel} > ${'* > '.repeat(k)}${tag}`);
      }
    }
  }
  return [...new Set(out)];
}

/** Matches checked for likeness per selector; the share alike among them stands for all. */
const MAX_SHAPED = 150;

/** The best selector for items like `el`, or null when nothing like it repeats. */
function guessItem(el: Element, cache: Map<Element, Set<string>>): ItemGuess | null {
  const doc = el.ownerDocument;
  const mine = shape(el, cache);
  const isAlike = (m: Element) =>
    m === el || (words(m.textContent ?? '') && likeness(shape(m, cache), mine) >= MIN_LIKENESS);
  let best: ItemGuess | null = null;
  const seen: Element[][] = [];
  for (const selector of itemSelectors(el)) {
    const matches = all(doc, selector);
    if (matches.length < 2 || matches.length > MAX_MATCHES || !matches.includes(el)) continue;
    // Another selector for the same elements: the first (the preferred) one stands.
    if (seen.some((s) => s.length === matches.length && s.every((m, i) => m === matches[i]))) continue;
    seen.push(matches);
    const checked = sample(matches, el, MAX_SHAPED);
    const alike = checked.filter(isAlike).length;
    if (alike < 2) continue;
    const precision = alike / checked.length;
    if (precision < MIN_PRECISION) continue;
    // A match around the picked element that is not an item like it would make the picked one its "reply".
    let wrongNest = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (matches.includes(up) && !isAlike(up)) wrongNest = true;
    }
    if (wrongNest) continue;
    const similar = Math.max(alike, Math.round(precision * matches.length));
    if (
      !best ||
      precision > best.precision + 0.02 ||
      (Math.abs(precision - best.precision) <= 0.02 && similar > best.similar)
    ) {
      best = { selector, matches, similar, precision };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Fields inside the item

interface Picked {
  selector: string;
  hits: number;
}

interface RatingRead {
  attribute?: string;
  scale?: number;
}

interface Fields {
  author?: Picked;
  profileLink?: Picked;
  time?: Picked;
  rating?: Picked & RatingRead;
  permalink?: Picked;
  text?: Picked;
  idAttribute?: string;
  dropped: string[];
}

const ACTION =
  /^(?:reply|replies|share|report|report abuse|flag|like|likes|unlike|edit|delete|remove|more|see more|read more|show more|helpful|not helpful|follow|translate|view|hide|permalink|link|copy link|\d+)$/i;
const ACTION_LINK = /^(?:reply|report|report abuse|flag|like|edit|delete|follow|translate)$/i;
const PROFILE_HREF = /\/(?:users?|u|profiles?|people|members?|authors?|accounts?|@[\w.-]+)(?:\/|$)|\/@/i;
const ITEM_HREF = /#.|\/(?:reviews?|comments?|posts?|replies|r|p|t)\/|[?&](?:comment|review|reply)(?:_?id)?=|comment/i;
const AUTHOR_HINT = /author|user(?:name)?|byline|reviewer|commenter|poster|handle|display-?name|profile-?name|nick/i;
const TIME_HINT = /date|time|ago|posted|published/i;
const RATING_HINT = /rating|stars?|score/i;

function hintText(el: Element): string {
  return [el.getAttribute('class'), el.getAttribute('data-testid'), el.getAttribute('itemprop')].join(' ');
}

function authorLike(el: Element): boolean {
  const t = readText(el);
  return t.length >= 1 && t.length <= 60 && words(t) && !ACTION.test(t);
}

function linkHref(el: Element | null): string | null {
  if (el?.localName !== 'a') return null;
  const href = el.getAttribute('href')?.trim() ?? '';
  if (!href || href === '#' || /^javascript:/i.test(href)) return null;
  return absoluteUrl(href, el.ownerDocument?.URL ?? '');
}

/** Where the number of a rating element is, if it has one that reads as 1–5 stars. */
function ratingRead(el: Element): (RatingRead & { value: number }) | null {
  const tries: { attribute?: string; source: string }[] = [];
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'ratingValue') {
    tries.push(el.hasAttribute('content') ? { attribute: 'content', source: el.getAttribute('content') ?? '' } : { source: el.textContent ?? '' });
  }
  for (const name of ['data-rating', 'data-score', 'data-stars', 'data-value']) {
    const v = el.getAttribute(name);
    if (v !== null) tries.push({ attribute: name, source: v });
  }
  for (const name of ['aria-label', 'title']) {
    const v = el.getAttribute(name);
    if (v && /star|rat|out of|\d\s*\/\s*\d/i.test(v)) tries.push({ attribute: name, source: v });
  }
  const text = el.textContent ?? '';
  if (text.length <= 30 && (RATING_HINT.test(hintText(el)) || /out of|\/\s*\d|stars?/i.test(text))) tries.push({ source: text });
  for (const t of tries) {
    const m = /(\d+(?:[.,]\d+)?)/.exec(t.source);
    if (!m?.[1]) continue;
    const scale = ratingScale(el, t.source);
    const value = Math.round((Number(m[1].replace(',', '.')) / scale) * 5);
    if (value >= 1 && value <= 5) return { attribute: t.attribute, scale: scale === 5 ? undefined : scale, value };
  }
  return null;
}

function ratingScale(el: Element, source: string): number {
  const m = /out of (\d+)|\d\s*\/\s*(\d+)/i.exec(source);
  const written = Number(m?.[1] ?? m?.[2] ?? Number.NaN);
  if (written >= 2 && written <= 100) return written;
  const best = el.closest('[itemscope]')?.querySelector('[itemprop="bestRating"]');
  const declared = Number(best?.getAttribute('content') ?? best?.textContent ?? Number.NaN);
  return declared >= 2 && declared <= 100 ? Math.round(declared) : 5;
}

/** Reads a rating the way packAdapter does. */
function ratingValue(el: Element, read: RatingRead): number | null {
  const source = (read.attribute ? el.getAttribute(read.attribute) : null) ?? el.textContent ?? '';
  const m = /(\d+(?:[.,]\d+)?)/.exec(source);
  if (!m?.[1]) return null;
  const scaled = Math.round((Number(m[1].replace(',', '.')) / (read.scale ?? 5)) * 5);
  return scaled >= 1 && scaled <= 5 ? scaled : null;
}

/** Selectors, relative to `item`, that could find `el` in it; best first. */
function relativeSelectors(el: Element, item: Element, extras: string[]): string[] {
  const tag = safeTag(el);
  const fs = features(el, true);
  const out: string[] = [];
  const head = fs[0] ? (fs[0].standalone ? fs[0].sel : tag + fs[0].sel) : tag;
  const ups: Feature[] = [];
  for (let up = el.parentElement, depth = 0; up && up !== item && depth < 4; up = up.parentElement, depth++) {
    ups.push(...features(up, true).slice(0, 2));
  }
  // A generic microdata name is only meaningful under its scope: [itemprop="author"] [itemprop="name"].
  if (/^\[itemprop="(?:name|url|image|text)"\]$/.test(fs[0]?.sel ?? '')) {
    for (const u of ups) if (u.sel.startsWith('[itemprop=')) out.push(`${u.sel} ${head}`);
  }
  for (const f of fs) {
    if (f.standalone) out.push(f.sel);
    if (tag) out.push(tag + f.sel);
  }
  if (tag) out.push(tag);
  for (const u of ups) {
    if (tag) out.push(`${u.sel} ${tag}`);
    if (head && head !== tag) out.push(`${u.sel} ${head}`);
  }
  out.push(...extras);
  return [...new Set(out.filter(Boolean))];
}

interface Context {
  anchor: Element;
  itemSelector: string;
  items: Element[];
}

/** The own matches of `selector` in `item`, in document order. */
function ownAll(item: Element, selector: string, itemSelector: string): Element[] {
  const nested = holdsItem(item, itemSelector);
  return all(item, selector).filter((node) => !nested || closest(node, itemSelector) === item);
}

const TELLING_ATTRIBUTE = /^(?:aria-[a-z]+|data-[a-z][a-z0-9-]*|role|tabindex|hidden|itemprop|rel|target)$/;

/**
 * When `selector` finds `el` but something before it first (an avatar link
 * before the name link), the same selector without what the earlier ones have:
 * "a:not([aria-hidden])".
 */
function refinements(ctx: Context, el: Element, selector: string): string[] {
  const found = ownAll(ctx.anchor, selector, ctx.itemSelector);
  const at = found.indexOf(el);
  if (at <= 0) return [];
  const names = new Set<string>();
  for (const before of found.slice(0, at)) {
    for (const { name } of Array.from(before.attributes)) {
      if (TELLING_ATTRIBUTE.test(name) && !el.hasAttribute(name) && (!name.startsWith('data-') || stableDataName(name))) {
        names.add(name);
      }
    }
  }
  return [...names].map((name) => `${selector}:not([${name}])`);
}

/**
 * The selector that finds `el` in the anchor and a plausible element in most
 * items, or null. A selector that finds the wrong element in some items
 * (a misfire) scores lower than one that finds nothing there.
 */
function pickSelector(
  ctx: Context,
  el: Element,
  ok: (found: Element, item: Element) => boolean,
  extras: string[] = [],
): Picked | null {
  const best = { selector: '', hits: 0, score: Number.NEGATIVE_INFINITY };
  const n = ctx.items.length;
  const tried = new Set<string>();
  const consider = (selector: string): boolean => {
    if (tried.has(selector)) return false;
    tried.add(selector);
    if (ownFirst(ctx.anchor, selector, ctx.itemSelector) !== el) return false;
    let hits = 0;
    let misfires = 0;
    for (const item of ctx.items) {
      const found = ownFirst(item, selector, ctx.itemSelector);
      if (found && ok(found, item)) hits++;
      else if (found) misfires++;
    }
    const score = hits - misfires / 2;
    if (hits >= MIN_SHARE * n && score > best.score) Object.assign(best, { selector, hits, score });
    return hits === n && misfires === 0;
  };
  for (const selector of relativeSelectors(el, ctx.anchor, extras)) {
    if (consider(selector)) break;
    if (refinements(ctx, el, selector).some(consider)) break;
  }
  return best.selector ? { selector: best.selector, hits: best.hits } : null;
}

/** href pieces that mark a link to a person: a[href*="/u/"]. */
function profileExtras(el: Element): string[] {
  const href = el.getAttribute('href') ?? '';
  const m = /\/(users?|u|profiles?|people|members?|authors?|accounts?)\//i.exec(href);
  const out: string[] = [];
  if (m?.[1]) out.push(`a[href*="/${m[1]}/"]`);
  if (href.includes('/@')) out.push('a[href*="/@"]');
  return out;
}

/** Elements that may hold the author's name, most likely first. */
function authorCandidates(own: Element[], itemSelector: string): Element[] {
  const out: Element[] = [];
  for (const byProp of own.filter((e) => e.getAttribute('itemprop') === 'author')) {
    const name = byProp.querySelector('[itemprop="name"]');
    if (name && closest(name, itemSelector) === closest(byProp, itemSelector) && authorLike(name)) out.push(name);
    if (authorLike(byProp)) out.push(byProp);
  }
  for (const hinted of own.filter((e) => AUTHOR_HINT.test(hintText(e)) && !e.querySelector('time') && authorLike(e))) {
    // The hint is often on a wrapper around the name link ("Ana says:"): the link is the name.
    const links = Array.from(hinted.querySelectorAll('a[href]')).filter(authorLike);
    if (links.length === 1) out.push(links[0] as Element);
    out.push(hinted);
  }
  const links = own.filter(
    (e) =>
      e.localName === 'a' &&
      linkHref(e) !== null &&
      authorLike(e) &&
      !e.querySelector('time') &&
      !ITEM_HREF.test(e.getAttribute('href') ?? ''),
  );
  out.push(...links.filter((e) => PROFILE_HREF.test(e.getAttribute('href') ?? '')), ...links);
  // No link and no hint: a name set in bold or as a citation, else the first short line of its own.
  const outsideText = (e: Element) => !e.closest('p, blockquote, q') && authorLike(e);
  out.push(...own.filter((e) => e.matches('cite, strong, b, [class*="name" i]') && outsideText(e)));
  out.push(
    ...own.filter(
      (e) =>
        e.firstElementChild === null &&
        !e.matches('a, button, [role="button"], time, [datetime], label, option') &&
        !/\d/.test(readText(e)) &&
        outsideText(e),
    ),
  );
  return [...new Set(out)];
}

function findProfileLink(own: Element[], author: Element | null, anchor: Element): Element | null {
  if (author) {
    for (let up: Element | null = author; up && up !== anchor; up = up.parentElement) if (linkHref(up)) return up;
    const inside = Array.from(author.querySelectorAll('a[href]')).find((a) => linkHref(a));
    if (inside) return inside;
  }
  return own.find((e) => linkHref(e) !== null && PROFILE_HREF.test(e.getAttribute('href') ?? '')) ?? null;
}

function timeCandidates(own: Element[]): Element[] {
  const ranked = [
    (e: Element) => e.localName === 'time',
    (e: Element) => e.hasAttribute('datetime'),
    (e: Element) => e.getAttribute('itemprop') === 'datePublished' && e.localName !== 'meta',
    (e: Element) => e.localName === 'abbr' && e.hasAttribute('title'),
    (e: Element) => TIME_HINT.test(hintText(e)) && timeLike(e) && /\d|ago|yesterday|today/i.test(readText(e)),
  ];
  return [...new Set(ranked.flatMap((test) => own.filter(test)))];
}

function timeLike(el: Element): boolean {
  if (el.hasAttribute('datetime') || el.hasAttribute('title')) return true;
  const t = readText(el);
  return t.length >= 1 && t.length <= 60;
}

function ratingCandidates(own: Element[]): Element[] {
  const ranked = [
    (e: Element) => e.getAttribute('itemprop') === 'ratingValue',
    (e: Element) => ['data-rating', 'data-score', 'data-stars'].some((n) => e.hasAttribute(n)),
    (e: Element) => /star/i.test(e.getAttribute('aria-label') ?? ''),
    (e: Element) => e.getAttribute('role') === 'img' && /\d/.test(e.getAttribute('aria-label') ?? ''),
    (e: Element) => RATING_HINT.test(hintText(e)) || e.hasAttribute('title') || e.hasAttribute('aria-label'),
  ];
  return [...new Set(ranked.flatMap((test) => own.filter((e) => test(e) && ratingRead(e) !== null)))];
}

function permalinkCandidates(own: Element[], idValue: string | null, exclude: (Element | null)[]): Element[] {
  const links = own.filter((e) => {
    const href = e.getAttribute('href') ?? '';
    return (
      linkHref(e) !== null &&
      !exclude.includes(e) &&
      !ACTION_LINK.test(readText(e)) &&
      !/replytocom|[?&]action=/i.test(href)
    );
  });
  const withId = idValue ? links.filter((e) => (e.getAttribute('href') ?? '').includes(idValue)) : [];
  return [...new Set([...withId, ...links.filter((e) => ITEM_HREF.test(e.getAttribute('href') ?? ''))])];
}

/** Attribute selectors on a link's href that would tell it apart. */
function hrefExtras(el: Element): string[] {
  const href = el.getAttribute('href') ?? '';
  const out: string[] = [];
  if (href.startsWith('#')) out.push('a[href^="#"]');
  for (const part of ['/reviews/', '/review/', '/comments/', '/comment/', '#comment', 'comment', '#']) {
    if (href.includes(part)) out.push(`a[href*="${part}"]`);
  }
  return out;
}

function ratingExtras(el: Element): string[] {
  const out: string[] = [];
  if (/star/i.test(el.getAttribute('aria-label') ?? '')) out.push('[aria-label*="star" i]');
  if (el.getAttribute('role') === 'img' && el.hasAttribute('aria-label')) out.push('[role="img"][aria-label]');
  for (const name of ['data-rating', 'data-score', 'data-stars']) if (el.hasAttribute(name)) out.push(`[${name}]`);
  return out;
}

const TEXT_PREFERRED = ['reviewBody', 'text', 'commentText', 'articleBody', 'description'];

/** Elements that may hold the text: a microdata body, else the longest, a wrapper before what it wraps. */
function textCandidates(own: Element[], itemSelector: string, taken: Element[]): Element[] {
  const candidates = own.filter(
    (e) =>
      !e.matches('a, button, [role="button"], time, img, input, textarea, select, meta, label') &&
      !taken.some((t) => contains(e, t) || contains(t, e)) &&
      all(e, itemSelector).length === 0 &&
      hasOwnWords(e),
  );
  const preferred = TEXT_PREFERRED.flatMap((prop) => candidates.filter((e) => e.getAttribute('itemprop') === prop));
  const length = new Map(candidates.map((e) => [e, readText(e).length]));
  // A stable sort: for equal lengths, document order puts the wrapper first.
  const longest = [...candidates].sort((a, b) => (length.get(b) ?? 0) - (length.get(a) ?? 0));
  return [...new Set([...preferred, ...longest])];
}

const ID_NAME = /^(?:data-[a-z0-9-]*-?id|data-id|data-key|data-uuid|id)$/;

function idRank(name: string): number {
  return name === 'id' ? 2 : name === 'data-key' || name === 'data-uuid' ? 3 : name === 'data-id' ? 1 : 0;
}

/** An attribute of the item whose value tells the items apart. */
function findIdAttribute(ctx: Context): string | null {
  const names = Array.from(ctx.anchor.attributes)
    .map((a) => a.name)
    .filter((n) => ID_NAME.test(n))
    .sort((a, b) => idRank(a) - idRank(b));
  for (const name of names) {
    const values = ctx.items.map((i) => i.getAttribute(name)?.trim() ?? '').filter((v) => /^[^\s]{1,200}$/.test(v));
    if (values.length >= MIN_SHARE * ctx.items.length && new Set(values).size === values.length) return name;
  }
  return null;
}

const MAX_TRIES = 6;
/** Items besides the picked one to look for a field in, when the picked one lacks it (an author without a link). */
const MAX_EXEMPLARS = 5;

interface Found {
  el: Element;
  exemplar: Element;
  picked: Picked;
}

interface FieldSearch {
  /** Elements in `exemplar` that may be the field, most likely first. */
  candidates(exemplar: Element, own: Element[]): Element[];
  /** Whether what a selector finds in `item` plausibly is the field; may depend on the exemplar element. */
  ok(el: Element): (found: Element, item: Element) => boolean;
  extras?(el: Element): string[];
  /** A last check on a selector that works (permalinks must tell items apart). */
  accept?(picked: Picked): boolean;
}

function proposeFields(ctx: Context): Fields {
  const { anchor, itemSelector } = ctx;
  // The picked item first, then a few others spread over the page.
  const others = ctx.items.filter((i) => i !== anchor);
  const step = Math.max(1, Math.floor(others.length / MAX_EXEMPLARS));
  const exemplars = [anchor, ...others.filter((_, i) => i % step === 0).slice(0, MAX_EXEMPLARS)];
  const ownOf = new Map(exemplars.map((e) => [e, ownElements(e, itemSelector)]));
  const fields: Fields = { dropped: [] };
  const at = (item: Element, picked: Picked | undefined) =>
    picked ? ownFirst(item, picked.selector, itemSelector) : null;

  const search = (what: string, f: FieldSearch): Found | null => {
    let seen = false;
    for (const exemplar of exemplars) {
      const candidates = f.candidates(exemplar, ownOf.get(exemplar) ?? []);
      seen ||= candidates.length > 0;
      for (const el of candidates.slice(0, MAX_TRIES)) {
        const picked = pickSelector({ ...ctx, anchor: exemplar }, el, f.ok(el), f.extras?.(el));
        if (picked && (!f.accept || f.accept(picked))) return { el, exemplar, picked };
      }
    }
    if (seen) fields.dropped.push(what);
    return null;
  };

  const author = search('author', {
    candidates: (_, own) => authorCandidates(own, itemSelector),
    ok: () => (e) => authorLike(e) && !e.matches('time') && !e.querySelector('time'),
    extras: profileExtras,
  });
  fields.author = author?.picked;

  const authorAt = (item: Element) => at(item, fields.author);
  const profile = search('profile link', {
    candidates: (exemplar, own) => {
      const link = findProfileLink(own, authorAt(exemplar), exemplar);
      return link ? [link] : [];
    },
    ok: () => (e, item) => {
      const name = authorAt(item);
      const href = e.getAttribute('href') ?? '';
      return linkHref(e) !== null && (PROFILE_HREF.test(href) || (name !== null && (contains(e, name) || contains(name, e))));
    },
    extras: profileExtras,
  });
  fields.profileLink = profile?.picked;

  const time = search('time', {
    candidates: (_, own) => timeCandidates(own),
    ok: () => timeLike,
    extras: () => ['time', '[datetime]', 'abbr[title]'],
  });
  fields.time = time?.picked;

  const rating = search('rating', {
    candidates: (_, own) => ratingCandidates(own),
    ok: (el) => {
      const read = ratingRead(el);
      return (e) => read !== null && ratingValue(e, read) !== null;
    },
    extras: ratingExtras,
  });
  const read = rating ? ratingRead(rating.el) : null;
  if (rating && read) fields.rating = { ...rating.picked, attribute: read.attribute, scale: read.scale };

  const idAttribute = findIdAttribute(ctx);
  if (idAttribute) fields.idAttribute = idAttribute;

  const profileOf = (item: Element) => linkHref(at(item, fields.profileLink));
  // Keel stores a permalink without its #fragment: links that differ only there do not tell items apart.
  let samePage = false;
  const permalink = search('permalink', {
    candidates: (exemplar, own) =>
      permalinkCandidates(own, idAttribute ? exemplar.getAttribute(idAttribute) : null, [
        authorAt(exemplar),
        at(exemplar, fields.profileLink),
      ]),
    ok: () => (e, item) => linkHref(e) !== null && linkHref(e) !== profileOf(item),
    extras: hrefExtras,
    accept: (picked) => {
      const hrefs = ctx.items.map((i) => linkHref(ownFirst(i, picked.selector, itemSelector)));
      const present = hrefs.filter((h): h is string => h !== null).map(stripTracking);
      const distinct = new Set(present).size >= 0.9 * present.length;
      samePage ||= !distinct;
      return distinct;
    },
  });
  fields.permalink = permalink?.picked;
  if (!permalink && samePage) {
    fields.dropped = fields.dropped.filter((d) => d !== 'permalink');
    fields.dropped.push('permalink: the item links differ only after "#", which Keel drops, so they cannot tell items apart');
  }

  const taken = (item: Element) =>
    [fields.author, fields.profileLink, fields.time, fields.rating, fields.permalink]
      .map((p) => at(item, p))
      .filter((e): e is Element => e !== null);
  const text = search('text', {
    candidates: (exemplar, own) => textCandidates(own, itemSelector, taken(exemplar)),
    ok: () => (e, item) =>
      hasOwnWords(e) && all(e, itemSelector).length === 0 && !taken(item).some((t) => contains(e, t) || contains(t, e)),
  });
  fields.text = text?.picked;
  return fields;
}

function fieldScore(f: Fields): number {
  if (!f.text || !(f.author || f.time || f.rating)) return 0;
  return (
    1 +
    (f.author ? 2 : 0) +
    (f.time ? 1 : 0) +
    (f.rating ? 1 : 0) +
    (f.permalink ? 1 : 0) +
    (f.profileLink ? 0.5 : 0) +
    (f.idAttribute ? 0.5 : 0)
  );
}

interface Level {
  anchor: Element;
  guess: ItemGuess;
  fields: Fields;
  score: number;
}

/** Whether some match of `outer` holds two or more items of `inner` as its own: a list, not an item. */
function holdsSeveral(outer: ItemGuess, inner: ItemGuess): boolean {
  return outer.matches.some((o) => {
    let own = 0;
    for (const i of all(o, inner.selector)) if (closest(i, outer.selector) === o && ++own >= 2) return true;
    return false;
  });
}

/** Up to `size` of `matches` spread over the page, the picked one among them. */
function sample(matches: Element[], picked: Element, size = MAX_CHECKED): Element[] {
  if (matches.length <= size) return matches;
  const step = matches.length / size;
  const out = new Set<Element>([picked]);
  for (let i = 0; out.size < size && i < size; i++) out.add(matches[Math.floor(i * step)] as Element);
  return [...out];
}

// ---------------------------------------------------------------------------
// The pack around it

function pagePattern(url: URL): { pattern: string; note: string } {
  const origin = `${url.protocol}//${url.host}`;
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (segments.length >= 2 && /^[a-z][a-z0-9_-]{0,29}$/i.test(first) && (first.match(/-/g)?.length ?? 0) < 3) {
    return {
      pattern: `${origin}/${first}/*`,
      note: `Pages: ${origin}/${first}/* (every page under /${first}/ on ${url.host}; use ${origin}/* if the site shows them elsewhere too).`,
    };
  }
  return {
    pattern: `${origin}/*`,
    note: `Pages: ${origin}/* (every page on ${url.host}: the path ${url.pathname} names no section to narrow it to).`,
  };
}

const RESERVED = new Set<string>(PLATFORMS);

function packId(host: string): string {
  let slug = host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > 40) slug = slug.replace(/^www-/, '');
  slug = slug.slice(0, 40).replace(/-+$/, '');
  if (slug.length < 2) slug = `${slug || 'site'}-pack`;
  return RESERVED.has(slug) ? `${slug.slice(0, 35)}-pack` : slug;
}

function share(p: Picked, checked: number, found: number): string {
  if (checked < found) return `in ${p.hits} of ${checked} items checked`;
  return p.hits === checked ? `in all ${checked} items` : `in ${p.hits} of ${checked} items`;
}

/**
 * Proposes a selector pack from the element the user clicked on a comment or
 * review. Null when nothing around it repeats like a list of items does.
 * Throws when `opts.url` is not an http(s) URL.
 */
export function proposePack(clicked: Element, opts: ProposeOptions): Proposal | null {
  const url = new URL(opts.url);
  if (!/^https?:$/.test(url.protocol) || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(url.hostname)) {
    throw new TypeError(`A pack can only be proposed for an http(s) page, not ${opts.url}`);
  }
  const doc = clicked.ownerDocument;
  const cache = new Map<Element, Set<string>>();

  let best: Level | null = null;
  let el: Element | null = clicked;
  for (let depth = 0; el && depth < MAX_CLIMB; el = el.parentElement, depth++) {
    if (el === doc.body || el === doc.documentElement) break;
    // Above a reply: the item around it is the same kind, already seen.
    if (best && closest(el, best.guess.selector) === el) break;
    const guess = guessItem(el, cache);
    if (!guess) continue;
    if (best && holdsSeveral(guess, best.guess)) break;
    const items = sample(guess.matches, el);
    const fields = proposeFields({ anchor: el, itemSelector: guess.selector, items });
    const score = fieldScore(fields);
    if (score === 0) continue;
    if (
      !best ||
      score > best.score ||
      (score === best.score && guess.matches.length === best.guess.matches.length)
    ) {
      best = { anchor: el, guess, fields, score };
    }
  }
  if (!best) return null;

  const { guess, fields } = best;
  const checked = sample(guess.matches, best.anchor).length;
  const kind = opts.kind ?? (fields.rating ? 'review' : 'comment');
  const page = pagePattern(url);
  const selectors: Pack['selectors'] = { item: guess.selector, text: fields.text?.selector ?? '' };
  if (fields.author) selectors.author = fields.author.selector;
  if (fields.profileLink) selectors.profileLink = fields.profileLink.selector;
  if (fields.rating) selectors.rating = fields.rating.selector;
  if (fields.time) selectors.time = fields.time.selector;
  if (fields.permalink) selectors.permalink = fields.permalink.selector;

  const draft: Pack = {
    format: PACK_FORMAT,
    id: packId(url.hostname),
    name: url.hostname.replace(/^www\./, ''),
    version: 1,
    matches: [page.pattern],
    kind,
    selectors,
  };
  if (fields.idAttribute) draft.idAttribute = fields.idAttribute;
  if (fields.rating?.attribute) draft.ratingAttribute = fields.rating.attribute;
  if (fields.rating?.scale) draft.ratingScale = fields.rating.scale;

  const parsed = PackSchema.safeParse(draft);
  if (!parsed.success) return null;

  const notes = [
    `Items: ${guess.selector} matches ${guess.matches.length} elements shaped like the one you picked${
      guess.similar < guess.matches.length ? ` (${guess.matches.length - guess.similar} of them look different: check them)` : ''
    }.`,
  ];
  const line = (label: string, p: Picked | undefined, extra = '') => {
    if (p) notes.push(`${label}: ${p.selector} (found ${share(p, checked, guess.matches.length)})${extra}.`);
  };
  line('Author', fields.author);
  line('Profile link', fields.profileLink);
  line('Text', fields.text);
  line('Time', fields.time);
  if (fields.rating) {
    const from = fields.rating.attribute ? `its ${fields.rating.attribute} attribute` : 'its text';
    const scale = fields.rating.scale ? `, out of ${fields.rating.scale}` : '';
    line('Rating', fields.rating, `; the number is read from ${from}${scale}`);
  }
  line('Permalink', fields.permalink);
  for (const what of fields.dropped) {
    notes.push(
      what.includes(':')
        ? `No ${what}.`
        : `No ${what}: some items have one, but no selector finds it in most of them.`,
    );
  }
  for (const [what, p] of [
    ['author', fields.author],
    ['time', fields.time],
  ] as const) {
    if (!p && !fields.dropped.includes(what)) notes.push(`No ${what} found in the items.`);
  }
  notes.push(
    fields.idAttribute
      ? `Id: each item's ${fields.idAttribute} attribute.`
      : fields.permalink
        ? 'Id: none on the item; its permalink stands as its id.'
        : 'Id: none found; an item may be counted again when the page redraws it.',
  );
  if (guess.matches.some((m) => m.parentElement && closest(m.parentElement, guess.selector))) {
    notes.push('Replies: items inside other items are read as replies to them.');
  }
  notes.push(
    opts.kind
      ? `Kind: ${kind}.`
      : `Kind: ${kind} (${fields.rating ? 'the items carry a star rating' : 'the items carry no star rating'}).`,
  );
  notes.push(page.note);
  return { pack: parsed.data, found: guess.matches.length, notes };
}
