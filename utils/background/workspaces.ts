/**
 * Workspaces: one per client (a practice, or each business a contact centre
 * looks after), each with its own pages, profile, rules, templates and roster.
 * The active one is the setting 'activeWorkspaceId'. Only the background
 * writes; every change is in the audit log.
 */
import { type KeelDb, DEFAULT_RULES, pageItems, type Workspace, type WorkspaceRules } from '../db';
import { noteItemChanges } from './summaries';
import type { WorkspaceProfile } from '../model';

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

/** A new workspace's profile: its name as the business name, every other detail blank for the user to fill in. */
export function blankProfile(name: string): WorkspaceProfile {
  return { businessName: name, services: [], staff: [], managerName: '', phone: '', email: '', hours: '' };
}

function log(db: KeelDb, actor: string, now: number, workspaceId: string, detail: string) {
  return db.actions.add({ at: now, actor, kind: 'configured', cause: 'moderator', itemKey: null, authorKey: null, incidentId: null, workspaceId, undoes: null, detail });
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function createWorkspace(
  db: KeelDb,
  input: { name: string; profile?: WorkspaceProfile | undefined },
  actor: string,
  now: number,
): Promise<Workspace> {
  return db.transaction('rw', [db.workspaces, db.actions], async () => {
    if ((await db.workspaces.toArray()).some((w) => sameName(w.name, input.name))) {
      throw new WorkspaceError(`There is already a workspace named “${input.name}”.`);
    }
    const ws: Workspace = { id: crypto.randomUUID(), name: input.name, profile: input.profile ?? blankProfile(input.name), rules: { ...DEFAULT_RULES }, createdAt: now };
    await db.workspaces.add(ws);
    await log(db, actor, now, ws.id, `Made workspace “${ws.name}”`);
    return ws;
  });
}

export async function updateWorkspace(
  db: KeelDb,
  input: { id: string; name?: string | undefined; profile?: WorkspaceProfile | undefined; rules?: WorkspaceRules | undefined },
  actor: string,
  now: number,
): Promise<Workspace> {
  return db.transaction('rw', [db.workspaces, db.actions], async () => {
    const ws = await db.workspaces.get(input.id);
    if (!ws) throw new WorkspaceError('No such workspace: it may have been removed.');
    if (input.name !== undefined && !sameName(input.name, ws.name) && (await db.workspaces.toArray()).some((w) => sameName(w.name, input.name as string))) {
      throw new WorkspaceError(`There is already a workspace named “${input.name}”.`);
    }
    const next: Workspace = { ...ws, name: input.name ?? ws.name, profile: input.profile ?? ws.profile, rules: input.rules ?? ws.rules };
    const what = [input.name !== undefined && 'name', input.profile && 'profile', input.rules && 'rules'].filter(Boolean).join(', ');
    await db.workspaces.put(next);
    await log(db, actor, now, ws.id, `Changed the ${what} of “${next.name}”`);
    return next;
  });
}

export async function switchWorkspace(db: KeelDb, id: string): Promise<Workspace> {
  return db.transaction('rw', [db.workspaces, db.settings], async () => {
    const ws = await db.workspaces.get(id);
    if (!ws) throw new WorkspaceError('No such workspace: it may have been removed.');
    await db.settings.put({ key: 'activeWorkspaceId', value: id });
    return ws;
  });
}

export interface Removed {
  name: string;
  pages: number;
  items: number;
  authors: number;
  incidents: number;
  evidence: number;
  templates: number;
  rosterNames: number;
  /** Pages removed (to stop the tabs showing them). */
  pageIds: string[];
  /** Host access no remaining page needs (for the caller to give back). */
  unused: string[];
  /** The workspace active afterwards. */
  activeId: string;
}

/**
 * Removes a workspace and everything that belongs to it, in one transaction:
 * pages, items, authors, incidents, evidence, templates, roster, and their
 * rating history and queued jobs. The audit log keeps its rows (it is
 * append-only) and gains one saying what was removed. The last workspace
 * cannot be removed.
 */
export async function removeWorkspace(db: KeelDb, id: string, actor: string, now: number): Promise<Removed> {
  const tables = [db.workspaces, db.settings, db.pages, db.items, db.authors, db.incidents, db.evidence, db.templates, db.roster, db.ratings, db.jobs, db.actions, db.summaries];
  return db.transaction('rw', tables, async () => {
    const ws = await db.workspaces.get(id);
    if (!ws) throw new WorkspaceError('No such workspace: it may have been removed already.');
    const others = (await db.workspaces.toArray()).filter((w) => w.id !== id);
    const first = others.sort((a, b) => a.createdAt - b.createdAt)[0];
    if (!first) throw new WorkspaceError('This is the only workspace: Keel needs one. Make another first, or rename this one.');

    const pages = await db.pages.where('workspaceId').equals(id).toArray();
    const wsItems = await db.items.where('workspaceId').equals(id).toArray();
    const itemKeys = wsItems.map((i) => i.key);
    const pageKeys = new Set(wsItems.map((i) => i.pageKey));
    const roster = await db.roster.get(id);
    const counts = {
      authors: await db.authors.where('workspaceId').equals(id).count(),
      incidents: await db.incidents.where('workspaceId').equals(id).count(),
      evidence: await db.evidence.where('workspaceId').equals(id).count(),
      templates: await db.templates.where('workspaceId').equals(id).count(),
    };

    await db.pages.bulkDelete(pages.map((p) => p.id));
    await db.items.bulkDelete(itemKeys);
    await noteItemChanges(db, wsItems.map((i) => [i, undefined] as const));
    await db.authors.where('workspaceId').equals(id).delete();
    await db.incidents.where('workspaceId').equals(id).delete();
    await db.evidence.where('workspaceId').equals(id).delete();
    await db.templates.where('workspaceId').equals(id).delete();
    await db.roster.delete(id);
    // A post's rating history goes with it, unless another workspace has items on that post too.
    for (const pageKey of pageKeys) {
      if ((await pageItems(db, pageKey).count()) === 0) {
        await db.ratings.where('[pageKey+at]').between([pageKey, -Infinity], [pageKey, Infinity]).delete();
      }
    }
    // Queued batches drop the removed items (those already done stay counted as done).
    const gone = new Set(itemKeys);
    for (const job of await db.jobs.toArray()) {
      if (!job.itemKeys.some((k) => gone.has(k))) continue;
      const keep = job.itemKeys.filter((k) => !gone.has(k));
      const next = job.itemKeys.slice(0, job.next).filter((k) => !gone.has(k)).length;
      if (next >= keep.length) await db.jobs.delete(job.id);
      else await db.jobs.put({ ...job, itemKeys: keep, next });
    }
    await db.workspaces.delete(id);

    const active = (await db.settings.get('activeWorkspaceId'))?.value;
    const activeId = active === id || typeof active !== 'string' ? first.id : active;
    if (activeId !== active) await db.settings.put({ key: 'activeWorkspaceId', value: activeId });

    const stillUsed = new Set((await db.pages.toArray()).flatMap((p) => p.origins));
    const unused = [...new Set(pages.flatMap((p) => p.origins))].filter((o) => !stillUsed.has(o));
    const removed: Removed = {
      name: ws.name,
      pages: pages.length,
      items: itemKeys.length,
      ...counts,
      rosterNames: roster?.hashes.length ?? 0,
      pageIds: pages.map((p) => p.id),
      unused,
      activeId,
    };
    await log(
      db,
      actor,
      now,
      id,
      `Removed workspace “${ws.name}” with ${removed.pages} pages, ${removed.items} items, ${removed.authors} authors, ${removed.incidents} incidents, ${removed.evidence} evidence captures, ${removed.templates} templates and a roster of ${removed.rosterNames} names`,
    );
    return removed;
  });
}
