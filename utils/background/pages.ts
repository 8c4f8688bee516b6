/**
 * The business's own pages and the selector packs, as the background keeps
 * them. Only the background writes; extension pages read the tables live.
 * Adding a page is idempotent per workspace and address, and is written to the
 * audit log like every other change a moderator makes.
 */
import type { KeelDb, PageRow } from '../db';
import { activeWorkspace } from '../db';
import type { Pack } from '../packs/schema';
import { packFor, pageCovers, pageTarget } from '../pages';

export class PageError extends Error {
  override name = 'PageError';
}

export async function allPacks(db: KeelDb): Promise<Pack[]> {
  return (await db.packs.toArray()).map((row) => row.pack);
}

/**
 * Adds `input` as one of the workspace's pages. `granted` tells whether the
 * browser has given Keel the page's host access (the extension page asked for
 * it first, on the user's click): without it nothing is stored.
 */
export async function addPage(
  db: KeelDb,
  request: { url: string; workspaceId?: string | undefined },
  granted: (origins: string[]) => Promise<boolean>,
  actor: string,
  now: number,
): Promise<PageRow> {
  const target = pageTarget(request.url, await allPacks(db));
  if (!target.ok) throw new PageError(target.error);
  const { url, adapter, origins } = target.target;
  if (!(await granted(origins))) {
    throw new PageError(`Keel was not given access to ${origins.join(', ')}. Add the page again and choose Allow.`);
  }
  const workspaceId = request.workspaceId ?? (await activeWorkspace(db)).id;
  return db.transaction('rw', [db.pages, db.workspaces, db.actions], async () => {
    if (!(await db.workspaces.get(workspaceId))) throw new PageError('No such workspace.');
    const same = await db.pages.where('url').equals(url).filter((p) => p.workspaceId === workspaceId).first();
    if (same) return same;
    const row: PageRow = { id: crypto.randomUUID(), workspaceId, url, adapter, origins, addedAt: now };
    await db.pages.add(row);
    await db.actions.add({ at: now, actor, kind: 'configured', itemKey: null, detail: `Added page ${url}`, cause: 'moderator' });
    return row;
  });
}

/** Removes a page; answers the host access no remaining page needs (for the caller to give back). */
export async function removePage(db: KeelDb, id: string, actor: string, now: number): Promise<{ removed: boolean; unused: string[] }> {
  return db.transaction('rw', [db.pages, db.actions], async () => {
    const row = await db.pages.get(id);
    if (!row) return { removed: false, unused: [] };
    await db.pages.delete(id);
    await db.actions.add({ at: now, actor, kind: 'configured', itemKey: null, detail: `Removed page ${row.url}`, cause: 'moderator' });
    const stillUsed = new Set((await db.pages.toArray()).flatMap((p) => p.origins));
    return { removed: true, unused: row.origins.filter((o) => !stillUsed.has(o)) };
  });
}

/** The page `href` is on, if it is one of the business's own, with the pack that reads it. */
export async function lookupPage(db: KeelDb, href: string, owner: string | null): Promise<{ page: PageRow; pack: Pack | null } | null> {
  const pages = await db.pages.toArray();
  // The most specific page wins when two cover one address.
  const page = pages.filter((p) => pageCovers(p.url, href, owner)).sort((a, b) => b.url.length - a.url.length)[0];
  if (!page) return null;
  // The page's own pack, else a pack installed since that matches the address (a repair of a built-in adapter).
  const packs = await allPacks(db);
  const pack = packs.find((p) => p.id === page.adapter) ?? packFor(href, packs);
  return { page, pack };
}

/**
 * Stores a pack (already validated with PackSchema). An explicit save replaces
 * what is stored; a merged import keeps the higher version.
 */
export async function savePack(db: KeelDb, pack: Pack, mode: 'replace' | 'merge', actor: string, now: number): Promise<{ id: string; stored: boolean }> {
  return db.transaction('rw', [db.packs, db.actions], async () => {
    const before = await db.packs.get(pack.id);
    if (before && mode === 'merge' && before.pack.version >= pack.version) return { id: pack.id, stored: false };
    await db.packs.put({ id: pack.id, pack, updatedAt: now });
    await db.actions.add({ at: now, actor, kind: 'configured', itemKey: null, detail: `${before ? 'Updated' : 'Added'} selector pack ${pack.id} v${pack.version}`, cause: 'moderator' });
    return { id: pack.id, stored: true };
  });
}

export async function removePack(db: KeelDb, id: string, actor: string, now: number): Promise<{ removed: boolean }> {
  return db.transaction('rw', [db.packs, db.pages, db.actions], async () => {
    const users = await db.pages.filter((p) => p.adapter === id).toArray();
    if (users.length) {
      throw new PageError(`Pack ${id} reads ${users.map((p) => p.url).join(', ')}: remove ${users.length === 1 ? 'that page' : 'those pages'} first.`);
    }
    if (!(await db.packs.get(id))) return { removed: false };
    await db.packs.delete(id);
    await db.actions.add({ at: now, actor, kind: 'configured', itemKey: null, detail: `Removed selector pack ${id}`, cause: 'moderator' });
    return { removed: true };
  });
}
