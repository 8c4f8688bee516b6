/**
 * The "History" section of a chip's panel: the author's history in one line of
 * words, and the details in a collapsed list. Built only when a panel opens
 * (a page can hold thousands of chips), fetched from the background each time
 * it opens. Everything in it is page content: set as text, never markup.
 */
import type { AuthorHistory } from '../authors/schema';
import { actionLine, historySummary, itemLine, matchesSummary, matchLine, replyLine } from '../authors/summary';
import { el, keepInView, titledSection } from './chip-section';

/** How the chip asks the background for an item's author history (set by the content script's entrypoint). */
export type HistorySource = (itemKey: string) => Promise<AuthorHistory>;

let source: HistorySource | null = null;

export function setHistorySource(fetch: HistorySource | null): void {
  source = fetch;
}

export interface HistorySection {
  node: HTMLElement;
  /** Fetches and shows the history of `itemKey`'s author (again, if asked again). */
  load(itemKey: string): void;
}

/** A history section, or null when nothing can answer (no source set). */
export function historySection(): HistorySection | null {
  if (!source) return null;
  const fetch = source;
  // One line reserved from the start: the answer replaces it without moving the panel.
  const { node, head, line: summary } = titledSection('hist', 'Author history', 'Their history', 'hist-sum', 'Looking up their history…');
  let asked = 0;

  return {
    node,
    load(itemKey) {
      const ask = ++asked;
      // Opens as it was first shown, one line: the panel is placed for that height.
      node.querySelector('details')?.removeAttribute('open');
      fetch(itemKey).then(
        (h) => {
          if (ask === asked) show(h);
        },
        () => {
          if (ask !== asked) return;
          summary.textContent = 'Keel could not read their history just now.';
          node.replaceChildren(head, summary);
        },
      );
    },
  };

  function show(h: AuthorHistory): void {
    const now = Date.now();
    summary.textContent = historySummary(h, now);
    const parts: Node[] = [head, summary];
    const same = matchesSummary(h);
    if (same) parts.push(el('p', same, 'hist-match'));
    if (h.author.itemCount > 1 || h.actionCount || h.replyCount || h.matchCount) parts.push(details(h, now));
    node.replaceChildren(...parts);
    keepInView(node);
  }
}

function details(h: AuthorHistory, now: number): HTMLElement {
  const box = el('details');
  box.addEventListener('toggle', () => keepInView(box));
  const list = el('div', undefined, 'hist-all');
  // Scrolls when long: reachable from the keyboard.
  list.tabIndex = 0;
  list.setAttribute('aria-label', 'Their history in full');
  const here = h.items.find((i) => i.key === h.itemKey)?.pageUrl ?? null;
  const n = h.author.itemCount + h.actionCount + h.replyCount + h.matchCount;
  box.append(el('summary', `Show all (${n})`));
  const group = (title: string, lines: string[], more: number) => {
    if (!lines.length) return;
    const ul = el('ul');
    for (const line of lines) ul.append(el('li', line));
    if (more > 0) ul.append(el('li', `and ${more} more`, 'hist-more'));
    list.append(el('h4', title), ul);
  };
  group(
    'Their items, newest first',
    h.items.map((i) => `${i.key === h.itemKey ? '(this one) ' : ''}${itemLine(i, now, here)}`),
    h.author.itemCount - h.items.length,
  );
  group('What was done', h.actions.map((a) => actionLine(a, now)), h.actionCount - h.actions.length);
  group('Your replies to them', h.replies.map((r) => replyLine(r, now)), h.replyCount - h.replies.length);
  group('Same name elsewhere (possible matches, not merged)', h.matches.map((m) => matchLine(m, now)), h.matchCount - h.matches.length);
  box.append(list);
  return box;
}

export const HISTORY_CSS = `
.hist { margin-top: 8px; padding-top: 8px; border-top: 1px solid #d8dee4; }
.hist h3 { all: unset; display: block; font-weight: 700; font-size: 12px; margin-bottom: 2px; }
.hist-sum { min-height: 2.8em; }
.panel .hist-match { color: #6b3d00; }
.hist details { margin-top: 2px; }
.hist summary { cursor: pointer; color: #0b4fa6; font-weight: 600; border-radius: 4px; }
.hist summary:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.hist h4 { all: unset; display: block; font-size: 11px; font-weight: 700; color: #57606a; margin: 6px 0 2px; text-transform: uppercase; letter-spacing: .04em; }
.hist-all { max-height: min(220px, 40vh); overflow: auto; border-radius: 4px; }
.hist-all:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.hist ul { font-size: 12px; }
.hist .hist-more { list-style: none; color: #57606a; }
`;
