/**
 * Adding one of the business's pages from an extension page (popup or options):
 * ask the browser for that page's host access on the user's click, then have
 * the background store the page and start reading it.
 *
 * The permission request must be the first thing awaited, or the browser no
 * longer counts it as the user's click. Firefox closes the popup while its
 * prompt is up, so the page to add is also left in storage.session: the
 * background adds it when the access is granted, even if the popup is gone.
 */
import { browser } from 'wxt/browser';
import { PENDING_PAGE } from '@/utils/background/tab-state';
import type { PageRow } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import type { Pack } from '@/utils/packs/schema';
import { pageTarget } from '@/utils/pages';


export type WatchResult = { ok: true; row: PageRow; covers: string } | { ok: false; error: string };

export async function watchPage(input: string, packs: readonly Pack[], workspaceId?: string): Promise<WatchResult> {
  const target = pageTarget(input, packs);
  if (!target.ok) return target;
  const { origins, covers } = target.target;
  void browser.storage.session.set({ [PENDING_PAGE]: { url: input, workspaceId: workspaceId ?? null, at: Date.now() } });
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins });
  } catch (err) {
    return { ok: false, error: `The browser refused to ask: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!granted) {
    void browser.storage.session.remove(PENDING_PAGE);
    return { ok: false, error: 'Keel was not given access, so the page was not added. Nothing else changed.' };
  }
  try {
    const row = await sendToBackground('pages/add', workspaceId ? { url: input, workspaceId } : { url: input });
    void browser.storage.session.remove(PENDING_PAGE);
    return { ok: true, row, covers };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message.replace(/^pages\/add: /, '') : String(err) };
  }
}
