/**
 * Where the incident UI opens the exports: the report and the police packet in
 * a new tab of Keel's own report page, the dispute CSV as a file download.
 */
import { browser } from 'wxt/browser';
import type { KeelDb } from '@/utils/db';
import { loadDisputeItems } from './load';

function reportUrl(params: Record<string, string>): string {
  return `${browser.runtime.getURL('/report.html')}?${new URLSearchParams(params).toString()}`;
}

export async function openIncidentReport(id: string): Promise<void> {
  await browser.tabs.create({ url: reportUrl({ incident: id }) });
}

export async function openPolicePacket(id: string): Promise<void> {
  await browser.tabs.create({ url: reportUrl({ incident: id, kind: 'police' }) });
}

/** Every threat stored for a page, not only an incident's. */
export async function openPagePolicePacket(pageKey: string): Promise<void> {
  await browser.tabs.create({ url: reportUrl({ page: pageKey, kind: 'police' }) });
}

/** Saves `text` as a file through a temporary link (no downloads permission needed). */
export function saveTextFile(text: string, filename: string, type: string): void {
  // A byte-order mark, so spreadsheets open the file as UTF-8 rather than the system's code page.
  const blob = new Blob(['\uFEFF', text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; give the browser a moment before letting go of the data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the dispute CSV of an incident; resolves to the number of rows written. */
export async function downloadDisputeCsv(db: KeelDb, incidentId: string, now = Date.now()): Promise<number> {
  return download(db, { incident: incidentId }, now);
}

/** Downloads the dispute CSV of every flagged item stored for a page. */
export async function downloadPageDisputeCsv(db: KeelDb, pageKey: string, now = Date.now()): Promise<number> {
  return download(db, { pageKey }, now);
}

async function download(db: KeelDb, by: { incident: string } | { pageKey: string }, now: number): Promise<number> {
  // papaparse loads on first use: the pages that offer the button do not carry it until then.
  const { disputeCsv, disputeFilename, disputeItems } = await import('@/utils/export/dispute-csv');
  const { items, pageUrl } = await loadDisputeItems(db, by);
  const csv = disputeCsv(items);
  saveTextFile(csv, disputeFilename(pageUrl, now), 'text/csv;charset=utf-8');
  return disputeItems(items).length;
}
