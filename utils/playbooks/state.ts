/**
 * Which steps are done, read back from what is stored: nothing about a
 * checklist is kept apart from the audit log. An item's step that maps to an
 * action kind is done when the item is marked so (`item.done`, whoever marked
 * it: the checklist, the "Do and record" buttons, a batch); any other step is
 * done while a `step` action naming it stands (not undone). Unticking undoes
 * those rows: new rows, nothing erased.
 */
import type { Action, DoneKind, StoredItem } from '../db/types';
import type { Step } from './types';

/** The rows of `actions` that no `undone` row reverses. */
export function standing(actions: readonly Action[]): Action[] {
  const undone = new Set(actions.filter((a) => a.kind === 'undone').map((a) => a.undoes));
  return actions.filter((a) => a.kind !== 'undone' && !undone.has(a.seq));
}

/** The standing rows that tick `step` on an item, newest first: what an untick must undo. */
export function rowsTicking(step: Step, actions: readonly Action[]): Action[] {
  return standing(actions)
    .filter((a) => (step.action ? a.kind === step.action : a.kind === 'step' && a.itemKey !== null && a.detail === step.id))
    .sort((a, b) => b.at - a.at || (b.seq ?? 0) - (a.seq ?? 0));
}

/** When each of an item's steps was done (null: not done). Rules are never done. */
export function itemStepState(steps: readonly Step[], item: Pick<StoredItem, 'done'>, actions: readonly Action[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const s of steps) {
    if (s.rule) out[s.id] = null;
    else if (s.action) out[s.id] = item.done[s.action] ?? null;
    else out[s.id] = rowsTicking(s, actions)[0]?.at ?? null;
  }
  return out;
}

/** When each of an incident's playbook steps was ticked (null: not ticked). */
export function incidentStepState(steps: readonly Step[], ticked: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(steps.map((s) => [s.id, s.rule ? null : (ticked[s.id] ?? null)]));
}

/** For an incident step that maps to an action kind: how many of its items are marked so. */
export function stepProgress(step: Step, summary: { total: number; done: Partial<Record<DoneKind, number>> }): { done: number; total: number } | null {
  if (!step.action) return null;
  return { done: summary.done[step.action] ?? 0, total: summary.total };
}

/** Steps that can be ticked, and how many of them are. */
export function countDone(steps: readonly Step[], state: Record<string, number | null>): { done: number; total: number } {
  const chores = steps.filter((s) => !s.rule);
  return { done: chores.filter((s) => state[s.id] != null).length, total: chores.length };
}
