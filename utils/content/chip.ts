/**
 * One chip beside one comment: the label in words, the reasons on hover (title)
 * and on click (a popover in the top layer, so no page overflow clips it). Each
 * chip lives in a closed shadow root: the page's scripts cannot read a label or
 * its reasons, which may themselves be sensitive. Everything is set as text.
 */
import { LABEL_TEXT, type Label } from '../labels';
import { CHIP_CSS } from './chip.css';

export const CHIP_TAG = 'keel-chip';

export interface ChipState {
  label: Label;
  confidence: number;
  reasons: string[];
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
      sheet.replaceSync(CHIP_CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their own compartment.
    const el = document.createElement('style');
    el.textContent = CHIP_CSS;
    root.append(el);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createChip(): Chip {
  const host = document.createElement(CHIP_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  style(root);
  const button = el('button', 'Keel…');
  // The label is a class inside the closed root, never an attribute on the host.
  button.className = 'l-pending';
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  const panel = el('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.popover = 'auto';
  root.append(button, panel);

  const place = () => {
    const r = button.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, window.innerWidth - 330));
    panel.style.left = `${left}px`;
    panel.style.top = `${r.bottom + 6}px`;
  };
  button.addEventListener('click', (e) => {
    // The chip sits inside the platform's own links and buttons: keep the click ours.
    e.preventDefault();
    e.stopPropagation();
    place();
    panel.togglePopover();
  });

  return {
    host,
    set(state) {
      const text = LABEL_TEXT[state.label];
      button.className = `l-${state.label}`;
      button.textContent = text.name;
      button.title = `Keel: ${text.name} (${Math.round(state.confidence * 100)}%)\n${state.reasons.join('\n')}`;
      button.setAttribute('aria-label', `Keel label: ${text.name}. Show why.`);
      const list = el('ul');
      for (const reason of state.reasons) list.append(el('li', reason));
      panel.replaceChildren(
        el('h2', `${text.name} · ${Math.round(state.confidence * 100)}% sure`),
        el('p', text.hint),
        list,
        el('small', 'Keel labels on this device only. You decide.'),
      );
    },
  };
}
