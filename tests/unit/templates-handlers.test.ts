/**
 * The background's template handlers over a fake IndexedDB: seeding, saving,
 * approving and retiring with their audit-log rows; approval needs a name and a
 * clean lint; a content script can never change a template and may ask only
 * for the replies of an item on its own page.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { templateHandlers } from '../../utils/background/handlers/templates';
import { observeItems } from '../../utils/background/observe';
import { writeTabState } from '../../utils/background/tab-state';
import { KeelDb } from '../../utils/db';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers, type SenderInfo } from '../../utils/messaging/server';
import type { RawItem } from '../../utils/model';
import { BUILTIN_TEMPLATES } from '../../utils/templates/builtin';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02';
const OTHER_POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid03';
const page: SenderInfo = { kind: 'page', url: 'chrome-extension://keel/options.html', tabId: null };
const content = (tabId: number, url = POST): SenderInfo => ({ kind: 'content', url, tabId });
const raw = (id: string, text: string): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: id, parentId: null, permalink: `${POST}?comment_id=${id}`,
  author: { name: `Author ${id}`, profileUrl: `https://www.facebook.com/a${id}` }, text, rating: null, postedAt: null, postedText: '1h',
});

let db: KeelDb;
let h: ReturnType<typeof templateHandlers>;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new KeelDb(`keel-templates-${++n}`);
  h = templateHandlers(db);
  await db.settings.put({ key: 'moderatorName', value: 'Bea Quinn' });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const configured = async () => (await db.actions.toArray()).filter((a) => a.kind === 'configured').map((a) => [a.actor, a.cause, a.workspaceId, a.detail]);

describe('templates/seed', () => {
  test('the built-in set, as drafts, once', async () => {
    expect(await h['templates/seed']({}, page)).toEqual({ added: BUILTIN_TEMPLATES.length });
    expect(await h['templates/seed']({}, page)).toEqual({ added: 0 });
    const rows = await db.templates.toArray();
    expect(rows).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(new Set(rows.map((r) => `${r.workspaceId}/${r.status}/${r.version}`))).toEqual(new Set(['default/draft/1']));
    await expect(h['templates/seed']({ workspaceId: 'nope' }, page)).rejects.toThrow('No such workspace.');
  });
});

describe('save, approve, retire', () => {
  test('the whole life of a template, each step logged', async () => {
    const v1 = await h['templates/save']({ name: 'Offline', scenario: 'A complaint', body: 'Sorry about your visit on Tuesday. Call {phone}.', labels: ['genuine'] }, page);
    expect(v1).toMatchObject({ workspaceId: 'default', status: 'draft', version: 1 });
    // The linter refuses it: nothing changes.
    await expect(h['templates/approve']({ id: v1.id }, page)).rejects.toThrow(/Not approved: .*confirms a patient \(“your visit”\); gives a date or time \(“on Tuesday”\)/);
    expect((await db.templates.get(v1.id))?.status).toBe('draft');

    const fixed = await h['templates/save']({ id: v1.id, name: 'Offline', scenario: 'A complaint', body: 'We are sorry to read this. Please call {phone}. — {businessName}', labels: ['genuine'] }, page);
    expect(fixed).toMatchObject({ id: v1.id, version: 1 });
    const approved = await h['templates/approve']({ id: v1.id }, page);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Bea Quinn', approvedAt: expect.any(Number) });

    // Editing the approved one: a v2 draft, v1 still approved.
    const v2 = await h['templates/save']({ id: v1.id, name: 'Offline', scenario: 'A complaint', body: 'We are sorry. Please call {phone} or email {email}. — {businessName}', labels: ['genuine'] }, page);
    expect(v2).toMatchObject({ lineage: v1.lineage, version: 2, status: 'draft' });
    expect((await db.templates.get(v1.id))?.status).toBe('approved');
    await h['templates/approve']({ id: v2.id }, page);
    expect((await db.templates.get(v1.id))).toMatchObject({ status: 'retired', approvedBy: 'Bea Quinn' });
    expect((await db.templates.get(v2.id))?.status).toBe('approved');
    await h['templates/retire']({ id: v2.id }, page);
    expect((await db.templates.get(v2.id))?.status).toBe('retired');

    expect(await configured()).toEqual([
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v1: new draft'],
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v1: draft edited'],
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v1: approved by Bea Quinn'],
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v2: new draft from approved v1; v1 stays approved until this one is'],
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v2: approved by Bea Quinn'],
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v1: retired, replaced by v2'],
      ['Bea Quinn', 'moderator', 'default', 'Template “Offline” v2: retired (was approved)'],
    ]);
  });

  test('approval needs the moderator’s name: it records who approved', async () => {
    await db.settings.delete('moderatorName');
    const v1 = await h['templates/save']({ name: 'Thanks', scenario: '', body: 'Thank you. — {businessName}', labels: ['supporter'] }, page);
    await expect(h['templates/approve']({ id: v1.id }, page)).rejects.toThrow('Set your name first (Settings › Your name)');
    expect((await db.templates.get(v1.id))?.status).toBe('draft');
  });

  test('approval lints with the template’s own workspace profile', async () => {
    await db.workspaces.add({ id: 'north', name: 'North', profile: { businessName: 'North Clinic', services: [], staff: [], managerName: '', phone: '', email: '', hours: '' }, rules: { ackTargetMinutes: 60, autoCaptureThreats: true, notifyOnIncident: true, blockedTerms: [] }, createdAt: 0 });
    const t = await h['templates/save']({ workspaceId: 'north', name: 'Call', scenario: '', body: 'Please call {phone}. — {businessName}' }, page);
    expect(t.workspaceId).toBe('north');
    await expect(h['templates/approve']({ id: t.id }, page)).rejects.toThrow('has an unfilled placeholder (“{phone}”)');
    await expect(h['templates/save']({ id: t.id, workspaceId: 'default', name: 'x', scenario: '', body: 'y' }, page)).rejects.toThrow('another workspace');
  });
});

describe('templates/for-item', () => {
  beforeEach(async () => {
    await db.pages.add({ id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook', origins: [], addedAt: 0 });
    await observeItems(db, [raw('1', 'I waited two hours for my cleaning appointment and nobody told me why.'), raw('2', 'Total scam run by frauds, everyone report this page #boycott')], POST, 1000);
    await writeTabState(7, { url: POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
    await writeTabState(8, { url: OTHER_POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
    await db.items.update('facebook:1', { label: 'genuine' });
    await db.items.update('facebook:2', { label: 'troll' });
    await h['templates/seed']({}, page);
  });

  test('only approved replies answering the item’s label, filled; none for a troll; drafts never', async () => {
    expect(await h['templates/for-item']({ key: 'facebook:1' }, content(7))).toEqual({ replies: [] });
    const rows = await db.templates.toArray();
    for (const r of rows) await h['templates/approve']({ id: r.id }, page);
    const { replies } = await h['templates/for-item']({ key: 'facebook:1' }, content(7));
    expect(replies.map((r) => r.name).sort()).toEqual(['Answer a question', 'Negative review (patient or not)', 'Take a complaint offline']);
    expect(replies.every((r) => r.text.includes('(555) 010-4477') && !r.text.includes('{'))).toBe(true);
    expect(await h['templates/for-item']({ key: 'facebook:2' }, content(7))).toEqual({ replies: [] });
  });

  test('refused for an item of another page or a tab Keel does not read', async () => {
    await expect(h['templates/for-item']({ key: 'facebook:1' }, content(8, OTHER_POST))).rejects.toThrow('Replies can only be asked for an item of this page.');
    await expect(h['templates/for-item']({ key: 'facebook:1' }, content(9))).rejects.toThrow('Not a page Keel watches.');
  });
});

describe('reply/lint', () => {
  beforeEach(async () => {
    const base = await db.workspaces.get('default');
    if (!base) throw new Error('The default workspace is missing.');
    await db.workspaces.put({ ...base, id: 'spa', name: 'Glow Spa', profile: { ...base.profile, businessName: 'Glow Spa', staff: ['Ines Alvarado'], services: ['microneedling'] } });
    await db.pages.add({ id: 'p2', workspaceId: 'spa', url: 'https://www.facebook.com/GlowSpa', adapter: 'facebook', origins: [], addedAt: 0 });
    await writeTabState(11, { url: 'https://www.facebook.com/GlowSpa/posts/1', pageId: 'p2', pageUrl: 'https://www.facebook.com/GlowSpa', workspaceId: 'spa', adapter: 'facebook', health: null });
    await db.pages.add({ id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook', origins: [], addedAt: 0 });
    await writeTabState(7, { url: POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
  });
  const spaTab = content(11, 'https://www.facebook.com/GlowSpa/posts/1');
  const rules = (r: { errors: Array<{ rule: string; excerpt: string }> }) => r.errors.map((e) => `${e.rule}:${e.excerpt}`);

  test('a draft typed on a page is checked against that page’s workspace: its staff and services', async () => {
    const draft = 'So sorry, Ines Alvarado will call you about the microneedling. Please ring us on (555) 010-2000.';
    // The spa's own staff may be named; its services are treatments.
    expect(rules(await h['reply/lint']({ text: draft, platform: 'facebook' }, spaTab)).sort()).toEqual(['clinical-detail:microneedling', 'confirms-patient:the microneedling']);
    // On the dental practice's page the same name is someone else's.
    expect(rules(await h['reply/lint']({ text: draft, platform: 'facebook' }, content(7)))).toContain('names-person:Ines Alvarado');
    // The platform's limit applies: X counts 280.
    const long = await h['reply/lint']({ text: `We are sorry to read this. ${'Please call us. '.repeat(20)}`, platform: 'x' }, spaTab);
    expect(long.warnings.map((e) => e.rule)).toContain('too-long');
  });

  test('a safe draft or an empty one finds nothing; a tab Keel does not read is refused', async () => {
    expect(await h['reply/lint']({ text: '   ', platform: 'facebook' }, spaTab)).toEqual({ errors: [], warnings: [] });
    expect(await h['reply/lint']({ text: 'We are sorry to read this. Please call (555) 010-2000 so we can talk privately. — Glow Spa', platform: 'facebook' }, spaTab)).toEqual({ errors: [], warnings: [] });
    await expect(h['reply/lint']({ text: 'Hi', platform: 'facebook' }, content(9))).rejects.toThrow('Not a page Keel watches.');
  });

  test('an extension page cannot ask, and a draft past the limit is refused before the handler', async () => {
    const handlers = Object.fromEntries((Object.keys(protocol) as MessageType[]).map((t) => [t, async () => ({ errors: [], warnings: [] })])) as unknown as Handlers;
    const fromPage = await dispatch(handlers, { keel: 1, type: 'reply/lint', payload: { text: 'x', platform: 'x' } }, { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') } as never, () => {});
    expect(fromPage).toEqual({ ok: false, error: '"reply/lint" is not accepted from this sender.' });
    const tooLong = await dispatch(handlers, { keel: 1, type: 'reply/lint', payload: { text: 'x'.repeat(20_001), platform: 'x' } }, { id: browser.runtime.id, url: POST, tab: { id: 7 } } as never, () => {});
    expect(tooLong.ok).toBe(false);
  });
});

describe('who may send', () => {
  const refusedTypes = ['templates/save', 'templates/approve', 'templates/retire', 'templates/seed'] as const;

  test.each(refusedTypes)('a content script cannot send %s; the handler is never reached', async (type) => {
    const reached: string[] = [];
    const handlers = Object.fromEntries(
      (Object.keys(protocol) as MessageType[]).map((t) => [t, async () => { reached.push(t); return {}; }]),
    ) as unknown as Handlers;
    const refused: string[] = [];
    const payload = type === 'templates/save' ? { name: 'x', body: 'y' } : type === 'templates/seed' ? {} : { id: 'r1' };
    const sender = { id: browser.runtime.id, url: POST, tab: { id: 7 } } as never;
    const reply = await dispatch(handlers, { keel: 1, type, payload }, sender, (why) => refused.push(why));
    expect(reply).toEqual({ ok: false, error: `"${type}" is not accepted from this sender.` });
    expect(refused).toEqual(['sender not allowed']);
    expect(reached).toEqual([]);
    // The same message from an extension page reaches its handler.
    const fromPage = await dispatch(handlers, { keel: 1, type, payload }, { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') } as never, () => {});
    expect(fromPage.ok).toBe(true);
    expect(reached).toEqual([type]);
  });

  test('an extension page cannot ask for an item’s replies as a chip does', async () => {
    const handlers = Object.fromEntries((Object.keys(protocol) as MessageType[]).map((t) => [t, async () => ({})])) as unknown as Handlers;
    const reply = await dispatch(handlers, { keel: 1, type: 'templates/for-item', payload: { key: 'k' } }, { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') } as never, () => {});
    expect(reply).toEqual({ ok: false, error: '"templates/for-item" is not accepted from this sender.' });
  });
});
