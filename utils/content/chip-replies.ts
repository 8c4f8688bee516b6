/**
 * The "Approved replies" part of a chip's panel, for a patient or customer, a
 * supporter or an unclear item: the workspace's approved replies that answer
 * it, filled by the background, each with Copy. Copying records nothing
 * (copying is not replying). Asked each time the panel opens; the list's first
 * line is kept from the start, so the answer never moves the panel much.
 * Everything is set as text.
 */
import type { Label } from '../labels';
import { el, keepInView, titledSection } from './chip-section';

export interface ChipReply {
  id: string;
  name: string;
  version: number;
  text: string;
}

/** How the chip asks for an item's replies (set by the content script's entrypoint). */
export type RepliesSource = (itemKey: string) => Promise<ChipReply[]>;

let source: RepliesSource | null = null;

export function setRepliesSource(next: RepliesSource | null): void {
  source = next;
}

/** Items a moderator answers; threats, trolls and spam are never answered (as utils/templates/store.ts). */
export const ANSWERED: readonly Label[] = ['genuine', 'supporter', 'unclear'];

export interface RepliesSection {
  node: HTMLElement;
  load(itemKey: string): void;
}

/** A replies section, or null when nothing can answer (no source set). */
export function repliesSection(): RepliesSection | null {
  if (!source) return null;
  const fetch = source;
  const { node, head, line } = titledSection('rep', 'Approved replies', 'Approved replies', 'rep-line', 'Looking up approved replies…');
  let asked = 0;

  const show = (replies: ChipReply[]) => {
    if (!replies.length) {
      line.textContent = 'No approved reply for this kind of item yet: a manager approves them in Keel’s Settings › Replies.';
      node.replaceChildren(head, line);
      return;
    }
    line.textContent = 'Copy one, paste it on the page. Copying is not logged as a reply.';
    const list = el('ul', undefined, 'rep-list');
    for (const r of replies) {
      const li = el('li');
      const text = el('p', r.text, 'rep-text');
      text.dir = 'auto';
      const copy = el('button', 'Copy', 'rep-copy');
      copy.type = 'button';
      copy.setAttribute('aria-label', `Copy reply: ${r.name}`);
      copy.addEventListener('click', (e) => {
        // Inside the platform's own links and buttons: keep the click ours.
        e.preventDefault();
        e.stopPropagation();
        navigator.clipboard.writeText(r.text).then(
          () => {
            copy.textContent = 'Copied ✓';
          },
          () => {
            copy.textContent = 'Copy failed: select the text';
          },
        );
      });
      const name = el('strong', `${r.name} · v${r.version}`);
      name.dir = 'auto';
      li.append(name, text, copy);
      list.append(li);
    }
    node.replaceChildren(head, line, list);
    keepInView(node);
  };

  return {
    node,
    load(itemKey) {
      const ask = ++asked;
      fetch(itemKey).then(
        (replies) => {
          if (ask === asked) show(replies);
        },
        () => {
          if (ask !== asked) return;
          line.textContent = 'Keel could not read the approved replies just now.';
          node.replaceChildren(head, line);
        },
      );
    },
  };
}

export const REPLIES_CSS = `
.rep { margin-top: 8px; padding-top: 8px; border-top: 1px solid #d8dee4; }
.rep h3 { all: unset; display: block; font-weight: 700; font-size: 12px; margin-bottom: 2px; }
.panel .rep-line { margin: 0 0 4px; font-size: 12px; color: #57606a; }
.panel .rep-list { list-style: none; padding: 0; margin: 0; max-height: min(200px, 35vh); overflow: auto; }
.rep-list li { padding: 4px 0; border-top: 1px solid #eaeef2; }
.rep-list li:first-child { border-top: 0; }
.rep-list strong { display: block; font-size: 12px; }
.panel .rep-text { margin: 2px 0 4px; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; user-select: all; }
.panel .rep-copy { padding: 3px 12px; font-weight: 600; background: #0b57d0; border-color: #0b57d0; color: #fff; }
.panel .rep-copy::before { display: none; }
`;
