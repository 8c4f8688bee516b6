/**
 * The dispute CSV: one row per flagged item (threat, troll, spam), with the
 * platform's own report reason to pick, so a moderator (or the platform's
 * support team) can work down the list. Patients, supporters and unclear items
 * are left out: a patient's complaint is never reported.
 *
 * Written with papaparse's `unparse`. Every cell is page text and hostile: a cell
 * that a spreadsheet would run as a formula gets a leading apostrophe. Papaparse's
 * own `escapeFormulae: true` pattern is /^[=+\-@\t\r].*$/, which misses a cell
 * with a line break after the formula ("=cmd\nmore": `.` does not match "\n"),
 * so the pattern below is anchored at the start only. It also covers the
 * full-width = + - @ that some spreadsheet locales read as formula signs.
 */
import Papa from 'papaparse';
import type { StoredItem } from '../db/types';
import { FLAGGED_LABELS, LABEL_TEXT } from '../labels';
import { PLATFORM_NAMES } from '../pages';
import { pickReportReason } from '../platform-reasons';
import { fileDate, isoPosted, isoTime, slugOfPage } from './format';

export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export const DISPUTE_COLUMNS = [
  'platform',
  'report reason',
  'why this reason',
  'permalink',
  'author',
  'author profile',
  'posted',
  'posted as shown',
  'first seen',
  'label',
  'reasons',
  'text',
  'item key',
] as const;
export type DisputeColumn = (typeof DISPUTE_COLUMNS)[number];
export type DisputeRow = Record<DisputeColumn, string>;

/** Items worth a dispute: flagged, oldest first. */
export function disputeItems(items: readonly StoredItem[]): StoredItem[] {
  return items.filter((i) => FLAGGED_LABELS.includes(i.label)).sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

export function disputeRow(item: StoredItem): DisputeRow {
  const pick = pickReportReason(item.platform, item.label, item.reasons);
  const reason = pick.reason ? (pick.verified ? pick.reason.text : `${pick.reason.text} (or the closest option)`) : '';
  return {
    platform: PLATFORM_NAMES[item.platform] ?? item.platform,
    'report reason': reason,
    'why this reason': pick.why,
    permalink: item.permalink ?? item.pageUrl,
    author: item.author.name,
    'author profile': item.author.profileUrl ?? '',
    // An absolute time only where the platform showed one; else its own wording and when Keel first saw it.
    posted: item.postedAt != null ? isoPosted(item.postedAt) : '',
    'posted as shown': item.postedText ?? '',
    'first seen': isoTime(item.firstSeenAt),
    label: LABEL_TEXT[item.label].name,
    reasons: item.reasons.join(' | '),
    text: item.text,
    'item key': item.key,
  };
}

/** The CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function disputeCsv(items: readonly StoredItem[]): string {
  const rows = disputeItems(items).map(disputeRow);
  return Papa.unparse(
    { fields: [...DISPUTE_COLUMNS], data: rows.map((r) => DISPUTE_COLUMNS.map((c) => r[c])) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
}

/** keel-dispute-facebook-com-harboursidedental-2026-03-04.csv */
export function disputeFilename(pageUrl: string, now: number): string {
  return `keel-dispute-${slugOfPage(pageUrl)}-${fileDate(now)}.csv`;
}
