import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CUT_REASON, observeItems } from '../../utils/background/observe';
import { relabelItem } from '../../utils/background/relabel';
import { noteItemChanges, putItems } from '../../utils/background/summaries';
import { storeBatch } from '../../utils/background/store-batch';
import { KeelDb } from '../../utils/db';
import type { RawItem } from '../../utils/model';

const PAGE = 'https://www.facebook.com/HarboursideDental/posts/pfbid02?__cft__[0]=x';

function raw(id: string | null, text: string, name = 'Dana Whitlow'): RawItem {
  return {
    platform: 'facebook', kind: 'comment', nativeId: id, parentId: null,
    permalink: id ? `https://www.facebook.com/HarboursideDental/posts/pfbid02?comment_id=${id}` : null,
    author: { name, profileUrl: `https://www.facebook.com/${name.replace(/\W/g, '').toLowerCase()}` },
    text, rating: null, postedAt: null, postedText: '1h',
  };
}

let db: KeelDb;
let name: string;
let n = 0;
beforeEach(() => {
  name = `keel-observe-${++n}`;
  db = new KeelDb(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('observeItems', () => {
  test('classifies and stores new items, one row per item, and answers in request order', async () => {
    const results = await observeItems(db, [raw('1', 'Watch your back.'), raw('2', 'Boycott these clowns #shame', 'Gil Brandt')], PAGE, 1000);
    expect(results.map((r) => [r.key, r.label])).toEqual([['facebook:1', 'threat'], ['facebook:2', 'troll']]);
    expect(results[0]?.reasons[0]).toContain('“Watch your back”');
    const rows = await db.items.toArray();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      key: 'facebook:1', workspaceId: 'default', pageKey: 'https://www.facebook.com/HarboursideDental/posts/pfbid02',
      pageUrl: PAGE, firstSeenAt: 1000, lastSeenAt: 1000, labelSource: 'auto', label: 'threat',
    });
    expect(await db.authors.count()).toBe(2);
  });

  test('seeing an item again stores nothing new and only moves lastSeenAt', async () => {
    await observeItems(db, [raw('1', 'Thanks, great team!')], PAGE, 1000);
    const again = await observeItems(db, [raw('1', 'Thanks, great team!'), raw('1', 'Thanks, great team!')], PAGE, 2000);
    expect(again.map((r) => r.label)).toEqual(['supporter', 'supporter']);
    const rows = await db.items.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 2000 });
    expect((await db.authors.get('facebook:https://www.facebook.com/danawhitlow'))?.itemCount).toBe(1);
  });

  test("a moderator's label wins over the classifier, even when the text changes", async () => {
    await observeItems(db, [raw('1', 'You people are idiots')], PAGE, 1000);
    await db.items.update('facebook:1', { label: 'genuine', labelSource: 'moderator' });
    const [result] = await observeItems(db, [raw('1', 'You people are idiots, I waited an hour')], PAGE, 2000);
    expect(result?.label).toBe('genuine');
  });

  test('an edited item is classified again when the label was automatic', async () => {
    await observeItems(db, [raw('1', 'Lovely people, thank you')], PAGE, 1000);
    const [result] = await observeItems(db, [raw('1', 'We know where you live')], PAGE, 2000);
    expect(result?.label).toBe('threat');
    expect((await db.items.get('facebook:1'))?.text).toBe('We know where you live');
  });

  test("a moderator's label stands when the words change, and the new words are kept", async () => {
    await observeItems(db, [raw('1', 'You people are idiots')], PAGE, 1000);
    await db.items.update('facebook:1', { label: 'genuine', labelSource: 'moderator' });
    await observeItems(db, [raw('1', 'You people are idiots, I waited an hour and my crown fell out')], PAGE, 2000);
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'genuine', labelSource: 'moderator', text: 'You people are idiots, I waited an hour and my crown fell out' });
  });

  test('words opened in full replace the cut ones and are classified again; the same words cut short again never replace them', async () => {
    const cut = 'I have left three messages about my crown and';
    const full = `${cut} if nobody calls back today we know where you live.`;
    const [first] = await observeItems(db, [{ ...raw('1', `${cut}…`), cut: true }], PAGE, 1000);
    expect(first?.label).not.toBe('threat');
    // The label says it comes from the start of the words only.
    expect(first?.reasons.at(-1)).toBe(CUT_REASON);
    const [opened] = await observeItems(db, [raw('1', full)], PAGE, 2000);
    expect(opened?.label).toBe('threat');
    expect(opened?.reasons).not.toContain(CUT_REASON);
    // A new load shows it cut again ("… See more"), with other line breaks: the full words stay, and so do the label and its reasons.
    const [again] = await observeItems(db, [{ ...raw('1', `${cut.replace(' about', '\nabout')}...`), cut: true }], PAGE, 3000);
    expect(again).toEqual(opened);
    expect(await db.items.get('facebook:1')).toMatchObject({ text: full, label: 'threat', lastSeenAt: 3000 });
  });

  test('a rating changed by its reviewer is stored; a rating not drawn yet is not a change', async () => {
    const review = (rating: number | null): RawItem => ({ ...raw('r1', 'Slow but kind.'), kind: 'review', rating });
    await observeItems(db, [review(2)], PAGE, 1000);
    await observeItems(db, [review(4)], PAGE, 2000);
    expect((await db.items.get('facebook:r1'))?.rating).toBe(4);
    await observeItems(db, [review(null)], PAGE, 3000);
    expect((await db.items.get('facebook:r1'))?.rating).toBe(4);
  });

  test('an item without a native id read again with other words stays the row it was (was): one row, the new words', async () => {
    const [first] = await observeItems(db, [raw(null, 'Lovely team, but')], PAGE, 1000);
    const [other] = await observeItems(db, [raw(null, 'Are you open Saturday?', 'Ben Ito')], PAGE, 1000);
    const key = first?.key as string;
    const [opened] = await observeItems(db, [raw(null, 'Lovely team, but the parking is hard to find.')], PAGE, 2000, undefined, null, { was: [key] });
    expect(opened?.key).toBe(key);
    expect(await db.items.count()).toBe(2);
    expect((await db.items.get(key))?.text).toBe('Lovely team, but the parking is hard to find.');
    // A key that is not such a row of this page is not followed: another page's, or one with a native id.
    await observeItems(db, [raw('5', 'Hello')], PAGE, 1000);
    const elsewhere = 'https://www.facebook.com/OtherPage/posts/pfbid09';
    const [a] = await observeItems(db, [raw(null, 'Lovely team, but the parking is hard.')], elsewhere, 3000, undefined, null, { was: [key] });
    const [b] = await observeItems(db, [raw(null, 'Hello there, all')], PAGE, 3000, undefined, null, { was: ['facebook:5'] });
    const [c] = await observeItems(db, [raw(null, 'Something else entirely')], PAGE, 3000, undefined, null, { was: [other?.key as string] });
    expect([a?.key, b?.key]).not.toContain(key);
    expect(b?.key).not.toBe('facebook:5');
    // c names a row of this page without a native id: it is that row (the scanner's word; a content script can only name its own page's).
    expect(c?.key).toBe(other?.key);
    expect((await db.items.get('facebook:5'))?.text).toBe('Hello');
    expect((await db.items.get(key))?.text).toBe('Lovely team, but the parking is hard to find.');
  });

  test('items without a native id get a stable key from page, author and text', async () => {
    const [a] = await observeItems(db, [raw(null, 'Are you open Saturday?')], PAGE, 1000);
    const [b] = await observeItems(db, [raw(null, 'Are you open Saturday?')], `${PAGE}&__tn__=R`, 2000);
    const [c] = await observeItems(db, [raw(null, 'Are you open Sunday?')], PAGE, 3000);
    expect(a?.key).toMatch(/^facebook:h[0-9a-z]+$/);
    expect(b?.key).toBe(a?.key);
    expect(c?.key).not.toBe(a?.key);
    expect(await db.items.count()).toBe(2);
  });

  test('uses the active workspace profile: staff names make an item specific', async () => {
    const [result] = await observeItems(db, [raw('1', 'Is Dr. Okafor in on Fridays?')], PAGE, 1000);
    expect(result?.label).toBe('genuine');
    expect(result?.reasons.join(' ')).toContain('Okafor');
  });
});

describe('observeItems: page context', () => {
  test('a pile-on of near-copies arriving live is flagged as a campaign and stored so', async () => {
    const start = 1_000_000_000;
    await observeItems(db, [raw('100', 'Lovely team, thank you for my cleaning.', 'Regular Patient')], PAGE, start);
    const burst = Array.from({ length: 12 }, (_, i) =>
      raw(String(200 + i), `They fired a nurse for telling the truth, disgusting people, zero stars ${'!'.repeat(i % 3)}`, `Stranger ${i}`),
    ).map((r) => ({ ...r, postedText: 'Just now' }));
    // They arrive ten minutes after Keel first read the page, a few at a time.
    const results = [];
    for (let i = 0; i < burst.length; i += 3) {
      results.push(...(await observeItems(db, burst.slice(i, i + 3), PAGE, start + 10 * 60_000 + i * 60_000)));
    }
    expect(results.slice(-6).map((r) => r.label)).toEqual(Array(6).fill('troll'));
    const stored = await db.items.get('facebook:211');
    expect(stored).toMatchObject({ campaign: true, negative: true, firstTime: true });
    expect(stored?.reasons.join(' ')).toMatch(/near-identical|burst/);
  });

  test('items that came and went behind its back (as many as before) are in the next batch’s context', async () => {
    const start = 1_000_000_000;
    const copy = (i: number) => ({ ...raw(String(200 + i), `They fired a nurse for telling the truth, disgusting people, zero stars ${'!'.repeat(i % 3)}`, `Stranger ${i}`), postedText: 'Just now' });
    // The pile-on, stored by another database first: the rows another writer (a restore, say) puts back.
    const other = new KeelDb(`${name}-other`);
    await observeItems(other, [raw('100', 'Lovely team, thank you.', 'Regular Patient')], PAGE, start);
    for (let i = 0; i < 12; i += 3) await observeItems(other, [copy(i), copy(i + 1), copy(i + 2)], PAGE, start + 10 * 60_000 + i * 60_000);
    const pileOn = (await other.items.toArray()).filter((r) => r.nativeId !== '100');
    other.close();
    await Dexie.delete(`${name}-other`);
    // Here: twelve ordinary comments, read in two batches a minute apart (the second reads the page's context as the first left it).
    const later = start + 20 * 60_000;
    await observeItems(db, Array.from({ length: 6 }, (_, i) => raw(String(300 + i), `Great visit number ${i}, thanks to the whole team.`, `Patient ${i}`)), PAGE, later);
    await observeItems(db, Array.from({ length: 6 }, (_, i) => raw(String(310 + i), `Friendly front desk, visit ${i}.`, `Client ${i}`)), PAGE, later + 60_000);
    // Behind its back, as many items go as come: the page now holds the pile-on instead.
    const ordinary = await db.items.toCollection().primaryKeys();
    await db.transaction('rw', db.items, db.summaries, async () => {
      await putItems(db, pileOn.map((r) => [undefined, r] as const));
      const gone = await db.items.bulkGet(ordinary as string[]);
      await db.items.bulkDelete(ordinary);
      await noteItemChanges(db, gone.map((r) => [r, undefined] as const));
    });
    expect(await db.items.count()).toBe(12);
    const [next] = await observeItems(db, [copy(12)], PAGE, later + 2 * 60_000);
    expect(next?.label).toBe('troll');
    expect(await db.items.get('facebook:212')).toMatchObject({ campaign: true });
  });

  test('a roster stored as hashes makes a named patient genuine', async () => {
    const { buildRoster } = await import('../../utils/classify/roster');
    const roster = buildRoster('workspace-salt', ['Dana Whitlow']);
    await db.roster.put({ workspaceId: 'default', salt: roster.salt, hashes: [...roster.hashes] });
    const [r] = await observeItems(db, [raw('1', 'Boycott! #shame', 'Dana Whitlow')], PAGE, 1000);
    expect(r?.label).toBe('genuine');
    expect(r?.reasons[0]).toContain('roster');
  });
});

test('"first time" means first time on this page; the moderator’s word follows the author everywhere', async () => {
  const OTHER = 'https://www.facebook.com/HarboursideDental/posts/other';
  await observeItems(db, [raw('1', 'Lovely team.', 'Sam Reyes')], OTHER, 1000);
  await observeItems(db, [raw('2', 'Boycott! #shame', 'Sam Reyes')], PAGE, 2000);
  expect(await db.items.get('facebook:2')).toMatchObject({ firstTime: true });
  await observeItems(db, [raw('3', 'Boycott again! #shame', 'Sam Reyes')], PAGE, 3000);
  expect(await db.items.get('facebook:3')).toMatchObject({ firstTime: false });
  expect((await db.authors.get('facebook:https://www.facebook.com/samreyes'))?.itemCount).toBe(3);
});

describe('observeItems: key hints (a new item costs no read)', () => {
  const OTHER = 'https://www.facebook.com/HarboursideDental/posts/other';

  test('an item already stored under another page is found, not stored again: the batch runs again reading every key', async () => {
    await observeItems(db, [raw('1', 'You people are idiots')], OTHER, 1000);
    await relabelItem(db, { key: 'facebook:1', label: 'genuine' }, { actor: 'Sam', onlyPageUrl: null }, 1500);
    // The page's hints are loaded (and do not hold facebook:1) before it arrives there.
    await observeItems(db, [raw('2', 'Thanks!', 'Ola Berg')], PAGE, 1800);
    const [again] = await observeItems(db, [raw('1', 'You people are idiots')], PAGE, 2000);
    expect(again).toMatchObject({ key: 'facebook:1', label: 'genuine' });
    expect(await db.items.get('facebook:1')).toMatchObject({ label: 'genuine', labelSource: 'moderator', pageKey: 'https://www.facebook.com/HarboursideDental/posts/other', firstSeenAt: 1000, lastSeenAt: 2000 });
    // Seen twice, counted once.
    expect((await db.authors.get('facebook:https://www.facebook.com/danawhitlow'))?.itemCount).toBe(1);
  });

  test('rows written behind the hints’ back (another writer) are refused as new and kept', async () => {
    await observeItems(db, [raw('1', 'Hello')], PAGE, 1000);
    const row = await db.items.get('facebook:1');
    await db.items.put({ ...(row as NonNullable<typeof row>), key: 'facebook:7', nativeId: '7', label: 'threat', labelSource: 'moderator' });
    const [seven, eight] = await observeItems(db, [raw('7', 'Lovely clinic'), raw('8', 'Great team', 'Ola Berg')], PAGE, 2000);
    expect(seven).toMatchObject({ key: 'facebook:7', label: 'threat' });
    expect(eight?.key).toBe('facebook:8');
    expect(await db.items.count()).toBe(3);
    expect((await db.authors.get('facebook:https://www.facebook.com/olaberg'))?.itemCount).toBe(1);
  });

  test('inside a caller’s transaction a stale hint aborts it whole; storeBatch runs the batch again', async () => {
    await observeItems(db, [raw('1', 'Hello')], OTHER, 1000);
    await observeItems(db, [raw('2', 'Thanks!', 'Ola Berg')], PAGE, 1500);
    await expect(
      db.transaction('rw', [db.items, db.authors, db.roster, db.workspaces, db.settings, db.summaries], () => observeItems(db, [raw('1', 'Hello'), raw('3', 'Hi', 'Kim Lo')], PAGE, 2000)),
    ).rejects.toMatchObject({ name: 'StaleHints' });
    expect(await db.items.get('facebook:3')).toBeUndefined();
    const { results } = await storeBatch(db, [raw('1', 'Hello'), raw('3', 'Hi', 'Kim Lo')], { url: PAGE, pageUrl: null, workspaceId: null }, 'Sam', 2000);
    expect(results.map((r) => r.key)).toEqual(['facebook:1', 'facebook:3']);
    expect(await db.items.count()).toBe(3);
    expect((await db.items.get('facebook:1'))?.pageKey).toBe('https://www.facebook.com/HarboursideDental/posts/other');
  });

  test('hints that claim a key the store no longer holds (a wipe elsewhere) only cost a read: the item is stored as new', async () => {
    await observeItems(db, [raw('1', 'Hello')], PAGE, 1000);
    await db.items.clear();
    const [r] = await observeItems(db, [raw('1', 'Hello')], PAGE, 2000);
    expect(r?.key).toBe('facebook:1');
    expect(await db.items.get('facebook:1')).toMatchObject({ firstSeenAt: 2000 });
  });
});
