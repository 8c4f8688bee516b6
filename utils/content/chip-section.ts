/**
 * Small DOM helpers shared by the sections of a chip's panel (history, replies,
 * evidence). Everything they build is set as text, never markup.
 */

/** An element with optional text (set as text) and class. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The panel grew (an answer, details opened): move it up so its end stays on screen. */
export function keepInView(node: HTMLElement): void {
  const panel = node.closest<HTMLElement>('.panel');
  if (!panel?.matches(':popover-open')) return;
  const r = panel.getBoundingClientRect();
  if (r.bottom > window.innerHeight - 8) panel.style.top = `${Math.max(8, window.innerHeight - r.height - 8)}px`;
}

/**
 * A titled section with one polite status line under its heading. The line is
 * there from the start (showing `pending`), so the answer replaces it without
 * moving the panel.
 */
export function titledSection(
  className: string,
  label: string,
  heading: string,
  lineClass: string,
  pending: string,
): { node: HTMLElement; head: HTMLElement; line: HTMLElement } {
  const node = el('section', undefined, className);
  node.setAttribute('aria-label', label);
  const head = el('h3', heading);
  const line = el('p', pending, lineClass);
  line.setAttribute('aria-live', 'polite');
  node.append(head, line);
  return { node, head, line };
}
