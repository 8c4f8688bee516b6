/**
 * Opening the cleanup queue from the popup. Chrome opens a side panel only in
 * answer to a user gesture, so the window is looked up before the click and
 * the panel opened in the click itself (no await before it). Firefox shows the
 * same page as a sidebar; a browser with neither gets it in a tab.
 */
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

const api = () => browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };

/** Opens the queue in `windowId`'s side panel (or Firefox's sidebar, or a tab). Call it straight from a click handler. */
export function openQueue(windowId: number | null): Promise<void> {
  const { sidePanel, sidebarAction } = api();
  const inTab = () => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }).then(() => undefined);
  if (sidePanel && windowId !== null) return sidePanel.open({ windowId }).catch(inTab);
  if (sidebarAction) return sidebarAction.open().catch(inTab);
  return inTab();
}

/** A click handler that opens the queue in the window the page is in. */
export function useQueueOpener(): () => Promise<void> {
  const windowId = useRef<number | null>(null);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (w) => {
        windowId.current = w.id ?? null;
      },
      () => {},
    );
  }, []);
  return () => openQueue(windowId.current);
}
