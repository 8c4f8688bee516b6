/**
 * The patient roster, kept only as salted SHA-256 hashes of normalised names:
 * no plain name is ever stored. A reviewer whose name hashes to a roster entry
 * is very probably a real patient, and must never be treated as a troll.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface RosterIndex {
  salt: string;
  hashes: ReadonlySet<string>;
}

/** "Dr. Ána  O'Neil-Smith " → "ana oneil smith": case, accents, titles, punctuation and spacing fold away. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(?:dr|mr|mrs|ms|miss|mx|prof)\b\.?/g, ' ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function hashName(salt: string, name: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${salt}\u0000${normaliseName(name)}`)));
}

export function buildRoster(salt: string, names: readonly string[]): RosterIndex {
  return { salt, hashes: new Set(names.filter((n) => normaliseName(n)).map((n) => hashName(salt, n))) };
}

export function onRoster(roster: RosterIndex | null | undefined, name: string): boolean {
  if (!roster || roster.hashes.size === 0 || !normaliseName(name)) return false;
  return roster.hashes.has(hashName(roster.salt, name));
}
