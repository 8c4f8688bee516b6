/**
 * What the queue's commands do outside the panel: messages to the background
 * (label, record, batch, capture, undo) and a new tab for Enter. Every action
 * this panel takes goes on its undo stack, so z undoes the newest of them and
 * says what it undid.
 */
import { browser } from 'wxt/browser';
import type { KeelDb } from '@/utils/db';
import { LABEL_TEXT } from '@/utils/labels';
import { sendToBackground } from '@/utils/messaging/client';
import type { Effect } from '@/utils/queue/walk';
import type { Status } from '../StatusLine';

/** One thing this panel did, and how to take it back. */
export type UndoEntry =
  /** One row of the audit log. */
  | { type: 'row'; seq: number; what: string; keys: string[] }
  /** A batch: the rows it wrote after `afterSeq` of its kind on its items, once it has finished. */
  | { type: 'batch'; jobId: string; kind: string; afterSeq: number; what: string; keys: string[] };

export interface EffectContext {
  db: KeelDb;
  incidentId: string | null;
  /** Newest last. */
  undo: UndoEntry[];
  say(status: Status): void;
  /** These items are no longer dealt with by this panel (an undo, or an action that failed); `focus`: go back to the first. */
  release(keys: string[], focus: boolean): void;
  nameOf(key: string): string;
}

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/^[\w/-]+: /, '');

/** The newest row of `kind` about `itemKey` (what a message that answers without its seq just wrote). */
async function newestRow(db: KeelDb, itemKey: string, kind: string): Promise<number | null> {
  const row = await db.actions.where('itemKey').equals(itemKey).filter((a) => a.kind === kind).last();
  return row?.seq ?? null;
}

async function lastSeq(db: KeelDb): Promise<number> {
  return (await db.actions.orderBy('seq').last())?.seq ?? 0;
}

async function undoNewest(ctx: EffectContext): Promise<void> {
  const entry = ctx.undo.pop();
  if (!entry) return ctx.say({ kind: 'bad', text: 'Nothing left to undo from this panel.' });
  try {
    if (entry.type === 'row') {
      const row = await sendToBackground('actions/undo', { seq: entry.seq });
      ctx.release(entry.keys, true);
      return ctx.say({ kind: 'ok', text: `Undone: ${entry.what} ${row.detail}` });
    }
    if (await ctx.db.jobs.get(entry.jobId)) {
      ctx.undo.push(entry);
      return ctx.say({ kind: 'bad', text: 'That batch is still being written: undo it once it has finished.' });
    }
    const keys = new Set(entry.keys);
    const rows = await ctx.db.actions
      .where('seq')
      .above(entry.afterSeq)
      .filter((a) => a.kind === entry.kind && a.itemKey !== null && keys.has(a.itemKey))
      .toArray();
    let n = 0;
    for (const row of rows.reverse()) {
      // One already undone elsewhere (another panel, the popup) is left as it is.
      if (await sendToBackground('actions/undo', { seq: row.seq as number }).then(() => true, () => false)) n++;
    }
    ctx.release(entry.keys, true);
    ctx.say({ kind: 'ok', text: `Undone: ${entry.what} (${n} ${n === 1 ? 'item' : 'items'}).` });
  } catch (err) {
    ctx.say({ kind: 'bad', text: `Could not undo ${entry.what} ${messageOf(err)}` });
  }
}

/** Runs one effect (not `show` or `say`: the panel does those). */
export async function runEffect(effect: Effect, ctx: EffectContext): Promise<void> {
  const { db } = ctx;
  try {
    switch (effect.type) {
      case 'relabel': {
        await sendToBackground('items/relabel', { key: effect.key, label: effect.label });
        const seq = await newestRow(db, effect.key, 'labelled');
        const what = `labelled ${LABEL_TEXT[effect.label].name}, ${ctx.nameOf(effect.key)}.`;
        if (seq !== null) ctx.undo.push({ type: 'row', seq, what, keys: [effect.key] });
        return;
      }
      case 'record': {
        const row = await sendToBackground('actions/record', {
          itemKey: effect.key,
          authorKey: null,
          incidentId: ctx.incidentId,
          kind: effect.kind,
          detail: `Marked ${effect.kind} from the cleanup queue.`,
        });
        if (row.seq !== undefined) ctx.undo.push({ type: 'row', seq: row.seq, what: `marked ${effect.kind}, ${ctx.nameOf(effect.key)}.`, keys: [effect.key] });
        return;
      }
      case 'batch': {
        const afterSeq = await lastSeq(db);
        const { jobId, total } = await sendToBackground('actions/batch', { itemKeys: effect.keys, kind: effect.kind, label: effect.label });
        const did = effect.kind === 'labelled' && effect.label ? `labelled ${LABEL_TEXT[effect.label].name}` : `marked ${effect.kind}`;
        ctx.undo.push({ type: 'batch', jobId, kind: effect.kind, afterSeq, what: `${total} by ${effect.authorName} ${did}`, keys: effect.keys });
        return;
      }
      case 'capture': {
        ctx.say({ kind: 'ok', text: `Capturing ${ctx.nameOf(effect.key)}…` });
        const result = await sendToBackground('evidence/capture', { key: effect.key });
        const seq = await newestRow(db, effect.key, 'captured');
        // Undo takes back the mark; the evidence itself is never deleted.
        if (seq !== null) ctx.undo.push({ type: 'row', seq, what: `captured, ${ctx.nameOf(effect.key)} (the evidence stays stored).`, keys: [effect.key] });
        return ctx.say({ kind: result.screenshot ? 'ok' : 'bad', text: result.note });
      }
      case 'undo':
        return await undoNewest(ctx);
      case 'open':
        await browser.tabs.create({ url: effect.url, active: true });
        return;
      default:
        return;
    }
  } catch (err) {
    if (effect.type === 'relabel' || effect.type === 'record') ctx.release([effect.key], false);
    if (effect.type === 'batch') ctx.release(effect.keys, false);
    ctx.say({ kind: 'bad', text: `Not done: ${messageOf(err)}` });
  }
}
