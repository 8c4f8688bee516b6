/**
 * Near-duplicate detection for pile-ons, where hundreds of strangers post the
 * same sentence with small edits. MinHash over word shingles, with LSH bands so
 * a new text is compared only with texts that share a band.
 */
import { normalizeForMatch } from './normalize';

const HASHES = 24;
const BANDS = 8; // 8 bands × 3 rows: texts with Jaccard ≳ 0.5 usually share a band
const ROWS = HASHES / BANDS;
// Fixed seeds: signatures are comparable across runs and with stored rows.
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** One of HASHES independent 32-bit mixes of a shingle hash (murmur3's finaliser). */
function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Word 2-shingles of the normalised text (single words for very short texts). */
export function shingles(text: string): number[] {
  const words = normalizeForMatch(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 3) return words.map(fnv);
  const out: number[] = [];
  for (let i = 0; i < words.length - 1; i++) out.push(fnv(`${words[i]} ${words[i + 1]}`));
  return out;
}

export type Signature = number[];

export function signature(text: string): Signature | null {
  const sh = shingles(text);
  if (sh.length < 3) return null; // too short to call anything a copy
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(x, SEEDS[i] as number);
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

interface Entry {
  sig: Signature;
  at: number;
}

/** Recent signatures of one page, for "how many near-copies of this came before?" */
export class NearDuplicateIndex {
  private buckets = new Map<string, Entry[]>();
  private all: Entry[] = [];

  constructor(private readonly windowMs: number, private readonly threshold = 0.5) {}

  /** Near-copies of `sig` posted within the window before `at`. */
  count(sig: Signature | null, at: number): number {
    if (!sig) return 0;
    const seen = new Set<Entry>();
    for (let b = 0; b < BANDS; b++) {
      for (const e of this.buckets.get(this.key(sig, b)) ?? []) {
        if (seen.has(e) || e.at < at - this.windowMs || e.at > at) continue;
        seen.add(e);
      }
    }
    let n = 0;
    for (const e of seen) if (similarity(sig, e.sig) >= this.threshold) n++;
    return n;
  }

  add(sig: Signature | null, at: number): void {
    if (!sig) return;
    const entry = { sig, at };
    this.all.push(entry);
    for (let b = 0; b < BANDS; b++) {
      const key = this.key(sig, b);
      const list = this.buckets.get(key);
      if (list) list.push(entry);
      else this.buckets.set(key, [entry]);
    }
    if (this.all.length % 512 === 0) this.prune(at);
  }

  private key(sig: Signature, band: number): string {
    return `${band}:${sig.slice(band * ROWS, band * ROWS + ROWS).join(',')}`;
  }

  private prune(now: number): void {
    const cutoff = now - this.windowMs;
    this.all = this.all.filter((e) => e.at >= cutoff);
    for (const [key, list] of this.buckets) {
      const kept = list.filter((e) => e.at >= cutoff);
      if (kept.length) this.buckets.set(key, kept);
      else this.buckets.delete(key);
    }
  }
}
