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
for (const word of INSULT_WORDS) {
  dataset.addPhrase((p) => p.setMetadata({ originalWord: word }).addPattern(pattern`|${word}|`));
}
const built = dataset.build();
const matcher = new RegExpMatcher({ ...built, ...englishRecommendedTransformers });

// Speed: obscenity tries each of its ~140 term regexes in turn (~25 µs a text).
// Most comments are clean, so first run the same term regexes as ONE alternation
// over the same transformed text; only a text that could match goes the full
// way. This reads two internals of obscenity 0.4.x (pinned); if they are not
// there, the prefilter is simply skipped. tests/unit/profanity.test.ts checks
// that prefiltered and plain results agree.
interface MatcherInternals {
  blacklistedTerms?: Array<{ regExp: RegExp }>;
  blacklistMatcherTransformers?: unknown;
  applyTransformers?: (input: string, transformers: unknown) => [unknown, string];
}
const internals = matcher as unknown as MatcherInternals;
const prefilter = (() => {
  const terms = internals.blacklistedTerms;
  if (!terms?.length || typeof internals.applyTransformers !== 'function') return null;
  const flags = [...new Set(terms.flatMap((t) => [...t.regExp.flags]))].filter((f) => f !== 'g' && f !== 'y').join('');
  return new RegExp(terms.map((t) => `(?:${t.regExp.source})`).join('|'), flags);
})();

/** False only when no term can match `text`; true when it may. */
export function mayBeProfane(text: string): boolean {
  if (!prefilter || !internals.applyTransformers) return true;
  const [, transformed] = internals.applyTransformers.call(matcher, text, internals.blacklistMatcherTransformers);
  return prefilter.test(transformed);
}

export interface ProfanityHit {
  word: string;
  insult: boolean;
}

const INSULTS = new Set(INSULT_WORDS);

/** Distinct profane or insulting words in `text`, as their dictionary form. */
export function findProfanity(text: string, usePrefilter = true): ProfanityHit[] {
  const words = new Map<string, ProfanityHit>();
  // obscenity reads "f.u.c.k" but not "f u c k": also read the text with spaced letters joined.
  const despaced = text.replace(SPACED, (run) => run.replace(/\s+/g, ''));
  for (const variant of despaced === text ? [text] : [text, despaced]) {
    if (usePrefilter && !mayBeProfane(variant)) continue;
    for (const match of matcher.getAllMatches(variant, true)) {
      const word = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
      if (word && !words.has(word)) words.set(word, { word, insult: INSULTS.has(word) });
    }
  }
  return [...words.values()];
}

const SPACED = /(?<!\p{L})\p{L}(?:\s\p{L}(?!\p{L})){2,}/gu;
