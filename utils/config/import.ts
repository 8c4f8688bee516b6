/**
 * Merging a 'keel-config/1' file into a workspace, idempotently: importing the
 * same file twice leaves the database as importing it once. Pages are merged
 * by address, packs keep the higher version, templates by lineage and version
 * (keeping the file's approval), the profile and rules are the file's.
 *
 * Everything is decided before the one transaction that writes: which pages
 * have their host access (asking the browser cannot happen inside a
 * transaction), and which addresses Keel can read at all.
 */
import { type KeelDb, type PageRow, type TemplateRow, type Workspace, activeWorkspace } from '../db';
import type { Pack } from '../packs/schema';
import { pageTarget } from '../pages';
import { sameJson } from './same';
import type { KeelConfig } from './schema';

export type ImportInto = { kind: 'active' } | { kind: 'new'; name: string };

export interface ImportReport {
  workspaceId: string;
  workspaceName: string;
  /** A new workspace was made (false: merged into the active one, or into one of the same name). */
  created: boolean;
  profileChanged: boolean;
  pagesAdded: string[];
  pagesKept: number;
  /** Pages not added, each with why (no access, an address Keel cannot read). */
  pagesRefused: { url: string; reason: string }[];
  packsStored: number;
  packsKept: number;
  templatesAdded: number;
  templatesUpdated: number;
  templatesKept: number;
  /** The host access the added pages need (to start Keel in open tabs). */
  origins: string[];
}

/** Packs after the merge: for each id, the higher version. */
function mergedPacks(installed: readonly Pack[], incoming: readonly Pack[]): Pack[] {
  const byId = new Map(installed.map((p) => [p.id, p]));
  for (const p of incoming) {
    const have = byId.get(p.id);
    if (!have || have.version < p.version) byId.set(p.id, p);
  }
  return [...byId.values()];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function importConfig(
  db: KeelDb,
  config: KeelConfig,
  into: ImportInto,
  granted: (origins: string[]) => Promise<boolean>,
  actor: string,
  now: number,
): Promise<ImportReport> {
  const packs = mergedPacks((await db.packs.toArray()).map((r) => r.pack), config.packs);
  const pagesRefused: ImportReport['pagesRefused'] = [];
  const pages: { url: string; adapter: string; origins: string[] }[] = [];
  for (const page of config.pages) {
    const target = pageTarget(page.url, packs);
    if (!target.ok) {
      pagesRefused.push({ url: page.url, reason: target.error });
      continue;
    }
    if (!(await granted(target.target.origins))) {
      pagesRefused.push({ url: page.url, reason: `Keel was not given access to ${target.target.origins.join(', ')}.` });
      continue;
    }
    if (!pages.some((p) => p.url === target.target.url)) pages.push(target.target);
  }

  return db.transaction('rw', [db.workspaces, db.settings, db.pages, db.packs, db.templates, db.actions], async () => {
    const changes: string[] = [];
    let ws: Workspace | undefined;
    let created = false;
    if (into.kind === 'active') {
      ws = await activeWorkspace(db);
      if (!(await db.workspaces.get(ws.id))) throw new Error('The active workspace is gone: choose one and import again.');
    } else {
      // The same file imported as new twice lands in the one workspace the first import made.
      ws = (await db.workspaces.toArray()).find((w) => sameName(w.name, into.name));
      if (!ws) {
        ws = { id: crypto.randomUUID(), name: into.name.trim(), profile: config.workspace.profile, rules: config.workspace.rules, createdAt: now };
        await db.workspaces.add(ws);
        created = true;
        changes.push(`made workspace “${ws.name}”`);
      }
    }
    const workspaceId = ws.id;
    const profileChanged = !created && !(sameJson(ws.profile, config.workspace.profile) && sameJson(ws.rules, config.workspace.rules));
    if (profileChanged) {
      await db.workspaces.update(workspaceId, { profile: config.workspace.profile, rules: config.workspace.rules });
      changes.push('profile and rules');
    }

    let packsStored = 0;
    for (const pack of config.packs) {
      const before = await db.packs.get(pack.id);
      if (before && before.pack.version >= pack.version) continue;
      await db.packs.put({ id: pack.id, pack, updatedAt: now });
      packsStored++;
      changes.push(`pack ${pack.id} v${pack.version}`);
    }

    const pagesAdded: string[] = [];
    for (const page of pages) {
      const same = await db.pages.where('url').equals(page.url).filter((p) => p.workspaceId === workspaceId).first();
      if (same) continue;
      const row: PageRow = { id: crypto.randomUUID(), workspaceId, url: page.url, adapter: page.adapter, origins: page.origins, addedAt: now };
      await db.pages.add(row);
      pagesAdded.push(page.url);
      changes.push(`page ${page.url}`);
    }

    const existing = await db.templates.where('workspaceId').equals(workspaceId).toArray();
    let templatesAdded = 0;
    let templatesUpdated = 0;
    for (const t of config.templates) {
      const have = existing.find((e) => e.lineage === t.lineage && e.version === t.version);
      if (!have) {
        const row: TemplateRow = { id: crypto.randomUUID(), workspaceId, ...t };
        await db.templates.add(row);
        templatesAdded++;
        continue;
      }
      const { id, workspaceId: _ws, ...mine } = have;
      if (sameJson(mine, t)) continue;
      // One lineage and version is one wording: the file's, with the approval it carries.
      await db.templates.put({ id, workspaceId, ...t });
      templatesUpdated++;
    }
    if (templatesAdded || templatesUpdated) changes.push(`${templatesAdded + templatesUpdated} templates`);

    // Logged only when something changed: a second import of the same file leaves no trace, as it changes nothing.
    if (changes.length) {
      await db.actions.add({
        at: now,
        actor,
        kind: 'configured',
        cause: 'import',
        itemKey: null,
        authorKey: null,
        incidentId: null,
        workspaceId,
        undoes: null,
        detail: `Imported configuration into “${ws.name}”: ${changes.join(', ')}`.slice(0, 2_000),
      });
    }
    return {
      workspaceId,
      workspaceName: ws.name,
      created,
      profileChanged,
      pagesAdded,
      pagesKept: pages.length - pagesAdded.length,
      pagesRefused,
      packsStored,
      packsKept: config.packs.length - packsStored,
      templatesAdded,
      templatesUpdated,
      templatesKept: config.templates.length - templatesAdded - templatesUpdated,
      origins: [...new Set(pages.filter((p) => pagesAdded.includes(p.url)).flatMap((p) => p.origins))],
    };
  });
}
