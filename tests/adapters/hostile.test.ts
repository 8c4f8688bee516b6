// @vitest-environment happy-dom
/**
 * The hostile corpus (tests/fixtures/hostile/corpus.ts) read by the adapters as
 * the scanner reads it: every text and name comes back exactly as written, no
 * link that runs code survives as a profile link, and every item, after the
 * content script fits it to the protocol's limits, is one the background
 * accepts (one refused item would cost the whole batch its labels).
 */
import { describe, expect, test } from 'vitest';
import { facebook } from '../../utils/adapters/facebook';
import { googleMaps } from '../../utils/adapters/google-maps';
import { fitItem } from '../../utils/content/fit-item';
import { RawItemSchema } from '../../utils/model';
import { facebookComments, facebookPage, mapsPage, mapsReviews } from '../fixtures/hostile/corpus';
import { readItems } from './fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('hostile Facebook comments', () => {
  const comments = facebookComments().filter((c) => !c.later);
  const { items } = readItems(facebook, parse(facebookPage()));
  const byId = new Map(items.map((i) => [i.nativeId, i]));

  test('each comment is read once, text, name and shown time exactly as written', () => {
    expect(items).toHaveLength(comments.length);
    for (const c of comments) {
      const item = byId.get(c.id);
      expect(item, c.id).toBeDefined();
      expect(item?.text, c.id).toBe(c.text);
      expect(item?.author.name, c.id).toBe(c.name);
      expect(item?.postedText, c.id).toBe(c.time);
    }
  });

  test('profile links sent are http(s) or nothing: javascript:, data:, vbscript: and unparseable hosts are dropped', () => {
    for (const item of items) {
      const url = fitItem(item).author.profileUrl;
      if (url !== null) expect(new URL(url).protocol, String(item.nativeId)).toMatch(/^https?:$/);
    }
    for (const id of ['h100', 'h101', 'h102', 'h103', 'h104']) expect(byId.get(id)?.author.profileUrl, id).toBeNull();
    // The adapter keeps what looks like an address; the URL parser refuses its host, so it is not sent.
    expect(byId.get('h106')?.author.profileUrl).toBe('https://evil<script>.example/');
    expect(RawItemSchema.safeParse(byId.get('h106')).success).toBe(false);
    expect(fitItem(byId.get('h106') as never).author.profileUrl).toBeNull();
  });

  test('every item, fitted, is one the background accepts; fitting changes nothing that already fits', () => {
    for (const item of items) {
      const fitted = fitItem(item);
      expect(RawItemSchema.safeParse(fitted).success, String(item.nativeId)).toBe(true);
      if (RawItemSchema.safeParse(item).success) expect(fitted).toEqual(item);
    }
  });
});

describe('hostile Google Maps reviews', () => {
  const reviews = mapsReviews();
  const { items } = readItems(googleMaps, parse(mapsPage()));

  test('names from the card label and texts read exactly; only /maps/contrib/ links are kept', () => {
    expect(items.map((i) => i.nativeId)).toEqual(reviews.map((r) => r.id));
    reviews.forEach((r, n) => {
      expect(items[n]?.author.name).toBe(r.name);
      expect(items[n]?.text).toBe(r.text);
      expect(items[n]?.author.profileUrl).toBe(r.contrib.startsWith('https://') ? r.contrib : null);
      expect(RawItemSchema.safeParse(fitItem(items[n] as never)).success).toBe(true);
    });
  });
});

describe('fitItem', () => {
  const base = facebookComments()[0];
  const raw = {
    platform: 'facebook' as const,
    kind: 'comment' as const,
    nativeId: 'x'.repeat(300),
    parentId: 'p'.repeat(300),
    permalink: `https://www.facebook.com/${'a'.repeat(5_000)}`,
    author: { name: `${base?.name}${'n'.repeat(3_000)}`, profileUrl: 'https://evil<script>.example/' },
    text: 'w'.repeat(250_000),
    rating: null,
    postedAt: null,
    postedText: 't'.repeat(3_000),
  };

  test('an item past every limit is cut to fit, links that do not parse are dropped, and the result is accepted', () => {
    expect(RawItemSchema.safeParse(raw).success).toBe(false);
    const fitted = fitItem(raw);
    expect(RawItemSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(200_000);
    expect(fitted.text.startsWith('w'.repeat(1_000))).toBe(true);
    expect(fitted.author.name.length).toBeLessThanOrEqual(2_000);
    expect(fitted.author.profileUrl).toBeNull();
    expect(fitted.permalink).toBeNull();
    expect(fitted.nativeId?.length).toBeLessThanOrEqual(200);
  });

  test('a cut never splits a surrogate pair', () => {
    const emoji = { ...raw, nativeId: 'e', parentId: null, permalink: null, author: { name: '😀'.repeat(1_500), profileUrl: null }, text: 'ok', postedText: null };
    const name = fitItem(emoji).author.name;
    expect(name.length).toBeLessThanOrEqual(2_000);
    expect(name).toMatch(/^(?:😀)+…$/u);
    expect(RawItemSchema.safeParse(fitItem(emoji)).success).toBe(true);
  });
});
