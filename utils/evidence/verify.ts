/**
 * Checks a stored evidence row: recomputes the SHA-256 over its fields and its
 * screenshot's bytes (utils/evidence/canonical.ts) and compares it with the
 * hash stored when it was captured. Exports call it for every row they write.
 */
import type { EvidenceRow } from '../db/types';
import { evidenceHash } from './canonical';

export interface Verification {
  ok: boolean;
  /** The hash stored with the row. */
  stored: string;
  /** The hash of what the row holds now. */
  actual: string;
}

/** The PNG's bytes (null when the row has no screenshot). */
export async function screenshotBytes(row: Pick<EvidenceRow, 'screenshot'>): Promise<Uint8Array | null> {
  return row.screenshot ? new Uint8Array(await row.screenshot.arrayBuffer()) : null;
}

/** Whether `row` still holds exactly what was hashed when it was captured. */
export async function verifyEvidence(row: EvidenceRow): Promise<Verification> {
  const actual = evidenceHash(row, await screenshotBytes(row));
  return { ok: actual === row.sha256.toLowerCase(), stored: row.sha256, actual };
}
