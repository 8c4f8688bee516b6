// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture, readItems } from './fixture';
import { facebook } from '../../utils/adapters/facebook';
import { adapterFor } from '../../utils/adapters';
import type { RawItem } from '../../utils/model';

const load = (file: string) => loadFixture('facebook', file);

function readAll(doc: Document): { elements: number; items: RawItem[] } {
  const { elements, items } = readItems(facebook, doc);
  return { elements: elements.length, items };
}

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

describe('facebook adapter: Page post in the post dialog (page-post.html)', () => {
  const doc = load('page-post.html');
  const { elements, items } = readAll(doc);

  test('finds every comment and reply, the hidden duplicate once, never the composer or the post', () => {
    expect(elements).toBe(9);
    expect(items.map((i) => i.nativeId)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008']);
  });

  test('reads every field of a comment', () => {
    expect(items[0]).toEqual({
      platform: 'facebook',
      kind: 'comment',
      nativeId: '1001',
      parentId: null,
      permalink: `${POST}?comment_id=1001`,
      author: { name: 'Dana Whitlow', profileUrl: 'https://www.facebook.com/dana.whitlow.52' },
      text: 'I waited two hours for my appointment and then got charged twice for the same cleaning. This is bullshit and nobody at the front desk would help.',
      rating: null,
      postedAt: new Date(2026, 10, 16, 13, 5).getTime(),
      postedText: '3h',
    } satisfies RawItem);
  });

  test('reads replies with their parent, profile.php authors and relative links', () => {
    expect(items[1]).toMatchObject({ kind: 'reply', nativeId: '1002', parentId: '1001', author: { name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/HarboursideDental' } });
    expect(items[2]).toEqual({
      platform: 'facebook',
      kind: 'reply',
      nativeId: '1003',
      parentId: '1001',
      permalink: `${POST}?comment_id=1001&reply_comment_id=1003`,
      author: { name: 'Rex Marlowe', profileUrl: 'https://www.facebook.com/profile.php?id=100094455661' },
      text: 'Watch your back, we know where you live. 🔥',
      rating: null,
      postedAt: null,
      postedText: '1h',
    } satisfies RawItem);
  });

  test('keeps emoji images as text, reads localized labels structurally, joins blocks with newlines', () => {
    expect(items[3]?.text).toBe('Best dentists in town, Dr. Okafor is so kind ❤️ leave them alone!');
    expect(items[6]).toMatchObject({ nativeId: '1007', kind: 'comment', author: { name: 'Wren Adeyemi' } });
    expect(items[7]?.text).toBe('Hmm.\nInteresting.');
    for (const item of items) {
      expect(item.author.name).not.toBe('');
      expect(item.permalink).not.toMatch(/__cft__|__tn__/);
    }
  });

  test('puts the chip right after the author name', () => {
    const first = facebook.findItems(doc)[0] as Element;
    const { node, where } = facebook.anchor(first);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Dana Whitlow');
  });
});

describe('facebook adapter: single-comment permalink view, Indonesian (permalink-view.html)', () => {
  const doc = load('permalink-view.html');
  const { elements, items } = readAll(doc);

  test('finds the comment, its sibling reply and a sticker comment; not the composer', () => {
    expect(elements).toBe(3);
    expect(items).toHaveLength(3);
  });

  test('reads every field, skipping the See more button', () => {
    const base = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Zz9&id=61550001';
    expect(items).toEqual([
      {
        platform: 'facebook',
        kind: 'comment',
        nativeId: '2001',
        parentId: null,
        permalink: `${base}&comment_id=2001`,
        author: { name: 'Ayu Pratiwi', profileUrl: 'https://www.facebook.com/ayu.pratiwi.9' },
        text: 'My crown fell out two days after the appointment and nobody called me back. I have left three messages',
        rating: null,
        postedAt: new Date(2026, 10, 16, 10, 15).getTime(),
        postedText: '1 j',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '2002',
        parentId: '2001',
        permalink: `${base}&comment_id=2001&reply_comment_id=2002`,
        author: { name: 'Bram Kusuma', profileUrl: 'https://www.facebook.com/profile.php?id=100077788899' },
        text: 'Same here, terrible service.',
        rating: null,
        postedAt: null,
        postedText: '30 mnt',
      },
      {
        platform: 'facebook',
        kind: 'comment',
        nativeId: '2003',
        parentId: null,
        permalink: `${base}&comment_id=2003`,
        author: { name: 'Citra Lestari', profileUrl: 'https://www.facebook.com/citra.lestari' },
        text: '👍',
        rating: null,
        postedAt: null,
        postedText: '5 mnt',
      },
    ] satisfies RawItem[]);
  });
});

describe('facebook adapter: URLs', () => {
  test.each([
    ['https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9', true],
    ['https://web.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['http://www.facebook.com/x', false],
    ['https://www.facebook.com.evil.example/x', false],
    ['https://example.org/facebook.com/x', false],
  ])('%s → %s', (url, ok) => {
    expect(facebook.matches(new URL(url))).toBe(ok);
    expect(adapterFor(url) === facebook).toBe(ok);
  });
});
