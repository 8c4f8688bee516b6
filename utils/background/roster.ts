/**
 * The workspace's patient roster, stored only as salted SHA-256 hashes of
 * normalised names. The salt is random per workspace and made on first use.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { buildRoster } from '../classify/roster';
import { activeWorkspace, type KeelDb } from '../db';

export async function replaceRoster(db: KeelDb, names: string[]): Promise<{ count: number }> {
  const workspace = await activeWorkspace(db);
  return db.transaction('rw', db.roster, async () => {
    const existing = await db.roster.get(workspace.id);
    const salt = existing?.salt ?? bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
    const roster = buildRoster(salt, names);
    await db.roster.put({ workspaceId: workspace.id, salt, hashes: [...roster.hashes] });
    return { count: roster.hashes.size };
  });
}
