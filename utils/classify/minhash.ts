/**
 * Near-duplicate detection for pile-ons, where hundreds of strangers post the
 * same sentence with small edits. MinHash over word shingles, with LSH bands so
 * a new text is compared only with texts that share a band.
 */
import { normalizeForMatch, tokens } from './normalize';

const HASHES = 16;
const BANDS = 8; // 8 bands × 2 rows: texts with Jaccard ≥ 0.5 share a band 9 times in 10
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

const SHORT_WORDS = 20;
const STOP = new Set('a an the and or but of to in on at for with my our your me we i you it is was were be been this that so very would not'.split(' '));
/** A short text's words that carry its meaning, crudely stemmed ("recommended" ~ "recommend"), hashed. */
function contentWords(list: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of list) if (!STOP.has(w)) out.push(fnv(w.length > 4 ? w.replace(/(?:ed|ing|s)$/, '') : w));
  return out;
}

/** Word 2-shingles of the normalised text, and its words too when it is short. */
export function shingles(text: string): number[] {
  const list = tokens(normalizeForMatch(text));
  if (list.length < 3) return list.map(fnv);
  // A short text's copies differ by a word or two and their order ("Found a hair in my food and
  // the staff were rude" / "Hair in my food, rude staff"): its meaningful words are compared instead.
  if (list.length < SHORT_WORDS) {
    const content = contentWords(list);
    if (content.length >= 4) return content;
  }
  const words = list.map(fnv);
  const out: number[] = [];
  // A pair of words hashed from the two words' hashes: no strings built.
  for (let i = 0; i < words.length - 1; i++) out.push(mix(words[i] as number, (words[i + 1] as number) ^ 0x5bd1e995));
  return out;
}

/** Minimum hashes of a text's shingles, and the LSH bucket key of each band. */
export interface Signature {
  mins: Uint32Array;
  bands: number[];
}

export function signature(text: string): Signature | null {
  const sh = shingles(text);
  if (sh.length < 3) return null; // too short to call anything a copy
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(x, SEEDS[i] as number);
      if (v < (mins[i] as number)) mins[i] = v;
    }
  }
  // One number per band (band index mixed in), so bucket keys allocate no strings.
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = b * ROWS; r < b * ROWS + ROWS; r++) h = mix(h, mins[r] as number);
    bands.push(h);
  }
  return { mins, bands };
}

export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / HASHES;
}

/** Counting stops here: "20 or more copies" says all a moderator needs. */
export const NEAR_COPY_CAP = 10;

interface Entry {
  sig: Signature;
  at: number;
  /** The count() call that last looked at it: one entry is in up to BANDS buckets. */
  visit: number;
}

/** Entries in time order; those before `head` have left the window. */
interface Bucket {
  entries: Entry[];
  head: number;
}

/** Recent signatures of one page, for "how many near-copies of this came before?" */
export class NearDuplicateIndex {
  private buckets = new Map<number, Bucket>();

  constructor(private readonly windowMs: number, private readonly threshold = 0.5) {}

  /**
   * Near-copies of `sig` posted within the window before `at` (or the shorter
   * `windowMs`), counted up to `cap` (a pile-on of thousands needs no exact
   * count, and this runs per item).
   */
  count(sig: Signature | null, at: number, cap = NEAR_COPY_CAP, windowMs = this.windowMs): number {
    if (!sig) return 0;
    const cutoff = at - Math.min(windowMs, this.windowMs);
    const visit = ++this.visits;
    let n = 0;
    const keys = sig.bands;
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.buckets.get(keys[b] as number);
      if (!bucket) continue;
      // Entries are appended in time order: walk back from the newest.
      for (let i = bucket.entries.length - 1; i >= bucket.head; i--) {
        const e = bucket.entries[i] as Entry;
        if (e.at > at) continue;
        if (e.at < cutoff) break;
        if (e.visit === visit) continue;
        e.visit = visit;
        if (similarity(sig, e.sig) >= this.threshold && ++n >= cap) return n;
      }
    }
    return n;
  }

  add(sig: Signature | null, at: number): void {
    if (!sig) return;
    const entry: Entry = { sig, at, visit: 0 };
    const cutoff = at - this.windowMs;
    const keys = sig.bands;
    for (let b = 0; b < BANDS; b++) {
      const key = keys[b] as number;
      const bucket = this.buckets.get(key);
      if (!bucket) {
        this.buckets.set(key, { entries: [entry], head: 0 });
        continue;
      }
      // Entries arrive in time order: step past the ones that left the window,
      // and compact only now and then (a pile-on fills one bucket fast).
      while (bucket.head < bucket.entries.length && (bucket.entries[bucket.head] as Entry).at < cutoff) bucket.head++;
      if (bucket.head > 256 && bucket.head * 2 > bucket.entries.length) {
        bucket.entries = bucket.entries.slice(bucket.head);
        bucket.head = 0;
      }
      bucket.entries.push(entry);
    }
    if (++this.added % 4096 === 0) this.prune(cutoff);
  }

  private added = 0;
  private visits = 0;

  /** Now and then, forget buckets nobody has added to within the window. */
  private prune(cutoff: number): void {
    for (const [key, bucket] of this.buckets) {
      if ((bucket.entries[bucket.entries.length - 1] as Entry).at < cutoff) this.buckets.delete(key);
    }
  }
}
