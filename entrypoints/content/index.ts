import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '@/utils/adapters';
import type { SiteAdapter } from '@/utils/adapters/types';
import { captureFromChip, captureStatus, clock, locateItem, noteLabels, startEvidence } from '@/utils/content/capture';
import { setEvidenceSource } from '@/utils/content/chip-evidence';
import { setHistorySource } from '@/utils/content/chip-history';
import { setRepliesSource } from '@/utils/content/chip-replies';
import { testPack } from '@/utils/content/pack-test';
import { startRatingWatch } from '@/utils/content/rating-watch';
import { startReplyCheck } from '@/utils/content/reply-check';
import { startScanner } from '@/utils/content/scanner';
import { sendToBackground } from '@/utils/messaging/client';
import { MAX_DRAFT } from '@/utils/messaging/limits';
import type { ToContent } from '@/utils/messaging/protocol';
import { packAdapter } from '@/utils/packs/adapter';
import { pageKey } from '@/utils/page-key';
import { repliedWith } from '@/utils/templates/name';

// Set in this extension's isolated world: a second injection into the same tab does nothing.
const RUNNING = Symbol.for('keel.content');

/** How long Keel waits for a post's owner to render before deciding the page is not one of the business's. */
const OWNER_WAIT_MS = 15_000;
const ORPHAN_CHECK_MS = 2_000;

export default defineContentScript({
  // Not in the manifest: the background registers this script at runtime for the
  // hosts of the business's own pages the user has granted (and no others).
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    const g = globalThis as { [RUNNING]?: boolean };
    if (g[RUNNING]) return;
    g[RUNNING] = true;
    ctx.onInvalidated(() => {
      g[RUNNING] = false;
    });

    let current: AbortController | null = null;
    let reported = '';
    // A chip's panel shows its author's history, asked when it opens.
    setHistorySource((itemKey) => sendToBackground('authors/history', { itemKey }));
    // A chip's panel captures its item as evidence, and says what was captured.
    setEvidenceSource({ capture: captureFromChip, status: captureStatus, clock });
    // A chip's panel offers the approved replies that answer its item, filled, asked when it opens.
    setRepliesSource({
      list: async (key) => (await sendToBackground('templates/for-item', { key })).replies,
      logged: async (key, reply) => {
        const row = await sendToBackground('actions/record', { itemKey: key, authorKey: null, incidentId: null, kind: 'replied-offline', detail: repliedWith(reply) });
        if (row.seq === undefined) throw new Error('The log row has no number.');
        return row.seq;
      },
      undo: async (seq) => {
        await sendToBackground('actions/undo', { seq });
      },
    });

    /** Looks the page up and, if it is one of the business's own, scans it. Again after each client-side navigation. */
    const start = async () => {
      current?.abort();
      const run = new AbortController();
      current = run;
      // Stopped with the script; the listener goes with this run, so navigations do not pile them up.
      ctx.signal.addEventListener('abort', () => run.abort(), { signal: run.signal });
      const builtIn = adapterFor(location.href);
      const owner = await ownerOf(builtIn, run.signal);
      if (run.signal.aborted) return;
      const look = await sendToBackground('page/lookup', { url: location.href, owner });
      if (!look.watched || run.signal.aborted) return;
      const adapter = look.pack ? packAdapter(look.pack) : builtIn;
      if (!adapter) return;
      reported = '';
      // The page's own average (where the platform shows one), read after each full scan.
      const rating = adapter.rating?.bind(adapter);
      const ratingWatch = rating
        ? startRatingWatch({ read: () => rating(document), send: (r) => sendToBackground('page/rating', r), signal: run.signal })
        : null;
      const platform = adapter.platform;
      startReplyCheck({ signal: run.signal, lint: (text) => sendToBackground('reply/lint', { text: text.slice(0, MAX_DRAFT), platform }) });
      // With keel:idle below: where a scan starts and ends, for tests and the benchmark (no content).
      performance.mark('keel:start');
      const scanner = startScanner({
        adapter,
        signal: run.signal,
        send: async (items, was) => {
          // Reading ctx.isInvalid stops everything (chips included) once the extension was updated or removed.
          if (ctx.isInvalid) throw new Error('Keel was updated or removed: this page is no longer read.');
          const { results } = await sendToBackground('items/observed', was.some((k) => k !== null) ? { items, was } : { items });
          // Threats are captured when first seen (the workspace's rule; the background decides).
          noteLabels(results);
          return results;
        },
        relabel: (key, label) => sendToBackground('items/relabel', { key, label }),
        onIdle: (stats) => {
          // An explicit idle signal for tests and the benchmark: a user-timing mark
          // with counts and timings only, never labels or text.
          performance.mark('keel:idle', { detail: stats });
          const health = { found: stats.items, emptyAuthor: stats.emptyAuthor, emptyText: stats.emptyText, errors: stats.errors };
          const key = JSON.stringify(health);
          if (key !== reported) {
            reported = key;
            void sendToBackground('page/health', { ...health, at: Date.now() }).catch(() => {});
          }
          ratingWatch?.check();
        },
      });
      startEvidence({ signal: run.signal, elementOf: scanner.elementOf, whenShown: scanner.whenShown });
    };

    /**
     * The account that owns what the page shows, where the address does not say
     * (an Instagram post, a YouTube video). It may render after the script
     * starts: wait for it a little, watching the page.
     */
    const ownerOf = (adapter: SiteAdapter | null, signal: AbortSignal): Promise<string | null> =>
      new Promise((resolve) => {
        const read = () => adapter?.owner?.(document) ?? null;
        const now = read();
        if (now || !adapter?.owner) return resolve(now);
        const observer = new MutationObserver(() => {
          const found = read();
          if (found) finish(found);
        });
        const timer = setTimeout(() => finish(null), OWNER_WAIT_MS);
        const finish = (value: string | null) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        signal.addEventListener('abort', () => finish(null));
        observer.observe(document.documentElement, { childList: true, subtree: true });
      });

    // Test a selector pack on this page, for the options page. Only this
    // extension's own pages (through the background) can ask: never a web page.
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      const m = message as ToContent | null;
      if (sender.id !== browser.runtime.id || sender.tab || m?.keel !== 1) return undefined;
      if (m.type === 'pack/test') return Promise.resolve(testPack(m.pack, location.href));
      if (m.type === 'item/locate') return locateItem(m.key, m.highlight === true);
      if (m.type === 'page/stop') {
        // The page was taken off the list: stop reading it and take the labels away.
        current?.abort();
        return Promise.resolve(true);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // After an update or removal of Keel this script is orphaned: WXT's timer
    // checks the extension is still there, and if not, aborts ctx.signal, which
    // stops the observer and removes every chip.
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);

    void start().catch((err) => console.warn('[keel] could not start', err));
    // Single-page apps: another post without a page load means a fresh look. The
    // event fires as the navigation starts, before the address changes: look
    // once it has (a new query string or fragment on the same post is not news).
    let shown = pageKey(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => {
        const next = pageKey(location.href);
        if (next === shown) return;
        shown = next;
        void start().catch((err) => console.warn('[keel] could not start', err));
      }, 0);
    });
  },
});
