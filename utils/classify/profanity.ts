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

export interface ProfanityHit {
  word: string;
  insult: boolean;
}

const INSULTS = new Set(INSULT_WORDS);

/** Distinct profane or insulting words in `text`, as their dictionary form. */
export function findProfanity(text: string): ProfanityHit[] {
  if (!matcher.hasMatch(text)) return [];
  const words = new Map<string, ProfanityHit>();
  for (const match of matcher.getAllMatches(text, true)) {
    const word = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
    if (word && !words.has(word)) words.set(word, { word, insult: INSULTS.has(word) });
  }
  return [...words.values()];
}
