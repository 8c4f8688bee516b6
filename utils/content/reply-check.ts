/**
 * The reply linter where people type: while a moderator writes in the
 * platform's own reply box on one of the business's pages, Keel shows what
 * must not be posted (utils/lint/reply.ts) beside it, before they post. The
 * background checks the draft (`reply/lint`, against the page's workspace), on
 * this device; nothing is stored or leaves the browser. The linter and its
 * vocabulary stay out of the content script, which only shows the answer. The
 * panel lives in a closed shadow root and is positioned over the page, never
 * inside the platform's editor.
 */
import type { LintResult } from '../lint/reply';

export const PANEL_TAG = 'keel-reply-check';
const DEBOUNCE_MS = 250;

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; }
.box { box-sizing: border-box; width: min(420px, 92vw); max-height: 40vh; overflow: auto; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 2px solid #b3261e; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.box.warn { border-color: #d4a017; }
h2 { all: unset; display: block; font-weight: 700; margin-bottom: 6px; }
ul { margin: 0; padding-inline-start: 18px; }
li { margin: 3px 0; }
.rule { font-weight: 600; }
.err .rule { color: #8c1d18; }
.warn-item .rule { color: #6b4d00; }
q { background: #fde7e4; border-radius: 3px; padding: 0 2px; }
.warn-item q { background: #fff3c4; }
button { all: unset; cursor: pointer; float: inline-end; font-weight: 700; padding: 0 4px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #1a73e8; }
@media (prefers-color-scheme: dark) {
  .box { background: #1f2328; color: #f0f3f6; }
  q { background: #5c1a16; } .warn-item q { background: #4d3b00; }
  .err .rule { color: #ffb4ab; } .warn-item .rule { color: #f5d77a; }
}`;

/** An editable reply box: a textarea, or a contenteditable region (its outermost editable element). */
function editorOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement) return target;
  const editable = target.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
  return editable instanceof HTMLElement ? editable : null;
}

function draftOf(editor: HTMLElement): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : (editor.innerText ?? editor.textContent ?? '');
}

export interface ReplyCheckOptions {
  signal: AbortSignal;
  /** The linter's findings on a draft (the background's, for this page's platform and workspace). */
  lint: (text: string) => Promise<LintResult>;
}

/** Watches the page's reply boxes and shows the linter's findings beside the one being typed in. */
export function startReplyCheck({ signal, lint }: ReplyCheckOptions): void {
  const host = document.createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
  let box: HTMLElement | null = null;
  let editor: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dismissed = '';
  // Each check's number: an answer that comes back after a newer check started is dropped.
  let asked = 0;

  const hide = () => {
    box?.remove();
    box = null;
    host.remove();
  };

  const place = () => {
    if (!editor || !host.isConnected) return;
    const r = editor.getBoundingClientRect();
    const height = box?.getBoundingClientRect().height ?? 0;
    const below = r.bottom + 6;
    const above = r.top - 6 - height;
    host.style.left = `${Math.max(8, Math.min(r.left, innerWidth - 430))}px`;
    // Below the box if it fits, else above it: never over the text being typed.
    host.style.top = `${below + height <= innerHeight || above < 8 ? below : above}px`;
  };

  const check = async () => {
    if (!editor?.isConnected) return hide();
    const text = draftOf(editor).trim();
    const mine = ++asked;
    let found: LintResult = { errors: [], warnings: [] };
    try {
      if (text) found = await lint(text);
    } catch {
      // The background could not check it (Keel updated, the page taken off the list): show nothing rather than stale findings.
    }
    if (mine !== asked || signal.aborted || !editor?.isConnected) return;
    show(found);
  };

  const show = ({ errors, warnings }: LintResult) => {
    const key = JSON.stringify([errors, warnings]);
    if ((!errors.length && !warnings.length) || key === dismissed) return hide();
    box?.remove();
    box = document.createElement('section');
    box.className = errors.length ? 'box' : 'box warn';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Hide Keel’s check of this reply');
    close.addEventListener('click', () => {
      dismissed = key;
      hide();
    });
    const title = document.createElement('h2');
    title.textContent = checkHeading(errors.length, warnings.length);
    const list = document.createElement('ul');
    for (const [kind, findings] of [['err', errors], ['warn-item', warnings]] as const) {
      for (const f of findings) {
        const li = document.createElement('li');
        li.className = kind;
        const rule = document.createElement('span');
        rule.className = 'rule';
        rule.textContent = `${f.message} `;
        const quote = document.createElement('q');
        quote.textContent = f.excerpt.length > 60 ? `${f.excerpt.slice(0, 57)}…` : f.excerpt;
        li.append(rule, quote);
        list.append(li);
      }
    }
    box.append(close, title, list);
    root.append(box);
    if (!host.isConnected) document.documentElement.append(host);
    place();
  };

  const onInput = (e: Event) => {
    const found = editorOf(e.target);
    if (!found || found.closest(PANEL_TAG)) return;
    editor = found;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), DEBOUNCE_MS);
  };
  const onFocusOut = (e: FocusEvent) => {
    // No reply box in use yet: focus leaving anything else (editorOf gives null) is not ours to check.
    if (editor && editorOf(e.target) === editor && !draftOf(editor).trim()) hide();
  };

  document.addEventListener('input', onInput, { capture: true, signal });
  document.addEventListener('focusout', onFocusOut, { capture: true, signal });
  addEventListener('scroll', place, { capture: true, passive: true, signal });
  addEventListener('resize', place, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    hide();
  });
}

const things = (n: number) => (n === 1 ? 'one thing' : `${n} things`);

/** The panel's heading counts every line it lists: what must not be posted, then what to check. */
export function checkHeading(errors: number, warnings: number): string {
  if (!errors) return `Keel: ${things(warnings)} to check before posting`;
  const title = `Keel: ${things(errors)} not to post in public`;
  return warnings ? `${title}, ${warnings === 1 ? 'one more' : `${warnings} more`} to check` : title;
}
