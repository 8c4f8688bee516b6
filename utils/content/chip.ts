/**
 * One chip beside one comment: the label in words, the reasons on hover (title)
 * and on click (a popover in the top layer, so no page overflow clips it). Each
 * chip lives in a closed shadow root: the page's scripts cannot read a label or
 * its reasons, which may themselves be sensitive. Everything is set as text.
 */
import { LABEL_TEXT, LABELS, type Label, OWN_TEXT } from '../labels';
import { CHIP_CSS } from './chip.css';
import { EVIDENCE_CSS, type EvidenceSection, evidenceSection } from './chip-evidence';
import { HISTORY_CSS, type HistorySection, historySection } from './chip-history';
import { ANSWERED, REPLIES_CSS, type RepliesSection, repliesSection } from './chip-replies';
import { el } from './chip-section';

export const CHIP_TAG = 'keel-chip';

export interface ChipState {
  label: Label;
  confidence: number;
  reasons: string[];
  /** The item's stored key, once the background has answered: its author's history is asked by it. */
  key?: string;
  /** The business posted it: shown as "Your page", not as its label. */
  own?: boolean;
}

export interface Chip {
  host: HTMLElement;
  set(state: ChipState): void;
}

let sheet: CSSStyleSheet | null = null;

function style(root: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CHIP_CSS + HISTORY_CSS + EVIDENCE_CSS + REPLIES_CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their own compartment.
    const el = document.createElement('style');
    el.textContent = CHIP_CSS + HISTORY_CSS + EVIDENCE_CSS + REPLIES_CSS;
    root.append(el);
  }
}

/** What the chip calls an item: its label, or "Your page" for the business's own. */
const shownAs = (s: ChipState) => (s.own ? OWN_TEXT : LABEL_TEXT[s.label]);

/** Called when the moderator picks a label in the chip's panel. */
export type OnRelabel = (label: Label) => void;

export function createChip(onRelabel?: OnRelabel): Chip {
  const host = document.createElement(CHIP_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  style(root);
  const button = el('button', 'Keel…');
  button.type = 'button';
  // The label is a class inside the closed root, never an attribute on the host.
  button.className = 'l-pending';
  button.setAttribute('aria-haspopup', 'dialog');
  root.append(button);
  let state: ChipState | null = null;
  // The reasons panel is built on first open: most chips are never opened, and
  // a page can hold thousands of them.
  let panel: HTMLDivElement | null = null;
  // The author's history: built with the panel, fetched each time it opens.
  let history: HistorySection | null = null;
  // Capture evidence: built with the panel, its status asked each time it opens.
  let evidence: EvidenceSection | null = null;
  // Approved replies (a patient or customer, a supporter, an unclear item): built with the panel, asked each time it opens.
  let replies: RepliesSection | null = null;

  const fill = (p: HTMLDivElement, s: ChipState) => {
    const text = shownAs(s);
    const list = el('ul');
    for (const reason of s.reasons) list.append(el('li', reason));
    const sure = s.own ? 'posted by you' : s.confidence >= 1 ? 'set by you' : `${Math.round(s.confidence * 100)}% sure`;
    const parts: Node[] = [el('h2', `${text.name} · ${sure}`), el('p', text.hint), list];
    if (onRelabel) {
      const pick = el('div');
      pick.className = 'pick';
      pick.append(el('span', 'Not right? This is:'));
      for (const label of LABELS) {
        if (label === s.label) continue;
        const b = el('button', LABEL_TEXT[label].name);
        b.type = 'button';
        b.className = `l-${label}`;
        b.addEventListener('click', (e) => {
          e.preventDefault();
          e.stopPropagation();
          onRelabel(label);
        });
        pick.append(b);
      }
      parts.push(pick);
    }
    if (evidence) parts.push(evidence.node);
    if (replies && ANSWERED.includes(s.label)) parts.push(replies.node);
    if (history) parts.push(history.node);
    parts.push(el('small', 'Keel labels on this device only. You decide.'));
    p.replaceChildren(...parts);
  };

  button.addEventListener('click', (e: MouseEvent) => {
    // The chip sits inside the platform's own links and buttons: keep the click ours.
    e.preventDefault();
    e.stopPropagation();
    if (!state) return;
    if (!panel) {
      panel = el('div');
      panel.className = 'panel';
      panel.setAttribute('role', 'dialog');
      panel.popover = 'auto';
      history = historySection();
      evidence = evidenceSection();
      replies = repliesSection();
      fill(panel, state);
      root.append(panel);
    }
    panel.togglePopover();
    if (!panel.matches(':popover-open')) return;
    if (state.key) history?.load(state.key);
    if (state.key) evidence?.load(state.key);
    if (state.key && ANSWERED.includes(state.label)) replies?.load(state.key);
    // Below the chip, or above it when the screen has no room below.
    const r = button.getBoundingClientRect();
    const h = panel.offsetHeight;
    const below = r.bottom + 6;
    panel.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - panel.offsetWidth - 8))}px`;
    panel.style.top = `${below + h > window.innerHeight && r.top - 6 - h >= 0 ? r.top - 6 - h : below}px`;
  });

  return {
    host,
    set(next) {
      state = next;
      const name = shownAs(next).name;
      button.className = next.own ? 'l-own' : `l-${next.label}`;
      button.textContent = name;
      button.title = `Keel: ${name} (${Math.round(next.confidence * 100)}%)\n${next.reasons.join('\n')}`;
      button.setAttribute('aria-label', `Keel label: ${name}. Show why.`);
      if (panel) fill(panel, next);
      // A new label changes the history an open panel shows.
      if (next.key && panel?.matches(':popover-open')) history?.load(next.key);
      if (next.key && panel?.matches(':popover-open') && ANSWERED.includes(next.label)) replies?.load(next.key);
    },
  };
}
