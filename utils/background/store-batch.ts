/**
 * The background's write path for one batch a content script sends: the items
 * are classified and stored, and attached to the page's incident (opening one on
 * a burst), in one transaction. `npm run bench` times exactly this (store10kMs).
 */
import type { Incident, KeelDb, Workspace } from '../db';
import { activeWorkspace } from '../db';
import type { RawItem } from '../model';
import { pageKey } from '../page-key';
import { updateIncidents } from './incidents';
import { type ObservedResult, observeItems } from './observe';

export interface BatchSource {
  /** The address the tab shows. */
  url: string;
  /** The business page it belongs to (its root address), if known. */
  pageUrl: string | null;
  workspaceId: string | null;
}

export async function storeBatch(
  db: KeelDb,
  items: RawItem[],
  source: BatchSource,
  actor: string,
  now: number,
): Promise<{ results: ObservedResult[]; opened: Incident | null; workspace: Workspace }> {
  const workspace = (source.workspaceId ? await db.workspaces.get(source.workspaceId) : undefined) ?? (await activeWorkspace(db));
  const page = { pageKey: pageKey(source.url), pageUrl: source.url, workspaceId: workspace.id };
  return db.transaction('rw', [db.items, db.authors, db.roster, db.incidents, db.actions, db.workspaces, db.settings], async () => {
    const results = await observeItems(db, items, source.url, now, workspace.id, source.pageUrl);
    const update = await updateIncidents(db, page, results.map((r) => r.key), actor, now);
    return { results, opened: update.opened, workspace };
  });
}
