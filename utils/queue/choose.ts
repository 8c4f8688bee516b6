/** Which incident the cleanup queue works on, when it is not told. */
import type { Incident } from '../db/types';

type Choice = Pick<Incident, 'id' | 'pageKey' | 'status' | 'openedAt'>;

/**
 * The one the moderator picked, while it is still under way; else the one
 * under way on the page of the active tab; else the newest open one; else the
 * newest contained one. `incidents`: the active workspace's, not resolved.
 */
export function chooseIncident<T extends Choice>(incidents: readonly T[], tabPageKey: string | null, chosenId: string | null): T | null {
  const newest = [...incidents].sort((a, b) => b.openedAt - a.openedAt);
  return (
    newest.find((i) => i.id === chosenId) ??
    newest.find((i) => tabPageKey !== null && i.pageKey === tabPageKey) ??
    newest.find((i) => i.status === 'open') ??
    newest[0] ??
    null
  );
}
