/**
 * What an evidence row's SHA-256 covers, byte for byte. The fields are written
 * in one fixed order as a JSON array (JSON.stringify of strings, numbers and
 * null is the same in every engine), then a newline, then the PNG's bytes.
 * Nothing is normalised: the hash covers exactly what the row holds, so
 * changing one character of the text or one byte of the picture changes it.
 * Pure: no DOM, no browser APIs, no clock.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { EvidenceRow } from '../db/types';

/** Names the serialisation: a later change of fields or order gets a new name, and old rows still verify. */
export const EVIDENCE_FORMAT = 'keel-evidence/1';

/** The captured fields of a row, without its id, its hash and the screenshot itself. */
export type EvidenceFields = Pick<
  EvidenceRow,
  'itemKey' | 'platform' | 'pageUrl' | 'permalink' | 'author' | 'text' | 'postedAt' | 'postedText' | 'capturedAt'
>;

/** The header line: every field in its fixed place, and the PNG's length (null when there is none). */
export function canonicalHeader(f: EvidenceFields, pngLength: number | null): string {
  return JSON.stringify([
    EVIDENCE_FORMAT,
    f.itemKey,
    f.platform,
    f.pageUrl,
    f.permalink,
    f.author.name,
    f.author.profileUrl,
    f.text,
    f.postedAt,
    f.postedText,
    f.capturedAt,
    pngLength,
  ]);
}

/** The exact bytes the hash is taken over. */
export function canonicalBytes(f: EvidenceFields, png: Uint8Array | null): Uint8Array {
  const head = utf8ToBytes(`${canonicalHeader(f, png ? png.length : null)}\n`);
  if (!png) return head;
  const out = new Uint8Array(head.length + png.length);
  out.set(head, 0);
  out.set(png, head.length);
  return out;
}

/** SHA-256 of the fields and the PNG, as lowercase hex. */
export function evidenceHash(f: EvidenceFields, png: Uint8Array | null): string {
  return bytesToHex(sha256(canonicalBytes(f, png)));
}

/** The first few hex digits, for a sentence ("sha256 ab12cd34…"). */
export const shortHash = (hex: string) => `${hex.slice(0, 12)}…`;
