import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DISPUTE_COLUMNS, disputeCsv, disputeFilename, disputeItems, FORMULA_START } from '@/utils/export/dispute-csv';
import { item, MIN, T0 } from './export-fixtures';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('dispute CSV', () => {
  const hostile = [
    '=HYPERLINK("http://x.example","click")',
    '+cmd|" /C calc"!A0',
    '@SUM(A1)',
    '-2+3',
    '\t=1+1',
    '\r=1+1',
    '=1+1\nsecond line',
    '＝1+1',
  ];
  const items = [
    ...hostile.map((text, i) => item(i + 1, 'troll', { text })),
    item(20, 'threat', { author: { name: '=evil()', profileUrl: 'https://www.facebook.com/evil' }, text: 'We know where you live, "doctor", see you soon' }),
    item(21, 'spam', { text: 'Buy followers, cheap\r\nnow', postedAt: Date.UTC(2026, 2, 3, 8, 30), postedText: null }),
    item(22, 'genuine', { text: 'My crown fell out and nobody called back' }),
    item(23, 'supporter'),
    item(24, 'unclear'),
    item(25, 'troll', { text: 'name \u202Egnp.exe\u202C here', author: { name: 'Ann \u202Eeve', profileUrl: null } }),
    item(26, 'troll', { text: 'a date, no time', postedAt: Date.UTC(2026, 1, 27), postedText: '2026-2-27' }),
  ];
  const csv = disputeCsv(items);
  const { data, errors, meta } = parse(csv);

  it('writes one row per flagged item, and no patient, supporter or unclear item', () => {
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...DISPUTE_COLUMNS]);
    expect(data.length).toBe(hostile.length + 4);
    expect(data.map((r) => r.label)).not.toContain('Patient / customer');
    expect(data.map((r) => r['item key'])).toEqual(disputeItems(items).map((i) => i.key));
  });

  it('escapes every cell a spreadsheet would run as a formula, and only those', () => {
    const byKey = new Map(data.map((r) => [r['item key'], r]));
    hostile.forEach((text, i) => {
      expect(byKey.get(`facebook:c${i + 1}`)?.text).toBe(`'${text}`);
    });
    expect(byKey.get('facebook:c20')?.author).toBe("'=evil()");
    expect(byKey.get('facebook:c20')?.text).toBe('We know where you live, "doctor", see you soon');
    for (const row of data) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
  });

  it('keeps the text exactly otherwise: quotes, commas, line breaks and direction marks', () => {
    const byKey = new Map(data.map((r) => [r['item key'], r]));
    expect(byKey.get('facebook:c21')?.text).toBe('Buy followers, cheap\r\nnow');
    expect(byKey.get('facebook:c25')?.text).toBe('name \u202Egnp.exe\u202C here');
    expect(byKey.get('facebook:c25')?.author).toBe('Ann \u202Eeve');
  });

  it('gives the time as ISO where the platform showed one, else its wording and when Keel first saw it', () => {
    const byKey = new Map(data.map((r) => [r['item key'], r]));
    expect(byKey.get('facebook:c21')).toMatchObject({ posted: '2026-03-03T08:30:00Z', 'posted as shown': '' });
    // A date shown without a time of day stays a date.
    expect(byKey.get('facebook:c26')).toMatchObject({ posted: '2026-02-27', 'posted as shown': '2026-2-27' });
    expect(byKey.get('facebook:c1')).toMatchObject({ posted: '', 'posted as shown': '1h', 'first seen': new Date(T0 + MIN).toISOString().replace('.000', '') });
  });

  it('names the platform’s report reason, marked when the wording is not confirmed', () => {
    const byKey = new Map(data.map((r) => [r['item key'], r]));
    expect(byKey.get('facebook:c20')).toMatchObject({
      platform: 'Facebook',
      label: 'Threat',
      'report reason': 'Violent, hateful or disturbing content → Credible threat of violence (or the closest option)',
      permalink: 'https://www.facebook.com/HarboursideDental/posts/123?comment_id=c20',
      'author profile': 'https://www.facebook.com/evil',
    });
    const maps = parse(disputeCsv([item(1, 'troll', { platform: 'google-maps', reasons: ['One of 12 near-identical recent items.'] })])).data[0];
    expect(maps?.['report reason']).toBe('Off topic');
  });

  it('joins the reasons so they stay in one cell', () => {
    const row = parse(disputeCsv([item(1, 'troll', { reasons: ['Pile-on wording: “fire her”.', 'Uses hashtags, as campaigns do.'] })])).data[0];
    expect(row?.reasons).toBe('Pile-on wording: “fire her”. | Uses hashtags, as campaigns do.');
  });

  it('has only a header when nothing is flagged', () => {
    const empty = parse(disputeCsv([item(1, 'genuine')]));
    expect(empty.meta.fields).toEqual([...DISPUTE_COLUMNS]);
    expect(empty.data).toEqual([]);
  });

  it('names the file after the page and the date', () => {
    expect(disputeFilename('https://www.facebook.com/HarboursideDental/posts/123', Date.UTC(2026, 2, 4, 23, 0))).toBe(
      'keel-dispute-facebook-com-harboursidedental-posts-123-2026-03-04.csv',
    );
  });
});
