/**
 * Undo is a new action, never a deletion: the row it reverses stays in the log
 * and an `undone` row naming it (`undoes`) is added, with the item put back as
 * it was before the reversed action.
 */
import type { Action, KeelDb, StoredItem } from '../db';
import { putItems } from './summaries';
import { DONE_KINDS } from '../db';
import { LABEL_TEXT, LABELS, type Label } from '../labels';
import { pageKey } from '../page-key';
import { ActionError, recordAction } from './actions';
import { tickStep } from './incidents';

const isLabel = (s: string | undefined): s is Label => !!s && (LABELS as readonly string[]).includes(s);

/** Rows that already reverse `seq`. */
async function undoneBy(db: KeelDb, row: Action): Promise<Action[]> {
  const related = row.itemKey
    ? db.actions.where('itemKey').equals(row.itemKey)
    : row.incidentId
      ? db.actions.where('incidentId').equals(row.incidentId)
      : db.actions.where('kind').equals('undone');
  return related.filter((a) => a.kind === 'undone' && a.undoes === row.seq).toArray();
}

/** Whether an earlier `kind` action on the item still stands (not itself undone). */
async function standing(db: KeelDb, itemKey: string, kind: Action['kind'], except: number): Promise<Action | undefined> {
  const rows = await db.actions.where('itemKey').equals(itemKey).toArray();
  const undone = new Set(rows.filter((a) => a.kind === 'undone').map((a) => a.undoes));
  return rows.filter((a) => a.kind === kind && a.seq !== except && !undone.has(a.seq)).sort((a, b) => b.at - a.at)[0];
}

async function revertLabel(db: KeelDb, item: StoredItem, row: Action): Promise<string> {
  const [from, to] = row.detail.split(' → ');
  if (!isLabel(from) || !isLabel(to)) throw new ActionError('This label change cannot be read back; set the label again instead.');
  if (item.label !== to) throw new ActionError(`The item is no longer labelled ${LABEL_TEXT[to].name}: set the label you want instead.`);
  const earlier = await standing(db, item.key, 'labelled', row.seq ?? -1);
  const keelSaid = item.reasons.filter((r) => !r.startsWith('You labelled this') && !r.startsWith('Keel had said'));
  await putItems(db, [[item, {
    ...item,
    label: from,
    // Back to Keel's own label unless a moderator had labelled it before.
    labelSource: earlier ? 'moderator' : 'auto',
    reasons: earlier ? [`You labelled this ${LABEL_TEXT[from].name}.`, ...keelSaid] : keelSaid,
  }]]);
  const author = await db.authors.get(item.authorKey);
  if (author) {
    const labels = { ...author.labels, [to]: Math.max(0, (author.labels[to] ?? 1) - 1), [from]: (author.labels[from] ?? 0) + 1 };
    await db.authors.put({ ...author, labels, moderatorLabel: earlier ? from : null });
  }
  return `Label back to ${LABEL_TEXT[from].name} (was ${LABEL_TEXT[to].name}).`;
}

/**
 * Reverses action `seq`. `onlyPageUrl`: a content script may undo only what
 * concerns an item of its own page.
 */
export async function undoAction(db: KeelDb, seq: number, by: { actor: string; onlyPageUrl: string | null }, now: number): Promise<Action> {
  return db.transaction('rw', [db.items, db.authors, db.actions, db.incidents, db.summaries], async () => {
    const row = await db.actions.get(seq);
    if (!row) throw new ActionError('No such action in the log.');
    if (row.kind === 'undone') throw new ActionError('An undo cannot itself be undone: do the action again instead.');
    if ((await undoneBy(db, row)).length) throw new ActionError('That action has already been undone.');
    const item = row.itemKey ? await db.items.get(row.itemKey) : undefined;
    if (by.onlyPageUrl !== null && (!item || item.pageKey !== pageKey(by.onlyPageUrl))) {
      throw new ActionError('Only actions on an item of this page can be undone here.');
    }
    let detail: string;
    if (row.kind === 'labelled' && item) {
      detail = await revertLabel(db, item, row);
    } else if ((DONE_KINDS as readonly string[]).includes(row.kind) && item) {
      const kind = row.kind as (typeof DONE_KINDS)[number];
      const earlier = await standing(db, item.key, kind, seq);
      const done = { ...item.done };
      if (earlier) done[kind] = earlier.at;
      else delete done[kind];
      await putItems(db, [[item, { ...item, done }]]);
      detail = `No longer marked ${kind}.`;
    } else if (row.kind === 'step' && row.itemKey) {
      // An item's checklist step (utils/playbooks): its state is read from the log, so this row is the whole undo.
      detail = `Step unticked: ${row.detail}`;
    } else if (row.kind === 'step' && row.incidentId) {
      const step = row.detail.replace(/^(Done|Not done): /, '');
      await tickStep(db, row.incidentId, step, row.detail.startsWith('Not done'), by.actor, now);
      detail = `Step reverted: ${step}`;
    } else if (row.kind === 'note') {
      detail = 'Note withdrawn.';
    } else {
      throw new ActionError(`A “${row.kind}” entry cannot be undone.`);
    }
    return recordAction(
      db,
      { kind: 'undone', actor: by.actor, cause: 'moderator', itemKey: row.itemKey, authorKey: row.authorKey ?? null, incidentId: row.incidentId ?? null, workspaceId: row.workspaceId ?? null, undoes: seq, detail },
      now,
    );
  });
}
