/**
 * Words and times for the exports: labels counted in words, times both as the
 * reader's local time with its UTC offset and as ISO (UTC), so a printed page
 * is unambiguous wherever it is read.
 */
import { LABELS, type Label } from '../labels';

const PLURAL: Record<Label, [string, string]> = {
  threat: ['threat', 'threats'],
  troll: ['troll', 'trolls'],
  spam: ['spam item', 'spam items'],
  genuine: ['patient or customer', 'patients or customers'],
  supporter: ['supporter', 'supporters'],
  unclear: ['unclear item', 'unclear items'],
};

export function labelCount(label: Label, n: number): string {
  const [one, many] = PLURAL[label];
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 threats, 12 trolls and 1 spam item": labels with no items are left out, threats first. */
export function countsInWords(counts: Partial<Record<Label, number>>): string {
  const parts = LABELS.filter((l) => (counts[l] ?? 0) > 0).map((l) => labelCount(l, counts[l] ?? 0));
  if (parts.length === 0) return 'no items';
  if (parts.length === 1) return parts[0] as string;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A time as the reader's local date and time with the UTC offset, e.g. "4 Mar 2026, 14:05 (GMT+1)". */
export function localTime(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'shortOffset',
  })
    .format(ms)
    .replace(/ ([A-Z]{2,4}[+\-−]?[\d:]*)$/, ' ($1)');
}

/** ISO 8601 in UTC, to the second. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DAY_MS = 86_400_000;

/**
 * Whether a platform's time is a date without a time of day: adapters store a
 * date shown alone ("2023-11-2") as 00:00 UTC of that day (RawItem.postedAt).
 * A time shown to the minute that falls exactly on 00:00 UTC reads as its date:
 * nothing false is said, only the minute is left out.
 */
export const isDateOnly = (ms: number) => ms % DAY_MS === 0;

/** A platform's posted time in ISO 8601: the date alone ("2023-11-02") when it showed no time of day. */
export function isoPosted(ms: number): string {
  return isDateOnly(ms) ? isoTime(ms).slice(0, 10) : isoTime(ms);
}

/** A duration in words: "2 h 5 min", "3 days". */
export function duration(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  return `${Math.round(h / 24)} days`;
}

/** A file name part from a page address: host and path, safe on every file system. */
export function slugOfPage(pageUrl: string): string {
  let s = pageUrl;
  try {
    const u = new URL(pageUrl);
    s = `${u.hostname.replace(/^www\./, '')}${u.pathname}`;
  } catch {
    // not a URL: use the text as is
  }
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'page'
  );
}

/** The date part of a file name (UTC): 2026-03-04. */
export function fileDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
