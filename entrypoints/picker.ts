/**
 * "Pick a comment on this page": injected into the active tab from the popup
 * (activeTab), only on the user's click. It outlines what is under the pointer;
 * a click on a comment proposes a selector pack from it (utils/packs/propose.ts)
 * and opens it in options for the user to check, test and save. It never
 * changes the page: its outline and banner live in a closed shadow root, and
 * Esc (or a second start) removes them.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendToBackground } from '@/utils/messaging/client';
import { proposePack } from '@/utils/packs/propose';

const RUNNING = Symbol.for('keel.picker');

export default defineUnlistedScript(() => {
  const g = globalThis as { [RUNNING]?: () => void };
  g[RUNNING]?.();

  const host = document.createElement('keel-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `
    .box { position: fixed; pointer-events: none; outline: 3px solid #1a73e8; outline-offset: 2px; background: rgba(26,115,232,.08); border-radius: 4px; z-index: 2147483647; display: none; }
    .bar { position: fixed; inset: 12px 12px auto; z-index: 2147483647; font: 600 14px/1.4 system-ui, sans-serif; color: #fff; background: #1f2328; border-radius: 8px; padding: 10px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
    .bar.bad { background: #8c1d18; }`;
  const box = document.createElement('div');
  box.className = 'box';
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.textContent = 'Keel: click the text of one comment or review to make a selector pack. Esc to cancel.';
  root.append(style, box, bar);
  document.documentElement.append(host);

  const target = (e: Event) => {
    const el = e.composedPath()[0];
    return el instanceof Element && el !== host ? el : null;
  };
  const onMove = (e: MouseEvent) => {
    const el = target(e);
    if (!el) return;
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const onClick = (e: MouseEvent) => {
    const el = target(e);
    if (!el) return;
    e.preventDefault();
    e.stopPropagation();
    const proposal = proposePack(el, { url: location.href });
    if (!proposal) {
      bar.classList.add('bad');
      bar.textContent = 'Keel found no repeating comments around that. Click the text of a comment or review, or Esc to cancel.';
      return;
    }
    bar.classList.remove('bad');
    bar.textContent = `Found ${proposal.found} items like it. Opening the pack in Keel’s settings…`;
    sendToBackground('packs/draft', { pack: proposal.pack }).then(stop, (err: unknown) => {
      bar.classList.add('bad');
      bar.textContent = `Keel could not open the pack: ${err instanceof Error ? err.message : String(err)}`;
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') stop();
  };
  function stop() {
    removeEventListener('mousemove', onMove, true);
    removeEventListener('click', onClick, true);
    removeEventListener('keydown', onKey, true);
    host.remove();
    g[RUNNING] = undefined;
  }
  addEventListener('mousemove', onMove, true);
  addEventListener('click', onClick, true);
  addEventListener('keydown', onKey, true);
  g[RUNNING] = stop;
});
