import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dumpDatabase } from '../../utils/backup/dump';
import { buildConfig } from '../../utils/config/export';
import { importConfig } from '../../utils/config/import';
import { type KeelConfig, parseConfig } from '../../utils/config/schema';
import { KeelDb } from '../../utils/db';
import { fillAndCount, PACK } from './backup-fill';

let n = 0;
const open: KeelDb[] = [];
async function fresh(): Promise<KeelDb> {
  const db = new KeelDb(`keel-config-${++n}-${Date.now()}`);
  await db.open();
  open.push(db);
  return db;
}
const snapshot = async (db: KeelDb) => (await dumpDatabase(db, 0)).tables;
const allow = async () => true;

let source: KeelDb;
let target: KeelDb;
let config: KeelConfig;
beforeEach(async () => {
  source = await fresh();
  await fillAndCount(source);
  config = await buildConfig(source, 'north', 7);
  target = await fresh();
});
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('configuration export', () => {
  test('carries the workspace’s profile, rules, templates and pages, and the packs, and nothing else', async () => {
    expect(config.format).toBe('keel-config/1');
    expect(config.workspace).toEqual({ name: 'Northside Clinic', profile: (await source.workspaces.get('north'))?.profile, rules: (await source.workspaces.get('north'))?.rules });
    expect(config.pages).toEqual([{ url: 'https://www.smile-reviews.example/clinic/north', adapter: 'smile-reviews' }]);
    expect(config.packs).toEqual([PACK]);
    expect(config.templates).toEqual([
      { lineage: 'offline', name: 'Take it offline', scenario: 'A genuine complaint', body: 'Please call {phone}.', status: 'approved', version: 1, approvedBy: 'Ada', approvedAt: 50, createdAt: 49, updatedAt: 50 },
    ]);
    // No items, authors, roster or log: a configuration is not a backup.
    expect(JSON.stringify(config)).not.toMatch(/A\. Person|frauds|c2FsdA/);
    expect(parseConfig(JSON.stringify(config))).toEqual({ ok: true, config });
  });
});

describe('configuration import', () => {
  test('into the active workspace: everything arrives, and importing it again changes nothing at all', async () => {
    const first = await importConfig(target, config, { kind: 'active' }, allow, 'Lead', 100);
    expect(first).toMatchObject({
      workspaceId: 'default', created: false, profileChanged: true, pagesAdded: ['https://www.smile-reviews.example/clinic/north'],
      pagesRefused: [], packsStored: 1, templatesAdded: 1, templatesUpdated: 0, origins: ['https://www.smile-reviews.example/*'],
    });
    const ws = await target.workspaces.get('default');
    expect(ws?.profile).toEqual(config.workspace.profile);
    expect(ws?.rules.blockedTerms).toEqual(['scam']);
    expect((await target.templates.toArray()).map(({ workspaceId, status, approvedBy, approvedAt }) => ({ workspaceId, status, approvedBy, approvedAt }))).toEqual([
      { workspaceId: 'default', status: 'approved', approvedBy: 'Ada', approvedAt: 50 },
    ]);
    expect((await target.actions.toArray()).map((a) => [a.kind, a.cause, a.actor])).toEqual([['configured', 'import', 'Lead']]);
    const once = await snapshot(target);

    const second = await importConfig(target, config, { kind: 'active' }, allow, 'Lead', 200);
    expect(second).toMatchObject({ profileChanged: false, pagesAdded: [], pagesKept: 1, packsStored: 0, packsKept: 1, templatesAdded: 0, templatesKept: 1 });
    expect(await snapshot(target)).toEqual(once);
  });

  test('as a new workspace: made once, and the same file again lands in it', async () => {
    const first = await importConfig(target, config, { kind: 'new', name: 'Northside Clinic' }, allow, 'Lead', 100);
    expect(first.created).toBe(true);
    expect((await target.workspaces.toArray()).map((w) => w.name).sort()).toEqual(['My practice (example)', 'Northside Clinic']);
    expect((await target.pages.toArray()).map((p) => p.workspaceId)).toEqual([first.workspaceId]);
    // The active workspace is left as it was.
    expect((await target.settings.get('activeWorkspaceId'))?.value).toBe('default');
    const once = await snapshot(target);
    const again = await importConfig(target, config, { kind: 'new', name: 'northside clinic ' }, allow, 'Lead', 200);
    expect(again).toMatchObject({ created: false, workspaceId: first.workspaceId, pagesAdded: [], templatesAdded: 0 });
    expect(await snapshot(target)).toEqual(once);
  });

  test('pages whose access is refused, or that Keel cannot read, are reported and not added; the rest still is', async () => {
    const withMore: KeelConfig = {
      ...config,
      pages: [...config.pages, { url: 'https://www.facebook.com/NorthsideClinic', adapter: 'facebook' }, { url: 'https://nowhere.example/x', adapter: 'gone' }],
    };
    const onlySmile = async (origins: string[]) => origins.every((o) => o.includes('smile-reviews'));
    const report = await importConfig(target, withMore, { kind: 'active' }, onlySmile, 'Lead', 100);
    expect(report.pagesAdded).toEqual(['https://www.smile-reviews.example/clinic/north']);
    expect(report.pagesRefused).toEqual([
      { url: 'https://www.facebook.com/NorthsideClinic', reason: expect.stringMatching(/^Keel was not given access to https:\/\/www\.facebook\.com\/\*/) },
      { url: 'https://nowhere.example/x', reason: expect.stringMatching(/no adapter for nowhere\.example/) },
    ]);
    expect((await target.pages.toArray()).map((p) => p.url)).toEqual(['https://www.smile-reviews.example/clinic/north']);
  });

  test('packs keep the higher version; templates merge by lineage and version, keeping the file’s approval', async () => {
    await target.packs.add({ id: PACK.id, pack: { ...PACK, version: 5, name: 'Newer here' }, updatedAt: 1 });
    await target.templates.bulkAdd([
      // The same lineage and version, still a draft here: the file's approved wording wins.
      { id: 'mine', workspaceId: 'default', lineage: 'offline', name: 'Take it offline', scenario: '', body: 'Old words.', status: 'draft', version: 1, approvedBy: null, approvedAt: null, createdAt: 1, updatedAt: 1 },
      // Another version of the lineage: kept beside it.
      { id: 'mine2', workspaceId: 'default', lineage: 'offline', name: 'Take it offline', scenario: '', body: 'Newer words.', status: 'draft', version: 2, approvedBy: null, approvedAt: null, createdAt: 2, updatedAt: 2 },
    ]);
    const report = await importConfig(target, config, { kind: 'active' }, allow, 'Lead', 100);
    expect(report).toMatchObject({ packsStored: 0, packsKept: 1, templatesAdded: 0, templatesUpdated: 1 });
    expect((await target.packs.get(PACK.id))?.pack).toMatchObject({ version: 5, name: 'Newer here' });
    expect((await target.templates.toArray()).sort((a, b) => a.version - b.version).map((t) => [t.id, t.version, t.body, t.status, t.approvedBy])).toEqual([
      ['mine', 1, 'Please call {phone}.', 'approved', 'Ada'],
      ['mine2', 2, 'Newer words.', 'draft', null],
    ]);
    const newer = await importConfig(target, { ...config, packs: [{ ...PACK, version: 6 }] }, { kind: 'active' }, allow, 'Lead', 200);
    expect(newer.packsStored).toBe(1);
    expect((await target.packs.get(PACK.id))?.pack.version).toBe(6);
  });
});

describe('parsing a configuration file', () => {
  test.each([
    ['cut short', (t: string) => t.slice(0, 40), /not complete JSON/],
    ['another format', (t: string) => t.replace('keel-config/1', 'keel-backup/1'), /This is a “keel-backup\/1” file, not a Keel configuration/],
    ['a bad field', (t: string) => t.replace('"businessName":"Northside Clinic"', '"businessName":""'), /^workspace\.profile\.businessName: Too small/],
    ['a bad rule', (t: string) => t.replace('"ackTargetMinutes":60', '"ackTargetMinutes":-3'), /^workspace\.rules\.ackTargetMinutes: Acknowledge within: at least 1 minute/],
    ['a bad pack', (t: string) => t.replace('"item":"article"', '"item":"{"'), /^packs\.0\.selectors\.item: may not contain/],
  ])('%s: refused, naming the problem', (_name, change, message) => {
    const parsed = parseConfig(change(JSON.stringify(config)));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
