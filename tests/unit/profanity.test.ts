import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { findProfanity, mayBeProfane } from '../../utils/classify/profanity';

// Texts a prefilter could get wrong: obfuscated, stretched, spaced, mixed.
const TRICKY = [
  'fuck off', 'f u c k off', 'fuuuuck', 'f*ck you', 'sh1t service', 'b!tch', 'a$$hole', 'you absolute c.u.n.t', 'ＦＵＣＫ',
  'what a load of bollocks', 'wanker', 'piss off', 'son of a b1tch', 'pr1ck', 'you idiot', 'IDIOTS', 'morons all of you',
  'Scunthorpe is a town', 'I assume the class was cancelled', 'passing the assessment', 'cocktail bar', 'Dickens novel',
  'Thank you for a wonderful visit', 'my appointment was moved twice', '', '🙂🙂🙂', 'x'.repeat(5000),
];

function hatecheckCases(): string[] {
  const file = path.resolve(__dirname, '../../../shared/data/hatecheck/test_suite_cases.csv');
  if (!fs.existsSync(file)) return [];
  // One case per line; the text is the 4th column. A light parse is enough for a corpus of strings.
  return fs.readFileSync(file, 'utf8').split('\n').slice(1, 1500).map((line) => line.split(',').slice(3, -5).join(','));
}

/** Offensive tweets (Davidson et al. 2017, MIT): the hardest corpus for agreement, when present. */
function davidsonTweets(): string[] {
  const file = path.resolve(__dirname, '../../../shared/data/davidson2017/labeled_data.csv');
  if (!fs.existsSync(file)) return [];
  return Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true })
    .data.slice(0, 4000)
    .map((r) => r.tweet ?? '');
}

function devsetTexts(): string[] {
  const file = path.resolve(__dirname, '../eval/devset.jsonl');
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
}

test.each<[string, string]>([
  ['vets are all scammers', 'scammers'],
  ['you muppets', 'muppets'],
  ['SCAMMERS the lot of them', 'scammers'],
])('an insult written with a double letter is found: %j', (text, word) => {
  expect(findProfanity(text).map((h) => h.word)).toContain(word);
});

describe('profanity prefilter', () => {
  test('never changes the result: prefiltered and plain matching agree on every text', () => {
    const corpus = [...TRICKY, ...hatecheckCases(), ...devsetTexts(), ...davidsonTweets()];
    expect(corpus.length).toBeGreaterThan(300);
    for (const text of corpus) {
      expect(findProfanity(text), text).toEqual(findProfanity(text, false));
    }
  });

  test('lets clean text through cheaply and profane text on to the full matcher', () => {
    expect(mayBeProfane('Are you open on Saturdays?')).toBe(false);
    expect(mayBeProfane('fuuuuck this')).toBe(true);
    expect(findProfanity('fuuuuck this').map((h) => h.word)).toEqual(['fuck']);
    // Spaced letters are joined before matching; ordinary spaced words are not.
    expect(findProfanity('f u c k this').map((h) => h.word)).toEqual(['fuck']);
    expect(findProfanity('I am a nurse')).toEqual([]);
    expect(findProfanity('You IDIOTS').map((h) => h.word)).toEqual(['idiots']);
  });
});

describe('words as written, and a slur only at the start of a word', () => {
  test('each hit carries the words as the text writes them', () => {
    expect(findProfanity('fuuuuck this, you IDIOTS').map((h) => [h.word, h.text])).toEqual([
      ['fuck', 'fuuuuck'],
      ['idiots', 'IDIOTS'],
    ]);
  });
  // The slur is spelt out of its letters here so the test file does not carry it as a word.
  const slur = ['n', 'i', 'g', 'g', 'a'].join('');
  test('its letters inside an everyday word of another language are no slur, and one later at a word start still is', () => {
    expect(findProfanity('Hanggang ngayon, tangga licin, nggak jelas.')).toEqual([]);
    expect(findProfanity(`Hanggang ngayon walang sagot, ${slur}.`).map((h) => h.text)).toEqual([slur]);
    expect(findProfanity(`Hanggang ngayon walang sagot, ${slur}.`, false).map((h) => h.text)).toEqual([slur]);
  });
});
