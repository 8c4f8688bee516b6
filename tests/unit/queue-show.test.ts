/**
 * queue/show: the background finds an open tab showing the item's page (the
 * one in front first) and asks it to scroll to the item and mark it; it
 * changes nothing stored, and only extension pages may ask.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { queueHandlers } from '../../utils/background/handlers/queue';
import { observeItems } from '../../utils/background/observe';
import { writeTabState } from '../../utils/background/tab-state';
import { KeelDb } from '../../utils/db';
import { protocol } from '../../utils/messaging/protocol';
import type { Shot } from '../../utils/messaging/msg-evidence';
import type { SenderInfo } from '../../utils/messaging/server';
import type { RawItem } from '../../utils/model';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02';
const OTHER_POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid03';
const raw = (id: string, text: string): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: id, parentId: null, permalink: `${POST}?comment_id=${id}`,
  author: { name: 'Vex Orlan', profileUrl: 'https://www.facebook.com/vex.orlan' }, text, rating: null, postedAt: null, postedText: '1h',
});
const SHOT: Shot = { rect: { x: 10, y: 300, width: 300, height: 80 }, dpr: 1, viewport: { width: 1100, height: 900 } };
const page: SenderInfo = { kind: 'page', url: 'chrome-extension://keel/sidepanel.html', tabId: null };

let db: KeelDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new KeelDb(`keel-queue-show-${++n}`);
  await db.pages.add({ id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook', origins: [], addedAt: 0 });
  await observeItems(db, [raw('1', 'Boycott these clowns'), raw('2', 'Lovely clinic, thank you')], POST, 1000);
  await writeTabState(7, { url: POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
  await writeTabState(8, { url: OTHER_POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
  await writeTabState(9, { url: POST, pageId: 'p1', pageUrl: 'https://www.facebook.com/HarboursideDental', workspaceId: 'default', adapter: 'facebook', health: null });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function tabs(list: Array<{ id: number; active: boolean }>) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue(list.map((t) => ({ id: t.id, active: t.active, windowId: 1 })) as never);
}

describe('queue/show', () => {
  test('asks the tab in front that shows the item’s page to scroll to it and mark it', async () => {
    tabs([{ id: 8, active: true }, { id: 9, active: false }, { id: 7, active: true }]);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(SHOT as never);
    const before = { items: await db.items.toArray(), actions: await db.actions.count() };
    const r = await queueHandlers(db)['queue/show']({ key: 'facebook:1' }, page);
    expect(r).toEqual({ shown: true, tabId: 7, note: 'Shown on the page.' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(7, { keel: 1, type: 'item/locate', key: 'facebook:1', highlight: true });
    // Nothing stored changes.
    expect(await db.items.toArray()).toEqual(before.items);
    expect(await db.actions.count()).toBe(before.actions);
  });

  test('a tab behind is used when no tab in front shows the page', async () => {
    tabs([{ id: 8, active: true }, { id: 9, active: false }]);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(SHOT as never);
    expect(await queueHandlers(db)['queue/show']({ key: 'facebook:2' }, page)).toMatchObject({ shown: true, tabId: 9 });
    expect(send).toHaveBeenCalledWith(9, expect.objectContaining({ type: 'item/locate', key: 'facebook:2' }));
  });

  test('no tab shows the page: nothing is sent, and the answer says so', async () => {
    tabs([{ id: 8, active: true }]);
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    expect(await queueHandlers(db)['queue/show']({ key: 'facebook:1' }, page)).toEqual({ shown: false, tabId: null, note: 'No open tab shows this item’s page.' });
    expect(send).not.toHaveBeenCalled();
  });

  test('the page does not find the item (or does not answer): not shown, in words', async () => {
    tabs([{ id: 7, active: true }]);
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(null as never);
    expect(await queueHandlers(db)['queue/show']({ key: 'facebook:1' }, page)).toMatchObject({ shown: false, tabId: 7, note: expect.stringContaining('not on it') });
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await queueHandlers(db)['queue/show']({ key: 'facebook:1' }, page)).toMatchObject({ shown: false, tabId: 7 });
  });

  test('an unknown item is refused', async () => {
    tabs([{ id: 7, active: true }]);
    await expect(queueHandlers(db)['queue/show']({ key: 'facebook:nope' }, page)).rejects.toThrow('No such item.');
  });

  test('only extension pages may ask, with a key', () => {
    const spec = protocol['queue/show'];
    expect(spec.from).toEqual(['page']);
    expect(spec.request.safeParse({ key: '' }).success).toBe(false);
    expect(spec.request.safeParse({ key: 'x'.repeat(301) }).success).toBe(false);
    expect(spec.request.safeParse({ key: 'facebook:1' }).success).toBe(true);
  });
});
