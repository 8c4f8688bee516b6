/** A workspace's configuration as a 'keel-config/1' file (read from the database; extension pages may read it). */
import type { KeelDb } from '../db';
import { CONFIG_FORMAT, type KeelConfig } from './schema';

export async function buildConfig(db: KeelDb, workspaceId: string, now = Date.now()): Promise<KeelConfig> {
  return db.transaction('r', [db.workspaces, db.templates, db.pages, db.packs], async () => {
    const ws = await db.workspaces.get(workspaceId);
    if (!ws) throw new Error('No such workspace.');
    const templates = (await db.templates.where('workspaceId').equals(workspaceId).toArray())
      .sort((a, b) => a.lineage.localeCompare(b.lineage) || a.version - b.version)
      .map(({ id: _id, workspaceId: _ws, ...t }) => t);
    const pages = (await db.pages.where('workspaceId').equals(workspaceId).sortBy('addedAt')).map((p) => ({ url: p.url, adapter: p.adapter }));
    // Every installed pack: a lead hands the team's whole set, not only those this workspace's pages use.
    const packs = (await db.packs.orderBy('id').toArray()).map((r) => r.pack);
    return {
      format: CONFIG_FORMAT,
      exportedAt: now,
      workspace: { name: ws.name, profile: ws.profile, rules: ws.rules },
      templates,
      pages,
      packs,
    };
  });
}

/** The file name a workspace's configuration is downloaded as. */
export function configFileName(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'workspace';
  return `${slug}.keel-config.json`;
}
