/**
 * Incidents: one record per attack on a page. The classifier flags a campaign
 * burst (near-copies, a burst of first-time negative authors well above the
 * page's baseline); the first campaign item on a page with no incident under
 * way opens one. While it is open or contained, every campaign item and every
 * flagged item that arrives on the page is attached to it.
 *
 * Each step runs in one transaction that checks and writes (IndexedDB runs
 * read-write transactions over the same stores one after another), so two tabs
 * of the same page never open two incidents; the background stores a batch of
 * items and attaches it in one transaction, so a worker stopped in between
 * leaves neither.
 */
import type { Incident, IncidentStatus, KeelDb, StoredItem } from '../db';
import { putItems } from './summaries';
import { FLAGGED_LABELS } from '../labels';
import { recordAction } from './actions';

export class IncidentError extends Error {
  override name = 'IncidentError';
}

/** How far back a burst's items are looked for when an incident opens (the classifier's burst window is shorter). */
export const ATTACH_LOOKBACK_MS = 6 * 60 * 60 * 1000;

const ORDER: Record<IncidentStatus, number> = { open: 0, contained: 1, resolved: 2 };

/** The incident under way on a page (open or contained), if any. */
export async function activeIncident(db: KeelDb, pageKey: string): Promise<Incident | undefined> {
  const rows = await db.incidents.where('pageKey').equals(pageKey).toArray();
  return rows.filter((r) => r.status !== 'resolved').sort((a, b) => b.openedAt - a.openedAt)[0];
}

function newId(now: number): string {
  return `inc-${now.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Whether a stored item joins `incident`: campaign items always, flagged ones that arrived after it opened. */
export function belongs(item: StoredItem, incident: Incident | undefined): boolean {
  if (item.incidentId !== null) return false;
  if (item.campaign) return true;
  return !!incident && FLAGGED_LABELS.includes(item.label) && item.firstSeenAt >= incident.openedAt;
}

function describePage(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

export interface IncidentUpdate {
  /** The incident this call opened, if it opened one. */
  opened: Incident | null;
  /** Items this call attached (storeBatch stores the items of an incident under way attached already). */
  attached: number;
}

/**
 * After the items `stored` of a page were stored (the rows as stored): opens an
 * incident when one of them is part of a campaign and none is under way
 * (attaching the page's recent campaign items), or attaches those that belong to
 * the one under way. Cheap when nothing is going on: one lookup of the page's
 * incidents, none when the caller passes what it found (`underWay`). Run it in
 * the same transaction as the store of the items, so an item is never stored
 * without being attached.
 */
export async function updateIncidents(
  db: KeelDb,
  page: { pageKey: string; pageUrl: string; workspaceId: string },
  stored: readonly StoredItem[],
  actor: string,
  now: number,
  /** The incident under way on the page as the caller found it in this transaction (null: none); undefined: look. */
  underWay?: Incident | null,
): Promise<IncidentUpdate> {
  return db.transaction('rw', [db.items, db.incidents, db.actions, db.summaries], async () => {
    let incident = underWay === undefined ? await activeIncident(db, page.pageKey) : (underWay ?? undefined);
    const batch = stored.filter((i) => i.pageKey === page.pageKey);
    let opened: Incident | null = null;
    let candidates = batch;
    if (!incident) {
      if (!batch.some((i) => i.campaign && i.incidentId === null)) return { opened: null, attached: 0 };
      // The burst began before this batch: its earlier items join too.
      candidates = await db.items
        .where('[pageKey+firstSeenAt]')
        .between([page.pageKey, now - ATTACH_LOOKBACK_MS], [page.pageKey, Number.POSITIVE_INFINITY])
        .filter((i) => i.campaign && i.incidentId === null)
        .toArray();
      opened = {
        id: newId(now),
        workspaceId: page.workspaceId,
        pageKey: page.pageKey,
        pageUrl: page.pageUrl,
        title: `Pile-on on ${describePage(page.pageUrl)}`,
        status: 'open',
        trigger: 'burst',
        openedAt: now,
        openedBy: 'Keel',
        containedAt: null,
        resolvedAt: null,
        steps: {},
      };
      incident = opened;
      await db.incidents.add(opened);
      await recordAction(
        db,
        {
          kind: 'incident',
          actor: 'Keel',
          cause: 'burst',
          incidentId: opened.id,
          workspaceId: page.workspaceId,
          detail: `Opened: ${candidates.length} ${candidates.length === 1 ? 'item looks' : 'items look'} coordinated (near-copies or a burst of first-time authors). Moderator on shift: ${actor}.`,
        },
        now,
      );
    }
    const attach = candidates.filter((i) => belongs(i, incident));
    if (attach.length) {
      const id = incident.id;
      await putItems(db, attach.map((i) => [i, { ...i, incidentId: id }] as const));
    }
    return { opened, attached: attach.length };
  });
}

/** Opens an incident by hand on a page, attaching the given items (and the page's unattached campaign items). */
export async function openIncident(
  db: KeelDb,
  request: { pageKey: string; pageUrl: string; workspaceId: string; title: string; itemKeys: string[] },
  actor: string,
  now: number,
): Promise<Incident> {
  return db.transaction('rw', [db.items, db.incidents, db.actions, db.summaries], async () => {
    const under = await activeIncident(db, request.pageKey);
    if (under) throw new IncidentError(`An incident is already under way on this page: “${under.title}”.`);
    const incident: Incident = {
      id: newId(now),
      workspaceId: request.workspaceId,
      pageKey: request.pageKey,
      pageUrl: request.pageUrl,
      title: request.title || `Incident on ${describePage(request.pageUrl)}`,
      status: 'open',
      trigger: 'manual',
      openedAt: now,
      openedBy: actor,
      containedAt: null,
      resolvedAt: null,
      steps: {},
    };
    await db.incidents.add(incident);
    await recordAction(db, { kind: 'incident', actor, cause: 'moderator', incidentId: incident.id, workspaceId: incident.workspaceId, detail: `Opened by hand: ${incident.title}` }, now);
    const chosen = (await db.items.bulkGet([...new Set(request.itemKeys)])).filter((i): i is StoredItem => !!i && i.pageKey === request.pageKey);
    const campaign = await db.items
      .where('[pageKey+firstSeenAt]')
      .between([request.pageKey, now - ATTACH_LOOKBACK_MS], [request.pageKey, Number.POSITIVE_INFINITY])
      .filter((i) => i.campaign)
      .toArray();
    const attach = new Map([...chosen, ...campaign].filter((i) => i.incidentId === null).map((i) => [i.key, i]));
    await putItems(db, [...attach.values()].map((i) => [i, { ...i, incidentId: incident.id }] as const));
    return incident;
  });
}

/**
 * Moves an incident along open → contained → resolved. Going back (reopening)
 * is allowed and logged: the log, not the status, is the history.
 */
export async function setIncidentStatus(db: KeelDb, id: string, status: IncidentStatus, actor: string, now: number): Promise<Incident> {
  return db.transaction('rw', [db.items, db.incidents, db.actions, db.summaries], async () => {
    const incident = await db.incidents.get(id);
    if (!incident) throw new IncidentError('No such incident.');
    if (incident.status === status) return incident;
    if (status !== 'resolved') {
      const other = await activeIncident(db, incident.pageKey);
      if (other && other.id !== id) throw new IncidentError(`Another incident is under way on this page: “${other.title}”.`);
    }
    const updated: Incident = {
      ...incident,
      status,
      containedAt: status === 'contained' ? now : status === 'open' ? null : (incident.containedAt ?? now),
      resolvedAt: status === 'resolved' ? now : null,
    };
    await db.incidents.put(updated);
    const verb = ORDER[status] > ORDER[incident.status] ? { contained: 'Contained', resolved: 'Resolved', open: 'Reopened' }[status] : 'Reopened';
    await recordAction(db, { kind: 'incident', actor, cause: 'moderator', incidentId: id, workspaceId: incident.workspaceId, detail: `${verb} (was ${incident.status}).` }, now);
    return updated;
  });
}

/** Ticks (or unticks) a playbook step of an incident; the log keeps both. */
export async function tickStep(db: KeelDb, id: string, step: string, done: boolean, actor: string, now: number): Promise<Incident> {
  return db.transaction('rw', [db.items, db.incidents, db.actions, db.summaries], async () => {
    const incident = await db.incidents.get(id);
    if (!incident) throw new IncidentError('No such incident.');
    const steps = { ...incident.steps };
    if (done) steps[step] = now;
    else delete steps[step];
    const updated = { ...incident, steps };
    await db.incidents.put(updated);
    await recordAction(db, { kind: 'step', actor, cause: 'moderator', incidentId: id, workspaceId: incident.workspaceId, detail: `${done ? 'Done' : 'Not done'}: ${step}` }, now);
    return updated;
  });
}

/** Attaches items to an incident (items of its page only). */
export async function attachItems(db: KeelDb, id: string, itemKeys: string[], actor: string, now: number): Promise<number> {
  return db.transaction('rw', [db.items, db.incidents, db.actions, db.summaries], async () => {
    const incident = await db.incidents.get(id);
    if (!incident) throw new IncidentError('No such incident.');
    // Each item once, however often it is named: a key named twice would be counted twice in the summaries.
    const items = (await db.items.bulkGet([...new Set(itemKeys)])).filter((i): i is StoredItem => !!i && i.pageKey === incident.pageKey && i.incidentId !== id);
    await putItems(db, items.map((i) => [i, { ...i, incidentId: id }] as const));
    if (items.length) {
      await recordAction(db, { kind: 'incident', actor, cause: 'moderator', incidentId: id, workspaceId: incident.workspaceId, detail: `Attached ${items.length} ${items.length === 1 ? 'item' : 'items'} by hand.` }, now);
    }
    return items.length;
  });
}
