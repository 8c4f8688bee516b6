import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { recordAction } from '../../utils/background/actions';
import { badgeText, unreviewedCount } from '../../utils/background/alerts';
import { attachItems, openIncident, setIncidentStatus, tickStep, updateIncidents } from '../../utils/background/incidents';
import { resumeJobs, runJob, startJob } from '../../utils/background/jobs';
import { observeItems } from '../../utils/background/observe';
import { storeBatch } from '../../utils/background/store-batch';
import { relabelItem } from '../../utils/background/relabel';
import { undoAction } from '../../utils/background/undo';
import { applyBlockedTerms } from '../../utils/classify/rules';
import { KeelDb } from '../../utils/db';
import type { RawItem } from '../../utils/model';
import { pageKey } from '../../utils/page-key';

const PAGE = 'https://www.facebook.com/HarboursideDental/posts/pfbid02';
const KEY = pageKey(PAGE);
const START = 1_000_000_000;
const MIN = 60_000;

function raw(id: string, text: string, name = 'Dana Whitlow'): RawItem {
  return {
    platform: 'facebook', kind: 'comment', nativeId: id, parentId: null,
    permalink: `https://www.facebook.com/HarboursideDental/posts/pfbid02?comment_id=${id}`,
    author: { name, profileUrl: `https://www.facebook.com/${name.replace(/\W/g, '').toLowerCase()}` },
    text, rating: null, postedAt: null, postedText: 'Just now',
  };
}

let db: KeelDb;
let n = 0;
beforeEach(() => {
  db = new KeelDb(`keel-incidents-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const page = { pageKey: KEY, pageUrl: PAGE, workspaceId: 'default' };

/** The stored rows of `keys`, as the background passes them on after storing a batch. */
const rowsOf = async (keys: readonly string[]) => (await db.items.bulkGet([...keys])).filter((i) => i !== undefined);

/** A regular comment, then twelve near-copies from strangers ten minutes later, a few at a time; incidents updated after each batch. */
async function pileOn(): Promise<Array<Awaited<ReturnType<typeof updateIncidents>>>> {
  const first = await observeItems(db, [raw('100', 'Lovely team, thank you for my cleaning.', 'Regular Patient')], PAGE, START);
  const updates = [await updateIncidents(db, page, await rowsOf(first.map((r) => r.key)), 'Sam', START)];
  const burst = Array.from({ length: 12 }, (_, i) =>
    raw(String(200 + i), `They fired a nurse for telling the truth, disgusting people, zero stars ${'!'.repeat(i % 3)}`, `Stranger ${i}`),
  );
  for (let i = 0; i < burst.length; i += 3) {
    const now = START + 10 * MIN + i * MIN;
    const stored = await observeItems(db, burst.slice(i, i + 3), PAGE, now);
    updates.push(await updateIncidents(db, page, await rowsOf(stored.map((r) => r.key)), 'Sam', now));
  }
  return updates;
}

describe('incidents', () => {
  test('a campaign burst opens one incident, attaches its items, and logs the opening', async () => {
    const updates = await pileOn();
    const opened = updates.filter((u) => u.opened);
    expect(opened).toHaveLength(1);
    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ status: 'open', trigger: 'burst', pageKey: KEY, workspaceId: 'default' });
    const attached = await db.items.where('incidentId').equals(incidents[0]?.id as string).toArray();
    // Every campaign item is in it; the regular patient's comment from before is not.
    const campaign = (await db.items.toArray()).filter((i) => i.campaign);
    expect(campaign.length).toBeGreaterThan(0);
    expect(attached.map((i) => i.key).sort()).toEqual(expect.arrayContaining(campaign.map((i) => i.key)));
    expect(attached.some((i) => i.key === 'facebook:100')).toBe(false);
    const log = await db.actions.where('incidentId').equals(incidents[0]?.id as string).toArray();
    expect(log[0]).toMatchObject({ kind: 'incident', actor: 'Keel', cause: 'burst' });
  });

  test('while one is under way, flagged items arriving on the page join it; a second burst opens no second incident', async () => {
    await pileOn();
    const [incident] = await db.incidents.toArray();
    await observeItems(db, [raw('900', 'You are all scum, disgusting clowns', 'Late Troll')], PAGE, START + 30 * MIN);
    await updateIncidents(db, page, await rowsOf(['facebook:900']), 'Sam', START + 30 * MIN);
    expect((await db.items.get('facebook:900'))?.incidentId).toBe(incident?.id);
    expect(await db.incidents.count()).toBe(1);
  });

  test('two updates racing (two tabs of the page) open one incident, not two', async () => {
    await observeItems(db, [raw('100', 'Lovely team, thank you for my cleaning.', 'Regular Patient')], PAGE, START);
    const burst = Array.from({ length: 12 }, (_, i) => raw(String(200 + i), `They fired a nurse for telling the truth, disgusting people, zero stars ${i}`, `Stranger ${i}`));
    for (let i = 0; i < burst.length; i += 3) await observeItems(db, burst.slice(i, i + 3), PAGE, START + 10 * MIN + i * MIN);
    // Neither batch was attached yet (as if both tabs stored theirs, then updated at once).
    const keys = burst.map((b) => `facebook:${b.nativeId}`);
    const [a, b] = [await rowsOf(keys.slice(0, 6)), await rowsOf(keys.slice(6))];
    const results = await Promise.all([updateIncidents(db, page, a, 'Sam', START + 30 * MIN), updateIncidents(db, page, b, 'Ana', START + 30 * MIN)]);
    expect(results.filter((r) => r.opened)).toHaveLength(1);
    expect(await db.incidents.count()).toBe(1);
  });

  test('no burst, no incident', async () => {
    const stored = await observeItems(db, [raw('1', 'Are you open on Saturday?'), raw('2', 'Great cleaning, thanks!', 'Ola Berg')], PAGE, START);
    expect(await updateIncidents(db, page, await rowsOf(stored.map((r) => r.key)), 'Sam', START)).toEqual({ opened: null, attached: 0 });
    expect(await db.incidents.count()).toBe(0);
  });

  test('status moves open → contained → resolved, each logged; reopening is logged too; a resolved page can open a new one', async () => {
    await pileOn();
    const [incident] = await db.incidents.toArray();
    const id = incident?.id as string;
    expect(await setIncidentStatus(db, id, 'contained', 'Sam', START + HOUR())).toMatchObject({ status: 'contained', containedAt: START + HOUR() });
    expect(await setIncidentStatus(db, id, 'resolved', 'Sam', START + 2 * HOUR())).toMatchObject({ status: 'resolved', resolvedAt: START + 2 * HOUR(), containedAt: START + HOUR() });
    expect(await setIncidentStatus(db, id, 'open', 'Ana', START + 3 * HOUR())).toMatchObject({ status: 'open', resolvedAt: null, containedAt: null });
    const details = (await db.actions.where('incidentId').equals(id).toArray()).map((a) => a.detail);
    expect(details).toEqual(expect.arrayContaining(['Contained (was open).', 'Resolved (was contained).', 'Reopened (was resolved).']));
    await setIncidentStatus(db, id, 'resolved', 'Ana', START + 4 * HOUR());
    const manual = await openIncident(db, { ...page, title: 'Review bombing on Google', itemKeys: ['facebook:100'] }, 'Ana', START + 5 * HOUR());
    expect(manual).toMatchObject({ trigger: 'manual', openedBy: 'Ana', status: 'open', title: 'Review bombing on Google' });
    expect((await db.items.get('facebook:100'))?.incidentId).toBe(manual.id);
    await expect(openIncident(db, { ...page, title: 'again', itemKeys: [] }, 'Ana', START + 6 * HOUR())).rejects.toThrow(/already under way/);
    await expect(setIncidentStatus(db, id, 'open', 'Ana', START + 6 * HOUR())).rejects.toThrow(/Another incident/);
  });

  test('playbook steps are ticked and unticked, both logged; items can be attached by hand', async () => {
    const incident = await openIncident(db, { ...page, title: '', itemKeys: [] }, 'Sam', START);
    await observeItems(db, [raw('5', 'Boycott these clowns #shame', 'Troll One')], PAGE, START + MIN);
    expect(await attachItems(db, incident.id, ['facebook:5', 'facebook:nope'], 'Sam', START + 2 * MIN)).toBe(1);
    expect((await tickStep(db, incident.id, 'capture', true, 'Sam', START + 3 * MIN)).steps).toEqual({ capture: START + 3 * MIN });
    expect((await tickStep(db, incident.id, 'capture', false, 'Sam', START + 4 * MIN)).steps).toEqual({});
    const kinds = (await db.actions.where('incidentId').equals(incident.id).toArray()).map((a) => `${a.kind}:${a.detail}`);
    expect(kinds).toEqual(['incident:Opened by hand: Incident on www.facebook.com/HarboursideDental/posts/pfbid02', 'incident:Attached 1 item by hand.', 'step:Done: capture', 'step:Not done: capture']);
  });
});

function HOUR() {
  return 60 * MIN;
}

describe('the audit log and undo', () => {
  test('an action marks the item done and reviewed, with author, incident and workspace on the row', async () => {
    await observeItems(db, [raw('1', 'Boycott these clowns #shame')], PAGE, START);
    expect(await db.items.get('facebook:1')).toMatchObject({ needsReview: 1, done: {} });
    const row = await recordAction(db, { kind: 'deleted', actor: 'Sam', cause: 'moderator', itemKey: 'facebook:1', detail: 'Deleted on Facebook' }, START + 1);
    expect(row).toMatchObject({ kind: 'deleted', authorKey: 'facebook:https://www.facebook.com/danawhitlow', workspaceId: 'default', incidentId: null });
    expect(await db.items.get('facebook:1')).toMatchObject({ needsReview: 0, done: { deleted: START + 1 } });
    await expect(recordAction(db, { kind: 'deleted', actor: 'Sam', cause: 'moderator', itemKey: 'facebook:nope', detail: '' }, 2)).rejects.toThrow(/No such item/);
  });

  test('undo adds a row and reverses a mark, a label, a step; history is never deleted; an undo is not undone twice', async () => {
    await observeItems(db, [raw('1', 'Boycott these clowns #shame')], PAGE, START);
    const first = await recordAction(db, { kind: 'banned', actor: 'Sam', cause: 'moderator', itemKey: 'facebook:1', detail: '' }, START + 1);
    const second = await recordAction(db, { kind: 'banned', actor: 'Sam', cause: 'moderator', itemKey: 'facebook:1', detail: '' }, START + 2);
    await undoAction(db, second.seq as number, { actor: 'Ana', onlyPageUrl: null }, START + 3);
    // The earlier ban still stands.
    expect((await db.items.get('facebook:1'))?.done).toEqual({ banned: START + 1 });
    await undoAction(db, first.seq as number, { actor: 'Ana', onlyPageUrl: null }, START + 4);
    expect((await db.items.get('facebook:1'))?.done).toEqual({});
    await expect(undoAction(db, first.seq as number, { actor: 'Ana', onlyPageUrl: null }, START + 5)).rejects.toThrow(/already been undone/);

    await relabelItem(db, { key: 'facebook:1', label: 'genuine' }, { actor: 'Sam', onlyPageUrl: null }, START + 6);
    const label = (await db.actions.where('kind').equals('labelled').first()) as { seq: number };
    const undo = await undoAction(db, label.seq, { actor: 'Ana', onlyPageUrl: null }, START + 7);
    expect(undo).toMatchObject({ kind: 'undone', undoes: label.seq, actor: 'Ana', detail: 'Label back to Troll (was Patient / customer).' });
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'troll', labelSource: 'auto' });
    expect((await db.items.get('facebook:1'))?.reasons.some((r) => r.startsWith('You labelled'))).toBe(false);
    await expect(undoAction(db, undo.seq as number, { actor: 'Ana', onlyPageUrl: null }, START + 8)).rejects.toThrow(/cannot itself be undone/);

    // Nothing was removed from the log: five rows and three undos.
    const log = await db.actions.orderBy('seq').toArray();
    expect(log.map((a) => a.kind)).toEqual(['banned', 'banned', 'undone', 'undone', 'labelled', 'undone']);
  });

  test('a content script may undo only what concerns its own page', async () => {
    await observeItems(db, [raw('1', 'Boycott these clowns #shame')], PAGE, START);
    const row = await recordAction(db, { kind: 'hidden', actor: 'Sam', cause: 'moderator', itemKey: 'facebook:1', detail: '' }, START + 1);
    await expect(undoAction(db, row.seq as number, { actor: 'Sam', onlyPageUrl: 'https://www.facebook.com/Other/posts/1' }, START + 2)).rejects.toThrow(/this page/);
    expect((await db.items.get('facebook:1'))?.done).toEqual({ hidden: START + 1 });
  });
});

describe('batches', () => {
  test('a batch marks every item once, one transaction per item, and deletes itself when done', async () => {
    const items = Array.from({ length: 40 }, (_, i) => raw(String(i + 1), `Boycott these clowns ${i}`, `Troll ${i}`));
    await observeItems(db, items, PAGE, START);
    const keys = items.map((i) => `facebook:${i.nativeId}`);
    const job = await startJob(db, { kind: 'deleted', label: null, itemKeys: [...keys, keys[0] as string], actor: 'Sam', cause: 'moderator' }, START);
    expect(job.itemKeys).toHaveLength(40);
    await runJob(db, job.id, () => START + 1);
    expect(await db.jobs.count()).toBe(0);
    const rows = await db.actions.where('kind').equals('deleted').toArray();
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.itemKey)).size).toBe(40);
    expect((await db.items.bulkGet(keys)).every((i) => i?.done.deleted === START + 1 && i.needsReview === 0)).toBe(true);
  });

  test('a batch cut short resumes at the first item not done, with no item done twice', async () => {
    const items = Array.from({ length: 30 }, (_, i) => raw(String(i + 1), `Boycott these clowns ${i}`, `Troll ${i}`));
    await observeItems(db, items, PAGE, START);
    const keys = items.map((i) => `facebook:${i.nativeId}`);
    const job = await startJob(db, { kind: 'labelled', label: 'spam', itemKeys: keys, actor: 'Sam', cause: 'moderator' }, START);
    // As if the worker had stopped after 12 items: progress and rows as one transaction per item left them.
    let calls = 0;
    await expect(
      runJob(db, job.id, () => {
        if (++calls > 12) throw new Error('worker stopped');
        return START + calls;
      }),
    ).rejects.toThrow('worker stopped');
    expect((await db.jobs.get(job.id))?.next).toBe(12);
    expect(await db.actions.where('kind').equals('labelled').count()).toBe(12);
    expect((await db.items.bulkGet(keys)).filter((i) => i?.label === 'spam')).toHaveLength(12);
    expect(await resumeJobs(db, () => START + 100)).toBe(1);
    expect(await db.actions.where('kind').equals('labelled').count()).toBe(30);
    expect((await db.items.bulkGet(keys)).every((i) => i?.label === 'spam' && i.labelSource === 'moderator')).toBe(true);
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('badge and rules', () => {
  test('the badge counts flagged items nobody has looked at, across workspaces', async () => {
    await observeItems(db, [raw('1', 'Boycott these clowns #shame', 'A'), raw('2', 'We know where you live', 'B'), raw('3', 'Thanks, great cleaning', 'C')], PAGE, START);
    await db.workspaces.add({ id: 'w2', name: 'Other', profile: (await db.workspaces.get('default'))?.profile as never, rules: (await db.workspaces.get('default'))?.rules as never, createdAt: 1 });
    await observeItems(db, [raw('4', 'Boycott these clowns #shame', 'D')], 'https://www.facebook.com/Other/posts/1', START, 'w2');
    expect(await unreviewedCount(db)).toEqual({ count: 3, incident: false });
    await recordAction(db, { kind: 'hidden', actor: 'Sam', cause: 'moderator', itemKey: 'facebook:1', detail: '' }, START + 1);
    await relabelItem(db, { key: 'facebook:2', label: 'threat' }, { actor: 'Sam', onlyPageUrl: null }, START + 2);
    expect(await unreviewedCount(db)).toEqual({ count: 1, incident: false });
    await openIncident(db, { ...page, title: '', itemKeys: [] }, 'Sam', START + 3);
    expect((await unreviewedCount(db)).incident).toBe(true);
    expect([badgeText(0), badgeText(7), badgeText(12_000)]).toEqual(['', '7', '999+']);
  });

  test('blocked terms flag an item as a troll, as whole words, through spacing tricks; never a threat or the business', async () => {
    const base = { label: 'genuine' as const, confidence: 0.7, reasons: ['Describes a visit.'] };
    expect(applyBlockedTerms(base, 'Total SCAM, the cleaning was fine', ['scam'], false)).toMatchObject({ label: 'troll', reasons: ['Uses a term your workspace blocks: “scam”.', 'Describes a visit.'] });
    expect(applyBlockedTerms(base, 'I felt scammed', ['scam'], false).label).toBe('genuine');
    expect(applyBlockedTerms(base, 'Dr Smith is the b u t c h e r', ['butcher'], false).label).toBe('troll');
    expect(applyBlockedTerms({ ...base, label: 'threat' }, 'scam', ['scam'], false).label).toBe('threat');
    expect(applyBlockedTerms(base, 'scam', ['scam'], true).label).toBe('genuine');
    expect(applyBlockedTerms(base, 'scam', [' ', ''], false)).toBe(base);
  });

  test('a workspace rule applies when items are stored', async () => {
    const ws = await db.workspaces.get('default');
    await db.workspaces.put({ ...(ws as NonNullable<typeof ws>), rules: { ...(ws as NonNullable<typeof ws>).rules, blockedTerms: ['cowboy dentists'] } });
    const [r] = await observeItems(db, [raw('1', 'Avoid these cowboy dentists, the cleaning was fine though')], PAGE, START);
    expect(r).toMatchObject({ label: 'troll' });
    expect(r?.reasons[0]).toContain('cowboy dentists');
  });
});

describe('storeBatch: items of an incident under way are stored attached, in the batch’s own write', () => {
  const src = { url: PAGE, pageUrl: null, workspaceId: null };
  test('a burst opens one incident; later flagged items join it as they are stored, others do not', async () => {
    await storeBatch(db, [raw('100', 'Lovely team, thank you for my cleaning.', 'Regular Patient')], src, 'Sam', START);
    const burst = Array.from({ length: 12 }, (_, i) =>
      raw(String(200 + i), `They fired a nurse for telling the truth, disgusting people, zero stars ${'!'.repeat(i % 3)}`, `Stranger ${i}`),
    );
    const opened = [];
    for (let i = 0; i < burst.length; i += 3) opened.push((await storeBatch(db, burst.slice(i, i + 3), src, 'Sam', START + 10 * MIN + i * MIN)).opened);
    const incident = opened.find((o) => o);
    expect(opened.filter((o) => o)).toHaveLength(1);
    const later = await storeBatch(db, [raw('300', 'You are all scum, disgusting clowns', 'Late Troll'), raw('301', 'Are you open on Saturday?', 'Ola Berg')], src, 'Sam', START + 40 * MIN);
    expect(later.opened).toBeNull();
    expect((await db.items.get('facebook:300'))?.incidentId).toBe(incident?.id);
    expect((await db.items.get('facebook:301'))?.incidentId).toBeNull();
    expect((await db.items.get('facebook:100'))?.incidentId).toBeNull();
    const attached = await db.items.where('incidentId').equals(incident?.id as string).primaryKeys();
    expect(attached).toEqual(expect.arrayContaining(burst.filter((_, i) => i >= 3).map((b) => `facebook:${b.nativeId}`)));
  });
});
