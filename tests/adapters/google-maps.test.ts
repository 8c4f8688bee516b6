// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture, readItems } from './fixture';
import { googleMaps, ratingFromLabel } from '../../utils/adapters/google-maps';
import type { RawItem } from '../../utils/model';

const load = (file: string) => loadFixture('google-maps', file);

const readAll = (doc: Document) => readItems(googleMaps, doc);

const contrib = (id: string) => `https://www.google.com/maps/contrib/${id}`;

describe('google maps adapter: reviews pane, English (reviews-pane.html)', () => {
  const doc = load('reviews-pane.html');
  const { elements, items } = readAll(doc);

  test('finds each card once, though data-review-id repeats on inner nodes and buttons', () => {
    expect(doc.querySelectorAll('[data-review-id]')).toHaveLength(31);
    expect(elements).toHaveLength(4);
    expect(elements.every((el) => el.classList.contains('jftiEf'))).toBe(true);
    expect(items.map((i) => i.nativeId)).toEqual([
      'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE',
      'ChZDSUhNMG9nS0VJQ0FnSUNreDg3UGJREAE',
      'ChdDSUhNMG9nS0VJQ0FnSURCM3VuQlN3EAE',
      'ChZDSUhNMG9nS0VJQ0FnSUQ0cGV2MWZnEAE',
    ]);
  });

  test('reads every field of a review, never the owner response', () => {
    expect(items[0]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE',
      parentId: null,
      permalink: null,
      author: { name: 'Hollis Vantreese', profileUrl: contrib('104455667788990011223') },
      text: 'Ordered a birthday cake two weeks ahead and it still was not ready when I came to collect it. The sourdough is good but the counter staff were rude about it.',
      rating: 2,
      postedAt: null,
      postedText: '2 weeks ago',
    } satisfies RawItem);
    expect(items[0]?.text).not.toContain('Marguerite');
  });

  test('reads a truncated review as shown, without the "More" button, and a reviewer named MORE', () => {
    expect(items[1]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUNreDg3UGJREAE',
      parentId: null,
      permalink: null,
      author: { name: 'MORE Moreno', profileUrl: contrib('117700223344556677889') },
      text: 'Found a hair baked into my croissant and when I showed the manager he laughed and said it happens. I will be reporting this place to the council because the kitchen looked filthy through the …',
      rating: 1,
      postedAt: null,
      postedText: 'a week ago',
    } satisfies RawItem);
  });

  test('reads a rating-only review and line breaks', () => {
    expect(items[2]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChdDSUhNMG9nS0VJQ0FnSURCM3VuQlN3EAE',
      parentId: null,
      permalink: null,
      author: { name: 'Tamsin Okereke', profileUrl: contrib('112233009988776655443') },
      text: '',
      rating: 5,
      postedAt: null,
      postedText: '3 months ago',
    } satisfies RawItem);
    expect(items[3]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUQ0cGV2MWZnEAE',
      parentId: null,
      permalink: null,
      author: { name: 'Jun Albrecht', profileUrl: contrib('109988112233445566778') },
      text: 'Great rye bread and the cinnamon buns sell out by ten.\nParking is tricky on Saturdays.',
      rating: 4,
      postedAt: null,
      postedText: '4 months ago',
    } satisfies RawItem);
  });

  test('a node added inside a card (or the card itself) gives back that card', () => {
    const card = elements[1] as Element;
    const more = card.querySelector('button[jsaction*="review.expand"]') as Element;
    expect(googleMaps.findItems(more)).toEqual([card]);
    expect(googleMaps.findItems(card.querySelector('.wiI7pd') as Element)).toEqual([card]);
    expect(googleMaps.findItems(card)).toEqual([card]);
    expect(googleMaps.findItems(doc.querySelector('.m6QErb') as Element)).toEqual(elements);
  });

  test('without the card label the name still comes from .d4r55, never from a control', () => {
    const fresh = load('reviews-pane.html');
    const card = googleMaps.findItems(fresh)[1] as Element;
    card.removeAttribute('aria-label');
    expect(googleMaps.read(card)?.author.name).toBe('MORE Moreno');
  });

  test('puts the chip right after the author name', () => {
    const { node, where } = googleMaps.anchor(elements[0] as Element);
    expect(where).toBe('afterend');
    expect(node.classList.contains('d4r55')).toBe(true);
    expect(node.textContent).toBe('Hollis Vantreese');
    const second = googleMaps.anchor(elements[1] as Element);
    expect(second.node.textContent).toBe('MORE Moreno');
  });
});

describe('google maps adapter: reviews pane, German (reviews-pane-de.html)', () => {
  const doc = load('reviews-pane-de.html');
  const { elements, items } = readAll(doc);

  test('reads localized stars, a card without label and a [data-expandable-section] text', () => {
    expect(doc.querySelectorAll('[data-review-id]')).toHaveLength(19);
    expect(elements).toHaveLength(3);
    expect(items).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChdDSUhNMG9nS0VJQ0FnSUNEZTAwMQEAE',
        parentId: null,
        permalink: null,
        author: { name: 'Wiebke Oltrogge', profileUrl: contrib('101010202020303030404') },
        text: 'Kompetente Behandlung, aber die Wartezeit war mit fast einer Stunde zu lang.',
        rating: 4,
        postedAt: null,
        postedText: 'vor einer Woche',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUNEZTAwMgEAE',
        parentId: null,
        permalink: null,
        author: { name: 'Jannik Brückner', profileUrl: contrib('105050606060707070808') },
        text: 'Mir wurde eine Füllung berechnet, die nie gemacht wurde. Am Telefon wurde ich abgewimmelt und …',
        rating: 1,
        postedAt: null,
        postedText: 'vor 2 Monaten',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChdDSUhNMG9nS0VJQ0FnSUNEZTAwMwEAE',
        parentId: null,
        permalink: null,
        author: { name: 'Özlem Aydın', profileUrl: contrib('109090808070706060505') },
        text: 'Super freundliches Team 😊 Ich habe keine Angst mehr vorm Zahnarzt.',
        rating: 5,
        postedAt: null,
        postedText: 'vor einem Jahr',
      },
    ] satisfies RawItem[]);
  });

  test('puts the chip after the name on a card without label', () => {
    const { node, where } = googleMaps.anchor(elements[1] as Element);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Jannik Brückner');
  });
});

describe('google maps adapter: hotel layout (hotel-reviews.html)', () => {
  const doc = load('hotel-reviews.html');
  const { elements, items } = readAll(doc);

  test('reads "4/5" ratings, never per-topic scores in the text; names from the reviewer button', () => {
    expect(elements).toHaveLength(2);
    expect(items).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChdDSUhNMG9nS0VJQ0FnSUNIb3RlbDEQAQ',
        parentId: null,
        permalink: null,
        author: { name: 'Linnea Fairbrother', profileUrl: contrib('116161616161616161616') },
        text: 'Lovely sea view, breakfast was cold.',
        rating: 4,
        postedAt: null,
        postedText: 'a month ago on Google',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUNIb3RlbDIQAQ',
        parentId: null,
        permalink: null,
        author: { name: 'Osei Mensah', profileUrl: null },
        text: 'Rooms: 2/5 Service: 1/5. Staff shouted at us at check-in.',
        rating: null,
        postedAt: null,
        postedText: '2 weeks ago on Google',
      },
    ] satisfies RawItem[]);
  });

  test('puts the chip after the reviewer button when the name has no element of its own', () => {
    const { node, where } = googleMaps.anchor(elements[1] as Element);
    expect(where).toBe('afterend');
    expect(node.localName).toBe('button');
  });

  test('an element that is not a card is not an item', () => {
    expect(googleMaps.read(doc.querySelector('[role="main"]') as Element)).toBeNull();
  });
});

describe('google maps adapter: star labels', () => {
  test.each([
    ['4 stars', 4],
    ['1 star', 1],
    ['4 Sterne', 4],
    ['1 Stern', 1],
    ['5 estrellas', 5],
    ['5 bintang', 5],
    ['٤ نجوم', 4],
    ['Rated 4.0 out of 5', 4],
    ['0 stars', null],
    ['10 stars', null],
    ['stars', null],
    ['', null],
    [null, null],
  ])('%s → %s', (label, rating) => {
    expect(ratingFromLabel(label)).toBe(rating);
  });
});

describe('google maps adapter: URLs', () => {
  // adapterFor() is not checked: registering the adapter in utils/adapters/index.ts is a separate change.
  test.each([
    ['https://www.google.com/maps/place/Copperleaf+Bakery/@51.5,-0.1,17z/data=!4m8!3m7!9m1!1b1', true],
    ['https://www.google.com/maps', true],
    ['https://maps.google.com/?cid=1234567890', true],
    ['https://www.google.com/search?q=copperleaf+bakery', false],
    ['https://www.google.com/mapsearch', false],
    ['http://www.google.com/maps/place/x', false],
    ['https://www.google.com.evil.example/maps/place/x', false],
    ['https://example.org/www.google.com/maps', false],
  ])('%s → %s', (url, ok) => {
    expect(googleMaps.matches(new URL(url))).toBe(ok);
  });
});
