// @vitest-environment happy-dom
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
      parentId: null,
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
      parentId: null,
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
      parentId: null,
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
      parentId: null,
      permalink: 'https://x.com/rsolberg/status/1988000000000000104',
      author: { name: 'Renata Solberg', profileUrl: 'https://x.com/rsolberg' },
      text: 'Keep selling raw tarts and see what happens to your shop window.\nYou have been warned.',
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
        parentId: null,
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
        parentId: null,
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
        parentId: null,
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
