// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { x } from '../../utils/adapters/x';
import type { RawItem } from '../../utils/model';
import { RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('x', file);

function readAll(doc: Document): { elements: number; items: RawItem[] } {
  const { elements, items } = readItems(x, doc);
  return { elements: elements.length, items };
}

const articleOf = (doc: Document, id: string) =>
  doc.querySelector(`a[href*="/status/${id}"]`)?.closest('article') as Element;

describe('x adapter: conversation on x.com (conversation.html)', () => {
  // Every reply here answers the focused post directly: a comment on the post, with no parent.
  const doc = load('conversation.html');
  const { elements, items } = readAll(doc);

  test('finds the four replies: not the focused post, not what follows "Discover more" on screen', () => {
    expect(doc.querySelectorAll('article[data-testid="tweet"]')).toHaveLength(6);
    expect(elements).toBe(4);
    expect(items.map((i) => i.nativeId)).toEqual([
      '1988000000000000101',
      '1988000000000000102',
      '1988000000000000103',
      '1988000000000000104',
    ]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads every field of a reply', () => {
    expect(items[0]).toEqual({
      platform: 'x',
      kind: 'reply',
      nativeId: '1988000000000000101',
      parentId: '1988000000000000100',
      permalink: 'https://x.com/odilevarga/status/1988000000000000101',
      author: { name: 'Odile Varga', profileUrl: 'https://x.com/odilevarga' },
      text: 'Bought the pear tart last week and it was still frozen in the middle. Asked for a refund and the guy at the till just shrugged.',
      rating: null,
      postedAt: Date.parse('2026-11-16T11:40:00.000Z'),
      postedText: '5h',
    } satisfies RawItem);
  });

  test('keeps emoji images as text in the name and the text, mentions inline', () => {
    expect(items[1]).toEqual({
      platform: 'x',
      kind: 'reply',
      nativeId: '1988000000000000102',
      parentId: '1988000000000000100',
      permalink: 'https://x.com/mareklund/status/1988000000000000102',
      author: { name: 'Marek 🥐 Lund', profileUrl: 'https://x.com/mareklund' },
      text: 'Best cardamom knots in the county 🔥🙌 ask for @junebaker_fh on Saturdays #shoplocal',
      rating: null,
      postedAt: Date.parse('2026-11-16T12:15:00.000Z'),
      postedText: '4h',
    } satisfies RawItem);
  });

  test('reads a quoting reply as its own: name, time, text and id, none from the quoted tweet', () => {
    expect(items[2]).toEqual({
      platform: 'x',
      kind: 'reply',
      nativeId: '1988000000000000103',
      parentId: '1988000000000000100',
      permalink: 'https://x.com/pip_oh/status/1988000000000000103',
      author: { name: 'Pip Okonkwo-Hale', profileUrl: 'https://x.com/pip_oh' },
      text: 'Same story as last winter. Nothing learned.',
      rating: null,
      postedAt: Date.parse('2026-11-16T13:30:00.000Z'),
      postedText: '3h',
    } satisfies RawItem);
    expect(items[3]).toEqual({
      platform: 'x',
      kind: 'reply',
      nativeId: '1988000000000000104',
      parentId: '1988000000000000100',
      permalink: 'https://x.com/rsolberg/status/1988000000000000104',
      author: { name: 'Renata Solberg', profileUrl: 'https://x.com/rsolberg' },
      text: 'Keep selling raw tarts and see what happens to your shop window.\n\nYou have been warned.',
      rating: null,
      postedAt: Date.parse('2026-11-16T15:55:00.000Z'),
      postedText: '42m',
    } satisfies RawItem);
  });

  test('never reads the focused post or a recommendation, whatever root it is handed', () => {
    const focused = articleOf(doc, '1988000000000000100');
    const recommended = articleOf(doc, '1986000000000000900');
    expect(focused.getAttribute('tabindex')).toBe('-1');
    expect(x.read(focused)).toBeNull();
    expect(x.read(recommended)).toBeNull();
    expect(x.findItems(recommended.closest('[data-testid="cellInnerDiv"]') as Element)).toEqual([]);
    expect(x.findItems(recommended.querySelector('[data-testid="tweetText"]') as Element)).toEqual([]);
    const reply = articleOf(doc, '1988000000000000104');
    expect(x.findItems(reply.querySelector('time') as Element)).toEqual([reply]);
  });

  test('the heading is found by structure, not by its words', () => {
    const copy = load('conversation.html');
    const heading = copy.querySelector('[data-testid="cellInnerDiv"] h2 span') as Element;
    heading.textContent = 'Descubre más';
    expect(readAll(copy).elements).toBe(4);
    heading.closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(readAll(copy).items.map((i) => i.nativeId)).toContain('1986000000000000900');
  });

  test('a long tweet cut at "Show more" (the rest on its own page) is cut; a quoted tweet\'s "Show more" is not the reply\'s', () => {
    const copy = load('conversation.html');
    const reply = articleOf(copy, '1988000000000000101');
    expect(x.read(reply)?.cut).toBeUndefined();
    const more = copy.createElement('button');
    more.setAttribute('data-testid', 'tweet-text-show-more-link');
    more.textContent = 'Show more';
    reply.querySelector('[data-testid="tweetText"]')?.after(more);
    expect(x.read(reply)).toMatchObject({ cut: true, text: 'Bought the pear tart last week and it was still frozen in the middle. Asked for a refund and the guy at the till just shrugged.' });
    const quoting = articleOf(copy, '1988000000000000103');
    const quote = quoting.querySelector('div[role="link"]') as Element;
    expect(quote).not.toBeNull();
    quote.append(more.cloneNode(true));
    expect(x.read(quoting)?.cut).toBeUndefined();
  });

  test('keeps no element references: a recycled article reads as the tweet it now shows', () => {
    const copy = load('conversation.html');
    const first = articleOf(copy, '1988000000000000101');
    expect(x.read(first)?.nativeId).toBe('1988000000000000101');
    expect(x.anchor(first).node.textContent).toBe('Odile Varga');
    // X re-renders a cell for another tweet: same article element, new content.
    first.innerHTML = articleOf(copy, '1988000000000000104').innerHTML;
    expect(x.read(first)).toMatchObject({ nativeId: '1988000000000000104', author: { name: 'Renata Solberg' } });
    const { node } = x.anchor(first);
    expect(first.contains(node)).toBe(true);
    expect(node.textContent).toBe('Renata Solberg');
  });

  test('puts the chip right after the author name', () => {
    const reply = x.findItems(doc)[3] as Element;
    const { node, where } = x.anchor(reply);
    expect(where).toBe('afterend');
    expect(node.getAttribute('href')).toBe('/rsolberg');
    expect(node.closest('[data-testid="User-Name"]')).not.toBeNull();
    expect(node.textContent).toBe('Renata Solberg');
  });
});

describe('x adapter: conversation on twitter.com with the reply composer (twitter-composer.html)', () => {
  const doc = load('twitter-composer.html');
  const { elements, items } = readAll(doc);

  test('finds the replies and the promoted tweet, reads no promoted tweet and no composer', () => {
    expect(elements).toBe(4);
    expect(items).toHaveLength(3);
    const composer = doc.querySelector('[data-testid="tweetTextarea_0"]') as Element;
    expect(composer.closest('article')).toBeNull();
    expect(x.findItems(composer)).toEqual([]);
    expect(x.findItems(composer.closest('[data-testid="cellInnerDiv"]') as Element)).toEqual([]);
    expect(x.read(composer)).toBeNull();
    for (const item of items) expect(item.text).not.toContain('Draft');
  });

  test('reads every field, permalinks and profiles on x.com', () => {
    expect(items).toEqual([
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1712345678901234561',
        parentId: '1712345678901234560',
        permalink: 'https://x.com/tamsin_a/status/1712345678901234561',
        author: { name: 'Tamsin Achterberg', profileUrl: 'https://x.com/tamsin_a' },
        text: 'The 6pm class was overbooked again, twelve mats in a room for eight.',
        rating: null,
        postedAt: Date.parse('2023-10-12T18:20:00.000Z'),
        postedText: 'Oct 12',
      },
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1712345678901234562',
        parentId: '1712345678901234560',
        permalink: 'https://x.com/liobrandt/status/1712345678901234562',
        author: { name: 'Lio Brandt', profileUrl: 'https://x.com/liobrandt' },
        // A photo and a quoted tweet, no words of its own: nothing from the quote.
        text: '',
        rating: null,
        postedAt: Date.parse('2023-10-13T07:45:00.000Z'),
        postedText: 'Oct 13',
      },
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1712345678901234564',
        parentId: '1712345678901234560',
        permalink: 'https://x.com/harborlightyoga/status/1712345678901234564',
        author: { name: 'Harbor Light Yoga', profileUrl: 'https://x.com/harborlightyoga' },
        text: 'We hear you. A second evening class starts in November: https://harborlightyoga.example/schedule',
        rating: null,
        postedAt: Date.parse('2023-10-13T10:05:00.000Z'),
        postedText: 'Oct 13',
      },
    ] satisfies RawItem[]);
  });

  test('puts the chip right after the author name', () => {
    const first = x.findItems(doc)[0] as Element;
    const { node, where } = x.anchor(first);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Tamsin Achterberg');
  });
});

describe('x adapter: threads under the post (thread.html)', () => {
  const POST = '1990000000000000100';
  const doc = load('thread.html');
  const { elements, items } = readAll(doc);
  // A reply to the post or a tweet (parentId, or undefined for one not on the page), else (null) a comment: above the post.
  const tweet = (id: string, handle: string, name: string, parentId: string | null | undefined, text: string, iso: string, postedText: string): RawItem => ({
    platform: 'x',
    kind: parentId === null ? 'comment' : 'reply',
    nativeId: id,
    parentId: parentId ?? null,
    permalink: `https://x.com/${handle}/status/${id}`,
    author: { name, profileUrl: `https://x.com/${handle}` },
    text,
    rating: null,
    postedAt: Date.parse(iso),
    postedText,
  });

  test('reads every tweet before "Discover more" but the post; a reply\'s parent is the tweet the thread line joins it to, else the post', () => {
    expect(elements).toBe(7);
    expect(items).toEqual([
      // Above the post, the tweet it answers: nothing above it on the page, a comment.
      tweet('1990000000000000090', 'wrenhalvorsen', 'Wren Halvorsen', null, 'Does anyone know a physio near Larkspur Road that takes walk-ins?', '2026-11-19T08:10:00.000Z', 'Nov 19'),
      // After the composer cell: direct answers to the post.
      tweet('1990000000000000101', 'mina_okafor', 'Mina Okafor', POST, 'Booked for Tuesday, thank you!', '2026-11-19T09:40:00.000Z', '2h'),
      tweet('1990000000000000102', 'teodor_vance', 'Teodor Vance', POST, 'Last time I walked in at 10:30 and was told to come back another day.', '2026-11-19T10:05:00.000Z', '2h'),
      // Earlier in the DOM than the tweet it answers, below it on screen.
      tweet('1990000000000000104', 'teodor_vance', 'Teodor Vance', '1990000000000000103', 'Fine. Going to try somewhere else.', '2026-11-19T11:02:00.000Z', '1h'),
      tweet('1990000000000000103', 'larkspurphysio', 'Larkspur Physio', '1990000000000000102', "Sorry Teodor, that should not happen. Ask for Priya at the desk and we'll fit you in.", '2026-11-19T10:31:00.000Z', '1h'),
      // The line comes from a tombstone: a reply whose parent is not on the page.
      tweet('1990000000000000105', 'quietreader_88', 'quietreader', undefined, 'Exactly what happened to my husband.', '2026-11-19T12:20:00.000Z', '45m'),
      // A quoting reply: the quoted tweet is not its parent; the post is.
      tweet('1990000000000000106', 'jonasfeld', 'Jonas Feld', POST, 'You should all read this first.', '2026-11-19T12:48:00.000Z', '20m'),
    ] satisfies RawItem[]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('cells not laid out yet (every offset the same) are taken in DOM order: the replies under the post answer it', () => {
    const html = fs.readFileSync(path.join(__dirname, '../fixtures/x/thread.html'), 'utf8').replace(/translateY\(-?\d+(?:\.\d+)?px\)/g, 'translateY(0px)');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const places = readAll(page).items.map((i) => [i.nativeId, i.kind, i.parentId]);
    // The tweet above the post (first in the DOM) stays the conversation it answers; those after it answer the post.
    expect(places[0]).toEqual(['1990000000000000090', 'comment', null]);
    expect(places.slice(1, 3)).toEqual([
      ['1990000000000000101', 'reply', POST],
      ['1990000000000000102', 'reply', POST],
    ]);
  });

  test('the parent is read from the cells as they are at read time, never remembered', () => {
    const copy = load('thread.html');
    const business = articleOf(copy, '1990000000000000103');
    const above = articleOf(copy, '1990000000000000102');
    expect(x.read(business)?.parentId).toBe('1990000000000000102');
    // X re-renders the cell above for another tweet of the thread.
    above.querySelector('a[href*="/status/"] time')?.closest('a')?.setAttribute('href', '/teodor_vance/status/1990000000000000199');
    expect(x.read(business)?.parentId).toBe('1990000000000000199');
    // The cell above now shows a tweet with no line below it: the line into this one leads to no tweet shown.
    above.querySelector('[data-testid="Tweet-User-Avatar"]')?.nextElementSibling?.remove();
    expect(x.read(business)?.parentId).toBeNull();
    // The cell above is unmounted: still a reply (the line says so), to a tweet not shown; never the post.
    above.closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(x.read(business)).toMatchObject({ kind: 'reply', parentId: null });
    expect(x.read(articleOf(copy, '1990000000000000101'))).toMatchObject({ kind: 'reply', parentId: POST });
  });

  test('the line below an avatar is found past the wrappers the avatar sits alone in', () => {
    const copy = load('thread.html');
    const wrap = (id: string) => {
      const avatar = articleOf(copy, id).querySelector('[data-testid="Tweet-User-Avatar"]') as Element;
      const outer = copy.createElement('div');
      const inner = copy.createElement('div');
      avatar.replaceWith(outer);
      outer.append(inner);
      inner.append(avatar);
    };
    // Teodor's tweet has the line down to the business's answer; Mina's has none.
    wrap('1990000000000000102');
    wrap('1990000000000000101');
    expect(x.read(articleOf(copy, '1990000000000000103'))).toMatchObject({ kind: 'reply', parentId: '1990000000000000102' });
    expect(x.read(articleOf(copy, '1990000000000000102'))).toMatchObject({ kind: 'reply', parentId: POST });
  });

  test('with the post unmounted (and no address to name it), a direct answer is a reply to a tweet not shown and a thread reply keeps its parent', () => {
    const html = fs.readFileSync(path.join(__dirname, '../fixtures/x/thread.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const id of ['1990000000000000090', POST]) articleOf(doc, id).closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(readAll(doc).items.map((i) => [i.nativeId, i.kind, i.parentId])).toEqual([
      ['1990000000000000101', 'reply', null],
      ['1990000000000000102', 'reply', null],
      ['1990000000000000104', 'reply', '1990000000000000103'],
      ['1990000000000000103', 'reply', '1990000000000000102'],
      ['1990000000000000105', 'reply', null],
      ['1990000000000000106', 'reply', null],
    ]);
  });
});

describe('x adapter: a saved page whose post lost its tabindex', () => {
  test('the tweet the address names is the post, not a reply (to itself or anything else)', () => {
    const html = fs.readFileSync(path.join(__dirname, '../fixtures/x/conversation.html'), 'utf8').replace('role="article" tabindex="-1"', 'role="article"');
    const POST = '1988000000000000100';
    const window = new Window({ url: `https://x.com/fernhillbakery/status/${POST}` });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    expect(doc.querySelector('article[tabindex="-1"]')).toBeNull();
    const { items } = readAll(doc);
    expect(items.map((i) => i.nativeId)).not.toContain(POST);
    expect(items.map((i) => i.nativeId)).toEqual(['1988000000000000101', '1988000000000000102', '1988000000000000103', '1988000000000000104']);
    expect(items.every((i) => i.parentId !== i.nativeId)).toBe(true);
    void window.happyDOM.close();
  });
});

describe('x adapter: 2022 conversation with "Replying to" lines (twitter-2022-thread.html)', () => {
  const POST = '1551000000000000001';
  const doc = load('twitter-2022-thread.html');
  const { elements, items } = readAll(doc);

  test('reads the five replies before "More Tweets" with their parents, never an author or text from "Replying to"', () => {
    expect(elements).toBe(5);
    expect(items).toEqual([
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1551000000000000101',
        parentId: '1551000000000000001',
        permalink: 'https://x.com/ellisgrant/status/1551000000000000101',
        author: { name: 'Ellis Grant', profileUrl: 'https://x.com/ellisgrant' },
        text: 'Is the free chain clean for any bike or only ones bought from you?',
        rating: null,
        postedAt: Date.parse('2022-03-08T10:02:00.000Z'),
        postedText: 'Mar 8',
      },
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1551000000000000102',
        parentId: '1551000000000000001',
        permalink: 'https://x.com/noor_k/status/1551000000000000102',
        author: { name: 'Noor Kassab', profileUrl: 'https://x.com/noor_k' },
        text: 'Booked mine. Last year the brakes came back worse than they went in though.',
        rating: null,
        postedAt: Date.parse('2022-03-08T10:40:00.000Z'),
        postedText: 'Mar 8',
      },
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1551000000000000103',
        // Joined to Noor's tweet by the thread line.
        parentId: '1551000000000000102',
        permalink: 'https://x.com/harbourbikes/status/1551000000000000103',
        author: { name: 'Harbour Bikes', profileUrl: 'https://x.com/harbourbikes' },
        text: 'Sorry to hear that, Noor. Ask for Sam when you drop it off and we will check the brakes first.',
        rating: null,
        postedAt: Date.parse('2022-03-08T11:05:00.000Z'),
        postedText: 'Mar 8',
      },
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1551000000000000104',
        // "Replying to @noor_k" with no line: a reply to the nearest tweet of Noor's above it, not to the post.
        parentId: '1551000000000000102',
        permalink: 'https://x.com/dmitri_p/status/1551000000000000104',
        author: { name: 'Dmitri Petrov', profileUrl: 'https://x.com/dmitri_p' },
        text: 'Same happened to me, never going back.',
        rating: null,
        postedAt: Date.parse('2022-03-08T12:30:00.000Z'),
        postedText: 'Mar 8',
      },
      {
        platform: 'x',
        kind: 'reply',
        nativeId: '1551000000000000105',
        // "Replying to @HarbourBikes and @noor_k": the post's author is among them, so it answers the post.
        parentId: '1551000000000000001',
        permalink: 'https://x.com/lotte_m/status/1551000000000000105',
        author: { name: 'Lotte Meyer', profileUrl: 'https://x.com/lotte_m' },
        text: 'Best shop in town, they fixed my wheel in a day.',
        rating: null,
        postedAt: Date.parse('2022-03-09T08:00:00.000Z'),
        postedText: 'Mar 9',
      },
    ] satisfies RawItem[]);
  });

  test('"Replying to" someone: the nearest of their tweets shown above, none if none is; the post\'s author read from the address when the post is unmounted', () => {
    const html = fs.readFileSync(path.join(__dirname, '../fixtures/x/twitter-2022-thread.html'), 'utf8');
    const place = (doc: Document, id: string) => {
      const item = x.read(articleOf(doc, id));
      return [item?.kind, item?.parentId];
    };
    // Noor's tweet unmounted: Dmitri's reply answers a tweet not on the page.
    const noNoor = new DOMParser().parseFromString(html, 'text/html');
    articleOf(noNoor, '1551000000000000102').closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(place(noNoor, '1551000000000000104')).toEqual(['reply', null]);
    // Noor's first tweet re-rendered as a second one of hers: the nearest above wins.
    const twice = new DOMParser().parseFromString(html, 'text/html');
    const ellis = articleOf(twice, '1551000000000000101');
    ellis.innerHTML = articleOf(twice, '1551000000000000102').innerHTML.replaceAll('1551000000000000102', '1551000000000000099');
    expect(place(twice, '1551000000000000104')).toEqual(['reply', '1551000000000000102']);
    // The post unmounted: its author comes from the address, so Lotte's line still names it.
    const window = new Window({ url: `https://twitter.com/HarbourBikes/status/${POST}` });
    const page = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    articleOf(page, POST).closest('[data-testid="cellInnerDiv"]')?.remove();
    expect(place(page, '1551000000000000105')).toEqual(['reply', POST]);
    expect(place(page, '1551000000000000104')).toEqual(['reply', '1551000000000000102']);
    void window.happyDOM.close();
  });
});

describe('x adapter: URLs', () => {
  test.each([
    ['https://x.com/fernhillbakery/status/1988000000000000100', true],
    ['https://x.com/fernhillbakery/status/1988000000000000100?s=20', true],
    ['https://twitter.com/harborlightyoga/status/1712345678901234560', true],
    ['https://x.com/i/status/1988000000000000100', true],
    ['https://x.com/fernhillbakery', false],
    ['https://x.com/home', false],
    ['https://x.com/fernhillbakery/status/1988000000000000100/quotes', false],
    ['https://mobile.twitter.com/harborlightyoga/status/1712345678901234560', false],
    ['http://x.com/fernhillbakery/status/1988000000000000100', false],
    ['https://x.com.evil.example/fernhillbakery/status/1', false],
    ['https://example.org/x.com/fernhillbakery/status/1', false],
  ])('%s → %s', (url, ok) => {
    expect(x.matches(new URL(url))).toBe(ok);
  });
});

describe('x adapter: links stay on the host the page is on', () => {
  test('a page saved on twitter.com links tweets and profiles there; on x.com, there', () => {
    const html = fs.readFileSync(path.join(__dirname, '../fixtures/x/twitter-composer.html'), 'utf8');
    for (const site of ['https://twitter.com', 'https://x.com']) {
      const window = new Window({ url: `${site}/harborlightyoga/status/1712345678901234560` });
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const { items } = readAll(doc);
      expect(items.length).toBeGreaterThan(0);
      for (const i of items) {
        expect(i.permalink?.startsWith(`${site}/`)).toBe(true);
        expect(i.author.profileUrl?.startsWith(`${site}/`)).toBe(true);
      }
      void window.happyDOM.close();
    }
  });
});

describe('x adapter: a promoted tweet among the replies', () => {
  test("X's ad-tracking hook marks an ad, never read; the same hook around a video is an ordinary reply", () => {
    const doc = load('conversation.html');
    const before = readAll(doc).items;
    const [ad, withVideo] = [...doc.querySelectorAll('article[data-testid="tweet"]')].filter((a) => before.some((i) => a.querySelector(`a[href*="/status/${i.nativeId}"]`)));
    const label = doc.createElement('div');
    label.setAttribute('data-testid', 'placementTracking');
    label.innerHTML = '<span>Promoted</span>';
    (ad as Element).append(label);
    const player = doc.createElement('div');
    player.setAttribute('data-testid', 'placementTracking');
    player.innerHTML = '<div data-testid="videoPlayer"><video></video></div>';
    (withVideo as Element).append(player);
    const after = readAll(doc).items;
    expect(after).toHaveLength(before.length - 1);
    expect(after.map((i) => i.nativeId)).toEqual(before.slice(1).map((i) => i.nativeId));
  });
});
