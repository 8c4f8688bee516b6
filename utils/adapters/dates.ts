/**
 * Dates as review sites print them without a time of day, in the languages
 * they are shown in: "Mar 14, 2024", "14. März 2024", "21 mars 2024",
 * "14 de marzo de 2024", "3/14/2023", "14.03.2023", "2024/3/14",
 * "2024年3月14日". Such a date is read as 00:00 UTC of that day, the convention
 * for a date without a time (RawItem.postedAt; parseDateOnly below): its ISO
 * form keeps the calendar date as shown, whatever the browser's time zone.
 *
 * Month names: English, German, French, Spanish, Italian, Dutch, Portuguese,
 * the Scandinavian languages, Polish, Czech, Turkish, Romanian, Finnish,
 * Russian and Greek, full or cut short ("Mär.", "févr.", "sept", "paź.").
 * A cut that fits two months ("jui": juin or juillet) is no month. Numbers
 * alone are read in the order the caller gives ('mdy' for the US sites, 'dmy'
 * elsewhere), unless the numbers themselves tell (14/3 can only be day first).
 * Years have four digits; anything else, or an impossible date, is null: an
 * unknown date is better than a wrong one.
 */

/** Which of the two numbers comes first in a numeric date ("3/4/2024"). */
export type NumericOrder = 'mdy' | 'dmy';

// Per month, after the Western European names: Polish (the date's genitive and the
// month's own name), Czech (genitive), Turkish, Romanian, Finnish (partitive),
// Russian (genitive) and Greek (genitive), written as monthIndex normalises them.
// A name after '=' is matched whole, never cut short: Finnish "mar…" would be
// November (marraskuuta) as well as March.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'janner',
    'stycznia', 'styczen', 'ledna', 'ocak', 'ianuarie', '=tammikuuta', 'января', 'ιανουαριου'],
  ['february', 'februar', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro',
    'lutego', 'luty', 'unora', 'subat', 'februarie', '=helmikuuta', 'февраля', 'φεβρουαριου'],
  ['march', 'marz', 'mars', 'marzo', 'maart', 'marco', 'marts', 'mrt',
    'marca', 'marzec', 'brezna', 'mart', 'martie', '=maaliskuuta', 'марта', 'μαρτιου'],
  ['april', 'avril', 'abril', 'aprile',
    'kwietnia', 'kwiecien', 'dubna', 'nisan', 'aprilie', '=huhtikuuta', 'апреля', 'απριλιου'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio', 'maj',
    'maja', 'kvetna', 'mayis', '=toukokuuta', 'мая', 'μαιου'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho',
    'czerwca', 'czerwiec', 'cervna', 'haziran', 'iunie', '=kesakuuta', 'июня', 'ιουνιου'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho',
    'lipca', 'lipiec', 'cervence', 'temmuz', 'iulie', '=heinakuuta', 'июля', 'ιουλιου'],
  ['august', 'aout', 'agosto', 'augustus', 'augusti',
    'sierpnia', 'sierpien', 'srpna', 'agustos', '=elokuuta', 'августа', 'αυγουστου'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro',
    'wrzesnia', 'wrzesien', 'zari', 'eylul', 'septembrie', '=syyskuuta', 'сентября', 'σεπτεμβριου'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro',
    'pazdziernika', 'pazdziernik', 'rijna', 'ekim', 'octombrie', '=lokakuuta', 'октября', 'οκτωβριου'],
  ['november', 'novembre', 'noviembre', 'novembro',
    'listopada', 'listopad', 'listopadu', 'kasim', 'noiembrie', '=marraskuuta', 'ноября', 'νοεμβριου'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'desember',
    'grudnia', 'grudzien', 'prosince', 'aralik', 'decembrie', '=joulukuuta', 'декабря', 'δεκεμβριου'],
];

// Each pattern finds a date inside a longer text; the groups are read by DATE_FORMS below.
const YEAR_FIRST = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/; // 2024-03-14, 2024/3/14
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/; // 2024年3月14日, 2024년 3월 14일
const NUMERIC = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/; // 3/14/2023, 14.03.2023, 14-03-2023
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u; // Mar 14, 2024
// 14. März 2024, 21 mars 2024, 14 de marzo de 2024, 1er mars 2024
const DAY_FIRST = /(?<!\d)(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;

/** The month (0–11) a name or its short form stands for, or null. */
export function monthIndex(word: string): number | null {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i') // Turkish dotless i ("Mayıs", "Kasım")
    .replace(/\.$/, '');
  if (w.length < 3) return null;
  let found: number | null = null;
  for (let m = 0; m < 12; m++) {
    if (!MONTH_NAMES[m]?.some((name) => (name.startsWith('=') ? name.slice(1) === w : name.startsWith(w)))) continue;
    if (found !== null) return null; // fits two months
    found = m;
  }
  return found;
}

function utcDay(year: number, month: number, day: number): number | null {
  if (year < 1970 || month < 0 || month > 11 || day < 1) return null;
  const ms = Date.UTC(year, month, day);
  return new Date(ms).getUTCDate() === day ? ms : null;
}

export interface FoundDate {
  /** The date as written. */
  text: string;
  /** 00:00 UTC of that day, or null when the text is date-shaped but names no real day. */
  at: number | null;
}

/** The first date written in `text`, as written and as the day it stands for (numbers read in `order`), or null. */
export function findDate(text: string, order: NumericOrder): FoundDate | null {
  let m = YEAR_FIRST.exec(text);
  if (m) return { text: m[0], at: utcDay(Number(m[1]), Number(m[3]) - 1, Number(m[4])) };
  m = CJK.exec(text);
  if (m) return { text: m[0], at: utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])) };
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // The numbers decide when only one order is possible; else the site's order.
    const dayFirst = a > 12 ? true : b > 12 ? false : order === 'dmy';
    return { text: m[0], at: dayFirst ? utcDay(Number(m[4]), b - 1, a) : utcDay(Number(m[4]), a - 1, b) };
  }
  m = MONTH_FIRST.exec(text);
  const monthFirst = m ? monthIndex(m[1] ?? '') : null;
  if (m && monthFirst !== null) return { text: m[0], at: utcDay(Number(m[3]), monthFirst, Number(m[2])) };
  m = DAY_FIRST.exec(text);
  const monthAfter = m ? monthIndex(m[2] ?? '') : null;
  if (m && monthAfter !== null) return { text: m[0], at: utcDay(Number(m[3]), monthAfter, Number(m[1])) };
  return null;
}

/** The first date written in `text` ("Updated Mar 14, 2024" → "Mar 14, 2024"), as written, or null. */
export function dateText(text: string): string | null {
  return findDate(text, 'mdy')?.text ?? null;
}

/** The day a date as written stands for, at 00:00 UTC (epoch ms), or null. */
export function parseShownDate(text: string | null, order: NumericOrder): number | null {
  return text ? (findDate(text, order)?.at ?? null) : null;
}

/**
 * A `datetime` attribute (HTML <time>): a full ISO time as it says, a bare
 * "2024-03-14" as 00:00 UTC of that day. Null for anything else.
 */
export function parseDatetime(value: string | null): number | null {
  const v = value?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return parseDateOnly(v);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) || ms < 0 ? null : ms;
}

/**
 * A date shown without a time of day, year first ("2023-11-2", "2022-04-19", as
 * TikTok shows a comment's date, PLATFORMS.md §8). Returns 00:00 UTC of that date,
 * the convention for a date without a time (see RawItem.postedAt): its ISO form
 * keeps the date as shown, whatever the browser's time zone. Null for anything
 * else, among them "11-2" (no year: it would have to be guessed from the clock)
 * and impossible dates ("2023-2-30").
 */
export function parseDateOnly(text: string | null): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text?.trim() ?? '');
  return m ? utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}
