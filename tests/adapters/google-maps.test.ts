// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { googleMaps, ratingFromLabel } from '../../utils/adapters/google-maps';
import { type RawItem, RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('google-maps', file);

const readAll = (doc: Document) => readItems(googleMaps, doc);

// As the page links it: the reviews tab, in the viewer's language.
const contrib = (id: string, hl: string) => `https://www.google.com/maps/contrib/${id}/reviews?hl=${hl}`;

const isResponse = (el: Element) => el.classList.contains('CDe7pd');

describe('google maps adapter: reviews pane, English (reviews-pane.html)', () => {
  const doc = load('reviews-pane.html');
  const { elements, items } = readAll(doc);

  test('finds each card once, though data-review-id repeats on inner nodes and buttons, and the owner response after its card', () => {
    expect(doc.querySelectorAll('[data-review-id]')).toHaveLength(31);
    expect(elements).toHaveLength(5);
    expect(elements.map((el) => (isResponse(el) ? 'response' : el.classList.contains('jftiEf') ? 'card' : 'other'))).toEqual([
      'card',
      'response',
      'card',
      'card',
      'card',
    ]);
    expect(items.map((i) => i.nativeId)).toEqual([
      'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE',
      'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE:owner',
      'ChZDSUhNMG9nS0VJQ0FnSUNreDg3UGJREAE',
      'ChdDSUhNMG9nS0VJQ0FnSURCM3VuQlN3EAE',
      'ChZDSUhNMG9nS0VJQ0FnSUQ0cGV2MWZnEAE',
    ]);
  });

  test('reads every field of a review, never the owner response, and the response as a reply', () => {
    expect(items[0]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE',
      parentId: null,
      permalink: null,
      author: { name: 'Hollis Vantreese', profileUrl: contrib('104455667788990011223', 'en-US') },
      text: 'Ordered a birthday cake two weeks ahead and it still was not ready when I came to collect it. The sourdough is good but the counter staff were rude about it.',
      rating: 2,
      postedAt: null,
      postedText: '2 weeks ago',
    } satisfies RawItem);
    expect(items[0]?.text).not.toContain('Marguerite');
    expect(items[1]).toEqual({
      platform: 'google-maps',
      kind: 'reply',
      nativeId: 'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE:owner',
      parentId: 'ChdDSUhNMG9nS0VJQ0FnTUR4aGFZeUtBEAE',
      permalink: null,
      author: { name: 'Copperleaf Bakery', profileUrl: null },
      text: 'Hollis, we are so sorry about the cake. Please ask for Marguerite next time you visit, we would like to make it right.',
      rating: null,
      postedAt: null,
      postedText: 'a week ago',
    } satisfies RawItem);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads a truncated review as shown, without the "More" button, and a reviewer named MORE', () => {
    expect(items[2]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUNreDg3UGJREAE',
      parentId: null,
      permalink: null,
      author: { name: 'MORE Moreno', profileUrl: contrib('117700223344556677889', 'en-US') },
      text: 'Found a hair baked into my croissant and when I showed the manager he laughed and said it happens. I will be reporting this place to the council because the kitchen looked filthy through the …',
      cut: true,
      rating: 1,
      postedAt: null,
      postedText: 'a week ago',
    } satisfies RawItem);
  });

  test('reads a rating-only review and line breaks', () => {
    expect(items[3]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChdDSUhNMG9nS0VJQ0FnSURCM3VuQlN3EAE',
      parentId: null,
      permalink: null,
      author: { name: 'Tamsin Okereke', profileUrl: contrib('112233009988776655443', 'en-US') },
      text: '',
      rating: 5,
      postedAt: null,
      postedText: '3 months ago',
    } satisfies RawItem);
    expect(items[4]).toEqual({
      platform: 'google-maps',
      kind: 'review',
      nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUQ0cGV2MWZnEAE',
      parentId: null,
      permalink: null,
      author: { name: 'Jun Albrecht', profileUrl: contrib('109988112233445566778', 'en-US') },
      text: 'Great rye bread and the cinnamon buns sell out by ten.\nParking is tricky on Saturdays.',
      rating: 4,
      postedAt: null,
      postedText: '4 months ago',
    } satisfies RawItem);
  });

  test('a review opened in full ("More" pressed: the words written in, the button gone or expanded) is not cut', () => {
    const card = (load('reviews-pane.html') as Document).querySelectorAll('.jftiEf')[1] as Element;
    expect(googleMaps.read(card)?.cut).toBe(true);
    const more = card.querySelector('button[jsaction*="review.expandReview"]') as Element;
    more.setAttribute('aria-expanded', 'true');
    expect(googleMaps.read(card)?.cut).toBeUndefined();
    more.remove();
    (card.querySelector('.wiI7pd') as Element).textContent = 'Found a hair baked into my croissant. The whole review, as the page writes it in.';
    expect(googleMaps.read(card)).toMatchObject({ text: 'Found a hair baked into my croissant. The whole review, as the page writes it in.' });
    expect(googleMaps.read(card)?.cut).toBeUndefined();
  });

  test('a star label with no number in it (Arabic "نجمتان", "One star"): the drawn stars counted, filled first', () => {
    const page = load('reviews-pane.html');
    const cards = [...page.querySelectorAll('.jftiEf')];
    const [two, one] = [cards[0], cards[1]] as [Element, Element];
    const [twoStars, oneStar] = [two, one].map((card) => card.querySelector('[role="img"][aria-label*="star"]') as Element) as [Element, Element];
    expect([googleMaps.read(two)?.rating, googleMaps.read(one)?.rating]).toEqual([2, 1]);
    twoStars.setAttribute('aria-label', 'نجمتان');
    oneStar.setAttribute('aria-label', 'One star');
    expect([googleMaps.read(two)?.rating, googleMaps.read(one)?.rating]).toEqual([2, 1]);
    // Icons that are not five stars of two kinds, filled first, say nothing.
    twoStars.lastElementChild?.remove();
    expect(googleMaps.read(two)?.rating).toBeNull();
    const icons = [...oneStar.children];
    icons[0]?.before(icons[4] as Element);
    expect(googleMaps.read(one)?.rating).toBeNull();
  });

  test('a node added inside a card (or the card itself) gives back that card', () => {
    const card = elements[2] as Element;
    const more = card.querySelector('button[jsaction*="review.expand"]') as Element;
    expect(googleMaps.findItems(more)).toEqual([card]);
    expect(googleMaps.findItems(card.querySelector('.wiI7pd') as Element)).toEqual([card]);
    expect(googleMaps.findItems(card)).toEqual([card]);
    expect(googleMaps.findItems(doc.querySelector('.m6QErb') as Element)).toEqual(elements);
  });

  test('a node added inside the owner response gives back the card and the response; the card gives both', () => {
    const [card, response] = elements as [Element, Element];
    expect(googleMaps.findItems(response.querySelector('.wiI7pd') as Element)).toEqual([card, response]);
    expect(googleMaps.findItems(response)).toEqual([card, response]);
    expect(googleMaps.findItems(card)).toEqual([card, response]);
    // A node in the review's own text belongs to the review only.
    expect(googleMaps.findItems(card.querySelector('.MyEned') as Element)).toEqual([card]);
  });

  test('without the card label the name still comes from .d4r55, never from a control', () => {
    const fresh = load('reviews-pane.html');
    const card = googleMaps.findItems(fresh)[2] as Element;
    card.removeAttribute('aria-label');
    expect(googleMaps.read(card)?.author.name).toBe('MORE Moreno');
  });

  test('puts the chip right after the author name', () => {
    const { node, where } = googleMaps.anchor(elements[0] as Element);
    expect(where).toBe('afterend');
    expect(node.classList.contains('d4r55')).toBe(true);
    expect(node.textContent).toBe('Hollis Vantreese');
    const second = googleMaps.anchor(elements[2] as Element);
    expect(second.node.textContent).toBe('MORE Moreno');
  });

  test("puts the response's chip inside the response block, after its time", () => {
    const response = elements[1] as Element;
    const { node, where } = googleMaps.anchor(response);
    expect(where).toBe('afterend');
    expect(node.classList.contains('DZSIDd')).toBe(true);
    expect(response.contains(node)).toBe(true);
  });
});

describe('google maps adapter: reviews pane, German (reviews-pane-de.html)', () => {
  const doc = load('reviews-pane-de.html');
  const { elements, items } = readAll(doc);

  test('reads localized stars, a card without label, a [data-expandable-section] text and the owner response', () => {
    expect(doc.querySelectorAll('[data-review-id]')).toHaveLength(19);
    expect(elements).toHaveLength(4);
    expect(items).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChdDSUhNMG9nS0VJQ0FnSUNEZTAwMQEAE',
        parentId: null,
        permalink: null,
        author: { name: 'Wiebke Oltrogge', profileUrl: contrib('101010202020303030404', 'de') },
        text: 'Kompetente Behandlung, aber die Wartezeit war mit fast einer Stunde zu lang.',
        rating: 4,
        postedAt: null,
        postedText: 'vor einer Woche',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: 'ChdDSUhNMG9nS0VJQ0FnSUNEZTAwMQEAE:owner',
        parentId: 'ChdDSUhNMG9nS0VJQ0FnSUNEZTAwMQEAE',
        permalink: null,
        author: { name: 'Zahnarztpraxis am Mühlbach', profileUrl: null },
        text: 'Liebe Frau Oltrogge, danke für Ihr Feedback. Wir arbeiten an kürzeren Wartezeiten.',
        rating: null,
        postedAt: null,
        postedText: 'vor 5 Tagen',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChZDSUhNMG9nS0VJQ0FnSUNEZTAwMgEAE',
        parentId: null,
        permalink: null,
        author: { name: 'Jannik Brückner', profileUrl: contrib('105050606060707070808', 'de') },
        text: 'Mir wurde eine Füllung berechnet, die nie gemacht wurde. Am Telefon wurde ich abgewimmelt und …',
        cut: true,
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
        author: { name: 'Özlem Aydın', profileUrl: contrib('109090808070706060505', 'de') },
        text: 'Super freundliches Team 😊 Ich habe keine Angst mehr vorm Zahnarzt.',
        rating: 5,
        postedAt: null,
        postedText: 'vor einem Jahr',
      },
    ] satisfies RawItem[]);
  });

  test('puts the chip after the name on a card without label', () => {
    const { node, where } = googleMaps.anchor(elements[2] as Element);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Jannik Brückner');
  });
});

describe('google maps adapter: owner responses (owner-responses.html)', () => {
  const doc = load('owner-responses.html');
  const { elements, items } = readAll(doc);
  const place = 'Brightwell Dental Studio';
  const ids = {
    truncated: 'ChdDSUhNMG9nS0VJQ0FnT3duZXIwMRAB',
    translated: 'ChZDSUhNMG9nS0VJQ0FnT3duZXIwMhAB',
    none: 'ChdDSUhNMG9nS0VJQ0FnT3duZXIwMxAB',
    newer: 'ChZDSUhNMG9nS0VJQ0FnT3duZXIwNBAB',
  };

  test('each response is an item right after its card; a card without one has none', () => {
    expect(elements).toHaveLength(7);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['review', ids.truncated, null],
      ['reply', `${ids.truncated}:owner`, ids.truncated],
      ['review', ids.translated, null],
      ['reply', `${ids.translated}:owner`, ids.translated],
      ['review', ids.none, null],
      ['review', ids.newer, null],
      ['reply', `${ids.newer}:owner`, ids.newer],
    ]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads a truncated response as shown, without its "More" button (review.expandOwnerResponse)', () => {
    expect(items.slice(0, 2)).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.truncated,
        parentId: null,
        permalink: null,
        author: { name: 'Perpetua Lindqvist', profileUrl: contrib('108080808080808080801', 'en-GB') },
        text: 'The hygienist was lovely but I was billed for an X-ray I never had and the receptionist insisted I must have forgotten it. Still waiting for the …',
        cut: true,
        rating: 2,
        postedAt: null,
        postedText: '3 weeks ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.truncated}:owner`,
        parentId: ids.truncated,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Dear Perpetua, thank you for taking the time to write. We have checked your file and the X-ray charge was an error on our side; a refund of the full amount has been issued to your card and …',
        cut: true,
        rating: null,
        postedAt: null,
        postedText: '2 weeks ago',
      },
    ] satisfies RawItem[]);
  });

  test('reads hostile-looking text as text, and a translated response without its "See original" line', () => {
    expect(items.slice(2, 4)).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.translated,
        parentId: null,
        permalink: null,
        author: { name: 'Casimir Oduya', profileUrl: contrib('102020202020202020202', 'en-GB') },
        text: 'Their booking page shows <script>alert("hi")</script> instead of times. Zero\u200bstars if I could.',
        rating: 1,
        postedAt: null,
        postedText: 'a month ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.translated}:owner`,
        parentId: ids.translated,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Thanks for telling us, the booking page is fixed now.',
        rating: null,
        postedAt: null,
        postedText: '4 weeks ago',
      },
    ] satisfies RawItem[]);
  });

  test('reads the newer [data-expandable-section] markup in review and response apart, emoji kept', () => {
    expect(items.slice(4)).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.none,
        parentId: null,
        permalink: null,
        author: { name: 'Ilse Marchetti', profileUrl: contrib('103030303030303030303', 'en-GB') },
        text: 'Painless filling, friendly team.',
        rating: 5,
        postedAt: null,
        postedText: '2 months ago',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.newer,
        parentId: null,
        permalink: null,
        author: { name: 'Bartholomew Achebe', profileUrl: contrib('104040404040404040404', 'en-GB') },
        text: 'Good with nervous kids. Parking is a pain.',
        rating: 4,
        postedAt: null,
        postedText: '5 months ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.newer}:owner`,
        parentId: ids.newer,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Thank you Bartholomew 😊 there is free parking behind the pharmacy on Dene Street, two minutes …',
        cut: true,
        rating: null,
        postedAt: null,
        postedText: '5 months ago',
      },
    ] satisfies RawItem[]);
    for (const item of items) expect(item.text).not.toMatch(/More|See original|Translated by Google|Response from the owner/);
  });

  test('the expand button inside a response (it carries data-review-id) gives back the card and the response', () => {
    const [card, response] = elements as [Element, Element];
    const more = response.querySelector('button[jsaction*="review.expandOwnerResponse"]') as Element;
    expect(more.getAttribute('data-review-id')).toBe(ids.truncated);
    expect(googleMaps.findItems(more)).toEqual([card, response]);
    expect(googleMaps.read(response)?.kind).toBe('reply');
    expect(googleMaps.read(card)?.kind).toBe('review');
  });

  test('a duplicate rendering of a card and its response yields them once', () => {
    const fresh = load('owner-responses.html');
    const list = fresh.querySelector('.m6QErb') as Element;
    list.append(list.querySelector('.jftiEf')?.cloneNode(true) as Element);
    const again = readAll(fresh);
    expect(again.elements).toHaveLength(7);
    expect(again.items).toEqual(items);
  });

  test('the place name comes from the pane, else the reviews list, else it is empty', () => {
    const fresh = load('owner-responses.html');
    const response = googleMaps.findItems(fresh)[1] as Element;
    fresh.querySelector('[role="main"]')?.removeAttribute('aria-label');
    fresh.querySelector('.m6QErb')?.setAttribute('aria-label', 'Brightwell Dental (list)');
    expect(googleMaps.read(response)?.author).toEqual({ name: 'Brightwell Dental (list)', profileUrl: null });
    fresh.querySelector('.m6QErb')?.removeAttribute('aria-label');
    expect(googleMaps.read(response)?.author).toEqual({ name: '', profileUrl: null });
  });

  test('a response outside any card is not an item; a response without its time takes the chip at its start', () => {
    const fresh = load('owner-responses.html');
    const stray = fresh.createElement('div');
    stray.className = 'CDe7pd';
    stray.innerHTML = '<div class="wiI7pd">Loose text</div>';
    fresh.querySelector('.m6QErb')?.append(stray);
    expect(googleMaps.findItems(fresh)).toHaveLength(7);
    expect(googleMaps.read(stray)).toBeNull();
    const response = googleMaps.findItems(fresh)[1] as Element;
    response.querySelector('.DZSIDd')?.remove();
    expect(googleMaps.anchor(response)).toEqual({ node: response, where: 'afterbegin' });
    expect(googleMaps.read(response)?.postedText).toBeNull();
  });
});

describe('google maps adapter: classes renamed, stable hooks kept (reviews-pane-renamed.html)', () => {
  const doc = load('reviews-pane-renamed.html');
  const { elements, items } = readAll(doc);
  const place = 'Larkspur Physiotherapy';
  const ids = {
    span: 'ChdDSUhNMG9nS0VJQ0FnUmVuMDFSEAE',
    idonly: 'ChZDSUhNMG9nS0VJQ0FnUmVuMDJSEAE',
    lang: 'ChdDSUhNMG9nS0VJQ0FnUmVuMDNSEAE',
    bare: 'ChZDSUhNMG9nS0VJQ0FnUmVuMDRSEAE',
    hidden: 'ChdDSUhNMG9nS0VJQ0FnUmVuMDVSEAE',
    starsOnly: 'ChZDSUhNMG9nS0VJQ0FnUmVuMDZSEAE',
  };

  test('reads every review and the responses a stable hook still marks; text by the container, not the span class', () => {
    expect(doc.querySelector('.wiI7pd.Tq7Wd, .d4r55, .rsqaWe, .DZSIDd')).toBeNull();
    expect(elements).toHaveLength(10);
    expect(items).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.span,
        parentId: null,
        permalink: null,
        author: { name: 'Ottilie Brandt', profileUrl: contrib('105050505050505050501', 'en-GB') },
        text: 'The physio found the real cause of my knee pain in one session and gave me exercises that actually work. Booking online is a bit …',
        cut: true,
        rating: 5,
        postedAt: null,
        postedText: '2 weeks ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.span}:owner`,
        parentId: ids.span,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Thank you Ottilie, we will pass this on to Joris!',
        rating: null,
        postedAt: null,
        postedText: 'a week ago',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.idonly,
        parentId: null,
        permalink: null,
        author: { name: 'Ferdinand Osei', profileUrl: contrib('105050505050505050502', 'en-GB') },
        text: 'Treatment was fine, the front desk double-booked me twice.',
        rating: 2,
        postedAt: null,
        postedText: 'a month ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.idonly}:owner`,
        parentId: ids.idonly,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Ferdinand, sorry about the bookings. We have moved to a new calendar system.',
        rating: null,
        postedAt: null,
        postedText: '4 weeks ago',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.lang,
        parentId: null,
        permalink: null,
        author: { name: 'Nkechi Adeyemi-Lund', profileUrl: contrib('105050505050505050503', 'en-GB') },
        text: 'Good hands-on treatment.\nParking is tight after five.',
        cut: true,
        rating: 4,
        postedAt: null,
        postedText: '3 months ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.lang}:owner`,
        parentId: ids.lang,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Thanks Nkechi! There are two more spaces behind the bakery on Orchard Lane, and from next month …',
        cut: true,
        rating: null,
        postedAt: null,
        postedText: '3 months ago',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.bare,
        parentId: null,
        permalink: null,
        author: { name: 'Jun Watanabe', profileUrl: contrib('105050505050505050504', 'en-GB') },
        text: '',
        rating: 3,
        postedAt: null,
        postedText: '5 months ago',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.hidden,
        parentId: null,
        permalink: null,
        author: { name: 'Saoirse Delaney', profileUrl: contrib('105050505050505050505', 'en-GB') },
        text: 'Cancelled on the day, twice.',
        rating: 1,
        postedAt: null,
        postedText: '6 months ago',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: ids.starsOnly,
        parentId: null,
        permalink: null,
        author: { name: 'Wren Castellanos', profileUrl: contrib('105050505050505050506', 'en-GB') },
        text: '',
        rating: 5,
        postedAt: null,
        postedText: 'a year ago',
      },
      {
        platform: 'google-maps',
        kind: 'reply',
        nativeId: `${ids.starsOnly}:owner`,
        parentId: ids.starsOnly,
        permalink: null,
        author: { name: place, profileUrl: null },
        text: 'Thank you Wren!',
        rating: null,
        postedAt: null,
        postedText: 'a year ago',
      },
    ] satisfies RawItem[]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
    for (const item of items) expect(item.text).not.toMatch(/More|Wait time|Response from the owner/);
    // A response with no hook left (no class, no button) is no item, and never part of its review.
    const card = elements[7] as Element;
    const block = card.querySelector('.Vb6Qm') as Element;
    expect(block.textContent).toContain('our physio was ill');
    expect(googleMaps.findItems(card)).toEqual([card]);
    expect(googleMaps.read(block)).toBeNull();
  });

  test('responses found by structure are items of their card from inside too, and take their chip after their time', () => {
    const [, , card2, response2, card3, response3] = elements as Element[];
    expect(response2?.className).toBe('Vb6Qm');
    expect(response3?.className).toBe('Vb6Qm');
    expect(googleMaps.findItems(card2 as Element)).toEqual([card2, response2]);
    expect(googleMaps.findItems(response3?.querySelector('.Hs5Np') as Element)).toEqual([card3, response3]);
    expect(googleMaps.findItems(card3?.querySelector('[lang]') as Element)).toEqual([card3]);
    expect(googleMaps.read(response3 as Element)).toEqual(items[5]);
    const at = googleMaps.anchor(response3 as Element);
    expect(at).toEqual({ node: response3?.querySelector('.Ru8Kd'), where: 'afterend' });
    expect(googleMaps.anchor(elements[1] as Element)).toEqual({ node: elements[1]?.querySelector('.Ru8Kd'), where: 'afterend' });
  });
});

describe('google maps adapter: 2021 layout, Japanese, profile links as <a> (reviews-pane-2021.html)', () => {
  const doc = load('reviews-pane-2021.html');
  const { elements, items } = readAll(doc);

  test('reads the profile link from a[href*="/maps/contrib/"], the 2021 text and time', () => {
    expect(doc.querySelector('button[data-href]')).toBeNull();
    expect(elements).toHaveLength(2);
    expect(items).toEqual([
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChZDSUhNMG9nS0VJQ0FnMjAyMUFBEAE',
        parentId: null,
        permalink: null,
        author: { name: '高橋 さくら', profileUrl: contrib('106060606060606060601', 'ja') },
        text: '先生の説明が丁寧で、腰の痛みがすっかり良くなりました。',
        rating: 5,
        postedAt: null,
        postedText: '1 か月前',
      },
      {
        platform: 'google-maps',
        kind: 'review',
        nativeId: 'ChdDSUhNMG9nS0VJQ0FnMjAyMUJCRRAB',
        parentId: null,
        permalink: null,
        author: { name: 'Mateo 🌵 Ruiz', profileUrl: contrib('106060606060606060602', 'ja') },
        text: '',
        rating: 3,
        postedAt: null,
        postedText: '5 か月前',
      },
    ] satisfies RawItem[]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
    // The chip goes after the link that holds the name (the photo's link has no words).
    const at = googleMaps.anchor(elements[0] as Element);
    expect(at.where).toBe('afterend');
    expect(at.node.textContent).toBe('高橋 さくら');
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
        author: { name: 'Linnea Fairbrother', profileUrl: contrib('116161616161616161616', 'en') },
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
    // Country domains are Google Maps too.
    ['https://www.google.de/maps/place/Copperleaf+B%C3%A4ckerei/@52.5,13.4,17z', true],
    ['https://www.google.co.uk/maps/place/Copperleaf+Bakery', true],
    ['https://www.google.com.au/maps', true],
    ['https://maps.google.fr/?cid=1234567890', true],
    ['https://www.google.de/search?q=copperleaf', false],
    ['https://www.google.evil.example/maps', false],
    ['https://www.google.com/search?q=copperleaf+bakery', false],
    ['https://www.google.com/mapsearch', false],
    ['http://www.google.com/maps/place/x', false],
    ['https://www.google.com.evil.example/maps/place/x', false],
    ['https://example.org/www.google.com/maps', false],
  ])('%s → %s', (url, ok) => {
    expect(googleMaps.matches(new URL(url))).toBe(ok);
  });
});

describe('google maps adapter: the place average (rating)', () => {
  test.each([
    ['reviews-pane.html', { average: 4.1, count: 212 }],
    // German interface: decimal comma in "3,9 Sterne", count "87 Rezensionen".
    ['reviews-pane-de.html', { average: 3.9, count: 87 }],
    // A header without the count: the average alone.
    ['owner-responses.html', { average: 3.9, count: null }],
    // F7nice renamed, French: the labelled star image under the h1, "4,8 étoiles", "1 284 avis";
    // never another place's stars (a carousel before and after it) or a review's.
    ['place-header-fr.html', { average: 4.8, count: 1284 }],
  ])('%s → %o', (file, expected) => {
    expect(googleMaps.rating?.(load(file))).toEqual(expected);
  });

  test('the hotel layout shows no place average in the pane: null', () => {
    expect(googleMaps.rating?.(load('hotel-reviews.html'))).toBeNull();
  });

  test('a review card or another place is never the place’s average', () => {
    const doc = load('place-header-fr.html');
    doc.querySelector('.Qm7Tr')?.remove();
    expect(googleMaps.rating?.(doc)).toBeNull();
  });

  test('reads the header as it changes (the average falls, the count grows)', () => {
    const doc = load('reviews-pane.html');
    doc.querySelector('.F7nice [role="img"]')?.setAttribute('aria-label', '1.2 stars ');
    doc.querySelector('.F7nice [aria-label$="reviews"]')?.setAttribute('aria-label', '1,310 reviews');
    expect(googleMaps.rating?.(doc)).toEqual({ average: 1.2, count: 1310 });
  });
});

describe('google-maps adapter: contributor links on a country domain', () => {
  test('an absolute link on www.google.de is kept as the page has it; a relative one is made absolute there', () => {
    const html = fs
      .readFileSync(path.join(__dirname, '../fixtures/google-maps/reviews-pane-de.html'), 'utf8')
      .replaceAll('https://www.google.com/maps/contrib/', 'https://www.google.de/maps/contrib/');
    const window = new Window({ url: 'https://www.google.de/maps/place/Harbourside+Dental/@-33.86,151.2,17z?hl=de' });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const reviews = readItems(googleMaps, doc).items.filter((i) => i.kind === 'review');
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) expect(r.author.profileUrl).toMatch(/^https:\/\/www\.google\.de\/maps\/contrib\/\d+\/reviews\?hl=de$/);
    const button = doc.querySelector('[data-href*="/maps/contrib/"]') as Element;
    button.setAttribute('data-href', (button.getAttribute('data-href') ?? '').replace('https://www.google.de', ''));
    const first = googleMaps.read(googleMaps.findItems(button)[0] as Element);
    expect(first?.author.profileUrl).toMatch(/^https:\/\/www\.google\.de\/maps\/contrib\/\d+\/reviews\?hl=de$/);
    void window.happyDOM.close();
  });
});
