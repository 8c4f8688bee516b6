import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { authorHistory } from '../../utils/authors/history';
import { matchableName, nameKey } from '../../utils/authors/name';
import { AuthorHistorySchema } from '../../utils/authors/schema';
import { historySummary, matchesSummary } from '../../utils/authors/summary';
import { recordAction } from '../../utils/background/actions';
import { authorHandlers } from '../../utils/background/handlers/authors';
import { observeItems } from '../../utils/background/observe';
import { relabelItem } from '../../utils/background/relabel';
import { writeTabState } from '../../utils/background/tab-state';
import { DEFAULT_RULES, KeelDb } from '../../utils/db';
import type { RawItem } from '../../utils/model';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const ROOT = 'https://www.facebook.com/HarboursideDental';
const POST1 = `${ROOT}/posts/pfbid01`;
const POST2 = `${ROOT}/posts/pfbid02`;
const MAPS = 'https://www.google.com/maps/place/Harbourside+Dental';
const GIL = { name: 'Gil Brandt', profileUrl: 'https://www.facebook.com/gil.brandt' };
const GIL_KEY = 'facebook:https://www.facebook.com/gil.brandt';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 10, 12);

const fb = (id: string, text: string, author = GIL, extra: Partial<RawItem> = {}): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: id, parentId: null, permalink: `${POST1}?comment_id=${id}`,
  author, text, rating: null, postedAt: null, postedText: null, ...extra,
});

let db: KeelDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new KeelDb(`keel-author-history-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Gil on two posts of the business's Facebook page, a reply from the business, another author, and Gil's namesakes. */
async function fill(): Promise<void> {
  await observeItems(db, [fb('1', 'Boycott these clowns #shame'), fb('9', 'Lovely staff', { name: 'Ada Quill', profileUrl: 'https://www.facebook.com/ada.q' })], POST1, T0);
  // The business answers Gil's comment on its own page.
  await observeItems(
    db,
    [fb('1r', 'Please call us so we can look into this.', { name: 'Harbourside Dental', profileUrl: ROOT }, { kind: 'reply', parentId: '1' })],
    POST1,
    T0 + DAY,
    undefined,
    ROOT,
  );
  // A reply to someone else is not a reply to Gil.
  await observeItems(db, [fb('9r', 'Thank you!', { name: 'Harbourside Dental', profileUrl: ROOT }, { kind: 'reply', parentId: '9' })], POST1, T0 + DAY, undefined, ROOT);
  await observeItems(db, [fb('2', 'Fire her now, everyone saw the video #shame', GIL, { permalink: `${POST2}?comment_id=2` })], POST2, T0 + 2 * DAY);
  // Same name, other platform, same workspace: a possible match.
  await observeItems(
    db,
    [{ platform: 'google-maps', kind: 'review', nativeId: 'r1', parentId: null, permalink: null, author: { name: 'gil  BRANDT', profileUrl: 'https://www.google.com/maps/contrib/1001' }, text: 'Waited an hour.', rating: 2, postedAt: null, postedText: null }],
    MAPS,
    T0 + 3 * DAY,
  );
  // Same name in another workspace: not this business's concern.
  await db.workspaces.add({ ...DEFAULT_WORKSPACE, id: 'other', name: 'Other clinic', rules: { ...DEFAULT_RULES }, createdAt: 0 });
  await observeItems(db, [{ ...fb('x1', 'Hello', { name: 'Gil Brandt', profileUrl: 'https://www.instagram.com/gilb' }), platform: 'instagram' }], 'https://www.instagram.com/p/abc', T0, 'other');
}

describe('authorHistory', () => {
  test('gathers the author’s items on two pages, labels, actions, the business’s replies and same-name authors', async () => {
    await fill();
    await relabelItem(db, { key: 'facebook:1', label: 'troll' }, { actor: 'Sam', onlyPageUrl: null }, T0 + 4 * DAY);
    await recordAction(db, { kind: 'banned', actor: 'Sam', cause: 'moderator', detail: 'Banned from the page', itemKey: 'facebook:2' }, T0 + 5 * DAY);
    const hidden = await recordAction(db, { kind: 'hidden', actor: 'Sam', cause: 'moderator', detail: '', itemKey: 'facebook:2' }, T0 + 5 * DAY + 1);
    await recordAction(db, { kind: 'undone', actor: 'Sam', cause: 'moderator', detail: 'Hidden by mistake', itemKey: 'facebook:2', undoes: hidden.seq }, T0 + 5 * DAY + 2);
    await recordAction(db, { kind: 'replied-offline', actor: 'Lee', cause: 'moderator', detail: 'Called back', itemKey: 'facebook:1' }, T0 + 6 * DAY);
    // Someone else's action is not Gil's.
    await recordAction(db, { kind: 'deleted', actor: 'Sam', cause: 'moderator', detail: '', itemKey: 'facebook:9' }, T0 + 6 * DAY);

    const h = await authorHistory(db, 'facebook:1');
    // What the handler answers is what the protocol allows.
    expect(AuthorHistorySchema.parse(h)).toEqual(h);
    expect(h.author).toEqual({
      key: GIL_KEY, platform: 'facebook', names: ['Gil Brandt'], profileUrl: GIL.profileUrl,
      firstSeenAt: T0, lastSeenAt: T0 + 2 * DAY, itemCount: 2, pageCount: 2, labels: { troll: 2 }, moderatorLabel: 'troll',
    });
    expect(h.items.map((i) => [i.key, i.label, i.labelSource, i.pageUrl])).toEqual([
      ['facebook:2', 'troll', 'auto', POST2],
      ['facebook:1', 'troll', 'moderator', POST1],
    ]);
    expect(h.actions.map((a) => [a.kind, a.actor, a.itemKey, a.undone])).toEqual([
      ['replied-offline', 'Lee', 'facebook:1', false],
      ['undone', 'Sam', 'facebook:2', false],
      ['hidden', 'Sam', 'facebook:2', true],
      ['banned', 'Sam', 'facebook:2', false],
      ['labelled', 'Sam', 'facebook:1', false],
    ]);
    expect(h.actionCount).toBe(5);
    expect(h.replies).toEqual([
      { via: 'replied-offline', at: T0 + 6 * DAY, actor: 'Lee', detail: 'Called back', itemKey: 'facebook:1' },
      {
        via: 'page', key: 'facebook:1r', inReplyTo: 'facebook:1', pageUrl: POST1, permalink: `${POST1}?comment_id=1r`,
        text: 'Please call us so we can look into this.', at: T0 + DAY,
      },
    ]);
    expect(h.matches.map((m) => [m.key, m.platform, m.names])).toEqual([
      ['google-maps:https://www.google.com/maps/contrib/1001', 'google-maps', ['gil  BRANDT']],
    ]);
    expect(h.matchCount).toBe(1);

    const summary = historySummary(h, T0 + 7 * DAY);
    expect(summary).toMatch(/^2 comments on 2 pages · labelled Troll twice · you said: Troll · banned \S+ \S+ · replied offline \S+ \S+$/);
    // The undone "hidden" is not said.
    expect(summary).not.toContain('hidden');
    expect(matchesSummary(h)).toBe('Same name on Google Maps: maybe the same person, maybe not (not merged).');
  });

  test('the same history whichever of the author’s items is asked; the business’s own reply is not the author’s', async () => {
    await fill();
    const a = await authorHistory(db, 'facebook:1');
    const b = await authorHistory(db, 'facebook:2');
    expect({ ...b, itemKey: 'facebook:1' }).toEqual(a);
    const business = await authorHistory(db, 'facebook:1r');
    expect(business.author.key).toBe(`facebook:${ROOT}`);
    // Both seen at once: the tie is broken by key.
    expect(business.items.map((i) => i.key)).toEqual(['facebook:1r', 'facebook:9r']);
    expect(business.matches).toEqual([]);
  });

  test('a first-time author says so, and nobody else matches', async () => {
    await fill();
    const h = await authorHistory(db, 'facebook:9');
    expect(h.author.itemCount).toBe(1);
    expect(h.replies.map((r) => r.via === 'page' && r.key)).toEqual(['facebook:9r']);
    expect(historySummary({ ...h, replies: [] }, T0)).toBe('First time Keel has seen them');
    expect(matchesSummary(h)).toBeNull();
  });

  test('lists at most 50 items, newest first, with the total, and shortens texts when asked', async () => {
    const items = Array.from({ length: 60 }, (_, i) => fb(`c${i}`, `${'word '.repeat(60)}${i}`));
    for (const [i, item] of items.entries()) await observeItems(db, [item], POST1, T0 + i * 1000);
    const h = await authorHistory(db, 'facebook:c0', { textMax: 40 });
    expect(h.author.itemCount).toBe(60);
    expect(h.items).toHaveLength(50);
    expect(h.items[0]?.key).toBe('facebook:c59');
    expect(h.items[49]?.key).toBe('facebook:c10');
    expect(h.items.every((i) => i.text.length === 40 && i.text.endsWith('…'))).toBe(true);
    expect(historySummary(h, T0)).toBe('60 comments on 1 page');
  });

  test('finds namesakes through the name index, and replies through the parent index', async () => {
    await fill();
    const before = await authorHistory(db, 'facebook:1');
    expect(before.matches.length).toBeGreaterThan(0);
    // The name index is what finds the namesake: an author row without its folded names is not found.
    await db.authors.update('google-maps:https://www.google.com/maps/contrib/1001', { nameKeys: [] });
    expect((await authorHistory(db, 'facebook:1')).matches).toEqual([]);
  });

  test('an unknown item is an error', async () => {
    await expect(authorHistory(db, 'facebook:404')).rejects.toThrow('No such item.');
  });

  test('names match across accents, case and punctuation, and very short names never match', () => {
    expect(nameKey('José  O’Neil')).toBe(nameKey('jose o neil'));
    expect(nameKey('GIL-BRANDT')).toBe('gil brandt');
    expect(nameKey('Gil Brandt')).not.toBe(nameKey('Gil Brand'));
    expect([matchableName(nameKey('A.')), matchableName(nameKey('J J')), matchableName(nameKey('Jo B'))]).toEqual([false, false, true]);
  });

  test('one-letter names are not matched across platforms', async () => {
    await observeItems(db, [fb('1', 'Hi', { name: 'A', profileUrl: 'https://www.facebook.com/a1' })], POST1, T0);
    await observeItems(db, [fb('2', 'Hi', { name: 'a', profileUrl: 'https://www.facebook.com/a2' })], POST1, T0);
    expect((await authorHistory(db, 'facebook:1')).matches).toEqual([]);
  });
});

describe('authors/history handler', () => {
  async function watching(tabId: number, url: string): Promise<void> {
    await db.pages.add({ id: 'p1', workspaceId: 'default', url: ROOT, adapter: 'facebook', origins: ['https://www.facebook.com/*'], addedAt: 0 });
    await writeTabState(tabId, { url, pageId: 'p1', pageUrl: ROOT, workspaceId: 'default', adapter: 'facebook', health: null });
  }

  test('a content script gets the history of an item of its own page, with short texts', async () => {
    await fill();
    await observeItems(db, [fb('3', `I waited ${'and waited '.repeat(40)}`, GIL)], POST2, T0 + 4 * DAY);
    await watching(7, POST2);
    const handle = authorHandlers(db)['authors/history'];
    const h = await handle({ itemKey: 'facebook:2' }, { kind: 'content', url: `${POST2}?ref=x`, tabId: 7 });
    expect(h.author.itemCount).toBe(3);
    expect(Math.max(...h.items.map((i) => i.text.length))).toBe(160);
    // An extension page gets the whole text.
    const full = await handle({ itemKey: 'facebook:2' }, { kind: 'page', url: 'chrome-extension://x/popup.html', tabId: null });
    expect(Math.max(...full.items.map((i) => i.text.length))).toBeGreaterThan(400);
  });

  test('a content script is refused an item of another page, and a page Keel does not watch', async () => {
    await fill();
    await watching(7, POST2);
    const handle = authorHandlers(db)['authors/history'];
    await expect(handle({ itemKey: 'facebook:1' }, { kind: 'content', url: POST2, tabId: 7 })).rejects.toThrow(
      'An author’s history can only be asked from the page of their item.',
    );
    await expect(handle({ itemKey: 'facebook:404' }, { kind: 'content', url: POST2, tabId: 7 })).rejects.toThrow('can only be asked from the page');
    // A tab Keel has not looked up is not one of the business's pages.
    await expect(handle({ itemKey: 'facebook:2' }, { kind: 'content', url: POST2, tabId: 8 })).rejects.toThrow('Not a page Keel watches.');
    // The same tab, on another site than its state says: refused too.
    await expect(handle({ itemKey: 'facebook:2' }, { kind: 'content', url: 'https://evil.example/posts/pfbid02', tabId: 7 })).rejects.toThrow(
      'Not a page Keel watches.',
    );
  });
});
