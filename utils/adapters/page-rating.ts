/**
 * Reading a page's own average rating ("4.8 stars", "Bewertung mit 4,5 von 5
 * Sternen", "TrustScore 3.5 out of 5") and its review count ("212 reviews",
 * "(1.284 Rezensionen)"), in any interface language: numbers, never words.
 * Used by the adapters' `rating()`; small and free of imports, for the
 * content script.
 */

export interface PageRating {
  /** The average the platform shows, 0–5. */
  average: number;
  /** How many reviews the platform says it is based on; null where it does not say. */
  count: number | null;
}

// Arabic-Indic and Persian digits, for labels in those interface languages.
const ascii = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));

/**
 * The first decimal number from 0 to 5 in `label`, with a point or a comma
 * ("4.8", "4,8", "٤٫٨"); null when there is none. "3,9 Sterne" → 3.9.
 */
export function averageIn(label: string | null | undefined): number | null {
  if (!label) return null;
  // \u066b: the Arabic decimal separator ("٤٫٨").
  const m = /(\d+)(?:[.,\u066b](\d+))?/.exec(ascii(label));
  if (!m) return null;
  const value = Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
  return value >= 0 && value <= 5 ? value : null;
}

/**
 * The first whole number in `text`, its thousands separators removed
 * ("1,284 reviews", "1.284 Rezensionen", "1 284 avis", "(37)"); null when there
 * is none, or when the platform rounds it ("1.2k reviews", "3 tys."): a rounded
 * count would draw steps that did not happen.
 */
export function countIn(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /\d{1,3}(?:[.,\s\u00a0\u202f'’]\d{3})+(?!\d)|\d+/.exec(ascii(text));
  if (!m) return null;
  const after = ascii(text).slice(m.index + m[0].length);
  // A decimal part or a multiplier right after the number: rounded.
  if (/^(?:[.,]\d|\s?[kKmM](?![a-z])|\s?(?:tys|mil|Tsd|mln)\b)/.test(after)) return null;
  const n = Number(m[0].replace(/\D/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
