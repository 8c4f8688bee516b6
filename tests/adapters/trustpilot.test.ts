// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { trustpilot } from '../../utils/adapters/trustpilot';
import { type RawItem, RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('trustpilot', file);

const readAll = (doc: Document) => readItems(trustpilot, doc);

const review = (id: string) => `https://www.trustpilot.com/reviews/${id}`;
const user = (id: string) => `https://www.trustpilot.com/users/${id}`;

describe('trustpilot adapter: company page, English (review-page.html)', () => {
  const doc = load('review-page.html');
  const { elements, items } = readAll(doc);

  test('finds every review card and the company reply, nothing from the company header or the pager', () => {
    expect(elements).toHaveLength(5);
    expect(items.map((i) => i.nativeId)).toEqual([
      '6556a1b2c3d4e5f601234567',
      '6556a1b2c3d4e5f601234567:owner',
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

  test('the company reply is an item of its own: kind reply, parent the review, the company as author', () => {
    expect(items[1]).toEqual({
      platform: 'trustpilot',
      kind: 'reply',
      nativeId: '6556a1b2c3d4e5f601234567:owner',
      parentId: '6556a1b2c3d4e5f601234567',
      permalink: null,
      // No logo in this reply: the name from the page header, which "Reply from …" holds.
      author: { name: 'Harbourline Furniture', profileUrl: null },
      text: 'Hi Dorothea, we are sorry about the sofa. Our team has now booked a collection and a full refund for you.',
      rating: null,
      postedAt: Date.UTC(2026, 10, 15, 16, 5),
      postedText: 'Nov 15, 2026',
    } satisfies RawItem);
    expect(elements[1]?.matches('[data-service-review-card-paper]')).toBe(false);
    expect(elements[1]?.querySelector('[data-service-review-business-reply-text-typography]')).not.toBeNull();
  });

  test('joins title and body, keeps line breaks, skips a missing title or body', () => {
    expect(items.slice(2)).toEqual([
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

  test('a node added inside a card gives back that card, and the reply it is in or holds', () => {
    const card = elements[0] as Element;
    const reply = elements[1] as Element;
    expect(trustpilot.findItems(card.querySelector('[data-service-review-business-reply-text-typography]') as Element)).toEqual([card, reply]);
    expect(trustpilot.findItems(card)).toEqual([card, reply]);
    expect(trustpilot.findItems(card.querySelector('[data-service-review-text-typography]') as Element)).toEqual([card]);
    expect(trustpilot.findItems(doc.querySelector('main') as Element)).toEqual(elements);
  });

  test('puts the chip right after the author name; the reply\'s right after "Reply from …"', () => {
    const { node, where } = trustpilot.anchor(elements[0] as Element);
    expect(where).toBe('afterend');
    expect(node.hasAttribute('data-consumer-name-typography')).toBe(true);
    expect(node.textContent).toBe('Dorothea Winterbourne');
    const reply = trustpilot.anchor(elements[1] as Element);
    expect(reply.where).toBe('afterend');
    expect(reply.node.hasAttribute('data-service-review-business-reply-title-typography')).toBe(true);
    expect(elements[1]?.contains(reply.node)).toBe(true);
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

  test('finds the 2024 and 2025 cards, a card with both markers once, and the company reply', () => {
    expect(doc.querySelectorAll('[data-service-review-card-paper], [data-service-review-card-v2]')).toHaveLength(4);
    expect(elements).toHaveLength(4);
    expect(items.map((i) => i.kind)).toEqual(['review', 'reply', 'review', 'review']);
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
        kind: 'reply',
        nativeId: '6741aa00bb11cc22dd33ee01:owner',
        parentId: '6741aa00bb11cc22dd33ee01',
        permalink: null,
        // "Réponse de Ateliers Dubois": the name is the page header's, not the localized label.
        author: { name: 'Ateliers Dubois', profileUrl: null },
        text: 'Bonjour Gaëlle, votre colis est parti ce matin. Toutes nos excuses pour ce retard.',
        rating: null,
        postedAt: Date.UTC(2026, 10, 22, 8, 0),
        postedText: 'Il y a 1 jour',
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
    const card = elements[3] as Element;
    const inner = card.querySelector('[data-service-review-card-v2]') as Element;
    expect(trustpilot.findItems(inner)).toEqual([card]);
    expect(trustpilot.findItems(inner.querySelector('h2') as Element)).toEqual([card]);
  });

  test('puts the chip right after the author name on the 2025 card', () => {
    const { node, where } = trustpilot.anchor(elements[2] as Element);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Théo Lambert-Ngata');
  });
});

describe('trustpilot adapter: company replies (replies-2025.html)', () => {
  const doc = load('replies-2025.html');
  const { elements, items } = readAll(doc);
  const ids = ['6730aa00bb11cc22dd33ee01', '6730aa00bb11cc22dd33ee02', '6730aa00bb11cc22dd33ee03', '6730aa00bb11cc22dd33ee04', '6730aa00bb11cc22dd33ee05'] as const;
  const company = 'Brightwater Opticians';

  test('each review, then its company reply; a reply without the reply hooks is not an item', () => {
    expect(elements).toHaveLength(8);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['review', ids[0], null],
      ['reply', `${ids[0]}:owner`, ids[0]],
      ['review', ids[1], null],
      ['reply', `${ids[1]}:owner`, ids[1]],
      ['review', ids[2], null],
      ['reply', `${ids[2]}:owner`, ids[2]],
      ['review', ids[3], null],
      ['review', ids[4], null],
    ]);
    for (const i of items) expect(RawItemSchema.parse(i)).toEqual(i);
  });

  test('reads every field of reviews and replies', () => {
    expect(items).toEqual([
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: ids[0],
        parentId: null,
        permalink: review(ids[0]),
        author: { name: 'Priya Raman', profileUrl: user('6720aa00bb11cc22dd33ee01') },
        text: 'Lenses took five weeks\nPromised in ten days. I had to chase three times before anyone called back.',
        rating: 2,
        postedAt: Date.UTC(2026, 10, 20, 8, 41),
        postedText: '4 days ago',
      },
      {
        platform: 'trustpilot',
        kind: 'reply',
        nativeId: `${ids[0]}:owner`,
        parentId: ids[0],
        permalink: null,
        // The logo's alt, which "Reply from …" holds too.
        author: { name: company, profileUrl: null },
        text: 'Hello Priya, we are sorry about the wait.\nOur lab has changed supplier and your next pair is on us.',
        rating: null,
        postedAt: Date.UTC(2026, 10, 21, 10, 5),
        postedText: '3 days ago',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        // No title, no /reviews/ link: the id from article[data-review-id].
        nativeId: ids[1],
        parentId: null,
        permalink: review(ids[1]),
        author: { name: 'Tomás Ferreira', profileUrl: user('6720aa00bb11cc22dd33ee02') },
        text: 'Friendly eye test, a bit pricey for frames.',
        rating: 4,
        postedAt: Date.UTC(2026, 10, 18, 17, 30),
        postedText: '6 days ago',
      },
      {
        platform: 'trustpilot',
        kind: 'reply',
        nativeId: `${ids[1]}:owner`,
        parentId: ids[1],
        permalink: null,
        // No logo: the name from the page header; the time without its reply hook.
        author: { name: company, profileUrl: null },
        text: 'Thanks Tomás, ask about our two-pair offer next time.',
        rating: null,
        postedAt: Date.UTC(2026, 10, 19, 9, 0),
        postedText: '5 days ago',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: ids[2],
        parentId: null,
        permalink: review(ids[2]),
        author: { name: 'Hollis Grant', profileUrl: user('6720aa00bb11cc22dd33ee03') },
        text: 'Sorted my varifocals\nSecond opinion after another shop got it wrong. Clear as day now.',
        rating: 5,
        postedAt: Date.UTC(2026, 10, 10, 12, 0),
        postedText: 'Nov 10, 2026',
      },
      {
        platform: 'trustpilot',
        kind: 'reply',
        nativeId: `${ids[2]}:owner`,
        parentId: ids[2],
        permalink: null,
        // The page links the company's own page from the reply: that is its profile.
        author: { name: company, profileUrl: 'https://www.trustpilot.com/review/brightwater-opticians.example' },
        text: 'Thank you Hollis 🙏 see you at your check-up.',
        rating: null,
        postedAt: Date.UTC(2026, 10, 11, 7, 45),
        postedText: 'Nov 11, 2026',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: ids[3],
        parentId: null,
        permalink: review(ids[3]),
        author: { name: 'Odile Marchetti', profileUrl: user('6720aa00bb11cc22dd33ee04') },
        text: 'Rude on the phone\nAsked a simple question about my prescription and was told to read the leaflet.',
        rating: 1,
        postedAt: Date.UTC(2026, 10, 8, 19, 20),
        postedText: 'Nov 8, 2026',
      },
      {
        platform: 'trustpilot',
        kind: 'review',
        nativeId: ids[4],
        parentId: null,
        permalink: review(ids[4]),
        author: { name: 'Wen Li', profileUrl: user('6720aa00bb11cc22dd33ee05') },
        // Its reply has no reply hook: not read at all, least of all as the review.
        text: 'Average\nFine but the shop was cold.',
        rating: 3,
        postedAt: Date.UTC(2026, 10, 5, 11, 11),
        postedText: 'Nov 5, 2026',
      },
    ] satisfies RawItem[]);
    for (const i of items.filter((i) => i.kind === 'review')) expect(i.text).not.toMatch(/Reply from|Hello Priya|Thanks Tomás|Thank you Hollis|heating is fixed/);
  });

  test('a reply\'s block holds nothing of its review; read() tells the two apart and reads nothing else', () => {
    const [card, reply] = [elements[0] as Element, elements[1] as Element];
    expect(reply.querySelector('[data-service-review-text-typography], [data-consumer-name-typography]')).toBeNull();
    expect(reply.contains(card.querySelector('[data-service-review-business-reply-title-typography]'))).toBe(true);
    expect(trustpilot.read(reply.querySelector('[data-service-review-business-reply-text-typography]') as Element)).toBeNull();
    expect(trustpilot.read(reply.firstElementChild as Element)).toBeNull();
    const unhooked = (elements[7] as Element).querySelector('.styles_wrapper__WD_1K') as Element;
    expect(trustpilot.read(unhooked)).toBeNull();
    expect(trustpilot.findItems(unhooked)).toEqual([elements[7]]);
    expect(trustpilot.findItems(reply.querySelector('time') as Element)).toEqual([card, reply]);
  });

  test('the reply\'s chip goes after "Reply from …", else after its time', () => {
    const { node, where } = trustpilot.anchor(elements[3] as Element);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Reply from Brightwater Opticians');
    const copy = load('replies-2025.html');
    const [, reply] = trustpilot.findItems(copy);
    reply?.querySelector('[data-service-review-business-reply-title-typography]')?.remove();
    expect(trustpilot.anchor(reply as Element)).toEqual({ node: reply?.querySelector('time'), where: 'afterend' });
  });

  test('the company\'s name: logo, page header, "Reply from" (English), else the whole title line', () => {
    const copy = load('replies-2025.html');
    const replyOf = (n: number) => trustpilot.findItems(copy).filter((el) => trustpilot.read(el)?.kind === 'reply')[n] as Element;
    copy.querySelector('h1')?.remove();
    // Card 1 has a logo; card 2 has none and now no header either.
    expect(trustpilot.read(replyOf(0))?.author.name).toBe(company);
    expect(trustpilot.read(replyOf(1))?.author.name).toBe(company);
    const title = replyOf(1).querySelector('[data-service-review-business-reply-title-typography]') as Element;
    title.textContent = 'Antwort von Brightwater Opticians';
    expect(trustpilot.read(replyOf(1))?.author.name).toBe('Antwort von Brightwater Opticians');
    // A logo whose alt the title does not hold is not the name; an emoji in the text never is.
    const logo = replyOf(0).querySelector('img') as Element;
    logo.setAttribute('alt', 'Company logo');
    expect(trustpilot.read(replyOf(0))?.author.name).toBe(company);
    replyOf(2).querySelector('[data-service-review-business-reply-title-typography]')?.remove();
    replyOf(2).querySelector('a img')?.remove();
    expect(trustpilot.read(replyOf(2))?.author.name).toBe('');
  });

  test('no review id, no reply; a reply without words yet is not an item', () => {
    const copy = load('replies-2025.html');
    const [card3, reply3] = trustpilot.findItems(copy).slice(4, 6) as [Element, Element];
    card3.querySelector('a[href^="/reviews/"]')?.remove();
    expect(trustpilot.read(card3)).toMatchObject({ kind: 'review', nativeId: null, permalink: null });
    expect(trustpilot.read(reply3)).toBeNull();
    const [, reply1] = trustpilot.findItems(copy) as [Element, Element];
    (reply1.querySelector('[data-service-review-business-reply-text-typography]') as Element).textContent = '';
    expect(trustpilot.read(reply1)).toBeNull();
  });

  test('a review without its own time never takes the reply\'s', () => {
    const copy = load('replies-2025.html');
    const [, , card2] = trustpilot.findItems(copy) as Element[];
    card2?.querySelector('[data-service-review-date-time-ago]')?.remove();
    expect(trustpilot.read(card2 as Element)).toMatchObject({ nativeId: ids[1], postedAt: null, postedText: null });
  });

  test('reads the same with every class name gone', () => {
    const bare = load('replies-2025.html');
    for (const el of bare.querySelectorAll('[class]')) el.removeAttribute('class');
    expect(readAll(bare).items).toEqual(items);
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

describe('trustpilot adapter: links stay on the site the page is on', () => {
  test.each(['https://fr.trustpilot.com', 'https://uk.trustpilot.com', 'https://www.trustpilot.com'])('%s', (site) => {
    const window = new Window({ url: `${site}/review/harbourline-furniture.example` });
    const html = fs.readFileSync(path.join(__dirname, '../fixtures/trustpilot/review-page-fr.html'), 'utf8');
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const { items } = readAll(doc);
    const onSite = (u: string | null) => u === null || u.startsWith(`${site}/`);
    expect(items.filter((i) => i.permalink).length).toBeGreaterThan(0);
    for (const i of items) {
      expect(onSite(i.permalink), i.permalink ?? '').toBe(true);
      expect(onSite(i.author.profileUrl), i.author.profileUrl ?? '').toBe(true);
    }
    void window.happyDOM.close();
  });
});

describe('trustpilot adapter: long reviews cut in the page (truncated.html)', () => {
  const { items } = readAll(load('truncated.html'));
  const body = (i: number) => items[i]?.text.split('\n').slice(1).join('\n');

  test('finds the four reviews', () => {
    expect(items.map((i) => i.author.name)).toEqual(['Jannik Oberholz', 'Merle Kastner', 'Ole Brandis', 'Frieda Lohmann']);
  });

  test('a cut review reads in full from the page data, without the link to its own page', () => {
    expect(items[0]?.text).toBe(
      'Lange Wartezeit\nTermin um 8 Uhr, drangekommen um halb zehn. Die Behandlung selbst war gut, aber niemand hat Bescheid gesagt, dass es länger dauert, und am Empfang wurde ich auf Nachfrage nur angeschnauzt.\n\nSo behandelt man keine Patienten.',
    );
  });

  test('data that does not start with the words shown is not used: the words shown stand, without the link label', () => {
    expect(body(1)).toBe('Ich hatte große Angst vor dem Eingriff, das ganze Team hat sich viel Zeit genommen...');
  });

  test('a cut review with no entry of its id in the data keeps the words shown, without the link label', () => {
    expect(body(2)).toBe('Auf der Rechnung standen zwei Leistungen, die nie gemacht wurden. Auf meine Mail kam bis heute…');
    for (const item of items) expect(item.text).not.toContain('Mehr anzeigen');
  });

  test("a link to another review inside a review's text is part of its words", () => {
    expect(body(3)).toBe('Wie in dieser Bewertung gesagt: man wartet. Behandlung aber top.');
  });

  test('page data that is not JSON changes nothing: the words shown, without the link label', () => {
    const doc = load('truncated.html');
    (doc.getElementById('__NEXT_DATA__') as Element).textContent = '{"props": ';
    const first = readAll(doc).items[0];
    expect(first?.text).toBe(
      'Lange Wartezeit\nTermin um 8 Uhr, drangekommen um halb zehn. Die Behandlung selbst war gut, aber niemand hat Bescheid gesagt, dass es länger dauert, und am Empfang…',
    );
  });
});
