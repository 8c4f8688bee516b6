/**
 * Approving reply templates the way Settings › Replies does (the same messages,
 * sent from an extension page), for tests whose subject is elsewhere: only
 * approved replies are offered to copy, and the built-in ones start as drafts.
 */
import type { Page } from '@playwright/test';

/**
 * From `page` (an extension page): sets the moderator's name, adds the built-in
 * drafts to `workspaceId` (the active workspace when undefined), and approves
 * those of `lineages`. Returns the approved rows' ids.
 */
export async function approveBuiltIns(page: Page, lineages: string[], opts: { workspaceId?: string; approver?: string } = {}): Promise<string[]> {
  return page.evaluate(
    async ({ lineages, workspaceId, approver }) => {
      const send = async (type: string, payload: unknown) => {
        const r = (await chrome.runtime.sendMessage({ keel: 1, type, payload })) as { ok: boolean; data?: unknown; error?: string };
        if (!r.ok) throw new Error(r.error);
        return r.data;
      };
      await send('settings/moderator-name', { name: approver });
      await send('templates/seed', workspaceId ? { workspaceId } : {});
      const open = indexedDB.open('keel');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const read = <T>(store: string, key?: string) =>
        new Promise<T>((resolve, reject) => {
          const os = db.transaction(store).objectStore(store);
          const req = key === undefined ? os.getAll() : os.get(key);
          req.onsuccess = () => resolve(req.result as T);
          req.onerror = () => reject(req.error);
        });
      const rows = await read<Array<{ id: string; lineage: string; workspaceId: string; status: string }>>('templates');
      const ws = workspaceId ?? (await read<{ value: string } | undefined>('settings', 'activeWorkspaceId'))?.value ?? 'default';
      db.close();
      const ids: string[] = [];
      for (const r of rows) {
        if (r.workspaceId !== ws || r.status !== 'draft' || !lineages.includes(r.lineage)) continue;
        await send('templates/approve', { id: r.id });
        ids.push(r.id);
      }
      return ids;
    },
    { lineages, workspaceId: opts.workspaceId, approver: opts.approver ?? 'Ada Moss' },
  );
}
