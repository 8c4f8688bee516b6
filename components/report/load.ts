/**
 * Reads what an export needs from the database. Extension pages only read:
 * nothing here writes.
 */
import Dexie from 'dexie';
import { type EvidenceRow, type Incident, type KeelDb, pageItems, type StoredItem } from '@/utils/db';
import { buildPolicePacket, type PolicePacket } from '@/utils/export/police-model';
import { buildReport, type ReportModel } from '@/utils/export/report-model';
import { verifyEvidence } from '@/utils/evidence/verify';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

async function incidentOrThrow(db: KeelDb, id: string): Promise<Incident> {
  const incident = await db.incidents.get(id);
  if (!incident) throw new NotFoundError(`No incident with the id “${id}” on this device.`);
  return incident;
}

/** Evidence of an incident: rows filed under it, and rows of its items captured before they were attached. */
async function evidenceFor(db: KeelDb, incidentId: string | null, itemKeys: string[]): Promise<EvidenceRow[]> {
  const byId = new Map<string, EvidenceRow>();
  if (incidentId) for (const e of await db.evidence.where('incidentId').equals(incidentId).toArray()) byId.set(e.id, e);
  if (itemKeys.length) for (const e of await db.evidence.where('itemKey').anyOf(itemKeys).toArray()) byId.set(e.id, e);
  return [...byId.values()];
}

async function businessName(db: KeelDb, workspaceId: string): Promise<string> {
  const ws = await db.workspaces.get(workspaceId);
  return ws?.profile.businessName || ws?.name || 'The business';
}

async function moderatorName(db: KeelDb): Promise<string> {
  const v = (await db.settings.get('moderatorName'))?.value;
  return typeof v === 'string' && v.trim() ? v.trim() : 'a member of staff';
}

/** Screenshot and hash check per evidence id. */
export interface EvidenceFiles {
  screenshots: Map<string, Blob>;
  /** True when the row still hashes to its stored SHA-256. */
  verified: Map<string, boolean>;
}

async function filesOf(evidence: readonly EvidenceRow[]): Promise<EvidenceFiles> {
  const screenshots = new Map<string, Blob>();
  const verified = new Map<string, boolean>();
  for (const e of evidence) {
    if (e.screenshot) screenshots.set(e.id, e.screenshot);
    verified.set(e.id, (await verifyEvidence(e)).ok);
  }
  return { screenshots, verified };
}

export interface LoadedReport {
  model: ReportModel;
  business: string;
  files: EvidenceFiles;
}

export async function loadIncidentReport(db: KeelDb, id: string, now = Date.now()): Promise<LoadedReport> {
  const incident = await incidentOrThrow(db, id);
  const items = await db.items.where('incidentId').equals(id).toArray();
  const actions = await db.actions.where('incidentId').equals(id).toArray();
  const evidence = await evidenceFor(db, id, items.map((i) => i.key));
  const ratings = await db.ratings
    .where('[pageKey+at]')
    .between([incident.pageKey, Dexie.minKey], [incident.pageKey, Dexie.maxKey])
    .toArray();
  const model = buildReport({ incident, items, actions, evidence, ratings, now });
  return { model, business: await businessName(db, incident.workspaceId), files: await filesOf(evidence) };
}

export interface LoadedPacket {
  packet: PolicePacket;
  files: EvidenceFiles;
}

/** The threats of an incident, or (with `pageKey`) every threat stored for that page. */
export async function loadPolicePacket(db: KeelDb, by: { incident: string } | { pageKey: string }, now = Date.now()): Promise<LoadedPacket> {
  let incident: Incident | null = null;
  let items: StoredItem[];
  let pageUrl: string;
  let workspaceId: string;
  if ('incident' in by) {
    incident = await incidentOrThrow(db, by.incident);
    items = await db.items.where('incidentId').equals(incident.id).toArray();
    pageUrl = incident.pageUrl;
    workspaceId = incident.workspaceId;
  } else {
    items = await pageItems(db, by.pageKey).toArray();
    const first = items[0];
    if (!first) throw new NotFoundError('Keel has stored nothing for this page.');
    pageUrl = first.pageUrl;
    workspaceId = first.workspaceId;
  }
  const threats = items.filter((i) => i.label === 'threat');
  const keys = threats.map((t) => t.key);
  const actions = keys.length ? await db.actions.where('itemKey').anyOf(keys).toArray() : [];
  const evidence = (await evidenceFor(db, null, keys)).filter((e) => keys.includes(e.itemKey));
  const packet = buildPolicePacket({
    incident,
    pageUrl,
    businessName: await businessName(db, workspaceId),
    items: threats,
    actions,
    evidence,
    now,
    preparedBy: await moderatorName(db),
  });
  return { packet, files: await filesOf(evidence) };
}

/** Items for a dispute CSV: an incident's, or every item stored for a page. */
export async function loadDisputeItems(db: KeelDb, by: { incident: string } | { pageKey: string }): Promise<{ items: StoredItem[]; pageUrl: string }> {
  if ('incident' in by) {
    const incident = await incidentOrThrow(db, by.incident);
    return { items: await db.items.where('incidentId').equals(incident.id).toArray(), pageUrl: incident.pageUrl };
  }
  const items = await pageItems(db, by.pageKey).toArray();
  return { items, pageUrl: items[0]?.pageUrl ?? by.pageKey };
}
