/**
 * Reviews and comments in the languages a page's customers write: a rated review is read as a customer's
 * unless something marks it otherwise; critics who say they were never there, in their own language, are not.
 */
import { describe, expect, test } from 'vitest';
import { classify } from '../../utils/classify';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const ctx = { profile: DEFAULT_WORKSPACE.profile };
const run = (text: string, rating: number | null = null) => classify({ text, rating }, ctx);

describe('a rated review outside a pile-on, with no abuse, is a customer’s in any language', () => {
  test.each<[string, number]>([
    ['受付の対応がとても遅くて、二時間も待たされました。', 1],
    ['Pokój był brudny, a śniadanie zimne.', 2],
    ['Kahvaltı soğuktu ve oda temizlenmemişti.', 2],
    ['Hemşire çok kibardı ama otopark yok.', 3],
    ['It was fine. Parking is tricky though.', 3],
    ['Die Wartezeit war lang, sonst alles in Ordnung.', 3],
  ])('%s (%i stars) → genuine', (text, rating) => {
    const r = run(text, rating);
    expect(r.label).toBe('genuine');
    expect(r.reasons.join(' ')).toMatch(/rated review/);
  });

  test.each<[string, number]>([
    // Abuse, hearsay, a link sent to, talk of a video, the writer never there: not read as a customer's.
    ['Nunca he ido, pero dicen que son unos ladrones.', 1],
    ['Noch nie dort gewesen, aber das Video sagt alles.', 1],
    ['Nooit geweest, maar het filmpje zegt genoeg.', 1],
    ['Ho sentito dire che trattano male la gente.', 1],
    ['Never been inside but they look like crooks.', 1],
    ['I never bought anything there but they are liars and thieves, everyone knows.', 1],
    ['Get 40 five-star reviews on Google from aged accounts, undetectable: rankfast.io', 5],
  ])('%s (%i stars) → not genuine', (text, rating) => {
    expect(run(text, rating).label).not.toBe('genuine');
  });

  test('a review with no rating gains nothing from the rule', () => {
    expect(run('Pokój był brudny, a śniadanie zimne.').label).not.toBe('genuine');
  });

  test('review-selling is spam', () => {
    expect(run('Get 40 five-star reviews on Google from aged accounts, undetectable: rankfast.io', 5).label).toBe('spam');
  });
});

describe('praise', () => {
  test.each<[string, number | null]>([
    ['Dziękuję doktor Okafor, wreszcie mogę normalnie jeść!', null],
    ['Obrigada Theo, fiquei muito satisfeita com o resultado!', null],
    ['Friendly team, a little pricey.', 3],
  ])('thanks to a staff member by name, or praise in a rated review, is a customer’s: %s', (text, rating) => {
    expect(run(text, rating).label).toBe('genuine');
  });

  test.each(['Спасибо, вы лучшие!', 'Teşekkürler, harikasınız', 'Bedankt voor alles'])('thanks with no visit behind it is a supporter’s: %s', (text) => {
    expect(run(text).label).toBe('supporter');
  });

  test('a customer’s verdict on coming back, in other languages, is an experience', () => {
    for (const text of ['La comida llegó fría. No volveré.', 'Cibo freddo e servizio lento. Mai più.', 'Wir kommen wieder, danke!']) {
      expect(run(text).label, text).toBe('genuine');
    }
  });
});
