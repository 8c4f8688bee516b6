/**
 * A patient roster from a CSV file (the export of a practice-management system
 * or a spreadsheet): read the table, guess which column holds full names (or
 * which two hold first and last names), and list the names to hash. Pure: no
 * DOM, no storage. The names only pass through: the options page sends them to
 * the background, which keeps salted hashes alone (utils/background/roster.ts).
 * Loaded on demand (import()) so that papaparse stays out of the options bundle.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { normaliseName } from './classify/roster';

/** As the 'roster/replace' message allows. */
export const MAX_NAMES = 100_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_FILE_BYTES = 10_000_000;

export interface RosterTable {
  rows: string[][];
  /** The widest row's number of cells. */
  width: number;
}

export type ReadResult = { ok: true; table: RosterTable } | { ok: false; error: string };

export type NameChoice = { kind: 'full'; column: number } | { kind: 'split'; first: number; last: number };

export interface NamesFound {
  names: string[];
  /** Rows read (after the header, if any). */
  rows: number;
  /** Rows naming someone already listed (same name once case, accents and spacing are folded). */
  duplicates: number;
  /** Rows with no name in the chosen columns. */
  blank: number;
  /** Rows whose name is longer than MAX_NAME_LENGTH characters (not a name: skipped). */
  tooLong: number;
}

const Rows = z.array(z.array(z.string()));

const fold = (h: string) => h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[_\-.]+/g, ' ').replace(/\s+/g, ' ').trim();
const FULL = /^(?:(?:full|display|patient|client|customer|member) ?name|name|patient|client|customer|nom complet|nombre completo|naam)$/;
const FIRST = /^(?:first(?: ?name)?|given(?: ?names?)?|forenames?|christian name|prenom|vorname|nombre)$/;
const LAST = /^(?:last(?: ?name)?|surname|family(?: ?name)?|nom(?: de famille)?|nachname|apellidos?|achternaam)$/;
const HEADER_WORD = /\b(?:name|names|first|last|surname|given|forename|patient|client|email|e mail|phone|mobile|dob|birth|date|id|address|prenom|nom|vorname|nachname|nombre|apellido)\b/;

/** Parses CSV text (comma, semicolon, tab or pipe; quoted fields; CRLF or LF; a leading BOM). */
export function readRosterCsv(text: string): ReadResult {
  // Spreadsheets (.xlsx, .ods are zip files) and other binaries read as text show NULs or the zip signature.
  if (text.startsWith('PK\u0003\u0004') || text.includes('\u0000')) {
    return { ok: false, error: 'This is not a CSV file: it looks like a spreadsheet or another binary file. Save it as CSV (comma-separated values) first.' };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'The file is empty: there is no name to import.' };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  // A file of one column has no delimiter to find: that is fine, each line is one cell.
  const error = parsed.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (error) {
    const where = error.row === undefined ? '' : ` (row ${error.row + 1})`;
    return { ok: false, error: `This file cannot be read as CSV${where}: ${error.message}.` };
  }
  const rows = Rows.safeParse(parsed.data);
  if (!rows.success) return { ok: false, error: 'This file cannot be read as CSV: its rows are not lists of text cells.' };
  const data = rows.data.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  if (data.length === 0) return { ok: false, error: 'The file is empty: there is no name to import.' };
  return { ok: true, table: { rows: data, width: Math.max(...data.map((r) => r.length)) } };
}

/** Whether the first row names the columns ("First name; Last name; Date of birth") rather than a patient. */
export function looksLikeHeader(table: RosterTable): boolean {
  const first = table.rows[0] ?? [];
  return first.some((c) => FULL.test(fold(c)) || FIRST.test(fold(c)) || LAST.test(fold(c)) || HEADER_WORD.test(fold(c)));
}

/** Each column's label (its header, else "Column 3") and a first non-empty example value. */
export function columnsOf(table: RosterTable, header: boolean): { label: string; example: string }[] {
  const body = header ? table.rows.slice(1) : table.rows;
  return Array.from({ length: table.width }, (_, i) => ({
    label: (header && table.rows[0]?.[i]) || `Column ${i + 1}`,
    example: body.find((r) => r[i])?.[i] ?? '',
  }));
}

/** Whether a cell could be part of a person's name: it has letters (not a date, an id or an amount). */
const namey = (cell: string) => /\p{L}/u.test(cell) && !/@|https?:|www\./i.test(cell);

/**
 * The columns that most probably hold names: first and last name columns by
 * their headers, else a full-name column by its header, else the first column
 * whose cells mostly have letters. Null when no column holds names.
 */
export function guessChoice(table: RosterTable, header: boolean): NameChoice | null {
  if (header) {
    const heads = (table.rows[0] ?? []).map(fold);
    const first = heads.findIndex((h) => FIRST.test(h));
    const last = heads.findIndex((h) => LAST.test(h));
    if (first >= 0 && last >= 0) return { kind: 'split', first, last };
    const full = heads.findIndex((h) => FULL.test(h));
    if (full >= 0) return { kind: 'full', column: full };
  }
  const body = header ? table.rows.slice(1) : table.rows;
  for (let i = 0; i < table.width; i++) {
    const cells = body.map((r) => r[i] ?? '').filter(Boolean);
    if (cells.length && cells.filter(namey).length / cells.length >= 0.8) return { kind: 'full', column: i };
  }
  return null;
}

/** The names in the chosen columns, once each, in file order. */
export function namesFrom(table: RosterTable, header: boolean, choice: NameChoice): NamesFound {
  const body = header ? table.rows.slice(1) : table.rows;
  const seen = new Set<string>();
  const out: NamesFound = { names: [], rows: body.length, duplicates: 0, blank: 0, tooLong: 0 };
  for (const row of body) {
    const name = (choice.kind === 'full' ? (row[choice.column] ?? '') : `${row[choice.first] ?? ''} ${row[choice.last] ?? ''}`).replace(/\s+/g, ' ').trim();
    const key = normaliseName(name);
    if (!key || !namey(name)) out.blank++;
    else if (name.length > MAX_NAME_LENGTH) out.tooLong++;
    else if (seen.has(key)) out.duplicates++;
    else {
      seen.add(key);
      out.names.push(name);
    }
  }
  return out;
}

/** What is wrong with a found list before it is sent, in words; null when it can be sent. */
export function namesProblem(found: NamesFound): string | null {
  if (found.names.length === 0) return 'No names in the chosen column: pick the column that holds your patients’ names.';
  if (found.names.length > MAX_NAMES) return `${found.names.length.toLocaleString('en')} names is more than Keel keeps (${MAX_NAMES.toLocaleString('en')}).`;
  return null;
}
