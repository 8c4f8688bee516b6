/**
 * Reasons quote the words that fired, but those are found in normalised text
 * (normalize.ts: "tomorrow" reads "tomorow", "k1ll" reads "kil", accents and
 * zero-width characters are gone). A moderator must be able to find the quote
 * in the comment, so each quote is looked up in the text as written and shown
 * that way: "we'll come for you", "Lorraine", "k1ll".
 */

import { ASCII, LEET, TXT, ZERO_WIDTH as ZERO_WIDTH_ALL } from './normalize';

// What normalisation turns into each letter (normalize.ts's leetspeak, read backwards): "o" from "0", "i" from "1", "!" or "|".
const LEET_FOR = new Map<string, string>();
for (const [written, letter] of Object.entries(LEET)) LEET_FOR.set(letter, (LEET_FOR.get(letter) ?? '') + written);
// One character at a time: not the global pattern normalisation replaces with.
const ZERO_WIDTH = new RegExp(ZERO_WIDTH_ALL.source, 'u');
// Only the characters a `u` pattern lets be escaped ("\\-" is an error there).
const escapeChars = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Text-speak normalisation writes out ("u" → "you", "ur" → "your"): each long form, and the short one it came from.
// A map, not an object: a quote's word may be "constructor".
const SPOKEN = new Map<string, string[]>(Object.entries(TXT).map(([short, long]) => [long, [long, short]]));

/** `text` folded letter by letter (lower case, accents off, zero-width dropped), with where each folded letter came from (null: the same place). */
function fold(text: string): { folded: string; from: number[] | null } {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), from: null };
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c.charCodeAt(0) < 0x80) {
      folded += c.toLowerCase();
      from.push(i);
      continue;
    }
    if (ZERO_WIDTH.test(c)) continue;
    const base = (c.normalize('NFKD')[0] ?? c).toLowerCase();
    folded += base === 'ß' ? 's' : base;
    from.push(i);
  }
  return { folded, from };
}

/** A pattern for a normalised quote that matches it as people write it: doubled letters, leetspeak, "u" for "you", any gap between words. */
const PATTERNS = new Map<string, RegExp>();
function patternFor(quote: string): RegExp {
  let known = PATTERNS.get(quote);
  if (!known) {
    known = buildPattern(quote);
    // Quotes come from a bounded vocabulary and the text's own words: keep the cache from growing without end.
    if (PATTERNS.size > 5000) PATTERNS.clear();
    PATTERNS.set(quote, known);
  }
  return known;
}

function buildPattern(quote: string): RegExp {
  const parts = quote
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `(?:${(SPOKEN.get(word) ?? [word]).map(wordPattern).join('|')})`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}])`, 'u');
}

/** One normalised word as it may be written: each letter doubled or in leetspeak, any apostrophe. */
function wordPattern(word: string): string {
  let out = '';
  for (const c of word) {
    if (/[a-z]/.test(c)) out += `[${c}${escapeChars(LEET_FOR.get(c) ?? '')}]+`;
    else if (c === "'") out += "['’‘`]";
    else out += escapeChars(c);
  }
  return out;
}

/** `quote` (from normalised text) as `text` writes it, or `quote` itself where it cannot be found. */
export function asWritten(text: string, quote: string, lower?: string): string {
  // Most quotes stand in the text just so.
  if (text.includes(quote)) return quote;
  return asWrittenFolded(text, quote, lower ?? text.toLowerCase());
}

function asWrittenFolded(text: string, quote: string, lower: string): string {
  // Lower case keeps the length of nearly every text; where it does not ("İ"), the slow way below is right.
  const at = lower.length === text.length ? lower.indexOf(quote) : -1;
  if (at >= 0) return text.slice(at, at + quote.length);
  // Long quotes are shown shortened ("we … kill … you"): each piece on its own.
  if (quote.includes(' … ')) {
    return quote
      .split(' … ')
      .map((part) => asWritten(text, part, lower))
      .join(' … ');
  }
  const { folded, from } = fold(text);
  const m = patternFor(quote).exec(folded);
  if (!m) return quote;
  const start = from ? (from[m.index] as number) : m.index;
  const end = from ? (from[m.index + m[0].length - 1] as number) + 1 : m.index + m[0].length;
  return text.slice(start, end);
}

/** Every “quote” in `reasons` as `text` writes it. */
export function quotesAsWritten(text: string, reasons: readonly string[]): string[] {
  let lower: string | null = null;
  const out: string[] = [];
  for (const r of reasons) {
    let open = r.indexOf('“');
    if (open < 0) {
      out.push(r);
      continue;
    }
    let shown = '';
    let from = 0;
    while (open >= 0) {
      const close = r.indexOf('”', open + 1);
      if (close < 0) break;
      const quote = r.slice(open + 1, close);
      if (text.includes(quote)) shown += r.slice(from, close);
      else {
        lower ??= text.toLowerCase();
        shown += r.slice(from, open + 1) + asWrittenFolded(text, quote, lower);
      }
      from = close;
      open = r.indexOf('“', close + 1);
    }
    out.push(shown + r.slice(from));
  }
  return out;
}
