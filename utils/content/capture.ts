/**
 * Evidence, on the page's side: where an item is on screen (for the
 * background's screenshot, which it crops), a capture from a chip's panel, an
 * item brought on screen when a moderator asks from an extension page, and
 * threats captured when first seen. The page is never scrolled unless a
 * moderator asked: a threat seen off screen gets its screenshot the first time
 * it comes on screen. Imports no Zod: the background validates everything.
 */
import { sendToBackground } from '../messaging/client';
import { MAX_AUTO } from '../messaging/limits';
import type { CaptureResult, Shot } from '../messaging/msg-evidence';

export interface EvidenceRun {
  signal: AbortSignal;
  /** The element of a stored item, if it is on the page (the scanner's lookup). */
  elementOf(key: string): Element | null;
  /** Runs `then` once the item's chip is on the page: it is near the viewport (the scanner's). Whether it ran at once. */
  whenShown(key: string, then: () => void): boolean;
}

let run: EvidenceRun | null = null;
/**
 * Threats already reported in this run, and those still waiting for a
 * screenshot (`first`: not reported yet, waiting for the observer to say where
 * the item is), with the key of each waiting element.
 */
let asked = new Set<string>();
let waiting = new Map<string, { el: Element; nextTry: number; first: boolean }>();
let keyOf = new Map<Element, string>();
/** Threats the background is done with (captured with a screenshot, or not to be captured): never watched again. */
let settled = new Set<string>();
/** Threats whose report is on its way to the background. */
let sending = new Set<string>();
let watcher: IntersectionObserver | null = null;

/** After a refusal (no permission yet, tab behind), a waiting threat is tried again no sooner than this. */
const RETRY_MS = 15_000;

/** An item at `r` (CSS pixels of the viewport), for the background's crop. */
function shotAt(r: DOMRectReadOnly): Shot {
  return {
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    dpr: window.devicePixelRatio || 1,
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

/** Where `el` is, in CSS pixels of the viewport. */
export function shotOf(el: Element): Shot {
  return shotAt(el.getBoundingClientRect());
}

/** Whether most of a box at `r` is on screen (half of it, or half the screen's height for a tall one). */
function mostlyShown(r: DOMRectReadOnly): boolean {
  const seen = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
  const across = Math.min(r.right, window.innerWidth) - Math.max(r.left, 0);
  return across > 0 && seen > 0 && (seen >= r.height * 0.5 || seen >= window.innerHeight * 0.5);
}

const onScreen = (el: Element) => mostlyShown(el.getBoundingClientRect());

/** Two frames: what was changed (a panel closed, a scroll) is painted before the screenshot. Never stalls a hidden tab. */
const painted = () =>
  new Promise<void>((resolve) => {
    const done = setTimeout(resolve, 150);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(done);
        resolve();
      }),
    );
  });

/** Starts evidence for one scan of a page; everything stops with `signal`. */
export function startEvidence(next: EvidenceRun): void {
  stopEvidence();
  run = next;
  next.signal.addEventListener('abort', () => {
    if (run === next) stopEvidence();
  });
  const retry = () => {
    for (const key of waiting.keys()) tryWaiting(key);
  };
  // Back to the tab, or back from Keel's popup (clicking Keel's button is what lets the browser take screenshots).
  document.addEventListener('visibilitychange', retry, { signal: next.signal });
  window.addEventListener('focus', retry, { signal: next.signal });
}

function stopEvidence(): void {
  watcher?.disconnect();
  watcher = null;
  waiting = new Map();
  keyOf = new Map();
  settled = new Set();
  sending = new Set();
  asked = new Set();
  run = null;
}

/**
 * Captures an item from its chip: the chip's panel is closed first so it
 * covers nothing in the screenshot, and opened again after.
 */
export async function captureFromChip(key: string, panel: HTMLElement | null): Promise<CaptureResult> {
  const el = run?.elementOf(key);
  if (!el) throw new Error('Keel cannot find this item on the page any more.');
  const open = panel?.matches(':popover-open') ?? false;
  if (open) panel?.hidePopover();
  try {
    await painted();
    return await sendToBackground('evidence/capture', { key, shot: shotOf(el) });
  } finally {
    if (open && panel?.isConnected) panel.showPopover();
  }
}

/** What has been captured of an item, in words ("Captured 14:02, with screenshot"), or null if nothing. */
export async function captureStatus(key: string): Promise<string | null> {
  const s = await sendToBackground('evidence/status', { key });
  if (!s.last) return null;
  const how = s.screenshots ? 'with screenshot' : 'text only, no screenshot yet';
  return `${s.last.auto ? 'Captured automatically' : 'Captured'} ${clock(s.last.capturedAt)}, ${how}${s.count > 1 ? ` (${s.count} captures)` : ''}.`;
}

/** "14:02" today, "3 Mar 14:02" another day. */
export function clock(at: number, now = Date.now()): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return new Date(now).toDateString() === d.toDateString() ? time : `${d.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`;
}

/**
 * A moderator asked, from an extension page, to capture an item (or moved the
 * cleanup queue to it: `highlight`): bring it on screen and say where it is.
 */
export async function locateItem(key: string, highlight = false): Promise<Shot | null> {
  const el = run?.elementOf(key);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  if (highlight) flash(el);
  await painted();
  return shotOf(el);
}

/** An outline that fades out in under two seconds: an animation, so nothing is written to the page's own styles or attributes. */
function flash(el: Element): void {
  el.animate(
    [
      { outline: '3px solid rgb(245 166 35)', outlineOffset: '2px' },
      { outline: '3px solid rgb(245 166 35)', outlineOffset: '2px', offset: 0.5 },
      { outline: '3px solid rgb(245 166 35 / 0)', outlineOffset: '2px' },
    ],
    { duration: 1_800, easing: 'ease-in' },
  );
}

/**
 * The labels of a batch the background answered: each threat not reported yet
 * in this run is captured (the background stores nothing twice, and nothing
 * when the workspace's rule is off). Nothing is measured here: on a page of
 * thousands of comments, measuring each threat as it is labelled made the
 * browser lay the page out again and again. The observer's first report says
 * where each one is, measured with the page's own layout, and those reports
 * go to the background in batches.
 */
export function noteLabels(results: ReadonlyArray<{ key: string; label: string }>): void {
  const threats = results.filter((r) => r.label === 'threat' && !asked.has(r.key));
  if (!threats.length || !run) return;
  for (const t of threats) asked.add(t.key);
  // After the scanner has applied the batch: then it knows each item's element by its key.
  setTimeout(() => {
    const current = run;
    if (!current) return;
    const behind = document.visibilityState !== 'visible';
    const now: Array<{ key: string; shot: null }> = [];
    for (const { key } of threats) {
      const el = current.elementOf(key);
      if (!el) continue;
      // Watched only once near the viewport (its chip is on the page then): a page with
      // thousands of threats far down would otherwise cost the browser an intersection
      // check for each of them, every frame.
      let later = false;
      const near = current.whenShown(key, () => {
        // Near now: the observer's first report says where it is. Later: its text was sent without a picture.
        if (run === current) track(key, current.elementOf(key) ?? el, !later && !behind);
      });
      later = true;
      // Far down, or a tab behind (it paints nothing, so its observer waits): the text is stored now, the screenshot once it shows.
      if (!near || behind) now.push({ key, shot: null });
    }
    if (now.length) report(now);
  }, 0);
}

/**
 * Sends threats to the background, MAX_AUTO at a time; those it has done with
 * are no longer watched. While a threat's report is on its way, no other is
 * sent for it (the background would store both).
 */
function report(threats: Array<{ key: string; shot: Shot | null }>): void {
  for (const t of threats) sending.add(t.key);
  for (let i = 0; i < threats.length; i += MAX_AUTO) {
    const chunk = threats.slice(i, i + MAX_AUTO);
    sendToBackground('evidence/auto', { threats: chunk })
      .then(
        ({ results }) => {
          for (const r of results) if (r.status !== 'waiting') settle(r.key);
        },
        (err) => console.warn('[keel] could not capture a threat', err),
      )
      .finally(() => {
        for (const t of chunk) sending.delete(t.key);
      });
  }
}

function track(key: string, el: Element, first: boolean): void {
  if (!run || settled.has(key)) return;
  waiting.set(key, { el, nextTry: 0, first });
  keyOf.set(el, key);
  watcher ??= new IntersectionObserver(
    (entries) => {
      const firsts: Array<{ key: string; shot: Shot | null }> = [];
      for (const entry of entries) {
        const k = keyOf.get(entry.target);
        const w = k === undefined ? undefined : waiting.get(k);
        if (!k || !w) continue;
        if (w.first) {
          w.first = false;
          const shown = document.visibilityState === 'visible' && entry.isIntersecting && mostlyShown(entry.boundingClientRect);
          if (shown) w.nextTry = Date.now() + RETRY_MS;
          firsts.push({ key: k, shot: shown ? shotAt(entry.boundingClientRect) : null });
        } else if (entry.isIntersecting) {
          tryWaiting(k);
        }
      }
      if (firsts.length) report(firsts);
    },
    { threshold: [0, 0.25, 0.5, 0.75, 1] },
  );
  watcher.observe(el);
}

function settle(key: string): void {
  settled.add(key);
  const w = waiting.get(key);
  if (!w) return;
  watcher?.unobserve(w.el);
  keyOf.delete(w.el);
  waiting.delete(key);
}

/** A threat waiting for its screenshot came on screen: send where it is, once it mostly shows. */
function tryWaiting(key: string): void {
  const w = waiting.get(key);
  if (!w || w.first || !run || Date.now() < w.nextTry || document.visibilityState !== 'visible') return;
  if (!w.el.isConnected) {
    const el = run.elementOf(key);
    watcher?.unobserve(w.el);
    keyOf.delete(w.el);
    if (!el) return void waiting.delete(key);
    w.el = el;
    keyOf.set(el, key);
    watcher?.observe(el);
  }
  if (sending.has(key) || !onScreen(w.el)) return;
  w.nextTry = Date.now() + RETRY_MS;
  report([{ key, shot: shotOf(w.el) }]);
}
