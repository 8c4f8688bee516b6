import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ratingHandlers, recordRating } from '../../utils/background/handlers/ratings';
import { writeTabState } from '../../utils/background/tab-state';
import { KeelDb } from '../../utils/db';
import { protocol } from '../../utils/messaging/protocol';
import type { SenderInfo } from '../../utils/messaging/server';

const PLACE = 'https://www.google.com/maps/place/Harbourside+Dental';
// The map's position changes as the user moves it: the same place, the same key.
const TAB_URL = `${PLACE}/@-33.86,151.2,17z/data=!4m8!3m7`;
const OTHER_VIEW = `${PLACE}/@-33.87,151.3,15z`;

let db: KeelDb;
let name: string;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  name = `keel-ratings-${++n}`;
  db = new KeelDb(name);
  await db.pages.put({ id: 'p1', workspaceId: 'default', url: PLACE, adapter: 'google-maps', origins: ['https://www.google.com/*'], addedAt: 0 });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const content = (url: string, tabId = 7): SenderInfo => ({ kind: 'content', url, tabId });

async function watch(tabId: number, url: string, pageId: string | null = 'p1') {
  await writeTabState(tabId, { url, pageId, pageUrl: pageId ? PLACE : null, workspaceId: 'default', adapter: 'google-maps', health: null });
}

describe('recordRating', () => {
  test('stores a point per change, none for an equal reading, keyed like the page’s items', async () => {
    expect(await recordRating(db, TAB_URL, { average: 4.8, count: 212 }, 1000)).toBe(true);
    expect(await recordRating(db, OTHER_VIEW, { average: 4.8, count: 212 }, 2000)).toBe(false);
    expect(await recordRating(db, TAB_URL, { average: 4.8, count: 213 }, 3000)).toBe(true);
    expect(await recordRating(db, TAB_URL, { average: 1.2, count: 313 }, 4000)).toBe(true);
    expect(await recordRating(db, TAB_URL, { average: 1.2, count: 313 }, 5000)).toBe(false);
    const rows = await db.ratings.toArray();
    expect(rows.map(({ pageKey, at, average, count }) => ({ pageKey, at, average, count }))).toEqual([
      { pageKey: PLACE, at: 1000, average: 4.8, count: 212 },
      { pageKey: PLACE, at: 3000, average: 4.8, count: 213 },
      { pageKey: PLACE, at: 4000, average: 1.2, count: 313 },
    ]);
  });

  test('compares with the last point of the same page only, and a count that disappears is a change', async () => {
    await recordRating(db, TAB_URL, { average: 4.8, count: 212 }, 1000);
    expect(await recordRating(db, 'https://www.google.com/maps/place/Other+Clinic', { average: 4.8, count: 212 }, 2000)).toBe(true);
    expect(await recordRating(db, TAB_URL, { average: 4.8, count: null }, 3000)).toBe(true);
    expect(await db.ratings.where('[pageKey+at]').between([PLACE, Dexie.minKey], [PLACE, Dexie.maxKey]).count()).toBe(2);
  });

  test('a clock set back never puts a point before the last one', async () => {
    await recordRating(db, TAB_URL, { average: 4.8, count: 212 }, 5000);
    await recordRating(db, TAB_URL, { average: 4.1, count: 230 }, 4000);
    const rows = await db.ratings.orderBy('[pageKey+at]').toArray();
    expect(rows.map((r) => [r.at, r.average])).toEqual([[5000, 4.8], [5001, 4.1]]);
  });
});

describe("'page/rating' handler", () => {
  test('stores from a watched tab, under the tab’s page key', async () => {
    await watch(7, TAB_URL);
    const handle = ratingHandlers(db)['page/rating'];
    expect(await handle({ average: 4.8, count: 212 }, content(TAB_URL))).toEqual({ stored: true });
    expect(await handle({ average: 4.8, count: 212 }, content(TAB_URL))).toEqual({ stored: false });
    expect((await db.ratings.toArray()).map((r) => [r.pageKey, r.average, r.count])).toEqual([[PLACE, 4.8, 212]]);
  });

  test('refused from a tab Keel does not watch, from another site, and once the page is removed', async () => {
    const handle = ratingHandlers(db)['page/rating'];
    await watch(8, 'https://www.google.com/maps/place/Someone+Else', null);
    await expect(handle({ average: 1, count: 9 }, content('https://www.google.com/maps/place/Someone+Else', 8))).rejects.toThrow('Not a page Keel watches.');
    // No tab state at all (the script was never looked up).
    await expect(handle({ average: 1, count: 9 }, content(TAB_URL, 9))).rejects.toThrow('Not a page Keel watches.');
    // A watched tab's state, but the message comes from another site in it.
    await watch(7, TAB_URL);
    await expect(handle({ average: 1, count: 9 }, content('https://evil.example/maps', 7))).rejects.toThrow('Not a page Keel watches.');
    await db.pages.delete('p1');
    await expect(handle({ average: 1, count: 9 }, content(TAB_URL, 7))).rejects.toThrow('Not a page Keel watches.');
    expect(await db.ratings.count()).toBe(0);
  });

  test('only content scripts may send it, and the reading is validated', () => {
    const spec = protocol['page/rating'];
    expect(spec.from).toEqual(['content']);
    expect(spec.request.safeParse({ average: 4.8, count: 312 }).success).toBe(true);
    expect(spec.request.safeParse({ average: 0, count: null }).success).toBe(true);
    expect(spec.request.safeParse({ average: 5.1, count: 3 }).success).toBe(false);
    expect(spec.request.safeParse({ average: -1, count: 3 }).success).toBe(false);
    expect(spec.request.safeParse({ average: 4, count: 2.5 }).success).toBe(false);
    expect(spec.request.safeParse({ average: 4, count: -1 }).success).toBe(false);
    expect(spec.request.safeParse({ average: '4.8', count: 3 }).success).toBe(false);
    expect(spec.request.safeParse({ average: 4 }).success).toBe(false);
  });
});
