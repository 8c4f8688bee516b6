/**
 * The content script's engine: one MutationObserver whose callback only queues
 * nodes; the queue is worked through in time-boxed slices off the hot path;
 * each slice sends one batch to the background; chips are mounted as their
 * comments come near the viewport, and labelled when the answer arrives. Tied to an AbortSignal: on navigation away or an
 * extension update everything stops and every chip is removed.
 */
import type { SiteAdapter } from '../adapters/types';
import { otherWords } from '../cut-words';
import { itemKey } from '../hash';
import type { Label } from '../labels';
import type { RawItem } from '../model';
import { CHIP_TAG, type Chip, type ChipState, createChip } from './chip';
import { fitItem } from './fit-item';

export interface ScanStats {
  /** Items read off the page (duplicates of one native id count once). */
  items: number;
  /** Items sent again: read again after a change inside them, their words (opened in full, edited) or rating changed. */
  resent: number;
  chips: number;
  slices: number;
  /** Main-thread time spent in scan slices (finding and reading items, and handing each batch to the browser), summed. */
  busyMs: number;
  /** Of busyMs: handing batches to the browser's messaging (serialising them). */
  sendMs: number;
  /** Of busyMs: reading items. */
  readMs: number;
  /** Main-thread time spent mounting chips as items come near the viewport. */
  mountMs: number;
  /** Main-thread time spent putting answered labels on chips, summed. */
  applyMs: number;
  /** The longest single task Keel ran on the page's main thread. */
  maxTaskMs: number;
  errors: number;
  /** Items read without an author name, and without text (adapter health). */
  emptyAuthor: number;
  emptyText: number;
}

export interface ScannerOptions {
  adapter: SiteAdapter;
  signal: AbortSignal;
  /**
   * Hands a batch to the background. `was[i]` is the key the background gave
   * item i when it was read before (its words changed since): an item without a
   * native id is keyed by its words, and stays the row it was.
   */
  send(items: RawItem[], was: Array<string | null>): Promise<Array<ChipState & { key: string }>>;
  /** A moderator picked a label on a chip; answers the item's new state. */
  relabel?(key: string, label: Label): Promise<ChipState>;
  /** Called each time the queue drains and every answer has been applied. */
  onIdle?(stats: ScanStats): void;
  /**
   * Calls `show` once `el` comes near the viewport. Past the first `eagerChips`
   * chips, chips are mounted only then: on a page of thousands of comments, a
   * label nobody can see yet costs nothing. Default: an IntersectionObserver
   * with a margin of a screen or so.
   */
  whenVisible?: (el: Element, show: () => void, signal: AbortSignal, hidden: boolean) => void;
  /** How many chips are mounted at once, wherever they are on the page. */
  eagerChips?: number;
  /** Longest a slice may run before yielding, in ms. */
  budgetMs?: number;
  maxBatch?: number;
}

/**
 * Chips mounted at once wherever their comment is: a post's usual thread all
 * at once; on a longer page the rest come as they near the viewport. Each
 * chip mounted or labelled lays the page out again, which on a page of
 * thousands of comments costs the browser a long frame.
 */
export const EAGER_CHIPS = 200;

/** Added nodes few enough to be read just before the next frame, once the first scan is done. */
const SMALL_CHANGE = 20;

/** Items per group that share two sentinels (see nearViewport). */
const GROUP = 8;

/**
 * Runs `show` for each element once it is near the viewport. Watching every
 * one of thousands of comments costs the browser an intersection check per
 * target on every frame, so items are watched in groups of GROUP, in document
 * order, through the group's first and last element: when either comes within
 * about a screen and a half, the whole group is shown. A visible item is never
 * more than GROUP / 2 items from a sentinel, well inside that margin. Hidden
 * items (Facebook's hidden copies) may never intersect: each is watched alone.
 */
function nearViewport(onTask: (ms: number) => void): NonNullable<ScannerOptions['whenVisible']> {
  let observer: IntersectionObserver | null = null;
  interface Group {
    shows: Array<() => void>;
    sentinels: Element[];
    done: boolean;
  }
  const groupOf = new WeakMap<Element, Group>();
  let open: Group | null = null;
  let last: Element | null = null;

  const run = (group: Group) => {
    if (group.done) return;
    group.done = true;
    for (const el of group.sentinels) {
      observer?.unobserve(el);
      groupOf.delete(el);
    }
    for (const show of group.shows) show();
  };
  let closing = false;
  const closeOpen = () => {
    closing = false;
    if (open && last && !open.done && !open.sentinels.includes(last)) watch(last, open);
  };
  const watch = (el: Element, group: Group) => {
    group.sentinels.push(el);
    groupOf.set(el, group);
    observer?.observe(el);
  };

  return (el, show, signal, hidden) => {
    if (!observer) {
      observer = new IntersectionObserver(
        (entries) => {
          const start = performance.now();
          for (const entry of entries) {
            const group = entry.isIntersecting ? groupOf.get(entry.target) : undefined;
            if (group) run(group);
          }
          onTask(performance.now() - start);
        },
        { rootMargin: '150% 0px' },
      );
      signal.addEventListener('abort', () => observer?.disconnect());
    }
    if (hidden) {
      watch(el, { shows: [show], sentinels: [], done: false });
      return;
    }
    if (!open || open.done || open.shows.length >= GROUP) {
      // The previous group's last item becomes its second sentinel.
      if (open && !open.done && last && !open.sentinels.includes(last)) watch(last, open);
      open = { shows: [], sentinels: [], done: false };
      watch(el, open);
    }
    open.shows.push(show);
    last = el;
    // Close the open group's far end once nothing more comes in this task: one microtask
    // for however many items came, which then sees only where they ended.
    if (!closing) {
      closing = true;
      queueMicrotask(closeOpen);
    }
  };
}

const HIDDEN = '[hidden], [aria-hidden="true"]';

interface Entry {
  chips: Chip[];
  state: ChipState | null;
  /** The item's stored key, once the background has answered. */
  key: string | null;
  /** Where the item is on the page: its latest element, a shown copy before a hidden one (see elementOf). */
  el: Element | null;
  /** Waiting for the item's chip to be mounted (see whenShown). */
  onShown: Array<() => void> | null;
  /** The read last sent: a read that changes none of what `changed` compares is not sent again. */
  sent: RawItem;
}

const authorOf = (item: RawItem) => item.author.profileUrl ?? item.author.name;

/**
 * Whether a read of an item already sent says something new: other words (not
 * the same ones cut short again: the page cut them on a redraw), or another
 * rating or recommendation. A time shown anew ("2m" → "3m") is nothing new.
 */
const changed = (sent: RawItem, item: RawItem): boolean =>
  otherWords(item.text, sent.text) || item.rating !== sent.rating || (item.recommends ?? null) !== (sent.recommends ?? null);

export interface Scanner {
  stats: ScanStats;
  rescan(): void;
  /** The element of the item stored as `key` (for capturing it as evidence), if it is still on the page. */
  elementOf(key: string): Element | null;
  /**
   * Runs `then` once the chip of the item stored as `key` is on the page (at
   * once if it is): the item is near the viewport, or among the first chips.
   * Returns whether it ran at once.
   */
  whenShown(key: string, then: () => void): boolean;
}

export function startScanner(opts: ScannerOptions): Scanner {
  const { adapter, signal } = opts;
  const budget = opts.budgetMs ?? 8;
  let eager = opts.eagerChips ?? EAGER_CHIPS;
  let firstScanDone = false;
  const maxBatch = opts.maxBatch ?? 400;
  const stats: ScanStats = { items: 0, resent: 0, chips: 0, slices: 0, busyMs: 0, readMs: 0, mountMs: 0, applyMs: 0, maxTaskMs: 0, errors: 0, emptyAuthor: 0, emptyText: 0, sendMs: 0 };
  const whenVisible =
    opts.whenVisible ??
    nearViewport((ms) => {
      stats.maxTaskMs = Math.max(stats.maxTaskMs, ms);
    });

  // Where to look: nodes added, and (as { around }) the element of words rewritten in place,
  // for which only the items around it are read again, not every item inside it.
  const roots: Array<Node | { around: Element }> = [];
  const candidates: Element[] = [];
  let rootAt = 0;
  let candidateAt = 0;
  const entries = new Map<string, Entry>();
  // Each element read, and its entry: a change inside it later reads it again (see reread).
  // null: its read threw, and it is not read again.
  const entryOf = new WeakMap<Element, Entry | null>();
  // The same entries by stored key, once the background has answered (elementOf).
  const byKey = new Map<string, Entry>();
  const anchors = new Map<HTMLElement, Element>();
  let inFlight = 0;
  let scheduled = false;
  let loggedError = false;

  const channel = new MessageChannel();
  channel.port1.onmessage = () => slice();
  const schedule = () => {
    if (!scheduled && !signal.aborted) {
      scheduled = true;
      channel.port2.postMessage(null);
    }
  };

  const beforeNextFrame = () => {
    scheduled = true;
    let ran = false;
    const go = () => {
      if (ran) return;
      ran = true;
      slice();
    };
    requestAnimationFrame(go);
    // The tab may go behind before that frame: then a little later.
    setTimeout(go, 100);
  };

  const fail = (what: string, err: unknown) => {
    stats.errors++;
    if (!loggedError) {
      loggedError = true;
      console.warn(`[keel] ${adapter.platform}: ${what}`, err);
    }
  };

  const mount = (el: Element, entry: Entry) => {
    // An element that shows another item by now (a recycled cell) gets that item's chip instead.
    if (signal.aborted || !el.isConnected || entryOf.get(el) !== entry) return;
    const start = performance.now();
    const chip = createChip(opts.relabel ? (label) => relabel(entry, label) : undefined);
    try {
      const { node, where } = adapter.anchor(el);
      node.insertAdjacentElement(where, chip.host);
    } catch (err) {
      fail('could not place a chip', err);
      return;
    }
    if (entry.state) chip.set(entry.state);
    entry.chips.push(chip);
    anchors.set(chip.host, el);
    stats.chips++;
    stats.mountMs += performance.now() - start;
    const waiting = entry.onShown;
    entry.onShown = null;
    for (const then of waiting ?? []) then();
  };

  /** The element no longer shows the item of `entry`: its chip leaves it. */
  const detach = (el: Element, entry: Entry) => {
    entryOf.delete(el);
    if (entry.el === el) entry.el = null;
    entry.chips = entry.chips.filter((chip) => {
      if (anchors.get(chip.host) !== el) return true;
      anchors.delete(chip.host);
      chip.host.remove();
      stats.chips--;
      return false;
    });
  };

  /**
   * `el`, read before as `entry`, read again after a change inside it. 'same':
   * the same item saying nothing new (a time shown anew, its words cut short
   * again). 'resend': the same item with other words or another rating (a
   * comment opened in full, an edit): to be sent again. 'other': the element
   * shows another item now (X recycles its cells); its chip has left it.
   * The same item is the same id, or for an item without a native id (keyed
   * by its words) the same author.
   */
  const reread = (el: Element, entry: Entry, item: RawItem, id: string): 'same' | 'resend' | 'other' => {
    const owner = entries.get(id);
    const same = owner === entry || (!owner && item.nativeId === null && entry.sent.nativeId === null && authorOf(item) === authorOf(entry.sent));
    if (!same) {
      detach(el, entry);
      return 'other';
    }
    if (!changed(entry.sent, item)) return 'same';
    entry.sent = item;
    entries.set(id, entry);
    stats.resent++;
    return 'resend';
  };

  const show = (entry: Entry, state: ChipState) => {
    entry.state = state;
    for (const chip of entry.chips) chip.set(state);
  };

  const relabel = (entry: Entry, label: Label) => {
    if (!entry.key || !opts.relabel) return;
    opts.relabel(entry.key, label).then(
      (state) => show(entry, state),
      (err) => fail('could not save your label', err),
    );
  };

  const apply = (ids: string[], results: Array<ChipState & { key: string }>) => {
    if (signal.aborted) return;
    const start = performance.now();
    results.forEach((result, i) => {
      const entry = entries.get(ids[i] as string);
      if (!entry) return;
      entry.key = result.key;
      byKey.set(result.key, entry);
      show(entry, { label: result.label, confidence: result.confidence, reasons: result.reasons, key: result.key, own: result.own });
    });
    const took = performance.now() - start;
    stats.applyMs += took;
    stats.maxTaskMs = Math.max(stats.maxTaskMs, took);
  };

  const idleCheck = () => {
    // A scan stopped by navigation reports nothing more: its figures are not the new page's.
    if (signal.aborted) return;
    if (inFlight === 0 && candidateAt >= candidates.length && rootAt >= roots.length) {
      firstScanDone = true;
      opts.onIdle?.({ ...stats });
    }
  };

  function slice(): void {
    scheduled = false;
    if (signal.aborted) return;
    const start = performance.now();
    const batch: RawItem[] = [];
    const ids: string[] = [];
    const was: Array<string | null> = [];
    while (batch.length < maxBatch && performance.now() - start < budget) {
      if (candidateAt < candidates.length) {
        const el = candidates[candidateAt++] as Element;
        // An element read before comes back when something inside it changed: it is read
        // again (reread). One whose read threw is not.
        const before = entryOf.get(el);
        if (before === null || !el.isConnected) continue;
        let item: RawItem | null = null;
        const t0 = performance.now();
        try {
          item = adapter.read(el);
        } catch (err) {
          fail('could not read an item', err);
          if (!before) entryOf.set(el, null);
        }
        stats.readMs += performance.now() - t0;
        // Not (yet) an item: the page may still be building it, and a later change inside it finds it again.
        if (!item) continue;
        const id = itemKey(item, '');
        if (before) {
          const again = reread(el, before, item, id);
          if (again === 'resend') {
            batch.push(fitItem(item));
            ids.push(id);
            was.push(before.key);
          }
          if (again !== 'other') continue;
          // The element shows another item now (a recycled cell): read as a new one.
        }
        let entry = entries.get(id);
        if (!entry) {
          // Platforms render some items twice (Facebook's hidden copies): one message per id.
          entry = { chips: [], state: null, key: null, el: null, onShown: null, sent: item };
          entries.set(id, entry);
          // One field past the protocol's limits would get the whole batch refused.
          batch.push(fitItem(item));
          ids.push(id);
          was.push(null);
          stats.items++;
          if (!item.author.name) stats.emptyAuthor++;
          if (!item.text) stats.emptyText++;
        }
        const target = entry;
        entryOf.set(el, target);
        const hidden = el.closest(HIDDEN) !== null;
        if (!target.el?.isConnected || (!hidden && target.el.closest(HIDDEN))) target.el = el;
        // Hidden copies (Facebook renders some comments twice) wait until they show.
        // Comments arriving after the first scan are few and new: labelled at once.
        if ((eager > 0 || firstScanDone) && !hidden) {
          eager--;
          mount(el, target);
        } else {
          whenVisible(el, () => mount(el, target), signal, hidden);
        }
      } else if (rootAt < roots.length) {
        const next = roots[rootAt++] as Node | { around: Element };
        const around = 'around' in next ? next.around : null;
        const root = around ?? (next as Node);
        if (!root.isConnected) continue;
        try {
          for (const el of adapter.findItems(root as ParentNode)) if (!around || el.contains(around)) candidates.push(el);
        } catch (err) {
          fail('could not search the page', err);
        }
      } else {
        break;
      }
    }
    // Drop what has been worked through, so queues do not grow for ever.
    if (rootAt >= roots.length) roots.length = rootAt = 0;
    if (candidateAt >= candidates.length) candidates.length = candidateAt = 0;

    if (batch.length) {
      inFlight++;
      const t0 = performance.now();
      opts
        .send(batch, was)
        .then((results) => apply(ids, results), (err) => fail('the background did not answer', err))
        .finally(() => {
          inFlight--;
          idleCheck();
        });
      stats.sendMs += performance.now() - t0;
    }
    const took = performance.now() - start;
    stats.slices++;
    stats.busyMs += took;
    stats.maxTaskMs = Math.max(stats.maxTaskMs, took);
    if (candidateAt < candidates.length || rootAt < roots.length) schedule();
    else idleCheck();
  }

  const observer = new MutationObserver((records) => {
    const before = roots.length;
    for (const record of records) {
      // Words rewritten in place (a cell recycled for another item, a time, an edit): their element.
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent && parent.localName !== CHIP_TAG) roots.push({ around: parent });
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).localName !== CHIP_TAG) roots.push(node);
        else if (node.nodeType === 3 && node.parentElement) roots.push(node.parentElement);
      }
      for (const node of record.removedNodes) {
        // The platform re-rendered around our chip and dropped it: put it back.
        const item = anchors.get(node as HTMLElement);
        if (item?.isConnected) {
          try {
            const { node: at, where } = adapter.anchor(item);
            at.insertAdjacentElement(where, node as HTMLElement);
          } catch (err) {
            fail('could not put a chip back', err);
          }
        } else if (item) {
          anchors.delete(node as HTMLElement);
        }
      }
    }
    if (roots.length === before) {
      // Only our own chips added, or nodes removed: nothing new to read, but the
      // page changed (a rating's text, say), and onIdle is how the page's watchers hear of it.
      if (!scheduled) idleCheck();
      return;
    }
    // Comments arriving on a loaded page are few: read just before the next frame, once the
    // page has finished building them, so their chips are painted in the same frame as they
    // are, not in a second one after it (on a long page, each frame that lays the page out
    // again costs the browser tens of ms). A tab behind paints no frames: read as usual.
    if (firstScanDone && !scheduled && roots.length - rootAt <= SMALL_CHANGE && document.visibilityState === 'visible') beforeNextFrame();
    else schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    channel.port1.close();
    for (const host of anchors.keys()) host.remove();
    anchors.clear();
    entries.clear();
    byKey.clear();
  });

  roots.push(document.body ?? document.documentElement);
  schedule();

  return {
    stats,
    rescan() {
      roots.push(document.body ?? document.documentElement);
      schedule();
    },
    elementOf(key) {
      const el = byKey.get(key)?.el;
      if (el?.isConnected) return el;
      // Two reads of the page can share a stored key (an item read again after the platform re-rendered it).
      for (const entry of entries.values()) if (entry.key === key && entry.el?.isConnected) return entry.el;
      return null;
    },
    whenShown(key, then) {
      const entry = byKey.get(key);
      if (!entry) return false;
      if (!entry.chips.length) {
        entry.onShown = [...(entry.onShown ?? []), then];
        return false;
      }
      then();
      return true;
    },
  };
}
