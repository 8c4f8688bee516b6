/**
 * What Keel says outside its own pages: a browser notification when an incident
 * opens, and the toolbar badge, counting flagged items no moderator has looked
 * at yet (across every workspace: a contact-centre rep watches several). The
 * badge is red while an incident is under way.
 */
import { browser } from 'wxt/browser';
import type { Incident, KeelDb } from '../db';

export async function unreviewedCount(db: KeelDb): Promise<{ count: number; incident: boolean }> {
  const workspaces = await db.workspaces.toCollection().primaryKeys();
  const counts = await Promise.all(workspaces.map((id) => db.items.where('[workspaceId+needsReview]').equals([id, 1]).count()));
  const incident = (await db.incidents.where('status').anyOf('open', 'contained').count()) > 0;
  return { count: counts.reduce((a, b) => a + b, 0), incident };
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

let pending: ReturnType<typeof setTimeout> | null = null;
let running = false;
let again = false;

/**
 * Brings the badge up to date, at most a few times a second however many items
 * arrive. One count at a time: a change that lands while a count runs asks for
 * another after it, so an older count never has the last word.
 */
export function refreshBadge(db: KeelDb, delayMs = 250): void {
  if (running) {
    again = true;
    return;
  }
  if (pending) return;
  pending = setTimeout(() => {
    pending = null;
    running = true;
    void unreviewedCount(db)
      .then(async ({ count, incident }) => {
        await browser.action.setBadgeText({ text: badgeText(count) });
        await browser.action.setBadgeBackgroundColor({ color: incident ? '#b3261e' : '#5f6368' });
        await browser.action.setTitle({
          title: count ? `Keel: ${count} flagged ${count === 1 ? 'item' : 'items'} to review${incident ? ' · incident under way' : ''}` : 'Keel',
        });
      })
      .catch((err) => console.warn('[keel] badge not updated', err))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          refreshBadge(db, 0);
        }
      });
  }, delayMs);
}

export const NOTIFICATION_PREFIX = 'keel-incident:';

/** A notification for a newly opened incident. Its text names the page, never an item's content. */
export async function notifyIncident(incident: Incident, items: number): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${incident.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Keel: possible pile-on',
    message: `${incident.title}. ${items} ${items === 1 ? 'item looks' : 'items look'} coordinated. Capture, hide and report; no public defence.`,
    priority: 2,
  });
}
