/**
 * The cleanup queue's pure core: its order, its keys, its progress, "everything
 * by this author", which incident it shows, and the walk through a pile-on,
 * counted in key presses.
 */
import { describe, expect, test } from 'vitest';
import type { Incident } from '../../utils/db/types';
import type { Label } from '../../utils/labels';
import { authorSelection } from '../../utils/queue/author';
import { chooseIncident } from '../../utils/queue/choose';
import { type Command, commandFor, isTyping, KEYMAP, type KeyInput, keyFor } from '../../utils/queue/keys';
import { orderQueue, type QueueItem, rankOf } from '../../utils/queue/order';
import { progressOf } from '../../utils/queue/progress';
import { EMPTY_MACHINE, type Effect, type Machine, nextUndone, resolveCursor, startCursor, step } from '../../utils/queue/walk';

let n = 0;
function item(over: Partial<QueueItem> & { key: string }): QueueItem {
  n++;
  return {
    label: 'troll',
    labelSource: 'auto',
    done: {},
    at: 1_000 + n,
    firstSeenAt: 1_000 + n,
    authorKey: `facebook:${over.key}-author`,
    author: { name: `Author of ${over.key}`, profileUrl: null },
    text: `Text of ${over.key}`,
    permalink: `https://www.facebook.com/HarboursideDental/posts/1?comment_id=${over.key}`,
    pageUrl: 'https://www.facebook.com/HarboursideDental/posts/1',
    platform: 'facebook',
    postedText: '1h',
    ...over,
  };
}

describe('order', () => {
  test('threats first, then flagged items nobody dealt with (oldest first), then the rest', () => {
    const items = [
      item({ key: 'genuine-old', label: 'genuine', at: 1 }),
      item({ key: 'troll-new', label: 'troll', at: 50 }),
      item({ key: 'threat-new', label: 'threat', at: 60 }),
      item({ key: 'spam-old', label: 'spam', at: 10 }),
      item({ key: 'troll-done', label: 'troll', at: 5, done: { deleted: 1 } }),
      item({ key: 'troll-old', label: 'troll', at: 20 }),
      item({ key: 'threat-old', label: 'threat', at: 30, done: { captured: 2 } }),
      item({ key: 'troll-relabelled', label: 'troll', at: 2, labelSource: 'moderator' }),
    ];
    expect(orderQueue(items).order.map((i) => i.key)).toEqual([
      'threat-old',
      'threat-new',
      'spam-old',
      'troll-old',
      'troll-new',
      'genuine-old',
      'troll-relabelled',
      'troll-done',
    ]);
  });

  test.each([
    ['threat', 'auto', {}, 0],
    ['threat', 'moderator', { deleted: 1 }, 0],
    ['troll', 'auto', {}, 1],
    ['spam', 'auto', {}, 1],
    ['troll', 'auto', { hidden: 1 }, 2],
    ['troll', 'moderator', {}, 2],
    ['genuine', 'auto', {}, 2],
    ['supporter', 'auto', {}, 2],
    ['unclear', 'auto', {}, 2],
  ] as const)('%s (%s, done %o) ranks %i', (label, labelSource, done, rank) => {
    expect(rankOf({ label, labelSource, done })).toBe(rank);
  });

  test('an item keeps its place once ranked: dealing with it greys it where it stands; a new threat goes to the top', () => {
    const a = item({ key: 'a', at: 1 });
    const b = item({ key: 'b', at: 2 });
    const c = item({ key: 'c', label: 'genuine', at: 0 });
    const first = orderQueue([a, b, c]);
    expect(first.order.map((i) => i.key)).toEqual(['a', 'b', 'c']);
    // a is dealt with: without the earlier ranks it would fall behind c.
    const aDone = { ...a, done: { deleted: 9 } };
    expect(orderQueue([aDone, b, c]).order.map((i) => i.key)).toEqual(['b', 'c', 'a']);
    expect(orderQueue([aDone, b, c], first.ranks).order.map((i) => i.key)).toEqual(['a', 'b', 'c']);
    const threat = item({ key: 't', label: 'threat', at: 99 });
    const third = orderQueue([aDone, b, c, threat], first.ranks);
    expect(third.order.map((i) => i.key)).toEqual(['t', 'a', 'b', 'c']);
    // Ranks of items gone from the incident are dropped.
    expect([...orderQueue([b], third.ranks).ranks.keys()]).toEqual(['b']);
  });

  test('same times: the order is still total (by key), whatever order the items came in', () => {
    const x = [item({ key: 'm', at: 5, firstSeenAt: 5 }), item({ key: 'k', at: 5, firstSeenAt: 5 }), item({ key: 'z', at: 5, firstSeenAt: 4 })];
    expect(orderQueue(x).order.map((i) => i.key)).toEqual(['z', 'k', 'm']);
    expect(orderQueue([...x].reverse()).order.map((i) => i.key)).toEqual(['z', 'k', 'm']);
  });
});

describe('keys', () => {
  const press = (key: string, over: Partial<KeyInput> = {}): Command | null =>
    commandFor({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...over });

  test.each([
    ['j', { type: 'move', by: 1 }],
    ['ArrowDown', { type: 'move', by: 1 }],
    ['k', { type: 'move', by: -1 }],
    ['ArrowUp', { type: 'move', by: -1 }],
    ['t', { type: 'label', label: 'troll' }],
    ['p', { type: 'label', label: 'genuine' }],
    ['x', { type: 'label', label: 'threat' }],
    ['s', { type: 'label', label: 'spam' }],
    ['u', { type: 'label', label: 'supporter' }],
    ['?', { type: 'label', label: 'unclear' }],
    ['c', { type: 'capture' }],
    ['r', { type: 'mark', kind: 'reported' }],
    ['d', { type: 'mark', kind: 'deleted' }],
    ['b', { type: 'mark', kind: 'banned' }],
    ['h', { type: 'mark', kind: 'hidden' }],
    ['a', { type: 'author' }],
    ['z', { type: 'undo' }],
    ['Enter', { type: 'open' }],
    ['Escape', { type: 'cancel' }],
  ] as const)('%s → %o', (key, command) => {
    expect(press(key)).toEqual(command);
  });

  test.each(['q', 'J', 'D', ' ', 'Tab', 'Shift', '1'])('%o does nothing', (key) => {
    expect(press(key)).toBeNull();
  });

  test('no key fires with a modifier held (the browser’s own shortcuts stay theirs)', () => {
    expect(press('d', { ctrlKey: true })).toBeNull();
    expect(press('d', { metaKey: true })).toBeNull();
    expect(press('j', { altKey: true })).toBeNull();
  });

  test.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'input', type: 'search' }, true],
    [{ tagName: 'INPUT', type: '' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'DIV' }, false],
  ])('typing in %o: %s', (target, typing) => {
    expect(isTyping(target)).toBe(typing);
    expect(press('d', { target })).toEqual(typing ? null : { type: 'mark', kind: 'deleted' });
  });

  test('Enter on a button or link is the button’s own; other keys on a button still work', () => {
    expect(press('Enter', { target: { tagName: 'BUTTON' } })).toBeNull();
    expect(press('Enter', { target: { tagName: 'A' } })).toBeNull();
    expect(press('b', { target: { tagName: 'BUTTON' } })).toEqual({ type: 'mark', kind: 'banned' });
  });

  test('every key is listed once, and each button finds its key', () => {
    const keys = KEYMAP.flatMap((h) => h.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keyFor({ type: 'mark', kind: 'deleted' })).toBe('d');
    expect(keyFor({ type: 'move', by: 1 })).toBe('j');
    expect(keyFor({ type: 'cancel' })).toBe('Esc');
  });
});

describe('progress', () => {
  test('done / total, counting labels set by hand, anything done, and what this panel just did', () => {
    const items = [
      item({ key: '1' }),
      item({ key: '2', done: { reported: 1 } }),
      item({ key: '3', labelSource: 'moderator' }),
      item({ key: '4' }),
      item({ key: '5', label: 'genuine' }),
    ];
    expect(progressOf(items)).toEqual({ done: 2, total: 5, left: 3, percent: 40, text: '2 / 5 done' });
    expect(progressOf(items, new Set(['4']))).toMatchObject({ done: 3, text: '3 / 5 done', percent: 60 });
    expect(progressOf([])).toEqual({ done: 0, total: 0, left: 0, percent: 0, text: '0 / 0 done' });
    // 100 only when every item is.
    const many = Array.from({ length: 200 }, (_, i) => item({ key: `m${i}`, done: i ? { deleted: 1 } : {} }));
    expect(progressOf(many).percent).toBe(99);
  });
});

describe('everything by this author', () => {
  test('every queue item of the current item’s author, in queue order', () => {
    const kit = { authorKey: 'facebook:kit', author: { name: 'Kit Marsh', profileUrl: null } };
    const order = [item({ key: '1', ...kit }), item({ key: '2' }), item({ key: '3', ...kit, done: { deleted: 1 } }), item({ key: '4', ...kit })];
    expect(authorSelection(order, '3')).toEqual({ authorKey: 'facebook:kit', authorName: 'Kit Marsh', keys: ['1', '3', '4'] });
    expect(authorSelection(order, '2')?.keys).toEqual(['2']);
    expect(authorSelection(order, 'gone')).toBeNull();
  });
});

describe('which incident', () => {
  const inc = (id: string, pageKey: string, status: Incident['status'], openedAt: number) => ({ id, pageKey, status, openedAt });
  const list = [inc('old-open', 'page-a', 'open', 1), inc('new-contained', 'page-b', 'contained', 3), inc('new-open', 'page-c', 'open', 2)];

  test('the one under way on the active tab’s page', () => {
    expect(chooseIncident(list, 'page-b', null)?.id).toBe('new-contained');
  });
  test('else the newest open one', () => {
    expect(chooseIncident(list, 'page-z', null)?.id).toBe('new-open');
    expect(chooseIncident(list, null, null)?.id).toBe('new-open');
  });
  test('else the newest at all; none when there is none', () => {
    expect(chooseIncident([inc('c1', 'p', 'contained', 1), inc('c2', 'q', 'contained', 2)], null, null)?.id).toBe('c2');
    expect(chooseIncident([], 'page-a', null)).toBeNull();
  });
  test('the one the moderator picked wins while it is under way', () => {
    expect(chooseIncident(list, 'page-b', 'old-open')?.id).toBe('old-open');
    expect(chooseIncident(list, 'page-b', 'resolved-meanwhile')?.id).toBe('new-contained');
  });
});

/** The panel's loop without a browser: the store is `items`, each effect is done to it at once, the order is kept as the panel keeps it. */
class Sim {
  items: QueueItem[];
  machine: Machine = EMPTY_MACHINE;
  ranks = new Map<string, 0 | 1 | 2>();
  keys = 0;
  effects: Effect[] = [];
  shown: string[] = [];
  constructor(items: QueueItem[]) {
    this.items = items;
    this.machine = { ...EMPTY_MACHINE, cursor: startCursor(this.order()) };
  }
  order(): QueueItem[] {
    const o = orderQueue(this.items, this.ranks);
    this.ranks = o.ranks;
    return o.order;
  }
  get current(): QueueItem {
    return this.items.find((i) => i.key === this.machine.cursor) as QueueItem;
  }
  press(key: string): void {
    const command = commandFor({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' } });
    if (!command) throw new Error(`no command for ${key}`);
    this.keys++;
    const s = step(this.order(), this.machine, command);
    this.machine = s.machine;
    for (const e of s.effects) {
      this.effects.push(e);
      const put = (key: string, change: Partial<QueueItem>) => {
        this.items = this.items.map((i) => (i.key === key ? { ...i, ...change } : i));
      };
      const of = (key: string) => this.items.find((i) => i.key === key) as QueueItem;
      if (e.type === 'record') put(e.key, { done: { ...of(e.key).done, [e.kind]: 1 } });
      if (e.type === 'relabel') put(e.key, { label: e.label, labelSource: 'moderator' });
      if (e.type === 'batch') for (const k of e.keys) put(k, e.label ? { label: e.label, labelSource: 'moderator' } : { done: { ...of(k).done, [e.kind]: 1 } });
      if (e.type === 'show') this.shown.push(e.key);
    }
  }
  get left(): number {
    return progressOf(this.items).left;
  }
}

/** What a moderator presses for the current item: fix Keel's label if it is wrong, then act. */
function keysFor(itemLabel: Label, truth: Label, act: 'd' | 'b'): string[] {
  const labelKey: Record<Label, string> = { troll: 't', genuine: 'p', threat: 'x', spam: 's', supporter: 'u', unclear: '?' };
  return itemLabel === truth ? [act] : [labelKey[truth], act];
}

describe('the walk through a pile-on', () => {
  test('20 trolls cost at most two keys each: d (or b), and the cursor goes on by itself', () => {
    const trolls = Array.from({ length: 20 }, (_, i) => item({ key: `troll${i}`, at: i }));
    const sim = new Sim(trolls);
    const seen: string[] = [];
    while (sim.left > 0 && sim.keys <= 40) {
      seen.push(sim.current.key);
      for (const k of keysFor(sim.current.label, 'troll', seen.length % 2 ? 'd' : 'b')) sim.press(k);
    }
    expect(sim.left).toBe(0);
    expect(sim.keys).toBeLessThanOrEqual(2 * 20);
    // One key each here, each item visited once, in the queue's order, and each time the page was asked to show the next.
    expect(sim.keys).toBe(20);
    expect(seen).toEqual(trolls.map((t) => t.key));
    expect(sim.shown).toEqual(trolls.slice(1).map((t) => t.key));
    expect(sim.effects.filter((e) => e.type === 'record').map((e) => (e as { kind: string }).kind)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? 'banned' : 'deleted')),
    );
    expect(sim.effects.at(-1)).toEqual({ type: 'say', text: 'Marked banned: Author of troll19. Every item in the queue is dealt with.' });
  });

  test('when Keel’s label is wrong the fix is one key more: still at most two per item', () => {
    // Keel called some of them unclear or spam; they are all trolls.
    const labels: Label[] = ['unclear', 'troll', 'spam', 'troll', 'unclear'];
    const pile = Array.from({ length: 20 }, (_, i) => item({ key: `p${i}`, at: i, label: labels[i % labels.length] as Label }));
    const sim = new Sim(pile);
    let items = 0;
    while (sim.left > 0 && sim.keys <= 40) {
      items++;
      const before = sim.keys;
      for (const k of keysFor(sim.current.label, 'troll', 'd')) sim.press(k);
      expect(sim.keys - before).toBeLessThanOrEqual(2);
    }
    expect(sim.left).toBe(0);
    expect(items).toBe(20);
    expect(sim.keys).toBe(20 + pile.filter((p) => p.label !== 'troll').length);
    expect(sim.items.every((i) => i.label === 'troll' && i.done.deleted)).toBe(true);
  });

  test('items already dealt with are skipped by the automatic move, and it wraps round to the earlier ones left', () => {
    const pile = [item({ key: 'a', at: 1 }), item({ key: 'b', at: 2, done: { deleted: 1 } }), item({ key: 'c', at: 3 }), item({ key: 'd', at: 4 })];
    const sim = new Sim(pile);
    // b was dealt with before the queue opened: it waits at the end.
    expect(sim.order().map((i) => i.key)).toEqual(['a', 'c', 'd', 'b']);
    sim.press('j');
    expect(sim.current.key).toBe('c');
    sim.press('d');
    expect(sim.current.key).toBe('d');
    sim.press('h');
    expect(sim.current.key).toBe('a');
    sim.press('r');
    expect(sim.left).toBe(0);
  });

  test('labels do not move the cursor; j and k move one item and stop at the ends', () => {
    const sim = new Sim([item({ key: 'a' }), item({ key: 'b' })]);
    sim.press('p');
    expect(sim.current).toMatchObject({ key: 'a', label: 'genuine', labelSource: 'moderator' });
    sim.press('k');
    expect(sim.current.key).toBe('a');
    sim.press('j');
    sim.press('j');
    expect(sim.current.key).toBe('b');
    expect(sim.shown).toEqual(['b']);
  });

  test('a then b: every item of the author is banned in one batch, the count is said, and the cursor goes past them all', () => {
    const kit = { authorKey: 'facebook:kit', author: { name: 'Kit Marsh', profileUrl: null } };
    const sim = new Sim([item({ key: 'k1', at: 1, ...kit }), item({ key: 'o1', at: 2 }), item({ key: 'k2', at: 3, ...kit }), item({ key: 'k3', at: 4, ...kit }), item({ key: 'o2', at: 5 })]);
    sim.press('a');
    expect(sim.machine.selection?.keys).toEqual(['k1', 'k2', 'k3']);
    expect(sim.effects.at(-1)).toMatchObject({ type: 'say', text: expect.stringContaining('3 items by Kit Marsh selected') });
    sim.press('b');
    expect(sim.effects.filter((e) => e.type === 'batch')).toEqual([{ type: 'batch', keys: ['k1', 'k2', 'k3'], kind: 'banned', label: null, authorName: 'Kit Marsh' }]);
    expect(sim.effects.some((e) => e.type === 'record')).toBe(false);
    expect(sim.machine.selection).toBeNull();
    expect(sim.current.key).toBe('o1');
    expect(progressOf(sim.items).text).toBe('3 / 5 done');
  });

  test('a then a label: a label batch; Esc cancels a selection and the next mark is for one item', () => {
    const kit = { authorKey: 'facebook:kit', author: { name: 'Kit Marsh', profileUrl: null } };
    const sim = new Sim([item({ key: 'k1', at: 1, ...kit, label: 'unclear' }), item({ key: 'k2', at: 2, ...kit, label: 'unclear' })]);
    sim.press('a');
    sim.press('s');
    expect(sim.effects.filter((e) => e.type === 'batch')).toEqual([{ type: 'batch', keys: ['k1', 'k2'], kind: 'labelled', label: 'spam', authorName: 'Kit Marsh' }]);
    sim.press('a');
    sim.press('Escape');
    expect(sim.machine.selection).toBeNull();
    sim.press('d');
    expect(sim.effects.filter((e) => e.type === 'batch')).toHaveLength(1);
    expect(sim.effects.filter((e) => e.type === 'record')).toEqual([{ type: 'record', key: 'k1', kind: 'deleted' }]);
  });

  test('Enter opens the permalink (a web address only), c captures, z asks for an undo', () => {
    const sim = new Sim([item({ key: 'a' }), item({ key: 'b', permalink: 'javascript:alert(1)' }), item({ key: 'c', permalink: null, pageUrl: 'chrome://settings' })]);
    sim.press('Enter');
    expect(sim.effects.at(-1)).toEqual({ type: 'open', url: 'https://www.facebook.com/HarboursideDental/posts/1?comment_id=a' });
    sim.press('j');
    sim.press('Enter');
    expect(sim.effects.at(-1)).toEqual({ type: 'open', url: 'https://www.facebook.com/HarboursideDental/posts/1' });
    sim.press('j');
    sim.press('Enter');
    expect(sim.effects.at(-1)).toEqual({ type: 'say', text: 'This item has no address to open.' });
    sim.press('c');
    expect(sim.effects.at(-1)).toEqual({ type: 'capture', key: 'c' });
    sim.press('z');
    expect(sim.effects.at(-1)).toEqual({ type: 'undo' });
  });

  test('a mark not yet in the store counts as done: the next move does not come back to it', () => {
    const order = [item({ key: 'a' }), item({ key: 'b' })];
    const s1 = step(order, { ...EMPTY_MACHINE, cursor: 'a' }, { type: 'mark', kind: 'deleted' });
    expect(s1.machine).toMatchObject({ cursor: 'b', pending: new Set(['a']) });
    // The store has not caught up (a still looks undone): b marked next leaves nothing to go to.
    const s2 = step(order, s1.machine, { type: 'mark', kind: 'deleted' });
    expect(s2.machine.cursor).toBe('b');
    expect(s2.effects.at(-1)).toMatchObject({ type: 'say', text: expect.stringContaining('Every item in the queue is dealt with.') });
  });

  test('the cursor keeps its item when the order changes, else takes the place it had', () => {
    const order = [item({ key: 'a' }), item({ key: 'b' }), item({ key: 'c' })];
    expect(resolveCursor(order, 'b', 0)).toBe('b');
    expect(resolveCursor(order, 'gone', 2)).toBe('c');
    expect(resolveCursor(order, 'gone', 9)).toBe('c');
    expect(resolveCursor([], 'gone', 1)).toBeNull();
    expect(startCursor([item({ key: 'x', done: { deleted: 1 } }), item({ key: 'y' })])).toBe('y');
    expect(nextUndone(order, 'c', new Set(['a']))).toBe('b');
  });
});
