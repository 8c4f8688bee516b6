// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { AuthorHistory } from '../../utils/authors/schema';
import { historySection, setHistorySource } from '../../utils/content/chip-history';

const HOSTILE = '<img src=x onerror="window.pwned=1">';
const NOW = Date.now();

const history = (over: Partial<AuthorHistory> = {}): AuthorHistory => ({
  itemKey: 'facebook:2',
  author: {
    key: 'facebook:https://www.facebook.com/gil', platform: 'facebook', names: [HOSTILE], profileUrl: null,
    firstSeenAt: NOW, lastSeenAt: NOW, itemCount: 2, pageCount: 1, labels: { troll: 2 }, moderatorLabel: null,
  },
  items: [
    { key: 'facebook:2', platform: 'facebook', kind: 'comment', pageUrl: 'https://www.facebook.com/B/posts/1', permalink: null, text: HOSTILE, at: NOW, label: 'troll', labelSource: 'auto' },
    { key: 'facebook:1', platform: 'facebook', kind: 'comment', pageUrl: 'https://www.facebook.com/B/posts/1', permalink: null, text: 'Earlier', at: NOW - 1000, label: 'troll', labelSource: 'auto' },
  ],
  actions: [],
  actionCount: 0,
  replies: [],
  replyCount: 0,
  matches: [{ key: 'yelp:name:x', platform: 'yelp', names: [HOSTILE], profileUrl: null, itemCount: 1, lastSeenAt: NOW, moderatorLabel: null }],
  matchCount: 1,
  ...over,
});

afterEach(() => setHistorySource(null));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the chip’s history section', () => {
  test('is not built when nothing can answer', () => {
    expect(historySection()).toBeNull();
  });

  test('asks for the item’s author, says it in words, and shows page text as text only', async () => {
    const asked: string[] = [];
    setHistorySource(async (key) => {
      asked.push(key);
      return history();
    });
    const section = historySection();
    if (!section) throw new Error('no section');
    document.body.append(section.node);
    expect(section.node.textContent).toContain('Looking up their history…');
    section.load('facebook:2');
    await settle();
    expect(asked).toEqual(['facebook:2']);
    expect(section.node.querySelector('.hist-sum')?.textContent).toBe('2 comments on 1 page · labelled Troll twice');
    expect(section.node.querySelector('.hist-match')?.textContent).toBe('Same name on Yelp: maybe the same person, maybe not (not merged).');
    const lines = [...section.node.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines[0]).toMatch(/^\(this one\) Troll · .+ · this page: <img src=x onerror="window\.pwned=1">$/);
    expect(lines[2]).toMatch(/^<img src=x onerror="window\.pwned=1"> on Yelp · 1 item, last seen /);
    expect(section.node.querySelector('img')).toBeNull();
  });

  test('a first-time author has no list to open; a failure says so plainly', async () => {
    let fail = false;
    setHistorySource(async () => {
      if (fail) throw new Error('Not a page Keel watches.');
      return history({ author: { ...history().author, itemCount: 1, labels: { troll: 1 } }, items: history().items.slice(0, 1), matches: [], matchCount: 0 });
    });
    const section = historySection();
    if (!section) throw new Error('no section');
    section.load('facebook:2');
    await settle();
    expect(section.node.querySelector('.hist-sum')?.textContent).toBe('First time Keel has seen them');
    expect(section.node.querySelector('details')).toBeNull();
    fail = true;
    section.load('facebook:2');
    await settle();
    expect(section.node.querySelector('.hist-sum')?.textContent).toBe('Keel could not read their history just now.');
  });

  test('only the latest answer is shown when the panel is opened twice quickly', async () => {
    const answers: Array<(h: AuthorHistory) => void> = [];
    setHistorySource(() => new Promise((resolve) => answers.push(resolve)));
    const section = historySection();
    if (!section) throw new Error('no section');
    section.load('facebook:2');
    section.load('facebook:2');
    answers[1]?.(history({ author: { ...history().author, itemCount: 3 } }));
    answers[0]?.(history());
    await settle();
    expect(section.node.querySelector('.hist-sum')?.textContent).toMatch(/^3 comments on 1 page/);
  });
});
