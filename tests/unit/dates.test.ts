import { describe, expect, test } from 'vitest';
import { dateText, monthIndex, parseDatetime, parseShownDate } from '../../utils/adapters/dates';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseShownDate: a date without a time, in the languages review sites show', () => {
  test.each([
    // English (US, UK)
    ['Mar 14, 2024', '2024-03-14'],
    ['March 14, 2024', '2024-03-14'],
    ['14 Mar 2024', '2024-03-14'],
    ['Sept 3, 2023', '2023-09-03'],
    // German, French, Spanish, Italian, Dutch, Portuguese, Scandinavian
    ['14. März 2024', '2024-03-14'],
    ['14. Mär. 2024', '2024-03-14'],
    ['21 mars 2024', '2024-03-21'],
    ['2 févr. 2024', '2024-02-02'],
    ['1er janv. 2024', '2024-01-01'],
    ['30 décembre 2023', '2023-12-30'],
    ['14 de marzo de 2024', '2024-03-14'],
    ['3 ago 2023', '2023-08-03'],
    ['14 marzo 2024', '2024-03-14'],
    ['9 dic 2022', '2022-12-09'],
    ['14 maart 2024', '2024-03-14'],
    ['14 mrt. 2024', '2024-03-14'],
    ['5 mei 2024', '2024-05-05'],
    ['14 de março de 2024', '2024-03-14'],
    ['7 out. 2023', '2023-10-07'],
    ['14 maj 2024', '2024-05-14'],
    // Polish, Czech, Turkish, Romanian, Finnish, Russian, Greek
    ['12 marca 2025', '2025-03-12'],
    ['3 października 2024', '2024-10-03'],
    ['3 paź 2024', '2024-10-03'],
    ['1 listopad 2023', '2023-11-01'],
    ['12. března 2025', '2025-03-12'],
    ['28. července 2024', '2024-07-28'],
    ['5 Mayıs 2024', '2024-05-05'],
    ['1 Kasım 2023', '2023-11-01'],
    ['19 Ağustos 2022', '2022-08-19'],
    ['12 martie 2025', '2025-03-12'],
    ['7 noiembrie 2024', '2024-11-07'],
    ['12. maaliskuuta 2025', '2025-03-12'],
    ['2. marraskuuta 2024', '2024-11-02'],
    ['12 марта 2025', '2025-03-12'],
    ['9 мая 2024', '2024-05-09'],
    ['12 Μαρτίου 2025', '2025-03-12'],
    // Year first (ISO, Japanese sites) and CJK
    ['2024-03-14', '2024-03-14'],
    ['2024/3/14', '2024-03-14'],
    ['2024年3月14日', '2024-03-14'],
    ['2024년 3월 14일', '2024-03-14'],
    // Inside a longer text
    ['Updated review Mar 14, 2024', '2024-03-14'],
  ])('%s → %s', (text, iso) => {
    expect(parseShownDate(text, 'dmy')).toBe(day(iso));
    expect(parseShownDate(text, 'mdy')).toBe(day(iso));
  });

  test('numbers alone: the site\'s order, unless the numbers tell', () => {
    expect(parseShownDate('3/4/2024', 'mdy')).toBe(day('2024-03-04'));
    expect(parseShownDate('3/4/2024', 'dmy')).toBe(day('2024-04-03'));
    expect(parseShownDate('14.03.2023', 'mdy')).toBe(day('2023-03-14'));
    expect(parseShownDate('3/14/2023', 'dmy')).toBe(day('2023-03-14'));
    expect(parseShownDate('3.1.2023', 'dmy')).toBe(day('2023-01-03'));
    expect(parseShownDate('14-03-2023', 'dmy')).toBe(day('2023-03-14'));
  });

  test.each([
    '13/14/2023', // no month 13 or 14
    '31.02.2024', // no 31 February
    '2024-02-30',
    '14 jui 2024', // juin or juillet
    '14 Fotos 2023', // not a month
    'Marisol 14, 2024',
    '3/14/23', // two-digit year
    'in 9 reviews',
    '3 weeks ago',
    '',
  ])('%s → null', (text) => {
    expect(parseShownDate(text, 'dmy')).toBeNull();
    expect(parseShownDate(text, 'mdy')).toBeNull();
  });

  test('dateText finds the date as written, or null', () => {
    expect(dateText('Updated review Mar 14, 2024')).toBe('Mar 14, 2024');
    expect(dateText('14. März 2024')).toBe('14. März 2024');
    expect(dateText('1er janv. 2024')).toBe('1er janv. 2024');
    expect(dateText('Berlin, Deutschland')).toBeNull();
    expect(dateText('Elite 24')).toBeNull();
  });

  test('monthIndex: full names and cuts of one month; a cut that fits two is null', () => {
    expect(monthIndex('Januar')).toBe(0);
    expect(monthIndex('févr.')).toBe(1);
    expect(monthIndex('März')).toBe(2);
    expect(monthIndex('juil.')).toBe(6);
    expect(monthIndex('juin')).toBe(5);
    expect(monthIndex('jui')).toBeNull();
    expect(monthIndex('ma')).toBeNull();
    expect(monthIndex('Mark')).toBeNull();
    // A Finnish name is matched only whole: "mar" stays March, though marraskuuta (November) starts so.
    expect(monthIndex('mar')).toBe(2);
    expect(monthIndex('marras')).toBeNull();
    expect(monthIndex('marraskuuta')).toBe(10);
    // Czech June and July share "červ": the cut fits both.
    expect(monthIndex('červ')).toBeNull();
  });
});

describe('parseDatetime: a <time datetime> attribute', () => {
  test('a full ISO time as it says; a bare date at 00:00 UTC; anything else null', () => {
    expect(parseDatetime('2024-03-14T17:02:00Z')).toBe(Date.parse('2024-03-14T17:02:00Z'));
    expect(parseDatetime('2024-03-14T17:02:00+01:00')).toBe(Date.parse('2024-03-14T16:02:00Z'));
    expect(parseDatetime('2024-03-14')).toBe(day('2024-03-14'));
    expect(parseDatetime('2024-02-30')).toBeNull();
    expect(parseDatetime('Mar 14, 2024')).toBeNull();
    expect(parseDatetime(null)).toBeNull();
  });
});
