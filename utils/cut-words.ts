/**
 * Words a page shows cut short. Platforms show a long comment or review cut
 * ("I have left three messages… See more") until someone opens it, and cut
 * again on the next load. Keel reads the rest when the moderator opens it (the
 * scanner reads an item again when its words change), and never lets a cut
 * read replace words it once read in full.
 */

const SPACES = /\s+/g;
// A cut's own mark at its end: "…", "...", with the spaces around it.
const CUT_MARK = /[\s.…]+$/;

const flat = (text: string) => text.replace(SPACES, ' ').trim();

/**
 * Whether `shown` is `full` cut short: its first words (a trailing "…" or
 * "..." aside; line breaks and runs of spaces count as one space), and fewer
 * of them. Words that vanished altogether (a block emptied while the page
 * redraws it) count as cut too.
 */
export function isCutOf(shown: string, full: string): boolean {
  return cutOf(flat(shown), flat(full));
}

/** isCutOf of words already flattened. */
function cutOf(words: string, whole: string): boolean {
  if (words === whole) return false;
  const start = words.replace(CUT_MARK, '');
  return whole.length > start.length && whole.startsWith(start);
}

/**
 * Whether a new read of an item's words, `read`, says other words than the
 * ones Keel holds, `held`: not the same (spaces and line breaks aside), and
 * not the same cut short. An edit, or a comment opened in full, does.
 */
export function otherWords(read: string, held: string): boolean {
  if (read === held) return false;
  const words = flat(read);
  const whole = flat(held);
  return words !== whole && !cutOf(words, whole);
}
