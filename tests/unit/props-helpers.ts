/**
 * Shared pieces of the property-based import tests (props-*.test.ts): a
 * fingerprint of the whole database, and fast-check arbitraries that break a
 * valid file the ways real files break (cut short, a character flipped, a value
 * of the wrong type, huge or deeply nested values, prototype-pollution keys,
 * duplicate keys, unknown formats, NaN/Infinity/-0, lone surrogates).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type Dexie from 'dexie';
import fc from 'fast-check';
import { PACK_STORES } from '../../utils/db/packed';

/** Runs per property: enough to find the bugs below, few enough to keep the suite fast. */
export const RUNS = Number(process.env.KEEL_PROPS_RUNS ?? 150);

async function blobsToHashes(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const bytes = new Uint8Array(await value.arrayBuffer());
    return { $blob: bytesToHex(sha256(bytes)), type: value.type, size: value.size };
  }
  if (Array.isArray(value)) return Promise.all(value.map(blobsToHashes));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = await blobsToHashes((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** JSON with object keys sorted, and the numbers JSON cannot tell apart (-0, NaN, ±Infinity) spelled out. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v))) return `$number:${Object.is(v, -0) ? '-0' : String(v)}`;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/**
 * Every row of every table of `db` (all the database has, not only the tables
 * Keel backs up; the pack stores only as the tables they hold), tables by name, rows in primary-key order, Blobs as SHA-256:
 * two databases hold the same data exactly when their fingerprints are equal.
 */
export async function fingerprint(db: Dexie): Promise<string> {
  // The pack stores are how items and authors are laid out (utils/db/packed.ts), and those tables are here row by row.
  const tables = [...db.tables].filter((t) => !PACK_STORES.includes(t.name)).sort((a, b) => a.name.localeCompare(b.name));
  const dump: Record<string, unknown> = {};
  for (const table of tables) dump[table.name] = await blobsToHashes(await table.toArray());
  return canonical(dump);
}

/** Whether Object.prototype was polluted by a `__proto__` or `constructor` key in a file. */
export const polluted = () => ({}) as Record<string, unknown>;

// ——— Breaking a file's text ———

const RAW = '@@RAW@@';
const DUP = '@@DUP@@';

/** Characters that change JSON's structure or its strings' meaning. */
const NASTY_CHARS = ['{', '}', '[', ']', '"', ',', ':', '\\', ' ', '\n', '0', '-', 'e', 'n', 't', 'f', '\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', 'é', '😀'];
const nastyChar = fc.oneof(fc.constantFrom(...NASTY_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

/**
 * Values of the wrong kind, as raw JSON text (some are not JSON at all: a file
 * may hold anything). Built once: the huge and deep ones are large.
 */
const HUGE = `"${'x'.repeat(300_000)}"`;
const DEEP_ARRAY = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
export const weirdRaw: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'null', 'true', 'false', '0', '-1', '1.5', '-0', '1e999', '-1e999', '1e308', '9007199254740993', 'NaN', 'Infinity', 'undefined',
    '""', '"x"', '[]', '{}', '[null]', '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"', '"\\u202egnp.exe"', '"<img src=x onerror=alert(1)>"',
    '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"__proto__":null}', '"__proto__"',
    HUGE, DEEP_ARRAY, DEEP_OBJECT,
  ),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.double().map((d) => (Number.isFinite(d) ? JSON.stringify(d) : String(d))),
  fc.integer().map(String),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
);

type Path = (string | number)[];

/** Every path to a value inside `json` (the root excluded). */
export function pathsOf(json: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(json)) json.forEach((v, i) => { out.push([...at, i]); pathsOf(v, [...at, i], out); });
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      out.push([...at, k]);
      pathsOf(v, [...at, k], out);
    }
  }
  return out;
}

function parentOf(root: unknown, path: Path): { parent: Record<string | number, unknown>; key: string | number } {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  return { parent: node, key: path[path.length - 1] as string | number };
}

export interface Broken {
  /** What was done, for fast-check's report of a failing case. */
  what: string;
  text: string;
}

/**
 * Ways to break `json` (a valid file's value; `text` is its text): cut it
 * anywhere, flip, insert or delete characters, replace a value with one of
 * the wrong kind, drop a field, add an unknown or a `__proto__` key, repeat a
 * key (JSON keeps the last), put in another format or version.
 */
export function brokenFile(json: unknown, options: { formatPaths?: Path[] } = {}): fc.Arbitrary<Broken> {
  const text = JSON.stringify(json);
  const paths = pathsOf(json);
  const objectPaths: Path[] = [[], ...paths.filter((p) => { const v = parentOf(json, [...p, 'x']).parent; return v && typeof v === 'object' && !Array.isArray(v); })];
  const path = fc.constantFrom(...paths);
  const at = fc.integer({ min: 0, max: text.length });
  const edit = (mutate: (copy: unknown) => void): string => {
    const copy = structuredClone(json);
    mutate(copy);
    return JSON.stringify(copy);
  };
  const withRaw = (s: string, raw: string) => s.replace(JSON.stringify(RAW), () => raw);

  return fc.oneof(
    at.map((i) => ({ what: `cut at ${i}`, text: text.slice(0, i) })),
    fc.tuple(at, nastyChar).map(([i, c]) => ({ what: `char ${i} → ${JSON.stringify(c)}`, text: text.slice(0, i) + c + text.slice(i + 1) })),
    fc.tuple(at, fc.array(nastyChar, { minLength: 1, maxLength: 3 })).map(([i, cs]) => ({ what: `insert ${JSON.stringify(cs.join(''))} at ${i}`, text: text.slice(0, i) + cs.join('') + text.slice(i) })),
    fc.tuple(at, fc.integer({ min: 1, max: 20 })).map(([i, k]) => ({ what: `delete ${k} at ${i}`, text: text.slice(0, i) + text.slice(i + k) })),
    fc.tuple(path, weirdRaw).map(([p, raw]) => ({
      what: `${p.join('.')} = ${raw.slice(0, 40)}`,
      text: withRaw(edit((c) => { const { parent, key } = parentOf(c, p); parent[key] = RAW; }), raw),
    })),
    path.map((p) => ({
      what: `drop ${p.join('.')}`,
      text: edit((c) => { const { parent, key } = parentOf(c, p); if (Array.isArray(parent)) parent.splice(key as number, 1); else delete parent[key]; }),
    })),
    fc.tuple(fc.constantFrom(...objectPaths), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'unknownField', 'hasOwnProperty'), weirdRaw).map(([p, k, raw]) => ({
      what: `add ${[...p, k].join('.')} = ${raw.slice(0, 40)}`,
      text: withRaw(edit((c) => {
        const target = p.length ? (parentOf(c, [...p, 'x']).parent as Record<string, unknown>) : (c as Record<string, unknown>);
        Object.defineProperty(target, DUP, { value: RAW, enumerable: true, configurable: true, writable: true });
      }), raw).replace(JSON.stringify(DUP), JSON.stringify(k)),
    })),
    fc.tuple(path.filter((p) => typeof p[p.length - 1] === 'string'), weirdRaw).map(([p, raw]) => ({
      what: `repeat key ${p.join('.')} = ${raw.slice(0, 40)}`,
      text: withRaw(edit((c) => { const { parent } = parentOf(c, p); parent[DUP] = RAW; }), raw).replace(JSON.stringify(DUP), JSON.stringify(p[p.length - 1])),
    })),
    fc.tuple(fc.constantFrom(...(options.formatPaths ?? [['format']])), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('keel-backup/2', 'keel-config/1', 'keel-pack/1', 'keel-backup/0', 'KEEL-BACKUP/1')))
      .map(([p, v]) => ({ what: `${p.join('.')} = ${JSON.stringify(v)}`, text: edit((c) => { const { parent, key } = parentOf(c, p); parent[key] = v; }) })),
  );
}
