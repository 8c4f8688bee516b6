/**
 * The popup's summaries are kept as items change, never counted when it opens.
 * Property: after any sequence of what the background does to items (batches
 * stored, labels set, actions recorded and undone, incidents opened and items
 * attached, a workspace removed), every summary is exactly what counting the
 * items from scratch gives.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { recordAction } from '../../utils/background/actions';
import { attachItems, openIncident } from '../../utils/background/incidents';
import { relabelItem } from '../../utils/background/relabel';
import { storeBatch } from '../../utils/background/store-batch';
import { FLAGGED_KEPT, incidentSummaryId, pageSummaryId, rebuildSummaries, recountPageIfOff } from '../../utils/background/summaries';
import { undoAction } from '../../utils/background/undo';
import { createWorkspace, removeWorkspace } from '../../utils/background/workspaces';
import { KeelDb, type PageSummary } from '../../utils/db';
import { LABELS } from '../../utils/labels';
import type { RawItem } from '../../utils/model';
import { pageKey } from '../../utils/page-key';
import { canonical } from './props-helpers';

const PAGES = ['https://www.facebook.com/HarboursideDental/posts/1', 'https://www.facebook.com/HarboursideDental/posts/2'];
const TEXTS = [
  'Lovely team, thank you for my cleaning.',
  'You are all scum, disgusting clowns',
  'We know where you live. Watch your back.',
  'Cheap followers at www.fast-fans.example',
  'I waited two hours for my appointment and nobody told me why.',
  'Pay me $500 or I post the photos everywhere',
  'They fired a nurse for telling the truth, disgusting people, zero stars',
];

const raw = (id: number, text: string): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: String(id), parentId: null,
  permalink: null, author: { name: `Person ${id % 7}`, profileUrl: `https://www.facebook.com/person.${id % 7}` },
  text, rating: null, postedAt: null, postedText: 'Just now',
});

type Op =
  | { op: 'store'; page: number; ids: number[]; text: number; ws: 0 | 1 }
  | { op: 'label'; id: number; label: number }
  | { op: 'mark'; id: number; kind: number }
  | { op: 'undo'; back: number }
  | { op: 'incident'; page: number; ids: number[] }
  | { op: 'attach'; ids: number[] }
  | { op: 'removeWs' };

const KINDS = ['hidden', 'deleted', 'reported', 'banned', 'replied-offline', 'note'] as const;
const id = fc.integer({ min: 1, max: 30 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('store' as const), page: fc.integer({ min: 0, max: 1 }), ids: fc.array(id, { minLength: 1, maxLength: 6 }), text: fc.integer({ min: 0, max: TEXTS.length - 1 }), ws: fc.constantFrom(0 as const, 1 as const) }),
  fc.record({ op: fc.constant('label' as const), id, label: fc.integer({ min: 0, max: LABELS.length - 1 }) }),
  fc.record({ op: fc.constant('mark' as const), id, kind: fc.integer({ min: 0, max: KINDS.length - 1 }) }),
  fc.record({ op: fc.constant('undo' as const), back: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ op: fc.constant('incident' as const), page: fc.integer({ min: 0, max: 1 }), ids: fc.array(id, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('attach' as const), ids: fc.array(id, { minLength: 1, maxLength: 4 }) }),
  fc.constant({ op: 'removeWs' as const }),
);

let db: KeelDb;
let n = 0;
beforeEach(() => {
  db = new KeelDb(`keel-summaries-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const summaries = async () => canonical(await db.summaries.toArray());

async function run(ops: Op[]): Promise<void> {
  let now = 1_000_000;
  let second: string | null = null;
  for (const o of ops) {
    now += 60_000;
    const key = (i: number) => `facebook:${i}`;
    const exists = async (i: number) => !!(await db.items.get(key(i)));
    // Refusals (no such item, no incident) are part of the sequence: they must change nothing.
    await (async () => {
      if (o.op === 'store') {
        const ws = o.ws === 1 ? second : null;
        await storeBatch(db, o.ids.map((i) => raw(i, TEXTS[(o.text + i) % TEXTS.length] as string)), { url: PAGES[o.page] as string, pageUrl: null, workspaceId: ws }, 'Sam', now);
      } else if (o.op === 'label' && (await exists(o.id))) {
        await relabelItem(db, { key: key(o.id), label: LABELS[o.label] as (typeof LABELS)[number] }, { actor: 'Sam', onlyPageUrl: null }, now);
      } else if (o.op === 'mark' && (await exists(o.id))) {
        await recordAction(db, { itemKey: key(o.id), kind: KINDS[o.kind] as (typeof KINDS)[number], actor: 'Sam', cause: 'moderator', detail: '' }, now);
      } else if (o.op === 'undo') {
        const rows = (await db.actions.toArray()).filter((a) => a.itemKey && a.kind !== 'undone');
        const row = rows[rows.length - 1 - o.back];
        if (row?.seq) await undoAction(db, row.seq, { actor: 'Sam', onlyPageUrl: null }, now);
      } else if (o.op === 'incident') {
        const page = PAGES[o.page] as string;
        await openIncident(db, { pageKey: pageKey(page), pageUrl: page, workspaceId: 'default', title: '', itemKeys: o.ids.map(key) }, 'Sam', now);
      } else if (o.op === 'attach') {
        const inc = (await db.incidents.toArray()).find((i) => i.status !== 'resolved');
        if (inc) await attachItems(db, inc.id, o.ids.map(key), 'Sam', now);
      } else if (o.op === 'removeWs') {
        if (second === null) second = (await createWorkspace(db, { name: `Second ${now}` }, 'Sam', now)).id;
        else {
          await removeWorkspace(db, second, 'Sam', now);
          second = null;
        }
      }
    })().catch((err: Error) => {
      if (!['ActionError', 'RelabelError', 'IncidentError', 'WorkspaceError'].includes(err.name)) throw err;
    });
  }
}

describe('summaries', () => {
  test('after any sequence of what the background does, each summary is what counting the items gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        await db.delete();
        await db.open();
        await run(ops);
        const kept = await summaries();
        await db.transaction('rw', db.items, db.summaries, () => rebuildSummaries(db));
        expect(kept).toBe(await summaries());
      }),
      { numRuns: Number(process.env.KEEL_PROPS_RUNS ?? 60) },
    );
  });

  test('an item named twice in one attach is attached and counted once (a counterexample the property found)', async () => {
    await run([
      { op: 'store', page: 0, ids: [20, 6, 13, 1], text: 0, ws: 0 },
      { op: 'attach', ids: [1, 1] },
      { op: 'mark', id: 1, kind: 0 },
    ] as Op[]);
    await run([{ op: 'incident', page: 1, ids: [3, 3] }, { op: 'store', page: 1, ids: [3], text: 1, ws: 0 }, { op: 'incident', page: 1, ids: [3, 3] }] as Op[]);
    const kept = await summaries();
    await db.transaction('rw', db.items, db.summaries, () => rebuildSummaries(db));
    expect(kept).toBe(await summaries());
  });

  test('a page summary counts by label, keeps threats first then the newest flagged, and drops an item relabelled harmless', async () => {
    const page = PAGES[0] as string;
    await storeBatch(db, [raw(1, TEXTS[2] as string), raw(2, TEXTS[1] as string), raw(3, TEXTS[0] as string)], { url: page, pageUrl: null, workspaceId: null }, 'Sam', 1000);
    await storeBatch(db, [raw(4, TEXTS[3] as string)], { url: page, pageUrl: null, workspaceId: null }, 'Sam', 2000);
    const s = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(s).toMatchObject({ total: 4, counts: { threat: 1, troll: 1, spam: 1, genuine: 1, supporter: 0, unclear: 0 } });
    expect(s.flagged).toEqual(['facebook:1', 'facebook:4', 'facebook:2']);
    await relabelItem(db, { key: 'facebook:4', label: 'genuine' }, { actor: 'Sam', onlyPageUrl: null }, 3000);
    const after = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(after.flagged).toEqual(['facebook:1', 'facebook:2']);
    expect(after.counts).toMatchObject({ spam: 0, genuine: 2 });
  });

  test("a page summary counts the business's own posts (own), and a moderator's label makes one an ordinary item", async () => {
    const page = PAGES[0] as string;
    const where = { url: page, pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: null };
    const ours: RawItem = { ...raw(9, 'Please call the front desk so we can put this right.'), kind: 'reply', parentId: '1', author: { name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/HarboursideDental' } };
    await storeBatch(db, [raw(1, TEXTS[4] as string), ours], where, 'Sam', 1000);
    const s = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(s).toMatchObject({ total: 2, own: 1, counts: { supporter: 1, genuine: 1 } });
    // Seen again: still one.
    await storeBatch(db, [ours], where, 'Sam', 2000);
    expect(((await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary).own).toBe(1);
    await relabelItem(db, { key: 'facebook:9', label: 'supporter' }, { actor: 'Sam', onlyPageUrl: null }, 3000);
    const after = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(after).toMatchObject({ own: 0, counts: { supporter: 1 } });
    const kept = await summaries();
    await db.transaction('rw', db.items, db.summaries, () => rebuildSummaries(db));
    expect(kept).toBe(await summaries());
  });

  test('a page summary keeps at most FLAGGED_KEPT keys, and reads more from the store when relabelling empties it', async () => {
    const page = PAGES[0] as string;
    const trolls = Array.from({ length: FLAGGED_KEPT + 10 }, (_, i) => raw(100 + i, TEXTS[1] as string));
    for (let i = 0; i < trolls.length; i += 5) await storeBatch(db, trolls.slice(i, i + 5), { url: page, pageUrl: null, workspaceId: null }, 'Sam', 1000 + i);
    let s = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(s.flagged).toHaveLength(FLAGGED_KEPT);
    expect(s.flagged[0]).toBe('facebook:125');
    for (const key of [...s.flagged]) await relabelItem(db, { key, label: 'genuine' }, { actor: 'Sam', onlyPageUrl: null }, 5000);
    s = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(s.counts.troll).toBe(10);
    expect(s.flagged).toHaveLength(10);
  });

  test('rows written outside Keel’s write path are noticed by count and counted again, with their incident', async () => {
    const page = PAGES[0] as string;
    await storeBatch(db, [raw(1, TEXTS[1] as string), raw(2, TEXTS[0] as string)], { url: page, pageUrl: null, workspaceId: null }, 'Sam', 1000);
    const incident = await openIncident(db, { pageKey: pageKey(page), pageUrl: page, workspaceId: 'default', title: '', itemKeys: ['facebook:1'] }, 'Sam', 2000);
    expect(await recountPageIfOff(db, pageKey(page))).toBe(false);
    const like = await db.items.get('facebook:1');
    await db.items.put({ ...(like as NonNullable<typeof like>), key: 'facebook:99', nativeId: '99', label: 'threat' });
    expect(await recountPageIfOff(db, pageKey(page))).toBe(true);
    const s = (await db.summaries.get(pageSummaryId(pageKey(page)))) as PageSummary;
    expect(s).toMatchObject({ total: 3, counts: { threat: 1, troll: 1, genuine: 1 } });
    expect(s.flagged[0]).toBe('facebook:99');
    expect(await db.summaries.get(incidentSummaryId(incident.id))).toMatchObject({ total: 2, counts: { threat: 1, troll: 1 } });
    expect(await recountPageIfOff(db, pageKey(page))).toBe(false);
  });
});
