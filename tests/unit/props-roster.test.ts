/**
 * Bad rosters change nothing (property-based). The options page reads a CSV
 * file (utils/roster-csv.ts), picks the name columns, and sends the names in
 * roster/replace; the background hashes them. A broken CSV never throws: it is
 * refused in words (with its row when the CSV itself is bad), or it yields
 * names that the background's own check accepts, every one of them. A page that
 * forges roster/replace with anything else is refused naming the field, and the
 * roster stays as it was.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { replaceRoster } from '../../utils/background/roster';
import { KeelDb, type RosterRow } from '../../utils/db';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers } from '../../utils/messaging/server';
import { columnsOf, guessChoice, looksLikeHeader, namesFrom, namesProblem, readRosterCsv } from '../../utils/roster-csv';
import { fillAndCount } from './backup-fill';
import { fingerprint, polluted, RUNS, weirdRaw } from './props-helpers';

const READ_ERROR = /^(?:This is not a CSV file: |The file is empty: |This file cannot be read as CSV(?: \(row \d+\))?: )/;

let db: KeelDb;
let dbPrint: string;
let roster: RosterRow | undefined;

beforeAll(async () => {
  db = new KeelDb(`keel-props-roster-${Date.now()}`);
  await db.open();
  await fillAndCount(db);
  await replaceRoster(db, ['Ada Byrne', 'Bea Cole']);
  roster = await db.roster.get('default');
  dbPrint = await fingerprint(db);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});
beforeEach(() => fakeBrowser.reset());

const unexpected = async (): Promise<never> => {
  throw new Error('not called in this test');
};
const handlers = () =>
  ({
    ...(Object.fromEntries((Object.keys(protocol) as MessageType[]).map((t) => [t, unexpected])) as unknown as Handlers),
    'roster/replace': ({ names }) => replaceRoster(db, names),
  }) satisfies Handlers;
const sender = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });

/** A practice-management export: a header, then patients, some cells quoted, in one of the usual delimiters. */
const cell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('Ada', 'Byrne', "O'Neil", 'José', 'Nguyễn', 'Dr. Smith', '=HYPERLINK("x")', '+cmd', '@SUM(A1)', '1990-01-01', 'a@b.example'),
);
const csvFile = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n'),
    header: fc.constantFrom(['First name', 'Last name', 'Date of birth'], ['Patient', 'Phone'], ['Name'], null),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
    bom: fc.boolean(),
  })
  .map(({ delimiter, newline, header, rows, bom }) => {
    const quote = (c: string) => (/["\r\n,;\t|]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const lines = [...(header ? [header] : []), ...rows].map((r) => r.map(quote).join(delimiter));
    return (bom ? '\uFEFF' : '') + lines.join(newline);
  });

const NASTY = fc.constantFrom('"', '""', '\u0000', '\r', '\n', ',', ';', '\t', '\ud800', '\ufeff', '\u202e', 'PK\u0003\u0004', 'x'.repeat(300));
/** A CSV file broken the ways files break: cut short, characters flipped or inserted, a binary file, a huge cell. */
const brokenCsv = fc.oneof(
  csvFile,
  fc.tuple(csvFile, fc.nat()).map(([t, i]) => t.slice(0, i % (t.length + 1))),
  fc.tuple(csvFile, fc.nat(), NASTY).map(([t, i, c]) => {
    const at = i % (t.length + 1);
    return t.slice(0, at) + c + t.slice(at + 1);
  }),
  fc.tuple(csvFile, fc.nat(), fc.array(NASTY, { minLength: 1, maxLength: 3 })).map(([t, i, cs]) => {
    const at = i % (t.length + 1);
    return t.slice(0, at) + cs.join('') + t.slice(at);
  }),
  csvFile.map((t) => `PK\u0003\u0004${t}`),
  csvFile.map((t) => `${t}\nAda ${'x'.repeat(250)},Byrne`),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '\uFEFF', '\n\n\n', ',,,\n;;;', '"unterminated, quote\nAda Byrne'),
);

describe('a bad roster changes nothing', () => {
  test('a broken CSV is refused in words, or gives names the background takes, all of them', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(brokenCsv, fc.boolean(), async (text, overrideHeader) => {
        const read = readRosterCsv(text);
        if (!read.ok) {
          refused++;
          expect(read.error).toMatch(READ_ERROR);
          return;
        }
        const header = overrideHeader ? !looksLikeHeader(read.table) : looksLikeHeader(read.table);
        expect(columnsOf(read.table, header)).toHaveLength(read.table.width);
        const choice = guessChoice(read.table, header);
        if (!choice) return;
        const found = namesFrom(read.table, header, choice);
        expect(found.names.length + found.duplicates + found.blank + found.tooLong).toBe(found.rows);
        if (namesProblem(found)) return;
        const reply = await dispatch(handlers(), { keel: 1, type: 'roster/replace', payload: { names: found.names } }, sender(), () => undefined);
        // What the options page lets through, the background stores: every name, each once.
        expect(reply).toEqual({ ok: true, data: { count: found.names.length } });
        if (roster) await db.roster.put(roster);
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(db)).toBe(dbPrint);
    expect(refused).toBeGreaterThan(0);
  }, 60_000);

  test('a forged roster/replace is refused naming the field, and the roster stays', async () => {
    const name = fc.oneof(fc.string({ maxLength: 30 }), fc.constant(''), fc.constant('   '), fc.constant('x'.repeat(201)));
    const forged = fc.oneof(
      weirdRaw.map((raw) => {
        try {
          return { names: JSON.parse(raw) as unknown };
        } catch {
          return { names: raw };
        }
      }),
      fc.array(fc.oneof(name, fc.integer(), fc.constant(null), fc.constant({ __proto__: { polluted: true } })), { minLength: 1, maxLength: 5 }).map((names) => ({ names })),
      fc.constant({ names: Array.from({ length: 100_001 }, (_, i) => `Name ${i}`) }),
      fc.constant({}),
      fc.constant(null),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(forged, async (payload) => {
        const reply = await dispatch(handlers(), { keel: 1, type: 'roster/replace', payload }, sender(), () => undefined);
        expect(polluted().polluted).toBeUndefined();
        if (reply.ok) {
          if (roster) await db.roster.put(roster);
          return;
        }
        refused++;
        expect(reply.error).toMatch(/^Invalid "roster\/replace" payload: [\s\S]*(→ at names|expected object)/);
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(db)).toBe(dbPrint);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 60_000);
});
