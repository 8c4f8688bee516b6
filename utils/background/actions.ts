/**
 * The audit log's one way in. Every row names who, when, why, and (for an item)
 * its author, incident and workspace, so "keep track" and the incident timeline
 * are index lookups. An action on an item updates the item in the same
 * transaction: either both are stored or neither is.
 */
import type { Action, ActionKind, DoneKind, KeelDb, StoredItem } from '../db';
import { putItems } from './summaries';
import { DONE_KINDS } from '../db';

export class ActionError extends Error {
  override name = 'ActionError';
}

/** The cause of what Keel does by itself, not on a moderator's behalf. */
export const AUTO = 'auto';

export interface ActionInput {
  kind: ActionKind;
  actor: string;
  cause: string;
  detail: string;
  itemKey?: string | null;
  /** For an action about an author, not one item (a ban from the author's history). */
  authorKey?: string | null;
  incidentId?: string | null;
  workspaceId?: string | null;
  undoes?: number | null;
}

const isDone = (kind: ActionKind): kind is DoneKind => (DONE_KINDS as readonly string[]).includes(kind);

/** The log row for `input`, filled from the item it is about. */
function rowFor(input: ActionInput, item: StoredItem | undefined, now: number): Action {
  return {
    at: now,
    actor: input.actor,
    kind: input.kind,
    cause: input.cause,
    itemKey: input.itemKey ?? null,
    authorKey: input.authorKey ?? item?.authorKey ?? null,
    incidentId: input.incidentId ?? item?.incidentId ?? null,
    workspaceId: input.workspaceId ?? item?.workspaceId ?? null,
    undoes: input.undoes ?? null,
    detail: input.detail.slice(0, 2_000),
  };
}

/**
 * Appends one action. For an item, unless Keel did it by itself (cause AUTO),
 * marks what was done (`done[kind]`) and that a moderator has looked at it.
 * Must run inside a transaction over items and actions, or opens one.
 */
export async function recordAction(db: KeelDb, input: ActionInput, now: number): Promise<Action> {
  return db.transaction('rw', [db.items, db.actions, db.summaries], async () => {
    const item = input.itemKey ? await db.items.get(input.itemKey) : undefined;
    if (input.itemKey && !item) throw new ActionError('No such item.');
    // What Keel does by itself (a threat captured when first seen) is in the log, but it is not a
    // moderator dealing with the item: it stays unreviewed, and the queue still counts it as to do.
    if (item && input.cause !== AUTO && (isDone(input.kind) || input.kind === 'note')) {
      const done = isDone(input.kind) ? { ...item.done, [input.kind]: now } : item.done;
      await putItems(db, [[item, { ...item, done, needsReview: 0 }]]);
    }
    const row = rowFor(input, item, now);
    row.seq = await db.actions.add(row);
    return row;
  });
}
