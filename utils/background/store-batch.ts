/**
 * The background's write path for one batch a content script sends: the items
 * are classified and stored, and attached to the page's incident (opening one on
 * a burst), in one transaction. `npm run bench` times exactly this (store10kMs).
 */
import type { Incident, KeelDb, Workspace } from '../db';
import { workspaceOrActive } from '../db';
import type { RawItem } from '../model';
import { pageKey } from '../page-key';
import { activeIncident, updateIncidents } from './incidents';
import { type ObservedResult, observeBatch, withHintsOrNot } from './observe';

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
  /** Item by item, the key it was stored under when read before (see ObserveOptions.was). */
  was?: Array<string | null>,
): Promise<{ results: ObservedResult[]; opened: Incident | null; workspace: Workspace }> {
  const workspace = await workspaceOrActive(db, source.workspaceId);
  const page = { pageKey: pageKey(source.url), pageUrl: source.url, workspaceId: workspace.id };
  const run = (trustHints: boolean) =>
    db.transaction('rw', [db.items, db.authors, db.roster, db.incidents, db.actions, db.workspaces, db.settings, db.summaries], async () => {
      // Items that belong to the incident under way are stored attached; a burst that opens one attaches them after.
      const attachTo = await activeIncident(db, page.pageKey);
      const { results, rows } = await observeBatch(db, items, source.url, now, workspace.id, source.pageUrl, { trustHints, attachTo, was });
      const update = await updateIncidents(db, page, rows, actor, now, attachTo ?? null);
      return { results, opened: update.opened, workspace };
    });
  return withHintsOrNot(run);
}
