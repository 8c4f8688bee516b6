import { describe, expect, test } from 'vitest';
import { averageIn, countIn } from '../../utils/adapters/page-rating';

describe('averageIn: the first number 0–5, point or comma', () => {
  test.each([
    ['4.1 stars ', 4.1],
    ['3,9 Sterne ', 3.9],
    ['Bewertung mit 4,5 von 5 Sternen', 4.5],
    ['4.5 star rating', 4.5],
    ['5 stars', 5],
    ['0', 0],
    ['٤٫٨ نجوم', 4.8], // Arabic-Indic digits and decimal separator
    ['٤', 4],
    ['4.75', 4.75],
  ])('%s → %s', (label, expected) => {
    expect(averageIn(label)).toBe(expected);
  });

  test.each([[null], [''], ['no rating yet'], ['12 stars'], ['5.5']])('%s → null', (label) => {
    expect(averageIn(label)).toBeNull();
  });
});

describe('countIn: the first whole number, thousands separators removed, rounded counts refused', () => {
  test.each([
    ['212 reviews', 212],
    ['(212)', 212],
    ['1,284 reviews', 1284],
    ['1.284 Rezensionen', 1284],
    ['1 284 avis', 1284],
    ['1\u202f284 avis', 1284],
    ['1\u00a0284\u00a0567 avis', 1284567],
    ["1'284 Bewertungen", 1284],
    ['Reviews 11,233', 11233],
    ['(37 Beiträge)', 37],
    ['0 reviews', 0],
  ])('%s → %s', (text, expected) => {
    expect(countIn(text)).toBe(expected);
  });

  test.each([['1.2k reviews'], ['3K reviews'], ['1,2 mil reseñas'], ['12 mil reseñas'], ['2 tys. opinii'], ['no reviews'], [null]])('%s → null', (text) => {
    expect(countIn(text)).toBeNull();
  });
});
