// Words a page shows cut short (utils/cut-words.ts): never taken for an edit.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isCutOf, otherWords } from '../../utils/cut-words';

describe('isCutOf', () => {
  test.each([
    ['I have left three messages…', 'I have left three messages about my crown.', true],
    ['I have left three mess...', 'I have left three messages about my crown.', true],
    ['I have left three\nmessages', 'I have left three messages about my crown.', true],
    ['', 'Anything at all', true],
    ['I have left three messages about my crown.', 'I have left three messages about my crown.', false],
    ['I have left three messages about my crown. Call me.', 'I have left three messages about my crown.', false],
    ['I have left four messages…', 'I have left three messages about my crown.', false],
    ['Great…', 'Great', false],
  ])('%j cut from %j: %s', (shown, full, cut) => {
    expect(isCutOf(shown, full)).toBe(cut);
  });

  test('any text cut anywhere, with or without a mark, is a cut of it; the whole text never is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.nat(80), fc.constantFrom('', '…', '...', ' …'), (text, at, mark) => {
        const full = `${text}x`;
        const end = Math.min(at, full.length - 1);
        expect(isCutOf(full.slice(0, end) + mark, full)).toBe(true);
        expect(isCutOf(full, full)).toBe(false);
        expect(isCutOf(text, text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('other words: an edit or the words opened in full; not the same words with other spaces, not them cut short', () => {
    expect(otherWords('Lovely team. Parking is hard.', 'Lovely team.')).toBe(true);
    expect(otherWords('We know where you live', 'Lovely people')).toBe(true);
    expect(otherWords('Lovely  team.\nThanks', 'Lovely team. Thanks')).toBe(false);
    expect(otherWords('Lovely te…', 'Lovely team. Thanks')).toBe(false);
    expect(otherWords('Same', 'Same')).toBe(false);
  });
});
