// Text normalisation for matching. Defeats the usual obfuscations: zero-width
// characters, look-alike Unicode, leetspeak, s p a c e d letters, stretched
// letters ("kiiiill"). Phrase lists go through the same function, so patterns
// and text always meet in the same form.

const ZERO_WIDTH = /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e',
};

export function normalizeForMatch(text: string): string {
  let t = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(ZERO_WIDTH, '').toLowerCase();
  // Leetspeak only inside words: "k1ll" → "kill", but "24/7" and "5 stars" stay.
  // A "!" that ends a word is punctuation ("Thank you!"), not an "i".
  t = t.replace(/[a-z][0-9@$!|€]+[a-z]?|[@$|€]+[a-z]+/g, (w) => {
    const bang = /!+$/.exec(w)?.[0] ?? '';
    return w.slice(0, w.length - bang.length).replace(/[0-9@$!|€]/g, (c) => LEET[c] ?? c) + bang;
  });
  // Spaced or dotted letters: "k i l l", "k.i.l.l", "k_i_l_l" → "kill". (Not `\b`: "_" is a word character.)
  t = t.replace(/(?<![a-z0-9])[a-z](?:[ .*_-][a-z](?![a-z0-9])){2,}/g, (w) => w.replace(/[ .*_-]/g, ''));
  // Stretched letters: "kiiiill" → "kil" (phrases are collapsed the same way).
  t = t.replace(/([a-z])\1+/g, '$1');
  return t.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled phrase list: one regex, one capture group per phrase. */
export interface PhraseMatcher {
  re: RegExp;
  /** The phrases as a person reads them, `{w}` shown as "…". */
  labels: string[];
}

/**
 * One regex for a list of phrases, matched as whole words on normalised text.
 * `{w}` in a phrase stands for up to two filler words ("burn {w} down").
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const parts = phrases.map(
    (p) =>
      `(${normalizeForMatch(p)
        .split('{w}')
        .map((chunk) => escapeRegExp(chunk.trim()).replace(/ /g, '\\s+'))
        .join('\\s+(?:\\S+\\s+){0,2}')})`,
  );
  return {
    re: new RegExp(`(?<![a-z])(?:${parts.join('|')})(?![a-z])`, 'g'),
    labels: phrases.map((p) => p.replace(/\s*\{w\}\s*/g, ' … ')),
  };
}

/** The distinct phrases of `m` found in normalised `text`, in order of appearance. */
export function allMatches(m: PhraseMatcher, text: string, limit = 5): string[] {
  const found = new Set<string>();
  m.re.lastIndex = 0;
  for (const match of text.matchAll(m.re)) {
    const group = match.findIndex((g, i) => i > 0 && g !== undefined);
    found.add(m.labels[group - 1] ?? match[0]);
    if (found.size >= limit) break;
  }
  return [...found];
}
