// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { trustpilot } from '../../utils/adapters/trustpilot';
import type { RawItem } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('trustpilot', file);

const readAll = (doc: Document) => readItems(trustpilot, doc);

const review = (id: string) => `https://www.trustpilot.com/reviews/${id}`;
const user = (id: string) => `https://www.trustpilot.com/users/${id}`;

describe('trustpilot adapter: company page, English (review-page.html)', () => {
  const doc = load('review-page.html');
  const { elements, items } = readAll(doc);

  test('finds every review card, nothing from the company header or the pager', () => {
    expect(elements).toHaveLength(4);
    expect(items.map((i) => i.nativeId)).toEqual([
      '6556a1b2c3d4e5f601234567',
      '6556a1b2c3d4e5f601234568',
      '6556a1b2c3d4e5f601234569',
      '6556a1b2c3d4e5f60123456a',
    ]);
  });

  test('reads every field of a review with a company reply, never the reply', () => {
    expect(items[0]).toEqual({
      platform: 'trustpilot',
      kind: 'review',
      nativeId: '6556a1b2c3d4e5f601234567',
      parentId: null,
      permalink: review('6556a1b2c3d4e5f601234567'),
      author: { name: 'Dorothea Winterbourne', profileUrl: user('65a1f0c2d4e5b60012a3b4c5') },
      text: 'Sofa arrived broken, still no refund\nThe sofa came with a snapped leg. Six emails later nobody has answered and the courier blames the warehouse. Avoid.',
      rating: 1,
      postedAt: Date.UTC(2026, 10, 14, 9, 32, 11),
      postedText: 'Nov 14, 2026',
    } satisfies RawItem);
    expect(items[0]?.text).not.toContain('collection and a full refund');
  });

  test('joins title and body, keeps line breaks, skips a missing title or body', () => {
    expect(items.slice(1)).toEqual([
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: '6556a1b2c3d4e5f601234568',
        parentId: null,
        permalink: review('6556a1b2c3d4e5f601234568'),
        author: { name: 'Kwabena Hartley', profileUrl: user('6123abcdef0123456789abcd') },
        text: 'Quick delivery, solid oak table\nDelivered a day early.\nThe fitters even took the packaging away.',
        rating: 5,
        postedAt: Date.UTC(2026, 10, 10, 18, 45),
        postedText: 'Nov 10, 2026',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: '6556a1b2c3d4e5f601234569',
        parentId: null,
        permalink: review('6556a1b2c3d4e5f601234569'),
        author: { name: 'Mirela Vuković', profileUrl: user('60f0e0d0c0b0a09080706050') },
        text: 'Chairs are fine, assembly instructions were missing a page.',
        rating: 3,
        postedAt: Date.UTC(2026, 10, 3, 7, 0, 59),
        postedText: 'Nov 3, 2026',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: '6556a1b2c3d4e5f60123456a',
        parentId: null,
        permalink: review('6556a1b2c3d4e5f60123456a'),
        author: { name: 'Bartholomew Quist', profileUrl: user('5f5e5d5c5b5a595857565554') },
        text: 'Good value bookcase',
        rating: 4,
        postedAt: Date.UTC(2026, 9, 28, 12, 15),
        postedText: 'Oct 28, 2026',
      },
    ] satisfies RawItem[]);
  });

  test('a node added inside a card gives back that card', () => {
    const card = elements[0] as Element;
    expect(trustpilot.findItems(card.querySelector('[data-service-review-business-reply-text-typography]') as Element)).toEqual([card]);
    expect(trustpilot.findItems(card)).toEqual([card]);
    expect(trustpilot.findItems(doc.querySelector('main') as Element)).toEqual(elements);
  });

  test('puts the chip right after the author name', () => {
    const { node, where } = trustpilot.anchor(elements[0] as Element);
    expect(where).toBe('afterend');
    expect(node.hasAttribute('data-consumer-name-typography')).toBe(true);
    expect(node.textContent).toBe('Dorothea Winterbourne');
  });

  test('a card still loading is not an item', () => {
    const empty = new DOMParser().parseFromString('<article data-service-review-card-paper="true"><div class="skeleton"></div></article>', 'text/html');
    const [card] = trustpilot.findItems(empty);
    expect(card).toBeDefined();
    expect(trustpilot.read(card as Element)).toBeNull();
    expect(trustpilot.anchor(card as Element)).toEqual({ node: card, where: 'afterbegin' });
  });
});

describe('trustpilot adapter: company page, French (review-page-fr.html)', () => {
  const doc = load('review-page-fr.html');
  const { elements, items } = readAll(doc);

  test('finds the 2024 and 2025 cards, a card with both markers once', () => {
    expect(doc.querySelectorAll('[data-service-review-card-paper], [data-service-review-card-v2]')).toHaveLength(4);
    expect(elements).toHaveLength(3);
  });

  test('reads every field; ratings from the attribute or, without it, the star image', () => {
    expect(items).toEqual([
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: '6741aa00bb11cc22dd33ee01',
        parentId: null,
        permalink: review('6741aa00bb11cc22dd33ee01'),
        author: { name: 'Gaëlle Maréchal', profileUrl: user('6599aa00bb11cc22dd33ee44') },
        text: 'Commande jamais livrée\nTrois semaines d’attente, aucune réponse au téléphone. Une honte !',
        rating: 1,
        postedAt: Date.UTC(2026, 10, 21, 17, 57, 9),
        postedText: 'Il y a 2 jours',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: '6741aa00bb11cc22dd33ee02',
        parentId: null,
        permalink: review('6741aa00bb11cc22dd33ee02'),
        author: { name: 'Théo Lambert-Ngata', profileUrl: user('64b0c0d0e0f0a1b1c1d1e1f1') },
        text: 'Bon travail, un peu lent\nTable restaurée avec soin, mais il a fallu relancer deux fois.',
        rating: 4,
        postedAt: Date.UTC(2026, 10, 18, 10, 20),
        postedText: '18 nov. 2026',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: '6741aa00bb11cc22dd33ee03',
        parentId: null,
        permalink: review('6741aa00bb11cc22dd33ee03'),
        author: { name: 'Inès Bouchard', profileUrl: user('63c3c3c3d4d4d4d4e5e5e5e5') },
        text: 'Parfait\nAccueil chaleureux, délais tenus.',
        rating: 5,
        postedAt: Date.UTC(2026, 10, 2, 14, 0),
        postedText: '2 nov. 2026',
      },
    ] satisfies RawItem[]);
    expect(items[0]?.text).not.toContain('votre colis');
  });

  test('a node inside the inner marker gives back the outer card', () => {
    const card = elements[2] as Element;
    const inner = card.querySelector('[data-service-review-card-v2]') as Element;
    expect(trustpilot.findItems(inner)).toEqual([card]);
    expect(trustpilot.findItems(inner.querySelector('h2') as Element)).toEqual([card]);
  });

  test('puts the chip right after the author name on the 2025 card', () => {
    const { node, where } = trustpilot.anchor(elements[1] as Element);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Théo Lambert-Ngata');
  });
});

describe('trustpilot adapter: URLs', () => {
  // adapterFor() is not checked: registering the adapter in utils/adapters/index.ts is a separate change.
  test.each([
    ['https://www.trustpilot.com/review/harbourline-furniture.example', true],
    ['https://www.trustpilot.com/review/harbourline-furniture.example?page=2&stars=1', true],
    ['https://fr.trustpilot.com/review/ateliers-dubois.example', true],
    ['https://uk.trustpilot.com/review/harbourline-furniture.example', true],
    ['https://www.trustpilot.com/', false],
    ['https://www.trustpilot.com/categories/furniture_store', false],
    ['https://businessapp.b2b.trustpilot.com/reviews', false],
    ['http://www.trustpilot.com/review/x.example', false],
    ['https://www.trustpilot.com.evil.example/review/x.example', false],
    ['https://example.org/www.trustpilot.com/review/x.example', false],
  ])('%s → %s', (url, ok) => {
    expect(trustpilot.matches(new URL(url))).toBe(ok);
  });
});

describe('trustpilot adapter: the TrustScore (rating)', () => {
  test('the number [data-rating-typography] wins over the star image’s rounded alt; the count without its separator', () => {
    expect(trustpilot.rating?.(loadFixture('trustpilot', 'review-page.html'))).toEqual({ average: 3.6, count: 1284 });
  });

  test('French page: the star image’s alt with a decimal comma, the count with a narrow no-break space', () => {
    expect(trustpilot.rating?.(loadFixture('trustpilot', 'review-page-fr.html'))).toEqual({ average: 2.4, count: 1312 });
  });

  test('no score shown: null; a review card’s stars are never the score', () => {
    const doc = loadFixture('trustpilot', 'review-page.html');
    for (const el of doc.querySelectorAll('[data-rating-typography], img[alt^="TrustScore"]')) el.remove();
    expect(doc.querySelectorAll('[data-service-review-rating]').length).toBeGreaterThan(0);
    expect(trustpilot.rating?.(doc)).toBeNull();
  });

  test('a score without a count: count null', () => {
    const doc = loadFixture('trustpilot', 'review-page.html');
    doc.querySelector('[data-reviews-count-typography]')?.remove();
    expect(trustpilot.rating?.(doc)).toEqual({ average: 3.6, count: null });
  });
});
