import { describe, expect, test } from 'vitest';
import { classify } from '../../utils/classify';
import { allMatches, normalizeForMatch, phraseMatcher } from '../../utils/classify/normalize';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

describe('normalizeForMatch', () => {
  test.each<[string, string]>([
    // leetspeak inside words
    ['k1ll', 'kil'],
    ['y0u', 'you'],
    ['d3ad', 'dead'],
    ['sh!t', 'shit'],
    ['a$k', 'ask'],
    ['h@te', 'hate'],
    ['$cam', 'scam'],
    ['open 10am to 5pm, 1st step', 'open 10am to 5pm, 1st step'],
    // spaced and dotted letters
    ['k i l l you', 'kil you'],
    ['k.i.l.l you', 'kil you'],
    ['w-a-t-c-h', 'watch'],
    ['b_o_m_b', 'bomb'],
    ['a b c', 'abc'],
    ['i am ok', 'i am ok'], // two single letters are not a spaced word
    // zero-width and soft hyphen inside words
    ['ki\u200bll', 'kil'],
    ['wa\u200ctch\u200d', 'watch'],
    ['\ufeffback', 'back'],
    ['th\u00adreat', 'threat'],
    // stretched letters
    ['kiiiiiill', 'kil'],
    ['nooooo', 'no'],
    // case, accents, look-alike width forms, curly quotes, whitespace
    ['KILL', 'kil'],
    ['café', 'cafe'],
    ['ｋｉｌｌ', 'kil'],
    ['you’re dead', "you're dead"],
    ['  watch \n\t your   back  ', 'watch your back'],
    // text-speak, also when no word starts with "u"
    ['u r next', 'you r next'],
    ['ur dead', 'your dead'],
    ['go kill yourselfs', 'go kil yourselves'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  test.each<[string]>([
    ['24/7'],
    ['open 24/7'],
    ['5 stars'],
    ['10 / 10'],
    ['$50'],
    ['555 0104'],
    ['2 hours'],
  ])('does not mangle %j', (input) => {
    expect(normalizeForMatch(input)).toBe(input);
  });

  test.each<[string, string]>([
    ['Thank you!', 'thank you!'],
    ['Boycott this place!!', 'boycot this place!!'],
  ])('does not read a trailing "!" as a letter: %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  test('is idempotent', () => {
    for (const s of ['I will k 1 l l you!!', 'W A T C H your back', 'kiiill\u200b y0u', '24/7, 5 stars']) {
      const once = normalizeForMatch(s);
      expect(normalizeForMatch(once)).toBe(once);
    }
  });

  test('empty and invisible-only text normalize to the empty string', () => {
    expect(normalizeForMatch('')).toBe('');
    expect(normalizeForMatch('\u200b\u200d\ufeff  ')).toBe('');
  });
});

describe('phraseMatcher / allMatches', () => {
  const m = phraseMatcher(['kill you', 'burn {w} down', 'watch your back', 'know where you live']);
  const find = (text: string) => allMatches(m, normalizeForMatch(text));

  test('labels show {w} as "…" and keep the phrase as written', () => {
    expect(m.labels).toEqual(['kill you', 'burn … down', 'watch your back', 'know where you live']);
  });

  test.each<[string, string[]]>([
    ['I will kill you', ['kill you']],
    ['burn down', ['burn … down']],
    ['burn it down', ['burn … down']],
    ['burn the place down', ['burn … down']],
    ['I will k1ll you', ['kill you']],
    ['w a t c h your back', ['watch your back']],
    ['watch\u200b your back', ['watch your back']],
    ['We KNOW where you   live', ['know where you live']],
    ['Watch your back, I know where you live and I will kill you', ['watch your back', 'know where you live', 'kill you']],
    ['kill you, kill you, kill you', ['kill you']],
  ])('flags %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  test.each<[string]>([
    ['burn the whole old place down'], // three fillers: more than {w} allows
    ['skill youth'], // inside other words
    ['kill yourself a sandwich'], // "you" only as the start of a longer word
    ['overwatch your backpack'],
    ['knowhere you live'],
    ['burndown chart'],
    [''],
  ])('does not flag %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  test('matches whole words only, also for single-word phrases', () => {
    const w = phraseMatcher(['boycott', 'cleaning']);
    expect(allMatches(w, normalizeForMatch('Boycott them'))).toEqual(['boycott']);
    expect(allMatches(w, normalizeForMatch('boycotted'))).toEqual([]);
    expect(allMatches(w, normalizeForMatch('#boycott'))).toEqual(['boycott']);
    expect(allMatches(w, normalizeForMatch('my cleaning.'))).toEqual(['cleaning']);
    expect(allMatches(w, normalizeForMatch('drycleaning'))).toEqual([]);
  });

  test('phrases with regex characters are matched literally', () => {
    const r = phraseMatcher(['check-up', 'x-ray', 'c++ (dev)']);
    expect(allMatches(r, normalizeForMatch('My check-up and x-ray'))).toEqual(['check-up', 'x-ray']);
    expect(allMatches(r, normalizeForMatch('checkXup'))).toEqual([]);
  });

  test('returns matches in order of appearance and honours the limit', () => {
    const many = phraseMatcher(['apple', 'pear', 'plum', 'fig', 'kiwi', 'lime']);
    const text = 'lime kiwi fig plum pear apple';
    expect(allMatches(many, normalizeForMatch(text))).toEqual(['lime', 'kiwi', 'fig', 'plum', 'pear']);
    expect(allMatches(many, normalizeForMatch(text), 2)).toEqual(['lime', 'kiwi']);
  });

  test('can be reused: the global regex state does not leak between calls', () => {
    expect(find('I will kill you')).toEqual(['kill you']);
    expect(find('kill you')).toEqual(['kill you']);
    expect(find('kill you')).toEqual(['kill you']);
  });
});

describe('spellings that read the same once normalised are one phrase', () => {
  test('matched and quoted once', () => {
    const m = phraseMatcher(['qué asco', 'que asco', 'cancelled my', 'canceled my']);
    expect(allMatches(m, normalizeForMatch('Qué asco. They cancelled my appointment'))).toEqual(['qué asco', 'cancelled my']);
  });
  test('a reason never quotes the same words twice', () => {
    const r = classify({ text: 'They cancelled my appointment twice and kept my deposit.', rating: 1 }, { profile: DEFAULT_WORKSPACE.profile });
    const quoted = r.reasons.flatMap((why) => [...why.matchAll(/“([^”]+)”/g)].map((q) => `${why.slice(0, 12)}:${q[1]}`));
    expect(new Set(quoted).size).toBe(quoted.length);
  });
});
