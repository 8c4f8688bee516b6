/**
 * The "Approved replies" part of a chip's panel, for a patient or customer, a
 * supporter or an unclear item: the workspace's approved replies that answer
 * it, filled by the background, each with Copy. Copying records nothing
 * (copying is not replying): once copied, "Log reply" records the reply as
 * posted (the audit log's "replied offline", naming the reply and its version),
 * with Undo beside it. Asked each time the panel opens; the list's first line
 * is kept from the start, so the answer never moves the panel much.
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

/** How the chip asks for an item's replies, and logs one as posted (set by the content script's entrypoint). */
export interface RepliesSource {
  list(itemKey: string): Promise<ChipReply[]>;
  /** Records that the moderator posted `reply` for the item; answers the log row's number, for undo. */
  logged(itemKey: string, reply: ChipReply): Promise<number>;
  undo(seq: number): Promise<void>;
}

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
  const from = source;
  let item = '';
  const { node, head, line } = titledSection('rep', 'Approved replies', 'Approved replies', 'rep-line', 'Looking up approved replies…');
  let asked = 0;

  const show = (replies: ChipReply[]) => {
    if (!replies.length) {
      line.textContent = 'No approved reply for this kind of item yet: a manager approves them in Keel’s Settings › Replies.';
      node.replaceChildren(head, line);
      return;
    }
    line.textContent = 'Copy one, paste it on the page, then Log reply once it is posted.';
    const list = el('ul', undefined, 'rep-list');
    for (const r of replies) {
      const li = el('li');
      const text = el('p', r.text, 'rep-text');
      text.dir = 'auto';
      const copy = button('Copy', 'rep-copy', `Copy reply: ${r.name}`);
      const log = button('Log reply', 'rep-log', `Log reply as posted: ${r.name}`);
      const note = el('span', '', 'rep-note');
      note.setAttribute('role', 'status');
      log.hidden = true;
      const forItem = item;
      let seq: number | null = null;
      onClick(copy, () => {
        navigator.clipboard.writeText(r.text).then(
          () => {
            copy.textContent = 'Copied ✓';
            log.hidden = false;
          },
          () => {
            copy.textContent = 'Copy failed: select the text';
          },
        );
      });
      // Logged (with its log row, for Undo) or not: what the button and the note say.
      const show = (logged: number | null, said: string) => {
        seq = logged;
        note.textContent = said;
        log.textContent = logged === null ? 'Log reply' : 'Undo';
        log.setAttribute('aria-label', logged === null ? `Log reply as posted: ${r.name}` : `Undo the logged reply: ${r.name}`);
      };
      onClick(log, () => {
        log.disabled = true;
        const work =
          seq === null
            ? from.logged(forItem, r).then(
                (n) => show(n, 'Logged as replied ✓'),
                () => show(null, 'Keel could not log it: mark it in the popup.'),
              )
            : from.undo(seq).then(
                () => show(null, 'Undone: not logged as replied.'),
                () => show(seq, 'Keel could not undo it: use the popup.'),
              );
        work.finally(() => {
          log.disabled = false;
        });
      });
      const name = el('strong', `${r.name} · v${r.version}`);
      name.dir = 'auto';
      li.append(name, text, copy, log, note);
      list.append(li);
    }
    node.replaceChildren(head, line, list);
    keepInView(node);
  };

  return {
    node,
    load(itemKey) {
      const ask = ++asked;
      item = itemKey;
      from.list(itemKey).then(
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

function button(text: string, className: string, label: string): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  return b;
}

/** Inside the platform's own links and buttons: keep the click ours. */
function onClick(b: HTMLButtonElement, run: () => void): void {
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    run();
  });
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
.panel .rep-copy::before, .panel .rep-log::before { display: none; }
.panel .rep-log { margin-left: 6px; padding: 3px 12px; font-weight: 600; }
.panel .rep-log[hidden] { display: none; }
.panel .rep-note { margin-left: 6px; font-size: 12px; color: #1a7f37; }
`;
