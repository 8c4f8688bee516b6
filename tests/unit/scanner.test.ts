// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { appendComment } from '../../scripts/demo/fb-markup.js';
import { facebook } from '../../utils/adapters/facebook';
import { x } from '../../utils/adapters/x';
import type { SiteAdapter } from '../../utils/adapters/types';
import { type ScannerOptions, type ScanStats, startScanner } from '../../utils/content/scanner';
import type { RawItem } from '../../utils/model';

const fixture = fs.readFileSync(path.join(__dirname, '../fixtures/facebook/page-post.html'), 'utf8');

function loadFixture() {
  const parsed = new DOMParser().parseFromString(fixture, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** A comment arriving on the fixture post, built as the demo page builds them. */
function addComment(id: string, text: string) {
  const list = document.querySelector('[role="dialog"] ul') as Element;
  appendComment(document, list, { id, name: `Person ${id}`, handle: `person${id}`, text });
}

type Options = Pick<ScannerOptions, 'maxBatch' | 'budgetMs' | 'whenVisible' | 'eagerChips'>;

// happy-dom has no layout: by default every comment counts as on screen at once.
const onScreen: ScannerOptions['whenVisible'] = (_el, show) => show();

// Every scanner a test started, stopped after it even when it fails (one left running would scan the next test's page).
const running: AbortController[] = [];

function harness(adapter: SiteAdapter = facebook, options: Options = {}) {
  const controller = new AbortController();
  running.push(controller);
  const batches: RawItem[][] = [];
  // Per batch, the keys the items had when read before (null: first read).
  const was: Array<Array<string | null>> = [];
  let idle: (s: ScanStats) => void = () => {};
  let idleSeen = new Promise<ScanStats>((r) => { idle = r; });
  const scanner = startScanner({
    adapter,
    signal: controller.signal,
    send: async (items, before) => {
      batches.push(items);
      was.push(before);
      return items.map((i) => ({ key: answerKey(i), label: 'unclear' as const, confidence: 0.3, reasons: ['r'] }));
    },
    onIdle: (s) => {
      idle(s);
      idleSeen = new Promise<ScanStats>((r) => { idle = r; });
    },
    whenVisible: onScreen,
    ...options,
  });
  return { controller, batches, was, scanner, nextIdle: () => idleSeen };
}

/** The key the harness's background gives an item: its native id, else (as Keel's does) one made from its words. */
const answerKey = (i: RawItem) => `${i.platform}:${i.nativeId ?? `h${i.text.length}:${i.text.slice(0, 12)}`}`;

/** Lets queued mutation callbacks and message-channel slices run (no timers). */
async function flushTasks() {
  for (let i = 0; i < 3; i++) {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
}

beforeEach(loadFixture);
afterEach(() => {
  for (const c of running.splice(0)) c.abort();
  document.body.replaceChildren();
});

describe('scanner', () => {
  test('sends every item once, in one message per slice, and mounts a chip on every element', async () => {
    const h = harness(facebook, { budgetMs: 1000 });
    const stats = await h.nextIdle();
    expect(h.batches).toHaveLength(1);
    expect(h.batches[0]?.map((i) => i.nativeId)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008']);
    expect(document.querySelectorAll('keel-chip')).toHaveLength(9);
    expect(stats).toMatchObject({ items: 8, chips: 9, errors: 0 });
    h.controller.abort();
  });

  test('a batch never exceeds maxBatch: slices split the work', async () => {
    const h = harness(facebook, { maxBatch: 3, budgetMs: 1000 });
    await h.nextIdle();
    expect(h.batches.map((b) => b.length)).toEqual([3, 3, 2]);
    expect(h.batches.flat()).toHaveLength(8);
    h.controller.abort();
  });

  test('comments added later are found by the observer and sent once', async () => {
    const h = harness();
    await h.nextIdle();
    const before = h.batches.length;
    addComment('2001', 'Are you open Saturday?');
    addComment('2002', 'Thank you all!');
    await h.nextIdle();
    expect(h.batches.slice(before).flat().map((i) => i.nativeId)).toEqual(['2001', '2002']);
    expect(document.querySelectorAll('keel-chip')).toHaveLength(11);
    h.controller.abort();
  });

  test('a comment arriving on a loaded page is read just before the next frame (its chip painted with it), or at once in a tab behind', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const h = harness();
    await h.nextIdle();
    const before = h.batches.length;
    addComment('3001', 'Hello?');
    // The scanner's own tasks would have run by now: it waits for the frame instead.
    await flushTasks();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(9);
    for (const frame of frames.splice(0)) frame(0);
    expect(document.querySelectorAll('keel-chip')).toHaveLength(10);
    expect(h.batches.slice(before).flat().map((i) => i.nativeId)).toEqual(['3001']);

    // Behind: no frames come, so it is read in a task of its own.
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    addComment('3002', 'Anyone?');
    await flushTasks();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(11);
    expect(frames).toHaveLength(0);
    hidden.mockRestore();
    vi.unstubAllGlobals();
  });

  test('a change that adds no node (a text rewritten in place) still tells the page watchers: onIdle', async () => {
    const h = harness();
    await h.nextIdle();
    const text = document.createTextNode('4.8');
    document.body.append(text);
    await h.nextIdle();
    const again = h.nextIdle();
    text.nodeValue = '4.7';
    await expect(Promise.race([again.then(() => 'idle'), new Promise((r) => setTimeout(() => r('silent'), 200))])).resolves.toBe('idle');
  });

  test('an element that is not an item yet is read again once the page has built it', async () => {
    // A page that builds its items in two steps: the box first, its text later.
    const twoStep: SiteAdapter = {
      platform: 'facebook',
      matches: () => true,
      findItems: (root) => {
        const own = root instanceof Element ? root.closest('[data-item]') : null;
        return [...(own ? [own] : []), ...root.querySelectorAll('[data-item]')];
      },
      read: (el) => {
        const text = el.querySelector('[data-text]')?.textContent;
        if (!text) return null;
        return { platform: 'facebook', kind: 'comment', nativeId: el.id, parentId: null, permalink: null, author: { name: 'Ada', profileUrl: null }, text, rating: null, postedAt: null, postedText: null };
      },
      anchor: (el) => ({ node: el, where: 'afterbegin' }),
    };
    const h = harness(twoStep);
    await h.nextIdle();
    const box = document.createElement('div');
    box.id = 'two-step';
    box.dataset.item = '';
    document.body.append(box);
    await flushTasks();
    expect(h.batches.flat()).toHaveLength(0);
    const text = document.createElement('span');
    text.dataset.text = '';
    text.textContent = 'Built in two steps';
    box.append(text);
    await flushTasks();
    expect(h.batches.flat().map((i) => i.nativeId)).toEqual(['two-step']);
  });

  test('chips are mounted only when their comment comes near the viewport', async () => {
    const shows: Array<() => void> = [];
    const h = harness(facebook, { budgetMs: 1000, eagerChips: 0, whenVisible: (_el, show) => shows.push(show) });
    const stats = await h.nextIdle();
    // Every item is read and sent at once; no chip exists until it is needed.
    expect(h.batches.flat()).toHaveLength(8);
    expect(stats.chips).toBe(0);
    expect(document.querySelectorAll('keel-chip')).toHaveLength(0);
    expect(shows).toHaveLength(9);
    for (const show of shows.slice(0, 3)) show();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(3);
    h.controller.abort();
    for (const show of shows.slice(3)) show();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(0);
  });

  test('whenShown runs once the chip of an item is on the page: at once if it is, else when it comes near the viewport', async () => {
    const shows: Array<() => void> = [];
    const h = harness(facebook, { budgetMs: 1000, eagerChips: 2, whenVisible: (_el, show) => shows.push(show) });
    await h.nextIdle();
    const ran: string[] = [];
    expect(h.scanner.whenShown('facebook:1001', () => ran.push('1001'))).toBe(true);
    expect(ran).toEqual(['1001']);
    expect(h.scanner.whenShown('facebook:1004', () => ran.push('1004 a'))).toBe(false);
    h.scanner.whenShown('facebook:1004', () => ran.push('1004 b'));
    h.scanner.whenShown('facebook:nope', () => ran.push('nope'));
    expect(ran).toEqual(['1001']);
    for (const show of shows) show();
    expect(ran).toEqual(['1001', '1004 a', '1004 b']);
    // Once the chip is on the page, a later call runs at once.
    h.scanner.whenShown('facebook:1004', () => ran.push('1004 c'));
    expect(ran).toEqual(['1001', '1004 a', '1004 b', '1004 c']);
    h.controller.abort();
  });

  test('the first chips are mounted at once, the rest as they come into view; hidden copies wait', async () => {
    const shows: Array<() => void> = [];
    const h = harness(facebook, { budgetMs: 1000, eagerChips: 5, whenVisible: (_el, show) => shows.push(show) });
    await h.nextIdle();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(5);
    expect(document.querySelectorAll('[hidden] keel-chip')).toHaveLength(0);
    expect(shows).toHaveLength(4);
    // A comment arriving after the first scan gets its chip at once, wherever it is.
    addComment('4001', 'Just arrived');
    await h.nextIdle();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(6);
    expect(shows).toHaveLength(4);
    h.controller.abort();
  });

  test('a chip the page removes is put back beside its comment', async () => {
    const h = harness();
    await h.nextIdle();
    const chip = document.querySelector('keel-chip') as Element;
    const author = chip.previousElementSibling;
    chip.remove();
    await vi.waitFor(() => expect(author?.nextElementSibling?.localName).toBe('keel-chip'));
    expect(document.querySelectorAll('keel-chip')).toHaveLength(9);
    h.controller.abort();
  });

  test('abort removes every chip and stops watching', async () => {
    const h = harness();
    await h.nextIdle();
    h.controller.abort();
    expect(document.querySelectorAll('keel-chip')).toHaveLength(0);
    const sent = h.batches.length;
    addComment('3001', 'Anyone there?');
    await flushTasks();
    expect(h.batches).toHaveLength(sent);
    expect(document.querySelectorAll('keel-chip')).toHaveLength(0);
  });

  test('an adapter that throws on one item is logged once and does not stop the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const flaky: SiteAdapter = {
      ...facebook,
      read(el) {
        const item = facebook.read(el);
        if (item?.nativeId === '1004') throw new Error('layout changed');
        return item;
      },
    };
    const h = harness(flaky, { budgetMs: 1000 });
    const stats = await h.nextIdle();
    expect(h.batches.flat().map((i) => i.nativeId)).not.toContain('1004');
    expect(h.batches.flat()).toHaveLength(7);
    expect(stats.errors).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    h.controller.abort();
  });

  test('a comment opened in full is read again and sent once more; its words cut short again, or a time shown anew, are not sent', async () => {
    const h = harness(facebook, { budgetMs: 1000 });
    await h.nextIdle();
    const sent = h.batches.length;
    const article = document.querySelector('a[href*="?comment_id=1001&"]')?.closest('[role="article"]') as Element;
    const words = article.querySelector('div[style]') as Element;
    const full = words.textContent as string;
    // The page cuts the words short ("See more"), as it does on a new load: nothing new.
    const more = document.createElement('div');
    more.setAttribute('role', 'button');
    more.textContent = 'See more';
    words.replaceChildren(`${full.slice(0, 40)}…`, more);
    await h.nextIdle();
    expect(h.batches).toHaveLength(sent);
    // Opened: the page writes the whole comment in, longer than first read.
    words.replaceChildren(`${full} I have both receipts.`);
    await h.nextIdle();
    expect(h.batches.slice(sent).flat().map((i) => [i.nativeId, i.text])).toEqual([['1001', `${full} I have both receipts.`]]);
    expect(h.was.slice(sent)).toEqual([['facebook:1001']]);
    // The time shown anew ("3h" → "4h", the text node rewritten in place): nothing new either.
    const time = article.querySelector('a[href*="comment_id=1001"][aria-label]')?.firstChild as Text;
    time.nodeValue = '4h';
    const stats = await h.nextIdle();
    expect(h.batches).toHaveLength(sent + 1);
    expect(stats).toMatchObject({ items: 8, resent: 1, errors: 0 });
    h.controller.abort();
  });

  test('an item without a native id read again with other words is sent with the key it had', async () => {
    const idless: SiteAdapter = {
      platform: 'facebook',
      matches: () => true,
      findItems: (root) => {
        const own = root instanceof Element ? root.closest('[data-review]') : null;
        return [...(own ? [own] : []), ...root.querySelectorAll('[data-review]')];
      },
      read: (el) => ({
        platform: 'facebook',
        kind: 'review',
        nativeId: null,
        parentId: null,
        permalink: null,
        author: { name: el.getAttribute('data-review') as string, profileUrl: null },
        text: el.querySelector('p')?.textContent ?? '',
        rating: null,
        postedAt: null,
        postedText: null,
      }),
      anchor: (el) => ({ node: el, where: 'afterbegin' }),
    };
    document.body.innerHTML = '<div data-review="Ana"><p>Lovely team, but</p></div><div data-review="Ben"><p>Fine.</p></div>';
    const h = harness(idless, { budgetMs: 1000 });
    await h.nextIdle();
    const first = answerKey(h.batches[0]?.[0] as RawItem);
    (document.querySelector('[data-review="Ana"] p') as Element).textContent = 'Lovely team, but the parking is hard to find.';
    await h.nextIdle();
    expect(h.batches.slice(1).flat().map((i) => i.text)).toEqual(['Lovely team, but the parking is hard to find.']);
    expect(h.was[1]).toEqual([first]);
    // The answer's key finds the element: the chip and evidence follow the item.
    const now = answerKey(h.batches[1]?.[0] as RawItem);
    expect(h.scanner.elementOf(now)).toBe(document.querySelector('[data-review="Ana"]'));
    expect(document.querySelectorAll('[data-review="Ana"] keel-chip')).toHaveLength(1);
    h.controller.abort();
  });

  test('a cell the platform recycles for another item (X) is read as that item: sent, and its chip moves to it', async () => {
    const page = fs.readFileSync(path.join(__dirname, '../fixtures/x/conversation.html'), 'utf8');
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
    const h = harness(x, { budgetMs: 1000 });
    await h.nextIdle();
    const sent = h.batches.length;
    const article = document.querySelector('a[href*="/status/1988000000000000101"]')?.closest('article') as Element;
    const oldChip = article.querySelector('keel-chip');
    expect(oldChip).not.toBeNull();
    // React reuses the cell's nodes for a tweet scrolled into view: links and words rewritten in place.
    for (const a of article.querySelectorAll('a[href*="/status/1988000000000000101"]')) {
      a.setAttribute('href', (a.getAttribute('href') as string).replace('1988000000000000101', '1988000000000000199'));
    }
    const walker = document.createTreeWalker(article.querySelector('[data-testid="tweetText"]') as Element, NodeFilter.SHOW_TEXT);
    const words = walker.nextNode() as Text;
    expect(words.nodeValue?.trim()).not.toBe('');
    words.nodeValue = 'A tweet this cell shows now.';
    while (walker.nextNode()) (walker.currentNode as Text).nodeValue = '';
    await h.nextIdle();
    expect(h.batches.slice(sent).flat().map((i) => [i.nativeId, i.text])).toEqual([['1988000000000000199', 'A tweet this cell shows now.']]);
    expect(h.was.slice(sent)).toEqual([[null]]);
    expect(h.scanner.elementOf('x:1988000000000000199')).toBe(article);
    expect(h.scanner.elementOf('x:1988000000000000101')).toBeNull();
    // One chip, a new one: the old item's label left with the old item.
    const chips = article.querySelectorAll('keel-chip');
    expect(chips).toHaveLength(1);
    expect(chips[0]).not.toBe(oldChip);
    expect(oldChip?.isConnected).toBe(false);
    h.controller.abort();
  });
});
