/**
 * The cleanup queue's keys: one key per command, no modifiers, so a moderator
 * working through hundreds of items keeps one hand on the keyboard. Pure: the
 * panel hands in what the key event says.
 */
import type { Label } from '../labels';

/** What the queue can record with one key (each is a `done` kind of the audit log). */
export const MARK_KINDS = ['reported', 'deleted', 'banned', 'hidden'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export type Command =
  | { type: 'move'; by: 1 | -1 }
  | { type: 'label'; label: Label }
  | { type: 'mark'; kind: MarkKind }
  | { type: 'capture' }
  | { type: 'author' }
  | { type: 'undo' }
  | { type: 'open' }
  | { type: 'cancel' };

export interface KeyHelp {
  keys: string[];
  command: Command;
  /** What the key does, in a word or two (the legend). */
  text: string;
}

/** Every key, in the order the legend shows them. */
export const KEYMAP: readonly KeyHelp[] = [
  { keys: ['j', 'ArrowDown'], command: { type: 'move', by: 1 }, text: 'next' },
  { keys: ['k', 'ArrowUp'], command: { type: 'move', by: -1 }, text: 'previous' },
  { keys: ['t'], command: { type: 'label', label: 'troll' }, text: 'troll' },
  { keys: ['p'], command: { type: 'label', label: 'genuine' }, text: 'patient / customer' },
  { keys: ['x'], command: { type: 'label', label: 'threat' }, text: 'threat' },
  { keys: ['s'], command: { type: 'label', label: 'spam' }, text: 'spam' },
  { keys: ['u'], command: { type: 'label', label: 'supporter' }, text: 'supporter' },
  { keys: ['?'], command: { type: 'label', label: 'unclear' }, text: 'unclear' },
  { keys: ['c'], command: { type: 'capture' }, text: 'capture evidence' },
  { keys: ['r'], command: { type: 'mark', kind: 'reported' }, text: 'reported' },
  { keys: ['d'], command: { type: 'mark', kind: 'deleted' }, text: 'deleted' },
  { keys: ['b'], command: { type: 'mark', kind: 'banned' }, text: 'banned' },
  { keys: ['h'], command: { type: 'mark', kind: 'hidden' }, text: 'hidden' },
  { keys: ['a'], command: { type: 'author' }, text: 'everything by this author' },
  { keys: ['z'], command: { type: 'undo' }, text: 'undo my last' },
  { keys: ['Enter'], command: { type: 'open' }, text: 'open on the platform' },
  { keys: ['Escape'], command: { type: 'cancel' }, text: 'cancel the selection' },
];

const BY_KEY = new Map<string, Command>(KEYMAP.flatMap((h) => h.keys.map((k) => [k, h.command] as const)));

/** How a key is written for people: "↓" for ArrowDown, "Esc" for Escape. */
export function keyName(key: string): string {
  return ({ ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc', Enter: 'Enter' } as Record<string, string>)[key] ?? key;
}

/** The key that runs `command` (the first one the map lists), for a button's hint. */
export function keyFor(command: Command): string {
  const found = KEYMAP.find((h) => JSON.stringify(h.command) === JSON.stringify(command));
  return found ? keyName(found.keys[0] as string) : '';
}

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was typed in. */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week', '']);

/** Whether the key goes into something the moderator types in (then no queue key fires). */
export function isTyping(target: KeyInput['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? '').toLowerCase());
}

/**
 * The command a key press asks for, or null (a modifier held, typing in a
 * field, a key the queue does not use). Enter on a button or link is the
 * button's own: it is not taken.
 */
export function commandFor(e: KeyInput): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  const tag = (e.target?.tagName ?? '').toUpperCase();
  if (e.key === 'Enter' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return null;
  return BY_KEY.get(e.key) ?? null;
}
