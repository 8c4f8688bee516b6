/**
 * The cleanup queue as a state machine: a command (a key or a button) and the
 * queue's order in, the next cursor and selection and what to do about them
 * out (messages to send, a sentence to say). Pure, so the common path's cost
 * in key presses is counted in a test without a browser.
 *
 * After an item is marked reported, deleted, banned or hidden, the cursor goes
 * to the next item nobody has dealt with by itself: a pile-on of trolls costs
 * one key per item (d, or b), two when Keel's label needs correcting first.
 */
import { isHandled } from '../export/report-model';
import { LABEL_TEXT, type Label } from '../labels';
import { type AuthorSelection, authorSelection } from './author';
import type { Command, MarkKind } from './keys';
import type { QueueItem } from './order';

export interface Machine {
  /** The current item's key. */
  cursor: string | null;
  /** "Everything by this author", waiting for the mark or label that applies to all of it. */
  selection: AuthorSelection | null;
  /** Items this panel has just dealt with, before the store says so. */
  pending: ReadonlySet<string>;
}

export type Effect =
  /** Ask a tab showing the item to scroll to it. */
  | { type: 'show'; key: string }
  | { type: 'relabel'; key: string; label: Label }
  | { type: 'record'; key: string; kind: MarkKind }
  | { type: 'batch'; keys: string[]; kind: MarkKind | 'labelled'; label: Label | null; authorName: string }
  | { type: 'capture'; key: string }
  | { type: 'undo' }
  | { type: 'open'; url: string }
  | { type: 'say'; text: string };

export interface Step {
  machine: Machine;
  effects: Effect[];
}

type Item = Pick<QueueItem, 'key' | 'labelSource' | 'done' | 'authorKey' | 'author' | 'permalink' | 'pageUrl'>;

export const EMPTY_MACHINE: Machine = { cursor: null, selection: null, pending: new Set() };

const dealtWith = (item: Item, pending: ReadonlySet<string>) => pending.has(item.key) || isHandled(item);

/** Where the cursor starts: the first item nobody has dealt with, else the first. */
export function startCursor(order: readonly Item[], pending: ReadonlySet<string> = new Set()): string | null {
  return (order.find((i) => !dealtWith(i, pending)) ?? order[0])?.key ?? null;
}

/** The cursor once the order changed: the same item if it is still there, else the one now at its place. */
export function resolveCursor(order: readonly Item[], cursor: string | null, lastIndex: number): string | null {
  if (cursor !== null && order.some((i) => i.key === cursor)) return cursor;
  return order[Math.min(Math.max(0, lastIndex), order.length - 1)]?.key ?? null;
}

/** The next item after `from` (wrapping round) nobody has dealt with and not in `skip`, or null when none is left. */
export function nextUndone(order: readonly Item[], from: string | null, pending: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): string | null {
  const start = order.findIndex((i) => i.key === from);
  for (let n = 1; n <= order.length; n++) {
    const item = order[(start + n) % order.length] as Item;
    if (!dealtWith(item, pending) && !skip.has(item.key) && item.key !== from) return item.key;
  }
  return null;
}

const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

const name = (item: Item) => item.author.name || 'an unnamed author';

/** After a mark: on to the next item not dealt with, or say that everything is. */
function advance(order: readonly Item[], machine: Machine, from: string, skip: ReadonlySet<string>, said: string): Step {
  const next = nextUndone(order, from, machine.pending, skip);
  if (next === null) return { machine, effects: [{ type: 'say', text: `${said} Every item in the queue is dealt with.` }] };
  return { machine: { ...machine, cursor: next }, effects: [{ type: 'say', text: said }, { type: 'show', key: next }] };
}

export function step(order: readonly Item[], machine: Machine, command: Command): Step {
  const index = order.findIndex((i) => i.key === machine.cursor);
  const current = index >= 0 ? (order[index] as Item) : undefined;
  const none: Step = { machine, effects: [] };

  switch (command.type) {
    case 'move': {
      if (!order.length) return none;
      const to = index < 0 ? 0 : Math.min(Math.max(0, index + command.by), order.length - 1);
      const key = (order[to] as Item).key;
      if (key === machine.cursor) return none;
      return { machine: { ...machine, cursor: key }, effects: [{ type: 'show', key }] };
    }
    case 'cancel':
      if (!machine.selection) return none;
      return { machine: { ...machine, selection: null }, effects: [{ type: 'say', text: 'Selection cancelled.' }] };
    case 'undo':
      return { machine, effects: [{ type: 'undo' }] };
    default:
      break;
  }
  if (!current) return { machine, effects: [{ type: 'say', text: 'No item selected.' }] };

  switch (command.type) {
    case 'author': {
      if (machine.selection) return { machine: { ...machine, selection: null }, effects: [{ type: 'say', text: 'Selection cancelled.' }] };
      const selection = authorSelection(order as QueueItem[], current.key);
      if (!selection) return none;
      const count = selection.keys.length;
      return {
        machine: { ...machine, selection },
        effects: [{ type: 'say', text: `${count} ${count === 1 ? 'item' : 'items'} by ${selection.authorName} selected: the next mark or label applies to all. Esc cancels.` }],
      };
    }
    case 'label': {
      const words = LABEL_TEXT[command.label].name;
      if (machine.selection) {
        const { keys, authorName } = machine.selection;
        const pending = new Set([...machine.pending, ...keys]);
        return {
          machine: { ...machine, selection: null, pending },
          effects: [{ type: 'batch', keys, kind: 'labelled', label: command.label, authorName }, { type: 'say', text: `Labelling ${keys.length} by ${authorName} ${words}.` }],
        };
      }
      return {
        machine: { ...machine, pending: new Set([...machine.pending, current.key]) },
        effects: [{ type: 'relabel', key: current.key, label: command.label }, { type: 'say', text: `Labelled ${words}: ${name(current)}.` }],
      };
    }
    case 'mark': {
      if (machine.selection) {
        const { keys, authorName } = machine.selection;
        const after: Machine = { ...machine, selection: null, pending: new Set([...machine.pending, ...keys]) };
        const step = advance(order, after, current.key, new Set(keys), `Marking ${keys.length} by ${authorName} ${command.kind}.`);
        return { machine: step.machine, effects: [{ type: 'batch', keys, kind: command.kind, label: null, authorName }, ...step.effects] };
      }
      const after: Machine = { ...machine, pending: new Set([...machine.pending, current.key]) };
      const step = advance(order, after, current.key, new Set(), `Marked ${command.kind}: ${name(current)}.`);
      return { machine: step.machine, effects: [{ type: 'record', key: current.key, kind: command.kind }, ...step.effects] };
    }
    case 'capture':
      return { machine, effects: [{ type: 'capture', key: current.key }] };
    case 'open': {
      const url = webAddress(current.permalink) ?? webAddress(current.pageUrl);
      return { machine, effects: [url ? { type: 'open', url } : { type: 'say', text: 'This item has no address to open.' }] };
    }
    default:
      return none;
  }
}
