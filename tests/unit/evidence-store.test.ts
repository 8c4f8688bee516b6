/**
 * The background's evidence handlers with a fake browser and IndexedDB: who may
 * capture what, what is stored when the browser refuses a screenshot, the
 * workspace's auto-capture rule, and the audit log.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evidenceHandlers, storeEvidence } from '../../utils/background/handlers/evidence';
import { observeItems } from '../../utils/background/observe';
import { writeTabState } from '../../utils/background/tab-state';
import { KeelDb } from '../../utils/db';
import type { Shot } from '../../utils/messaging/msg-evidence';
import type { SenderInfo } from '../../utils/messaging/server';
import type { RawItem } from '../../utils/model';
import { verifyEvidence } from '../../utils/evidence/verify';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02';
const OTHER_POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid03';
const raw = (id: string, text: string): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: id, parentId: null, permalink: `${POST}?comment_id=${id}`,
  author: { name: 'Vex Orlan', profileUrl: 'https://www.facebook.com/vex.orlan' }, text, rating: null, postedAt: null, postedText: '1h',
});
const SHOT: Shot = { rect: { x: 10, y: 10, width: 300, height: 80 }, dpr: 1, viewport: { width: 1100, height: 900 } };
const content = (tabId: number, url = POST): SenderInfo => ({ kind: 'content', url, tabId });
const page: SenderInfo = { kind: 'page', url: 'chrome-extension://keel/popup.html', tabId: null };

let db: KeelDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new KeelDb(`keel-evidence-${++n}`);
  await db.pages.add({ id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook', origins: [], addedAt: 0 });
  await observeItems(db, [raw('1', 'I know where you live. Watch your back.'), raw('2', 'Lovely clinic, thank you')], POST, 1000);
  await writeTabState(7, { url: POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
  await writeTabState(8, { url: OTHER_POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Tabs as the browser reports them: which is in front of its window. */
function tabs(list: Array<{ id: number; active: boolean }>) {
  vi.spyOn(browser.tabs, 'get').mockImplementation(async (id: number) => {
    const t = list.find((x) => x.id === id);
    if (!t) throw new Error('No tab');
    return { id, active: t.active, windowId: 1 } as never;
  });
  vi.spyOn(browser.tabs, 'query').mockResolvedValue(list.map((t) => ({ id: t.id, active: t.active, windowId: 1 })) as never);
}

/** The browser refuses screenshots as Chromium does without activeTab or access to all sites. */
function noPermission() {
  const capture = vi.fn().mockRejectedValue(new Error("Either the '<all_urls>' or 'activeTab' permission is required."));
  (browser.tabs as unknown as { captureVisibleTab: typeof capture }).captureVisibleTab = capture;
  return capture;
}

describe('evidence/capture', () => {
  test('from a chip, when the browser refuses a screenshot: the text is stored, hashed, logged, and the answer says how to get one', async () => {
    tabs([{ id: 7, active: true }]);
    const capture = noPermission();
    const h = evidenceHandlers(db);
    const r = await h['evidence/capture']({ key: 'facebook:2', shot: SHOT }, content(7));
    expect(capture).toHaveBeenCalledWith(1, { format: 'png' });
    expect(r).toMatchObject({ screenshot: false, why: expect.stringContaining('click Keel’s button in the toolbar'), note: expect.stringMatching(/^Text captured\. No screenshot/) });
    const rows = await db.evidence.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemKey: 'facebook:2', text: 'Lovely clinic, thank you', author: { name: 'Vex Orlan' }, permalink: `${POST}?comment_id=2`, screenshot: null, auto: false, capturedBy: 'Moderator', sha256: r.sha256 });
    expect((await verifyEvidence(rows[0] as never)).ok).toBe(true);
    const [action] = await db.actions.toArray();
    expect(action).toMatchObject({ kind: 'captured', cause: 'moderator', actor: 'Moderator', itemKey: 'facebook:2' });
    expect(await db.items.get('facebook:2')).toMatchObject({ needsReview: 0, done: { captured: expect.any(Number) } });
    expect(action?.detail).toBe(`Captured text only (no screenshot: the browser lets Keel take one only after you click Keel’s button in the toolbar on this tab), sha256 ${r.sha256.slice(0, 12)}…`);
    expect((await db.items.get('facebook:2'))?.done.captured).toBeTypeOf('number');
  });

  test('from a chip of a tab behind others: no screenshot is tried (it would show another tab)', async () => {
    tabs([{ id: 7, active: false }]);
    const capture = noPermission();
    const r = await evidenceHandlers(db)['evidence/capture']({ key: 'facebook:2', shot: SHOT }, content(7));
    expect(capture).not.toHaveBeenCalled();
    expect(r.why).toBe('No screenshot: this tab is not in front.');
  });

  test('a content script cannot capture an item of another page, nor without saying where it is; nothing is stored', async () => {
    tabs([{ id: 7, active: true }, { id: 8, active: true }]);
    noPermission();
    const h = evidenceHandlers(db);
    await expect(h['evidence/capture']({ key: 'facebook:2', shot: SHOT }, content(8, OTHER_POST))).rejects.toThrow('That item is not on this page.');
    await expect(h['evidence/capture']({ key: 'facebook:2' }, content(7))).rejects.toThrow('Say where the item is on screen.');
    await expect(h['evidence/capture']({ key: 'facebook:404', shot: SHOT }, content(7))).rejects.toThrow('No such item.');
    // A tab Keel does not read (no state): refused.
    await expect(h['evidence/capture']({ key: 'facebook:2', shot: SHOT }, content(9))).rejects.toThrow('Not a page Keel watches.');
    expect(await db.evidence.count()).toBe(0);
    expect(await db.actions.count()).toBe(0);
  });

  test('from an extension page with no tab showing the item: the text, and the answer says so', async () => {
    tabs([{ id: 8, active: true }]);
    const r = await evidenceHandlers(db)['evidence/capture']({ key: 'facebook:1' }, page);
    expect(r).toMatchObject({ screenshot: false, note: 'Text captured. No screenshot: no open tab shows this item.' });
    expect(await db.evidence.count()).toBe(1);
  });

  test('from an extension page: the tab showing it is asked where the item is, then screenshotted', async () => {
    tabs([{ id: 8, active: true }, { id: 7, active: true }]);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(SHOT as never);
    const capture = noPermission();
    await evidenceHandlers(db)['evidence/capture']({ key: 'facebook:1' }, page);
    expect(send).toHaveBeenCalledWith(7, { keel: 1, type: 'item/locate', key: 'facebook:1' });
    expect(capture).toHaveBeenCalledTimes(1);
  });
});

/** One threat reported as the content script does, and its answer. */
async function auto(h: ReturnType<typeof evidenceHandlers>, key: string, shot: Shot | null) {
  const { results } = await h['evidence/auto']({ threats: [{ key, shot }] }, content(7));
  expect(results.map((r) => r.key)).toEqual([key]);
  return results[0];
}

/** The browser takes screenshots (a 1100×900 picture); each crop is a PNG blob of its own. */
function screenshots() {
  const capture = vi.fn().mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
  (browser.tabs as unknown as { captureVisibleTab: typeof capture }).captureVisibleTab = capture;
  vi.stubGlobal('createImageBitmap', async () => ({ width: 1100, height: 900, close() {} }));
  const crops: number[][] = [];
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {}
      getContext() {
        return { drawImage: (_b: unknown, ...box: number[]) => crops.push(box.slice(0, 4)) };
      }
      async convertToBlob() {
        return new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, this.width % 256])], { type: 'image/png' });
      }
    },
  );
  return { capture, crops };
}

describe('evidence/auto', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('a batch: threats on screen share one screenshot, each cropped to itself; the rest answer for themselves', async () => {
    await observeItems(db, [raw('3', 'We know where you live. You will regret this.')], POST, 2000);
    tabs([{ id: 7, active: true }]);
    const { capture, crops } = screenshots();
    const other = { ...SHOT, rect: { x: 10, y: 400, width: 500, height: 120 } };
    const { results } = await evidenceHandlers(db)['evidence/auto'](
      {
        threats: [
          { key: 'facebook:1', shot: SHOT },
          { key: 'facebook:2', shot: SHOT },
          { key: 'facebook:404', shot: null },
          { key: 'facebook:3', shot: other },
        ],
      },
      content(7),
    );
    expect(results).toMatchObject([
      { key: 'facebook:1', status: 'captured' },
      { key: 'facebook:2', status: 'off', note: 'Only threats are captured automatically.' },
      { key: 'facebook:404', status: 'off', note: 'That item is not on this page.' },
      { key: 'facebook:3', status: 'captured' },
    ]);
    expect(capture).toHaveBeenCalledTimes(1);
    expect(crops).toEqual([
      [10, 10, 300, 80],
      [10, 400, 500, 120],
    ]);
    const rows = await db.evidence.toArray();
    expect(rows.map((r) => [r.itemKey, r.auto, r.screenshot !== null]).sort()).toEqual([
      ['facebook:1', true, true],
      ['facebook:3', true, true],
    ]);
    for (const row of rows) expect((await verifyEvidence(row)).ok).toBe(true);
  });

  test('a threat that cannot be stored does not cost the rest of its batch their capture', async () => {
    await observeItems(db, [raw('3', 'We know where you live. You will regret this.')], POST, 2000);
    tabs([{ id: 7, active: true }]);
    const add = db.evidence.add.bind(db.evidence);
    vi.spyOn(db.evidence, 'add').mockImplementationOnce((() => Promise.reject(new Error('QuotaExceededError'))) as never).mockImplementation(add as never);
    const { results } = await evidenceHandlers(db)['evidence/auto']({ threats: [{ key: 'facebook:1', shot: null }, { key: 'facebook:3', shot: null }] }, content(7));
    expect(results).toMatchObject([
      { key: 'facebook:1', status: 'off', note: expect.stringContaining('QuotaExceededError') },
      { key: 'facebook:3', status: 'waiting' },
    ]);
    expect((await db.evidence.toArray()).map((r) => r.itemKey)).toEqual(['facebook:3']);
  });

  test('a threat on another page of the site is refused, and nothing is stored', async () => {
    tabs([{ id: 8, active: true }]);
    const { results } = await evidenceHandlers(db)['evidence/auto']({ threats: [{ key: 'facebook:1', shot: null }] }, content(8, OTHER_POST));
    expect(results).toMatchObject([{ key: 'facebook:1', status: 'off', note: 'That item is not on this page.' }]);
    expect(await db.evidence.count()).toBe(0);
  });

  test('a threat off screen: its text now, once; the screenshot when it shows', async () => {
    tabs([{ id: 7, active: true }]);
    const capture = noPermission();
    const h = evidenceHandlers(db);
    expect(await auto(h, 'facebook:1', null)).toMatchObject({ status: 'waiting' });
    expect(await auto(h, 'facebook:1', null)).toMatchObject({ status: 'waiting' });
    expect(capture).not.toHaveBeenCalled();
    const rows = await db.evidence.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ auto: true, capturedBy: 'Keel', label: 'threat', screenshot: null });
    expect(await db.actions.toArray()).toMatchObject([{ kind: 'captured', cause: 'auto', actor: 'Keel', itemKey: 'facebook:1' }]);
    // Captured by Keel, not dealt with by anyone: still waiting for a moderator (on the badge, and to do in the queue).
    expect(await db.items.get('facebook:1')).toMatchObject({ needsReview: 1, done: {} });

    // On screen, but the browser still refuses: nothing more is stored, it keeps waiting.
    expect(await auto(h, 'facebook:1', SHOT)).toMatchObject({ status: 'waiting' });
    expect(capture).toHaveBeenCalledTimes(1);
    expect(await db.evidence.count()).toBe(1);
  });

  test('only threats, and only when the workspace says so', async () => {
    tabs([{ id: 7, active: true }]);
    const h = evidenceHandlers(db);
    expect(await auto(h, 'facebook:2', null)).toMatchObject({ status: 'off' });
    await db.workspaces.update('default', { 'rules.autoCaptureThreats': false } as never);
    expect(await auto(h, 'facebook:1', null)).toMatchObject({ status: 'off' });
    expect(await db.evidence.count()).toBe(0);
  });

  test('a threat with a screenshot already is done', async () => {
    tabs([{ id: 7, active: true }]);
    const capture = noPermission();
    const item = await db.items.get('facebook:1');
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: 'image/png' });
    const stored = await storeEvidence(db, { item: item as never, png, auto: false, actor: 'Sam', detail: 'Captured with screenshot' }, 5000);
    expect((await verifyEvidence(stored)).ok).toBe(true);
    expect(await auto(evidenceHandlers(db), 'facebook:1', SHOT)).toMatchObject({ status: 'done' });
    expect(capture).not.toHaveBeenCalled();
  });
});

describe('evidence/status', () => {
  test('counts captures and screenshots, newest time first', async () => {
    tabs([{ id: 7, active: true }]);
    const h = evidenceHandlers(db);
    expect(await h['evidence/status']({ key: 'facebook:1' }, content(7))).toEqual({ count: 0, screenshots: 0, last: null });
    const item = await db.items.get('facebook:1');
    await storeEvidence(db, { item: item as never, png: null, auto: true, actor: 'Keel', detail: 'x' }, 5000);
    await storeEvidence(db, { item: item as never, png: null, auto: false, actor: 'Sam', detail: 'x' }, 6000);
    expect(await h['evidence/status']({ key: 'facebook:1' }, content(7))).toEqual({ count: 2, screenshots: 0, last: { capturedAt: 6000, auto: false } });
    await expect(h['evidence/status']({ key: 'facebook:1' }, content(8, OTHER_POST))).rejects.toThrow('That item is not on this page.');
  });
});
