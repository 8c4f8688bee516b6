// Text normalisation for matching. Defeats the usual obfuscations: zero-width
// characters, look-alike Unicode, leetspeak, s p a c e d letters, stretched
// letters ("kiiiill"). Phrase lists go through the same function, so patterns
// and text always meet in the same form.

export const ZERO_WIDTH = /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e',
};

// The classifier and the near-copy index normalise the same text one after the other.
let lastIn: string | null = null;
let lastOut = '';

export function normalizeForMatch(text: string): string {
  if (text === lastIn) return lastOut;
  const out = normalizeUncached(text);
  lastIn = text;
  lastOut = out;
  return out;
}

// Whole words only; applied after stretched letters are collapsed ("urrr" → "ur").
export const TXT: Readonly<Record<string, string>> = { u: 'you', ur: 'your', urself: 'yourself', yourselfs: 'yourselves', ure: "you're" };
const MAYBE_TXT = /\bu|yourselfs/;
const TXT_SPEAK = /(?<![\w'@#$-])(?:u|ur|urself|yourselfs|ure)(?![\w'-])/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
export const ASCII = /^[\u0000-\u007f]*$/;

// A letter then a digit or symbol inside a word (a "!" ending a word is punctuation): the only texts the leetspeak pass can change.
const LEET_SIGN = /[a-z](?:[0-9@$|€]|!(?=[a-z0-9]))|[@$|€][a-z]/;

// Spaced letters this many or more are a sentence, not a word; these words are found inside it.
const SPACED_SENTENCE = 12;
const SPACED_WORDS = /kill|burn|shoot|stab|bomb|hurt|dead|die|watch|your|you|back|know|where|live|will|gonna|going|find|coming|for/g;

function normalizeUncached(text: string): string {
  // Plain ASCII (most comments) has no accents, look-alikes or zero-width characters to fold.
  let t = ASCII.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(ZERO_WIDTH, '').toLowerCase().replace(/ß/g, 'ss');
  // Leetspeak only inside words: "k1ll" → "kill", but "24/7" and "5 stars" stay.
  // A "!" that ends a word is punctuation ("Thank you!"), not an "i".
  // A word with one letter-then-symbol in it is leetspeak throughout: "wh3r3", "l1v3", "3sp0sit0" (never "3rd", "10am").
  // Tried only where a word starts (the lookbehind), so a long word costs one pass, not one per letter.
  if (LEET_SIGN.test(t)) t = t.replace(/(?<![a-z0-9@$!|€])[a-z0-9@$!|€]*[a-z][0-9@$!|€][a-z0-9@$!|€]*|[@$|€]+[a-z]+/g, (w) => {
    const bang = /!+$/.exec(w)?.[0] ?? '';
    return w.slice(0, w.length - bang.length).replace(/[0-9@$!|€]/g, (c) => LEET[c] ?? c) + bang;
  });
  // Spaced or dotted letters: "k i l l", "k.i.l.l", "k_i_l_l" → "kill". (Not `\b`: "_" is a word character.)
  // A whole sentence spaced out ("h a r b o u r l i g h t w i l l b u r n") has its threat words set apart again.
  t = t.replace(/(?<![a-z0-9])[a-z](?:[ .*_-][a-z](?![a-z0-9])){2,}/g, (w) => {
    const joined = w.replace(/[ .*_-]/g, '');
    return joined.length < SPACED_SENTENCE ? joined : joined.replace(SPACED_WORDS, ' $& ');
  });
  // Stretched letters: "kiiiill" → "kil" (phrases are collapsed the same way).
  t = t.replace(/([a-z])\1+/g, '$1');
  // Text-speak: "ur" → "your", "u" → "you", "urself" → "yourself" ("im" is German too: left alone).
  if (MAYBE_TXT.test(t)) t = t.replace(TXT_SPEAK, (w) => TXT[w] ?? w);
  return t.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Words of a normalised text: letters and digits, with inner apostrophes and hyphens ("don't", "x-ray"). */
export const WORD_SOURCE = String.raw`[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*`;
const WORD = new RegExp(WORD_SOURCE, 'gu');

// classify() runs several phrase lists over the same text: tokenise it once.
let lastText = '';
let lastTokens: string[] = [];
export function tokens(normalised: string): string[] {
  if (normalised !== lastText) {
    lastText = normalised;
    lastTokens = normalised.match(WORD) ?? [];
  }
  return lastTokens;
}

const WILD = null;
type Pattern = Array<string | typeof WILD>;

/**
 * A compiled phrase list. Phrases are matched word by word on normalised text,
 * through an index of first words: far cheaper than one big regex alternation,
 * and it runs for every comment.
 */
export interface PhraseMatcher {
  /** The phrases as a person reads them, `{w}` shown as "…". */
  labels: string[];
  byFirstWord: Map<string, number[]>;
  patterns: Pattern[];
}

/**
 * Compiles phrases matched as whole words on normalised text. `{w}` in a phrase
 * stands for up to two filler words ("burn {w} down").
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const patterns: Pattern[] = phrases.map((p) =>
    normalizeForMatch(p)
      .split('{w}')
      .flatMap((chunk, i) => [...(i > 0 ? [WILD] : []), ...tokens(chunk)]),
  );
  const byFirstWord = new Map<string, number[]>();
  // Two spellings that read the same once normalised ("qué asco" and "que asco", "cancelled my" and "canceled my")
  // are one phrase: tried, matched and quoted once.
  const seen = new Set<string>();
  patterns.forEach((pattern, i) => {
    const first = pattern[0];
    const key = JSON.stringify(pattern);
    if (typeof first !== 'string' || seen.has(key)) return;
    seen.add(key);
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), i]);
  });
  return { labels: phrases.map((p) => p.replace(/\s*\{w\}\s*/g, ' … ')), byFirstWord, patterns };
}

/** Whether `pattern` matches `words` starting at `at` (a WILD takes 0–2 words). */
function matchAt(pattern: Pattern, p: number, words: string[], at: number): boolean {
  if (p === pattern.length) return true;
  const want = pattern[p];
  if (want === WILD) {
    for (let skip = 0; skip <= 2 && at + skip <= words.length; skip++) {
      if (matchAt(pattern, p + 1, words, at + skip)) return true;
    }
    return false;
  }
  return words[at] === want && matchAt(pattern, p + 1, words, at + 1);
}

/** The distinct phrases of `m` found in normalised `text`, in order of appearance. */
export function allMatches(m: PhraseMatcher, text: string, limit = 5): string[] {
  const words = tokens(text);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const candidates = m.byFirstWord.get(words[i] as string);
    if (!candidates) continue;
    for (const c of candidates) {
      if (matchAt(m.patterns[c] as Pattern, 0, words, i)) {
        found.add(m.labels[c] as string);
        if (found.size >= limit) return [...found];
      }
    }
  }
  return [...found];
}

/** Tries the candidate phrases at word `i`, adding each list's new hits (up to 5 a list). */
function tryPhrases(compiled: PhraseMatcher[], found: Array<string[] | undefined>, candidates: Array<[number, number]>, words: string[], i: number): void {
  for (const [list, phrase] of candidates) {
    const m = compiled[list] as PhraseMatcher;
    const label = m.labels[phrase] as string;
    const hits = found[list];
    if (hits && (hits.length >= 5 || hits.includes(label))) continue;
    if (matchAt(m.patterns[phrase] as Pattern, 0, words, i)) {
      if (hits) hits.push(label);
      else found[list] = [label];
    }
  }
}

/**
 * Several phrase lists matched in one pass over the words of a text: each word
 * is looked up once, for all lists. Results per list, as allMatches gives them.
 */
export function multiMatcher<K extends string>(lists: Record<K, readonly string[]>): (text: string) => Record<K, string[]> {
  const names = Object.keys(lists) as K[];
  const compiled = names.map((name) => phraseMatcher(lists[name]));
  // Indexed by first word, then by second word: a common first word ("my", "i")
  // starts dozens of phrases, and only those with the right second word are tried.
  type Ref = [list: number, phrase: number];
  interface Slot {
    any: Ref[];
    bySecond: Map<string, Ref[]>;
  }
  const byFirstWord = new Map<string, Slot>();
  compiled.forEach((m, list) => {
    for (const [word, phrases] of m.byFirstWord) {
      let slot = byFirstWord.get(word);
      if (!slot) {
        slot = { any: [], bySecond: new Map() };
        byFirstWord.set(word, slot);
      }
      for (const phrase of phrases) {
        const second = (m.patterns[phrase] as Pattern)[1];
        if (typeof second === 'string') {
          const refs = slot.bySecond.get(second) ?? [];
          refs.push([list, phrase]);
          slot.bySecond.set(second, refs);
        } else slot.any.push([list, phrase]);
      }
    }
  });
  return (text) => {
    const words = tokens(text);
    // Most lists find nothing in most texts: allocate only for those that do.
    const found: Array<string[] | undefined> = [];
    for (let i = 0; i < words.length; i++) {
      const slot = byFirstWord.get(words[i] as string);
      if (!slot) continue;
      if (slot.any.length) tryPhrases(compiled, found, slot.any, words, i);
      const next = words[i + 1];
      if (next !== undefined) {
        const refs = slot.bySecond.get(next);
        if (refs) tryPhrases(compiled, found, refs, words, i);
      }
    }
    const out = {} as Record<K, string[]>;
    for (let i = 0; i < names.length; i++) out[names[i] as K] = found[i] ?? [];
    return out;
  };
}

/**
 * A pattern for normalised text (normalizeForMatch), written as people spell:
 * doubled letters are single there ("keep" is "kep", "will" is "wil", "good" is "god"),
 * so they are made single here too, outside escapes (the \b of "\bbetter" stays).
 * Words written with their double letter could otherwise never match.
 */
export function normalised(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/(?<!\\)([a-z])\1+/g, '$1'), re.flags);
}
