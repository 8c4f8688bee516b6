import { defineContentScript } from 'wxt/utils/define-content-script';
import { liveAdapterFor } from '@/utils/adapters';
import { startScanner } from '@/utils/content/scanner';
import { sendToBackground } from '@/utils/messaging/client';

export default defineContentScript({
  // The business pages Keel reads. Everything else is never touched.
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = liveAdapterFor(location.href);
    if (!adapter) return;
    const scanner = startScanner({
      adapter,
      signal: ctx.signal,
      send: async (items) => (await sendToBackground('items/observed', { items })).results,
      relabel: (key, label) => sendToBackground('items/relabel', { key, label }),
      // An explicit idle signal for tests and the benchmark: a user-timing mark
      // with counts and timings only, never labels or text.
      onIdle: (stats) => performance.mark('keel:idle', { detail: stats }),
    });
    // Single-page apps: another post without a page load means a fresh look.
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescan());
  },
});
