// Profanity and insults through obscenity, which handles leetspeak, confusable
// characters, stretched letters and separators. Keel adds plain insults
// ("idiot", "fraud") that an obscenity list does not carry.
import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  pattern,
  RegExpMatcher,
} from 'obscenity';
import { INSULT_WORDS } from './lexicon';

type Meta = { originalWord: string };

const dataset = new DataSet<Meta>().addAll(englishDataset as unknown as DataSet<Meta>);
// The recommended transformers collapse a run of one letter in the text to one
// (two for b, e, o, l, s, g): a pattern must be written collapsed the same way,
// or "scammers" and "muppets" never match.
const KEEP_TWO = new Set(['b', 'e', 'o', 'l', 's', 'g']);
const collapsed = (word: string) => word.replace(/(\p{L})\1+/gu, (run, c: string) => c.repeat(KEEP_TWO.has(c) ? Math.min(run.length, 2) : 1));
for (const word of INSULT_WORDS) {
  dataset.addPhrase((p) => p.setMetadata({ originalWord: word }).addPattern(pattern`|${collapsed(word)}|`));
}
// Words the English dataset's patterns catch by accident ("trafficking" reads as a swear word).
const terms = dataset.build();
const built = { ...terms, whitelistedTerms: [...(terms.whitelistedTerms ?? []), 'trafficking', 'trafficked', 'trafficker', 'traffickers',
  // Everyday words of other languages the English patterns read as swearing: French lateness and calling back, Indonesian "only".
  'en retard', 'de retard', 'du retard', 'le retard', 'un retard', 'rappel', 'rappelle', 'rappeler', 'rappelé', 'rappelez', 'cuma'] };
const matcher = new RegExpMatcher({ ...built, ...englishRecommendedTransformers });

/**
 * Terms read only at the start of a word and with every letter there: the
 * slur's pattern takes its "i" as optional, and "ngga" is everyday Indonesian,
 * Malay and Tagalog ("nggak", "ngga tau", "hanggang", "tangga").
 */
const WHOLE_ONLY = new Set(['nigger']);
const wordOf = (termId: number) => dataset.getPayloadWithPhraseMetadata({ termId, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord;
const WHOLE_ONLY_IDS = new Set((terms.blacklistedTerms ?? []).map((t) => t.id).filter((id) => WHOLE_ONLY.has(wordOf(id) ?? '')));
const LETTER = /\p{L}/u;
/** Whether a match of `termId` over `input[start..end]` counts: not one of those terms inside a word or short of a letter. */
const counts = (termId: number, input: string, start: number, end: number) =>
  !WHOLE_ONLY_IDS.has(termId) || (!LETTER.test(input[start - 1] ?? '') && end - start >= 4);

// Speed: obscenity tries each of its ~140 term regexes in turn over a text it
// transforms twice (~25 µs a text). Keel transforms once, runs the same term
// regexes as ONE alternation to find where any term can match, and tests the
// terms only at those places (sticky regexes), then applies obscenity's own
// whitelist. This reads internals of obscenity 0.4.x (pinned); if they are not
// there, the plain matcher is used. tests/unit/profanity.test.ts checks that
// both ways give the same words on thousands of texts.
interface MatcherInternals {
  blacklistedTerms?: Array<{ id: number; regExp: RegExp }>;
  blacklistMatcherTransformers?: unknown;
  applyTransformers?: (input: string, transformers: unknown) => [number[], string];
  getWhitelistedIntervals?: (input: string) => { query(lower: number, upper: number): boolean };
}
const internals = matcher as unknown as MatcherInternals;
const fast = (() => {
  const terms = internals.blacklistedTerms;
  if (!terms?.length || typeof internals.applyTransformers !== 'function' || typeof internals.getWhitelistedIntervals !== 'function') {
    return null;
  }
  const flags = [...new Set(terms.flatMap((t) => [...t.regExp.flags]))].filter((f) => f !== 'g' && f !== 'y').join('');
  // The terms must not capture, or their positions could not be told apart.
  if (terms.some((t) => new RegExp(`${t.regExp.source}|`).exec('')?.length !== 1)) return null;
  return {
    // One group per term: the group that matched is the first term that matches here.
    any: new RegExp(terms.map((t) => `(${t.regExp.source})`).join('|'), `${flags}g`),
    sticky: terms.map((t) => ({ id: t.id, re: new RegExp(t.regExp.source, `${flags}y`) })),
  };
})();

/** False only when no term can match `text`; true when it may. */
export function mayBeProfane(text: string): boolean {
  if (!fast || !internals.applyTransformers) return true;
  const [, transformed] = internals.applyTransformers.call(matcher, text, internals.blacklistMatcherTransformers);
  fast.any.lastIndex = 0;
  return fast.any.test(transformed);

}

interface TermMatch {
  termId: number;
  /** Where in the input, both ends included (obscenity's convention). */
  startIndex: number;
  endIndex: number;
}

/** Terms matched in `input`, the first place of each, as obscenity's getAllMatches finds them, whitelist applied. */
function fastTermMatches(input: string): TermMatch[] | null {
  if (!fast || !internals.applyTransformers || !internals.getWhitelistedIntervals) return null;
  const [toOriginal, transformed] = internals.applyTransformers.call(matcher, input, internals.blacklistMatcherTransformers);
  const found = new Map<number, TermMatch>();
  let whitelist: ReturnType<NonNullable<MatcherInternals['getWhitelistedIntervals']>> | null = null;
  fast.any.lastIndex = 0;
  for (let m = fast.any.exec(transformed); m; m = fast.any.exec(transformed)) {
    const at = m.index;
    // Alternatives are tried in order at a position: those before the one that
    // matched did not match here, so only it and the ones after it are tried.
    let first = 1;
    while (m[first] === undefined) first++;
    for (let t = first - 1; t < fast.sticky.length; t++) {
      const term = fast.sticky[t] as { id: number; re: RegExp };
      if (found.has(term.id)) continue;
      term.re.lastIndex = at;
      const hit = term.re.exec(transformed);
      if (!hit) continue;
      const start = toOriginal[at] as number;
      let end = toOriginal[at + hit[0].length - 1] as number;
      // obscenity's inclusive end, widened over a surrogate pair as it does.
      if (end < input.length - 1 && isHigh(input.charCodeAt(end)) && isLow(input.charCodeAt(end + 1))) end++;
      whitelist ??= internals.getWhitelistedIntervals.call(matcher, input);
      if (!whitelist.query(start, end) && counts(term.id, input, start, end)) found.set(term.id, { termId: term.id, startIndex: start, endIndex: end });
    }
    fast.any.lastIndex = at + 1;
  }
  return [...found.values()];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export interface ProfanityHit {
  /** The dictionary form ("fuck" for "fuuuck"). */
  word: string;
  /** The words as the text has them, for a moderator to find ("fuuuck", "f u c k"). */
  text: string;
  insult: boolean;
}


/** The whole word (or words) around `input[start..end]`, as written. */
function wordAt(input: string, start: number, end: number): string {
  let a = start;
  let b = end + 1;
  while (a > 0 && LETTER.test(input[a - 1] ?? '')) a--;
  while (b < input.length && LETTER.test(input[b] ?? '')) b++;
  return input.slice(a, b);
}

const INSULTS = new Set(INSULT_WORDS);

/** Distinct profane or insulting words in `text`: their dictionary form, and the words as the text writes them. */
export function findProfanity(text: string, usePrefilter = true): ProfanityHit[] {
  const words = new Map<string, ProfanityHit>();
  // obscenity reads "f.u.c.k" but not "f u c k": also read the text with spaced letters joined.
  const despaced = text.replace(SPACED, (run) => run.replace(/\s+/g, ''));
  for (const variant of despaced === text ? [text] : [text, despaced]) {
    const matches =
      (usePrefilter ? fastTermMatches(variant) : null) ??
      firstOfEach(matcher.getAllMatches(variant, true).filter((m) => counts(m.termId, variant, m.startIndex, m.endIndex)));
    for (const { termId, startIndex, endIndex } of matches) {
      const word = wordOf(termId);
      if (!word || words.has(word)) continue;
      words.set(word, { word, text: wordAt(variant, startIndex, endIndex), insult: INSULTS.has(word) });
    }
  }
  return [...words.values()];
}

/** The first match of each term, in text order (getAllMatches gives every match). */
function firstOfEach(all: readonly TermMatch[]): TermMatch[] {
  const seen = new Map<number, TermMatch>();
  for (const m of [...all].sort((a, b) => a.startIndex - b.startIndex)) if (!seen.has(m.termId)) seen.set(m.termId, m);
  return [...seen.values()];
}

const SPACED = /(?<!\p{L})\p{L}(?:\s\p{L}(?!\p{L})){2,}/gu;
