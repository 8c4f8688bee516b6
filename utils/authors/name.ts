/**
 * A display name folded for "same name elsewhere": accents, case, punctuation
 * and spacing do not count ("José  O'Neil" = "jose o neil"). Pure and small:
 * the popup and the background both use it.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name too short to say anything about who wrote it ("A", "."): never matched. */
export const matchableName = (key: string) => key.replace(/ /g, '').length >= 3;

/** An author's names as stored for a name index: folded, matchable ones only, each once. */
export function nameKeysOf(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter(matchableName))];
}
