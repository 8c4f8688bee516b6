/**
 * Reads every part of Keel shares, kept apart from the database class so that
 * the schema's upgrades (utils/db/schema.ts → background/summaries.ts) can use
 * them without importing the class that imports the schema.
 */
import Dexie from 'dexie';
import type { KeelDb } from './index';
import type { IncidentSummary, PageSummary } from './types';

/** The ids of a page's and an incident's summary (utils/background/summaries.ts). */
export const pageSummaryId = (pageKey: string) => `page\n${pageKey}`;
export const incidentSummaryId = (incidentId: string) => `incident\n${incidentId}`;

export async function pageSummary(db: KeelDb, pageKey: string): Promise<PageSummary | undefined> {
  const s = await db.summaries.get(pageSummaryId(pageKey));
  return s?.kind === 'page' ? s : undefined;
}

export async function incidentSummary(db: KeelDb, incidentId: string): Promise<IncidentSummary | undefined> {
  const s = await db.summaries.get(incidentSummaryId(incidentId));
  return s?.kind === 'incident' ? s : undefined;
}

/** Every item of a page (by its page key), in order of when each was posted. */
export function pageItems(db: KeelDb, pageKey: string) {
  return db.items.where('[pageKey+at]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]);
}
