// Reasons quote the words that fired as the comment writes them (utils/classify/original-words.ts).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asWritten, quotesAsWritten } from '../../utils/classify/original-words';
import { normalizeForMatch } from '../../utils/classify/normalize';

describe('quotes as written', () => {
  test.each([
    ['I will be waiting for Lorraine tomorrow', 'wil be waiting for loraine tomorow', 'will be waiting for Lorraine tomorrow'],
    ['WE KNOW WHERE YOU LIVE', 'we know where you live', 'WE KNOW WHERE YOU LIVE'],
    ['i will k1ll u', 'kil you', 'k1ll u'],
    ['Ich weiß, wo du wohnst', 'ich weis, wo du wohnst', 'Ich weiß, wo du wohnst'],
    ['Çocuklarını okuldan alırken seni gördük', 'cocuklarını okuldan alırken seni gorduk', 'Çocuklarını okuldan alırken seni gördük'],
    [`k\u200bi\u200bl\u200bl you now`, 'kil you', `k\u200bi\u200bl\u200bl you`],
    ['Dr Okafor… she is finished', 'dr okafor … finished', 'Dr Okafor … finished'],
  ])('%j: “%s” is shown as “%s”', (text, quote, shown) => {
    expect(asWritten(text, quote)).toBe(shown);
  });

  test('a quote the text does not hold is left as it is', () => {
    expect(asWritten('nothing like it here', 'kil you')).toBe('kil you');
  });

  test('only the quoted words change in a reason', () => {
    expect(quotesAsWritten('Watch ur BACK, Owen', ['Threat wording: “watch your back”.', 'Keep the evidence.'])).toEqual([
      'Threat wording: “Watch ur BACK”.',
      'Keep the evidence.',
    ]);
  });

  test('for any text and any quote, the answer is the quote or words of the text that read as it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), (text, quote) => {
        const shown = asWritten(text, quote);
        expect(shown === quote || text.includes(shown)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(60), fc.nat(20), (text, from, length) => {
        // A piece of a text, normalised as the classifier reads it, is found again as written.
        const piece = text.slice(from, from + length).trim();
        const quote = normalizeForMatch(piece);
        if (!/^[a-z ]+$/.test(quote) || quote.length < 3 || !/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(piece)) return;
        expect(normalizeForMatch(asWritten(text, quote))).toBe(quote);
      }),
      { numRuns: 2000 },
    );
  });
});
