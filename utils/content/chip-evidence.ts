/**
 * The "Evidence" part of a chip's panel: one button that captures the item
 * (text, author, link, time and a screenshot, hashed) before the moderator
 * hides or deletes it, and a line saying what has been captured ("Captured
 * 14:02, with screenshot"). The line's space is kept from the start, so the
 * answer never moves the panel. Everything is set as text.
 */
import type { CaptureResult } from '../messaging/msg-evidence';
import { el } from './chip-section';

/** How the chip captures and asks (set by the content script's entrypoint; see utils/content/capture.ts). */
export interface EvidenceSource {
  capture(key: string, panel: HTMLElement | null): Promise<CaptureResult>;
  status(key: string): Promise<string | null>;
  clock(at: number): string;
}

let source: EvidenceSource | null = null;

export function setEvidenceSource(next: EvidenceSource | null): void {
  source = next;
}

export interface EvidenceSection {
  node: HTMLElement;
  /** Shows what has been captured of `key` so far, and captures it on click. */
  load(key: string): void;
}

/** An evidence section, or null when nothing can capture (no source set). */
export function evidenceSection(): EvidenceSection | null {
  if (!source) return null;
  const src = source;
  const node = el('section', undefined, 'ev');
  node.setAttribute('aria-label', 'Evidence');
  const button = el('button', 'Capture evidence', 'ev-go');
  button.type = 'button';
  const line = el('p', 'Not captured yet.', 'ev-line');
  line.setAttribute('role', 'status');
  node.append(button, line);
  let key: string | null = null;
  let asked = 0;

  button.addEventListener('click', (e) => {
    // Inside the platform's own links and buttons: keep the click ours.
    e.preventDefault();
    e.stopPropagation();
    if (!key || button.disabled) return;
    const ask = ++asked;
    button.disabled = true;
    line.textContent = 'Capturing…';
    line.classList.remove('ev-bad');
    src.capture(key, node.closest<HTMLElement>('.panel')).then(
      (r) => {
        if (ask !== asked) return;
        line.textContent = r.screenshot
          ? `Captured ${src.clock(r.capturedAt)}, with screenshot.`
          : `Captured ${src.clock(r.capturedAt)}, text only. ${r.why ?? ''}`.trim();
        line.classList.toggle('ev-bad', !r.screenshot);
      },
      (err: unknown) => {
        if (ask !== asked) return;
        line.textContent = `Not captured: ${err instanceof Error ? err.message.replace(/^evidence\/capture: /, '') : String(err)}`;
        line.classList.add('ev-bad');
      },
    ).finally(() => {
      button.disabled = false;
      if (button.isConnected) button.focus({ preventScroll: true });
    });
  });

  return {
    node,
    load(next) {
      key = next;
      const ask = ++asked;
      src.status(next).then(
        (text) => {
          if (ask === asked) line.textContent = text ?? 'Not captured yet.';
        },
        () => {
          if (ask === asked) line.textContent = 'Keel could not tell what was captured just now.';
        },
      );
    },
  };
}

export const EVIDENCE_CSS = `
.ev { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-top: 8px; padding-top: 8px; border-top: 1px solid #d8dee4; }
.panel .ev-go { font-weight: 600; padding: 4px 10px; background: #1f2328; border-color: #1f2328; color: #fff; }
.panel .ev-go::before { display: none; }
.panel .ev-go[disabled] { opacity: .6; cursor: progress; }
.panel .ev-line { margin: 0; flex: 1 1 160px; min-height: 2.8em; font-size: 12px; color: #1b6b34; }
.panel .ev-line.ev-bad { color: #6b3d00; }
`;
