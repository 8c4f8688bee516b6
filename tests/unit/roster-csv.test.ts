import { describe, expect, test } from 'vitest';
import { columnsOf, guessChoice, looksLikeHeader, namesFrom, namesProblem, readRosterCsv, type RosterTable } from '@/utils/roster-csv';

function table(text: string): RosterTable {
  const r = readRosterCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

/** The names the import would send, with the guessed columns and header. */
function names(text: string) {
  const t = table(text);
  const header = looksLikeHeader(t);
  const choice = guessChoice(t, header);
  if (!choice) throw new Error('no name column');
  return { header, choice, ...namesFrom(t, header, choice) };
}

describe('readRosterCsv → names', () => {
  test('a header with a full-name column: quoted fields keep their commas and quotes', () => {
    const r = names('id,Full name,Date of birth\n1,"Murr, Ada",1980-01-02\n2,"Noor ""Nini"" Haddad",1975-05-06\n3,Gil Brandt,1990-09-09\n');
    expect(r.header).toBe(true);
    expect(r.choice).toEqual({ kind: 'full', column: 1 });
    expect(r.names).toEqual(['Murr, Ada', 'Noor "Nini" Haddad', 'Gil Brandt']);
    expect(r).toMatchObject({ rows: 3, duplicates: 0, blank: 0, tooLong: 0 });
  });

  test('a BOM, CRLF line ends and semicolons (a European spreadsheet export); first and last name columns are joined', () => {
    const r = names('\uFEFFPrénom;Nom;Téléphone\r\nAda;Murr;0601\r\nNoor;Haddad;0602\r\n');
    expect(r.header).toBe(true);
    expect(r.choice).toEqual({ kind: 'split', first: 0, last: 1 });
    expect(r.names).toEqual(['Ada Murr', 'Noor Haddad']);
  });

  test('tabs and English split headers in any order', () => {
    const r = names('Surname\tGiven name\tDOB\nMurr\tAda\t1980\nBrandt\tGil\t1990\n');
    expect(r.choice).toEqual({ kind: 'split', first: 1, last: 0 });
    expect(r.names).toEqual(['Ada Murr', 'Gil Brandt']);
  });

  test('empty rows (blank lines, rows of empty cells, a blank name) are skipped and counted', () => {
    const r = names('Name,Phone\n\nAda Murr,1\n,,\n   \n,2\nGil Brandt,3\n\n');
    expect(r.names).toEqual(['Ada Murr', 'Gil Brandt']);
    expect(r.rows).toBe(3);
    expect(r.blank).toBe(1);
  });

  test('duplicate names (case, accents, spacing, titles) are sent once and counted', () => {
    const r = names('name\nÁda Murr\nada  murr\nDr. Ada Murr\nGil Brandt\nGIL BRANDT\nNoor Haddad\n');
    expect(r.names).toEqual(['Áda Murr', 'Gil Brandt', 'Noor Haddad']);
    expect(r.duplicates).toBe(3);
  });

  test('one name per line without a header: a single column is fine', () => {
    const r = names('Ada Murr\nGil Brandt\n');
    expect(r.header).toBe(false);
    expect(r.choice).toEqual({ kind: 'full', column: 0 });
    expect(r.names).toEqual(['Ada Murr', 'Gil Brandt']);
  });

  test('without a header, the first column of mostly letters holds the names (ids, dates and emails are not names)', () => {
    const r = names('1001,ada@example.com,Ada Murr,2020-01-01\n1002,gil@example.com,Gil Brandt,2021-02-02\n');
    expect(r.choice).toEqual({ kind: 'full', column: 2 });
    expect(r.names).toEqual(['Ada Murr', 'Gil Brandt']);
  });

  test('a name too long to be one is skipped and counted', () => {
    const r = names(`name\nAda Murr\n${'x'.repeat(201)}\n`);
    expect(r.names).toEqual(['Ada Murr']);
    expect(r.tooLong).toBe(1);
  });

  test('the user may pick another column; columns are labelled by header with an example', () => {
    const t = table('Patient,Guardian\nAda Murr,Ann Murr\nGil Brandt,\n');
    expect(columnsOf(t, true)).toEqual([
      { label: 'Patient', example: 'Ada Murr' },
      { label: 'Guardian', example: 'Ann Murr' },
    ]);
    expect(columnsOf(t, false)[0]).toEqual({ label: 'Column 1', example: 'Patient' });
    const guardian = namesFrom(t, true, { kind: 'full', column: 1 });
    expect(guardian.names).toEqual(['Ann Murr']);
    expect(guardian.blank).toBe(1);
  });
});

describe('bad files get a clear message', () => {
  test.each([
    ['an empty file', '', /empty/],
    ['only blank lines and a BOM', '\uFEFF\r\n\r\n  \n', /empty/],
    ['only empty cells', ',,\n , ,\n', /empty/],
    ['a spreadsheet (zip) read as text', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', /not a CSV file.*spreadsheet/],
    ['a binary with NULs', 'abc\u0000def', /not a CSV file/],
    ['an unclosed quote', 'name\n"Ada Murr\nGil Brandt\n', /cannot be read as CSV.*row/],
  ])('%s', (_what, text, message) => {
    const r = readRosterCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test('no column holds names: no choice, and an empty pick says what to do', () => {
    const t = table('id,visits,last visit\n1,3,2024-01-01\n2,5,2024-02-02\n');
    expect(guessChoice(t, looksLikeHeader(t))).toBeNull();
    const none = namesFrom(t, true, { kind: 'full', column: 1 });
    expect(none.names).toEqual([]);
    expect(namesProblem(none)).toMatch(/No names in the chosen column/);
    expect(namesProblem(namesFrom(table('name\nAda Murr\n'), true, { kind: 'full', column: 0 }))).toBeNull();
  });
});
