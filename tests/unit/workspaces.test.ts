import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dumpDatabase } from '../../utils/backup/dump';
import { createWorkspace, removeWorkspace, switchWorkspace, updateWorkspace, WorkspaceError } from '../../utils/background/workspaces';
import { activeWorkspace, DEFAULT_RULES, KeelDb } from '../../utils/db';
import { protocol } from '../../utils/messaging/protocol';
import { fillAndCount } from './backup-fill';

let n = 0;
let db: KeelDb;
beforeEach(async () => {
  db = new KeelDb(`keel-ws-${++n}-${Date.now()}`);
  await db.open();
  await fillAndCount(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('workspaces', () => {
  test('create makes one with a blank profile and the default rules, logs it, and refuses a name already used', async () => {
    const ws = await createWorkspace(db, { name: 'Eastgate Vets' }, 'Sam', 100);
    expect(await db.workspaces.get(ws.id)).toEqual({
      id: ws.id, name: 'Eastgate Vets', createdAt: 100, rules: DEFAULT_RULES,
      profile: { businessName: 'Eastgate Vets', services: [], staff: [], managerName: '', phone: '', email: '', hours: '' },
    });
    expect((await db.actions.where('workspaceId').equals(ws.id).toArray()).map((a) => [a.kind, a.actor, a.detail])).toEqual([
      ['configured', 'Sam', 'Made workspace “Eastgate Vets”'],
    ]);
    await expect(createWorkspace(db, { name: 'northside clinic' }, 'Sam', 1)).rejects.toThrow('There is already a workspace named “northside clinic”.');
  });

  test('switch changes the active workspace, which is what pages, roster and the popup read', async () => {
    expect((await activeWorkspace(db)).id).toBe('default');
    await switchWorkspace(db, 'north');
    expect((await activeWorkspace(db)).name).toBe('Northside Clinic');
    await expect(switchWorkspace(db, 'nope')).rejects.toThrow(WorkspaceError);
    expect((await activeWorkspace(db)).id).toBe('north');
  });

  test('update replaces the profile or the rules; the message refuses what is invalid, naming the field', async () => {
    const profile = { businessName: 'Northside Physio', services: ['physio', 'massage'], staff: [], managerName: 'Ada', phone: '1', email: 'x@y.z', hours: '' };
    await updateWorkspace(db, { id: 'north', profile }, 'Sam', 10);
    await updateWorkspace(db, { id: 'north', rules: { ...DEFAULT_RULES, ackTargetMinutes: 15 } }, 'Sam', 11);
    const ws = await db.workspaces.get('north');
    expect(ws?.profile).toEqual(profile);
    expect(ws?.rules.ackTargetMinutes).toBe(15);
    const request = protocol['workspaces/update'].request;
    const bad = request.safeParse({ id: 'north', rules: { ...DEFAULT_RULES, ackTargetMinutes: 0 } });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['rules.ackTargetMinutes', 'Acknowledge within: at least 1 minute.']]);
    const twice = request.safeParse({ id: 'north', rules: { ...DEFAULT_RULES, blockedTerms: ['Scam', 'scam'] } });
    expect(twice.error?.issues[0]?.message).toBe('A blocked term is listed twice.');
    expect(request.safeParse({ id: 'north', profile: { ...profile, businessName: '' } }).success).toBe(false);
    await expect(updateWorkspace(db, { id: 'north', name: 'My practice (example)' }, 'Sam', 12)).rejects.toThrow(/already a workspace/);
  });

  test('remove takes the workspace’s pages, items, authors, incidents, evidence, templates, roster, ratings and queued items with it, in one go', async () => {
    await switchWorkspace(db, 'north');
    await db.jobs.add({ id: 'job2', kind: 'reported', label: null, itemKeys: ['facebook:2', 'facebook:1'], next: 1, actor: 'Sam', cause: 'moderator', createdAt: 61 });
    const before = (await dumpDatabase(db, 0)).tables;
    const removed = await removeWorkspace(db, 'north', 'Sam', 500);
    expect(removed).toMatchObject({ name: 'Northside Clinic', pages: 1, items: 2, authors: 1, incidents: 1, evidence: 1, templates: 1, rosterNames: 2, activeId: 'default', unused: ['https://www.smile-reviews.example/*'] });
    const after = (await dumpDatabase(db, 0)).tables;
    expect(after.workspaces.map((w) => w.id)).toEqual(['default']);
    for (const table of ['pages', 'items', 'authors', 'templates', 'roster'] as const) {
      // The other workspace's rows stay, untouched.
      expect(after[table], table).toEqual(before[table].filter((r) => r.workspaceId !== 'north'));
      expect(after[table].length, table).toBeGreaterThan(0);
    }
    expect(after.incidents).toEqual([]);
    expect(after.evidence).toEqual([]);
    expect(after.ratings.map((r) => r.pageKey)).toEqual(['https://www.facebook.com/default/posts/1']);
    // Queued batches drop the removed items: job1 had only a removed item left to do, so it is finished;
    // job2 had done the removed item, and has the other still to do.
    expect(after.jobs).toEqual([{ ...before.jobs[1], itemKeys: ['facebook:1'], next: 0 }]);
    expect((await activeWorkspace(db)).id).toBe('default');
    // The log keeps every row it had, and says what went.
    expect(after.actions.slice(0, before.actions.length)).toEqual(before.actions);
    expect(after.actions.at(-1)).toMatchObject({ kind: 'configured', actor: 'Sam', workspaceId: 'north', detail: expect.stringContaining('Removed workspace “Northside Clinic” with 1 pages, 2 items') });
  });

  test('the last workspace cannot be removed, and a refusal changes nothing', async () => {
    await removeWorkspace(db, 'north', 'Sam', 1);
    const before = (await dumpDatabase(db, 0)).tables;
    await expect(removeWorkspace(db, 'default', 'Sam', 2)).rejects.toThrow('This is the only workspace');
    expect((await dumpDatabase(db, 0)).tables).toEqual(before);
  });
});
