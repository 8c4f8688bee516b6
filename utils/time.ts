/**
 * Turns a platform's relative time ("3h", "5m", "2 days ago", "a week ago",
 * "Just now") into an approximate epoch time, given when Keel saw it. Returns
 * null for anything it does not understand: an unknown time is better than a
 * wrong one.
 */
const UNIT_MS: Record<string, number> = {
  s: 1_000, sec: 1_000, second: 1_000,
  m: 60_000, min: 60_000, minute: 60_000, mins: 60_000,
  h: 3_600_000, hr: 3_600_000, hour: 3_600_000, hrs: 3_600_000,
  d: 86_400_000, day: 86_400_000,
  w: 604_800_000, wk: 604_800_000, week: 604_800_000,
  mo: 2_592_000_000, month: 2_592_000_000,
  y: 31_536_000_000, yr: 31_536_000_000, year: 31_536_000_000,
};

export function approxPostedAt(text: string | null, seenAt: number): number | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (/^(?:just now|now|moments? ago)$/.test(t)) return seenAt;
  const m = /^(\d+|an?|one)\s*([a-z]+?)s?(?:\s+ago)?$/.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : 1;
  const unit = UNIT_MS[m[2] ?? ''];
  return unit ? seenAt - n * unit : null;
}
