// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Subject, filterActions } from '../../components/AuditLog';
import { VirtualList } from '../../components/VirtualList';
import type { Action } from '../../utils/db';

const settle = () => new Promise((r) => setTimeout(r, 20));

/**
 * happy-dom lays nothing out: give the scroller the sizes a browser would, from
 * the pixel heights the list sets (its own, and its content's).
 */
const px = (el: Element | null) => Number.parseFloat((el as HTMLElement | null)?.style.height ?? '') || 0;
const layout = {
  clientHeight: { get(this: HTMLElement) { return px(this); } },
  scrollHeight: { get(this: HTMLElement) { return Math.max(px(this), px(this.firstElementChild)); } },
};

describe('<VirtualList>', () => {
  beforeAll(() => {
    for (const [k, d] of Object.entries(layout)) Object.defineProperty(HTMLElement.prototype, k, { ...d, configurable: true });
  });
  // happy-dom's own getters live on Element.prototype: removing ours restores them.
  afterAll(() => {
    for (const k of Object.keys(layout)) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k];
  });
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  const list = (count: number, extra: Record<string, unknown> = {}) =>
    h(VirtualList, { count, rowHeight: 20, height: 200, label: 'Entries', overscan: 3, renderRow: (i: number) => `Row ${i}`, ...extra });
  const rows = () => [...host.querySelectorAll<HTMLElement>('[role="option"]')];
  const scroller = () => host.querySelector('.vlist') as HTMLElement;
  const scrollTo = async (top: number) => {
    scroller().scrollTop = top;
    scroller().dispatchEvent(new Event('scroll'));
    await settle();
  };

  test('renders only the rows in view and a few more, each with its true position among all', async () => {
    render(list(10_000), host);
    await settle();
    // 200 px / 20 px = 10 rows in view, and 3 past the bottom edge.
    expect(rows().map((r) => r.textContent)).toEqual(Array.from({ length: 13 }, (_, i) => `Row ${i}`));
    expect(rows().every((r) => r.getAttribute('aria-setsize') === '10000')).toBe(true);
    expect(rows()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(host.querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe('Entries');
    // The full height is reserved, so the scrollbar tells how long the list is.
    expect((host.querySelector('[role="listbox"]') as HTMLElement).style.height).toBe('200000px');
  });

  test('scrolling renders the rows that come into view and drops the others', async () => {
    render(list(10_000), host);
    await settle();
    await scrollTo(5_000 * 20);
    const texts = rows().map((r) => r.textContent);
    expect(texts).toContain('Row 5000');
    expect(texts).toContain('Row 5009');
    expect(texts).not.toContain('Row 0');
    expect(rows().length).toBeLessThanOrEqual(16);
    await scrollTo(10_000 * 20 - 200);
    expect(rows().at(-1)?.textContent).toBe('Row 9999');
    expect(rows().at(-1)?.getAttribute('aria-posinset')).toBe('10000');
  });

  test('one row is in the tab order; arrow keys and End move the focus, scrolling as they go', async () => {
    const activated: number[] = [];
    render(list(10_000, { onActivate: (i: number) => activated.push(i) }), host);
    await settle();
    expect(rows().filter((r) => r.tabIndex === 0).map((r) => r.textContent)).toEqual(['Row 0']);
    rows()[0]?.focus();
    const key = async (k: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await settle();
      // The list scrolls the row into view; the browser then reports the scroll.
      scroller().dispatchEvent(new Event('scroll'));
      await settle();
    };
    await key('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Row 1');
    await key('End');
    expect(document.activeElement?.textContent).toBe('Row 9999');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('10000');
    expect(scroller().scrollTop).toBe(10_000 * 20 - 200);
    await key('ArrowUp');
    expect(document.activeElement?.textContent).toBe('Row 9998');
    await key('Home');
    expect(document.activeElement?.textContent).toBe('Row 0');
    expect(scroller().scrollTop).toBe(0);
    await key('PageDown');
    expect(document.activeElement?.textContent).toBe('Row 9');
    await key('Enter');
    expect(activated).toEqual([9]);
    expect(rows().filter((r) => r.tabIndex === 0).map((r) => r.textContent)).toEqual(['Row 9']);
    expect(rows().filter((r) => r.getAttribute('aria-selected') === 'true').map((r) => r.textContent)).toEqual(['Row 9']);
  });

  test('a taller list shows more rows', async () => {
    render(list(10_000), host);
    await settle();
    render(list(10_000, { height: 400 }), host);
    await settle();
    expect(rows().length).toBe(20 + 3);
  });

  test('an empty list renders no rows', async () => {
    render(list(0), host);
    await settle();
    expect(rows()).toEqual([]);
  });
});

describe('filterActions', () => {
  const action = (seq: number, kind: Action['kind'], actor: string, detail: string, itemKey: string | null, cause = 'moderator'): Action => ({
    seq,
    at: seq * 1000,
    actor,
    kind,
    cause,
    itemKey,
    authorKey: null,
    detail,
  });
  const rows = [
    action(3, 'banned', 'Sam Reyes', '', 'facebook:1'),
    action(2, 'labelled', 'Jo Tan', 'troll → genuine', 'facebook:2'),
    action(1, 'configured', 'Keel', 'Page added', null, 'import'),
  ];
  const subjects = new Map<string, Subject>([
    ['facebook:1', { who: 'Gil Brandt', text: 'Boycott these clowns' }],
    ['facebook:2', { who: 'Ana Ruiz', text: 'My crown fell out after a week' }],
  ]);
  const seqs = (f: { kind?: string; actor?: string; text?: string }) =>
    filterActions(rows, subjects, { kind: '', actor: '', text: '', ...f }).map((a) => a.seq);

  test.each([
    [{}, [3, 2, 1]],
    [{ kind: 'labelled' }, [2]],
    [{ actor: 'Sam Reyes' }, [3]],
    [{ text: 'crown' }, [2]],
    [{ text: 'GIL boycott' }, [3]],
    [{ text: 'banned' }, [3]],
    [{ text: 'import' }, [1]],
    [{ text: 'page added' }, [1]],
    [{ text: 'genuine' }, [2]],
    [{ kind: 'labelled', actor: 'Sam Reyes' }, []],
    [{ text: 'crown gil' }, []],
  ])('%j → %j', (f, expected) => {
    expect(seqs(f)).toEqual(expected);
  });
});
