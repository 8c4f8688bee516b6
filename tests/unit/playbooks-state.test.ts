/**
 * Ticks are read back from the audit log: an item step mapped to an action kind
 * is done when the item is marked so (by anyone); any other step while its
 * `step` row stands. Unticking is an undo (a new row); an item's step inside an
 * incident never touches the incident's own steps.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { recordAction } from '../../utils/background/actions';
import { openIncident, tickStep } from '../../utils/background/incidents';
import { observeItems } from '../../utils/background/observe';
import { undoAction } from '../../utils/background/undo';
import { type Action, KeelDb, type StoredItem } from '../../utils/db';
import { pageKey } from '../../utils/page-key';
import { checklistFor } from '../../utils/playbooks/checklists';
import { countDone, incidentStepState, itemStepState, rowsTicking, standing, stepProgress } from '../../utils/playbooks/state';
import type { Step } from '../../utils/playbooks/types';

const PAGE = 'https://www.facebook.com/HarboursideDental/posts/pfbid02';
const T = 1_000_000_000;

const row = (seq: number, kind: Action['kind'], detail: string, more: Partial<Action> = {}): Action => ({
  seq, at: T + seq, actor: 'Sam', kind, cause: 'moderator', itemKey: 'facebook:1', detail, ...more,
});
const followUp: Step = { id: 'follow-up', text: 'Follow up', action: null };
const report: Step = { id: 'report', text: 'Report it', action: 'reported' };
const rule: Step = { id: 'never-delete', text: 'Never delete', action: null, rule: true };

describe('step state, pure', () => {
  test('a mapped step follows item.done; a plain step follows its standing step rows; rules are never done', () => {
    const rows = [row(1, 'step', 'follow-up'), row(2, 'step', 'resolve'), row(3, 'undone', 'Step unticked: resolve', { undoes: 2 })];
    expect(itemStepState([report, followUp, rule, { id: 'resolve', text: 'Resolve', action: null }], { done: { reported: T + 9 } }, rows)).toEqual({
      report: T + 9,
      'follow-up': T + 1,
      'never-delete': null,
      resolve: null,
    });
    expect(itemStepState([report], { done: {} }, [row(5, 'reported', 'x')])).toEqual({ report: null });
    // A step row of an incident (no item) never ticks an item's step.
    expect(itemStepState([followUp], { done: {} }, [row(1, 'step', 'follow-up', { itemKey: null, incidentId: 'inc' })])).toEqual({ 'follow-up': null });
  });

  test('what an untick undoes: every standing row that ticks it, newest first', () => {
    const rows = [row(1, 'reported', 'a'), row(2, 'reported', 'b'), row(3, 'hidden', 'c'), row(4, 'undone', 'u', { undoes: 1 }), row(5, 'reported', 'd')];
    expect(rowsTicking(report, rows).map((r) => r.seq)).toEqual([5, 2]);
    expect(standing(rows).map((r) => r.seq)).toEqual([2, 3, 5]);
  });

  test('incident steps and counts', () => {
    const steps = [report, followUp, rule];
    const state = incidentStepState(steps, { report: 7, 'playbook:smear': 3 });
    expect(state).toEqual({ report: 7, 'follow-up': null, 'never-delete': null });
    expect(countDone(steps, state)).toEqual({ done: 1, total: 2 });
    expect(stepProgress(report, { total: 3, done: { reported: 2, hidden: 1 } })).toEqual({ done: 2, total: 3 });
    expect(stepProgress(report, { total: 3, done: {} })).toEqual({ done: 0, total: 3 });
    expect(stepProgress(followUp, { total: 1, done: {} })).toBeNull();
  });
});

describe('step state, through the log', () => {
  let db: KeelDb;
  let n = 0;
  beforeEach(() => {
    db = new KeelDb(`keel-playbooks-${++n}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  async function genuineItem(): Promise<StoredItem> {
    const [stored] = await observeItems(
      db,
      [
        {
          platform: 'facebook', kind: 'comment', nativeId: '1', parentId: null, permalink: null,
          author: { name: 'Dana Whitlow', profileUrl: null },
          text: 'My filling from last week still hurts and nobody called me back.', rating: null, postedAt: null, postedText: null,
        },
      ],
      PAGE,
      T,
    );
    const item = await db.items.get(stored?.key ?? '');
    if (!item) throw new Error('not stored');
    return item;
  }
  const state = async (key: string) => {
    const item = (await db.items.get(key)) as StoredItem;
    const list = checklistFor(item);
    return itemStepState(list.steps, item, await db.actions.where('itemKey').equals(key).toArray());
  };

  test('ticking and unticking a genuine complaint’s steps: mapped kinds mark the item, plain steps are step rows, untick is an undo row', async () => {
    const item = await genuineItem();
    expect(item.label).toBe('genuine');
    const incident = await openIncident(db, { pageKey: pageKey(PAGE), pageUrl: PAGE, workspaceId: 'default', title: 'Test', itemKeys: [item.key] }, 'Sam', T + 1);
    await tickStep(db, incident.id, 'follow-up', true, 'Sam', T + 2);

    await recordAction(db, { kind: 'step', actor: 'Sam', cause: 'moderator', itemKey: item.key, detail: 'follow-up' }, T + 10);
    await recordAction(db, { kind: 'contacted', actor: 'Sam', cause: 'moderator', itemKey: item.key, detail: 'Checklist: Contact them' }, T + 11);
    expect(await state(item.key)).toMatchObject({ 'follow-up': T + 10, contact: T + 11, acknowledge: null, 'reply-offline': null });
    expect((await db.items.get(item.key))?.done.contacted).toBe(T + 11);

    // Untick the item's follow-up: an undo row. The incident's own follow-up (same id) stays ticked.
    const stepRow = (await db.actions.where('itemKey').equals(item.key).toArray()).find((a) => a.kind === 'step');
    expect(stepRow).toMatchObject({ incidentId: incident.id, detail: 'follow-up' });
    const undo = await undoAction(db, stepRow?.seq as number, { actor: 'Sam', onlyPageUrl: null }, T + 20);
    expect(undo).toMatchObject({ kind: 'undone', undoes: stepRow?.seq, detail: 'Step unticked: follow-up', itemKey: item.key });
    expect(await state(item.key)).toMatchObject({ 'follow-up': null, contact: T + 11 });
    expect((await db.incidents.get(incident.id))?.steps).toEqual({ 'follow-up': T + 2 });
    await expect(undoAction(db, stepRow?.seq as number, { actor: 'Sam', onlyPageUrl: null }, T + 21)).rejects.toThrow('already been undone');

    // Untick "contact": the contacted row is undone and the item no longer marked.
    const contacted = (await db.actions.where('itemKey').equals(item.key).toArray()).find((a) => a.kind === 'contacted');
    await undoAction(db, contacted?.seq as number, { actor: 'Sam', onlyPageUrl: null }, T + 30);
    expect(await state(item.key)).toMatchObject({ contact: null });
    expect((await db.items.get(item.key))?.done.contacted).toBeUndefined();
    // Nothing was erased: every row is still in the log.
    expect((await db.actions.where('itemKey').equals(item.key).toArray()).map((a) => a.kind)).toEqual(['step', 'contacted', 'undone', 'undone']);
  });
});
