import Dexie from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { refreshBadge } from '../../utils/background/alerts';
import { observeItems } from '../../utils/background/observe';
import { KeelDb } from '../../utils/db';
import type { RawItem } from '../../utils/model';

const raw = (id: string, text: string): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: id, parentId: null, permalink: null,
  author: { name: `P ${id}`, profileUrl: `https://www.facebook.com/p${id}` }, text, rating: null, postedAt: null, postedText: '1h',
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: KeelDb;
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

test('one badge count at a time: a change during a count gets a count after it, so the badge ends on the newest', async () => {
  db = new KeelDb('keel-badge-1');
  const shown: string[] = [];
  vi.spyOn(browser.action, 'setBadgeText').mockImplementation(async ({ text }) => {
    shown.push(String(text));
  });
  vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockImplementation(async () => {});
  vi.spyOn(browser.action, 'setTitle').mockImplementation(async () => {});
  await observeItems(db, [raw('1', 'You are all scum, disgusting clowns'), raw('2', 'We know where you live. Watch your back.')], 'https://www.facebook.com/H/posts/1', 1000);

  // The first count is held up (a busy database) until `release`.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  let counts = 0;
  const real = db.workspaces.toCollection.bind(db.workspaces);
  vi.spyOn(db.workspaces, 'toCollection').mockImplementation(() => {
    counts++;
    const c = real();
    if (counts > 1) return c;
    return { primaryKeys: async () => held.then(() => c.primaryKeys()) } as unknown as ReturnType<typeof real>;
  });

  refreshBadge(db, 0);
  await sleep(10);
  expect(counts).toBe(1);
  await observeItems(db, [raw('3', 'Boycott these clowns #shame')], 'https://www.facebook.com/H/posts/1', 2000);
  refreshBadge(db, 0);
  await sleep(30);
  // No second count while the first runs.
  expect(counts).toBe(1);
  release();
  await vi.waitFor(() => expect(counts).toBe(2));
  await vi.waitFor(() => expect(shown.at(-1)).toBe('3'));
});
