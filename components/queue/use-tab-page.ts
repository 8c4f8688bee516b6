/**
 * The page of the tab the moderator is looking at, kept current as they switch
 * tabs or navigate. Beside a tab (the side panel) that is the window's active
 * tab; when the queue is itself open as a tab, the tab used before it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageKey } from '@/utils/page-key';

async function lookedAt(): Promise<string | null> {
  const own = browser.runtime.getURL('/');
  const web = (url: string) => /^https?:/.test(url) && !url.startsWith(own);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = active?.url;
  if (url && web(url)) return pageKey(url);
  // Beside a tab that is not a web page (a new tab, settings): no page.
  if (url && !url.startsWith(own)) return null;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => !!t.url && web(t.url));
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const before = others[0]?.url;
  return before ? pageKey(before) : null;
}

/** undefined until known; null when the tab shows no web page. */
export function useTabPage(): string | null | undefined {
  const [page, setPage] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const read = () =>
      void lookedAt().then(
        (p) => alive && setPage(p),
        () => alive && setPage(null),
      );
    const onUpdated = (_id: number, change: { url?: string }) => {
      if (change.url) read();
    };
    read();
    browser.tabs.onActivated.addListener(read);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(read);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return page;
}
