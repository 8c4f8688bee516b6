// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { byBusiness, observeItems } from '../../utils/background/observe';
import { addPage, lookupPage, PageError, removePack, removePage, savePack } from '../../utils/background/pages';
import { relabelItem } from '../../utils/background/relabel';
import { testPack } from '../../utils/content/pack-test';
import { KeelDb } from '../../utils/db';
import { healthNotice } from '../../utils/health';
import type { RawItem } from '../../utils/model';
import type { Pack } from '../../utils/packs/schema';

const pack: Pack = {
  format: 'keel-pack/1',
  id: 'smile-reviews',
  name: 'Smile Reviews',
  version: 2,
  matches: ['https://www.smile-reviews.example/clinic/*'],
  kind: 'review',
  selectors: { item: 'article', author: '.who', text: 'p' },
};

let db: KeelDb;
let n = 0;
const granted: string[][] = [];
const allow = async (origins: string[]) => {
  granted.push(origins);
  return true;
};
const deny = async () => false;

beforeEach(async () => {
  db = new KeelDb(`keel-pages-${++n}`);
  await db.open();
  granted.length = 0;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the business pages store', () => {
  test('adding a page stores its account root once per workspace, asks about its hosts, and logs it', async () => {
    const row = await addPage(db, { url: 'https://www.facebook.com/HarboursideDental/posts/pfbid02?__cft__[0]=x' }, allow, 'Sam', 1000);
    expect(row).toMatchObject({ workspaceId: 'default', url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook', addedAt: 1000 });
    expect(granted).toEqual([['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://facebook.com/*']]);
    // The same page again (another post of it) is the same row.
    const again = await addPage(db, { url: 'https://www.facebook.com/HarboursideDental/reviews' }, allow, 'Sam', 2000);
    expect(again.id).toBe(row.id);
    expect(await db.pages.count()).toBe(1);
    expect((await db.actions.toArray()).map((a) => [a.kind, a.actor, a.detail])).toEqual([
      ['configured', 'Sam', 'Added page https://www.facebook.com/HarboursideDental'],
    ]);
  });

  test('nothing is stored without the access, for an unknown site, or for a missing workspace', async () => {
    await expect(addPage(db, { url: 'https://x.com/harbourside' }, deny, 'Sam', 1)).rejects.toThrow(/Keel was not given access to https:\/\/x\.com\/\*/);
    await expect(addPage(db, { url: 'https://unknown.example/r' }, allow, 'Sam', 1)).rejects.toThrow(/no adapter for unknown\.example/);
    await expect(addPage(db, { url: 'https://x.com/harbourside', workspaceId: 'nope' }, allow, 'Sam', 1)).rejects.toThrow(PageError);
    expect(await db.pages.count()).toBe(0);
    expect(await db.actions.count()).toBe(0);
  });

  test('lookup finds the page an address is on, the most specific first, with its pack', async () => {
    await savePack(db, pack, 'replace', 'Sam', 1);
    const fb = await addPage(db, { url: 'https://www.facebook.com/HarboursideDental' }, allow, 'Sam', 1);
    const smile = await addPage(db, { url: 'https://www.smile-reviews.example/clinic/harbourside' }, allow, 'Sam', 1);
    expect((await lookupPage(db, 'https://web.facebook.com/HarboursideDental/posts/1', null))?.page.id).toBe(fb.id);
    expect(await lookupPage(db, 'https://www.facebook.com/OtherClinic/posts/1', null)).toBeNull();
    const found = await lookupPage(db, 'https://www.smile-reviews.example/clinic/harbourside?page=2', null);
    expect(found?.page.id).toBe(smile.id);
    expect(found?.pack).toEqual(pack);
    // The owner the adapter read off the page counts for posts whose address does not name the account.
    await addPage(db, { url: 'https://www.instagram.com/harbourside.dental/' }, allow, 'Sam', 1);
    expect(await lookupPage(db, 'https://www.instagram.com/p/C1/', null)).toBeNull();
    expect((await lookupPage(db, 'https://www.instagram.com/p/C1/', 'https://www.instagram.com/harbourside.dental/'))?.page.adapter).toBe('instagram');
  });

  test('removing a page gives back only the host access no other page needs', async () => {
    const a = await addPage(db, { url: 'https://www.facebook.com/A' }, allow, 'Sam', 1);
    const b = await addPage(db, { url: 'https://www.facebook.com/B' }, allow, 'Sam', 1);
    const x = await addPage(db, { url: 'https://x.com/a' }, allow, 'Sam', 1);
    expect(await removePage(db, a.id, 'Sam', 2)).toEqual({ removed: true, unused: [] });
    expect(await removePage(db, x.id, 'Sam', 3)).toEqual({ removed: true, unused: ['https://x.com/*', 'https://twitter.com/*'] });
    expect((await removePage(db, b.id, 'Sam', 4)).unused).toHaveLength(3);
    expect(await removePage(db, b.id, 'Sam', 5)).toEqual({ removed: false, unused: [] });
    expect((await db.actions.toArray()).filter((r) => r.detail.startsWith('Removed page'))).toHaveLength(3);
  });

  test('packs: an import keeps the higher version, the editor replaces, and a pack in use cannot be removed', async () => {
    expect(await savePack(db, pack, 'merge', 'Sam', 1)).toEqual({ id: 'smile-reviews', stored: true });
    expect(await savePack(db, { ...pack, version: 1, name: 'Older' }, 'merge', 'Sam', 2)).toEqual({ id: 'smile-reviews', stored: false });
    expect(await savePack(db, { ...pack, version: 2, name: 'Same' }, 'merge', 'Sam', 3)).toEqual({ id: 'smile-reviews', stored: false });
    expect((await db.packs.get('smile-reviews'))?.pack.name).toBe('Smile Reviews');
    await savePack(db, { ...pack, version: 1, name: 'Edited' }, 'replace', 'Sam', 4);
    expect((await db.packs.get('smile-reviews'))?.pack.name).toBe('Edited');
    const page = await addPage(db, { url: 'https://www.smile-reviews.example/clinic/x' }, allow, 'Sam', 5);
    await expect(removePack(db, 'smile-reviews', 'Sam', 6)).rejects.toThrow(/reads https:\/\/www\.smile-reviews\.example\/clinic\/x: remove that page first/);
    await removePage(db, page.id, 'Sam', 7);
    expect(await removePack(db, 'smile-reviews', 'Sam', 8)).toEqual({ removed: true });
    expect(await db.packs.count()).toBe(0);
  });
});

describe('testing a pack on a page', () => {
  test('counts items and empty fields and returns a short sample', () => {
    document.body.innerHTML = `${Array.from({ length: 7 }, (_, i) => `<article><span class="who">${i % 3 ? `Ana ${i}` : ''}</span><p>${'x'.repeat(600)}</p></article>`).join('')}`;
    const r = testPack(pack, 'https://www.smile-reviews.example/clinic/x');
    expect(r).toMatchObject({ found: 7, emptyAuthor: 3, emptyText: 0, error: null });
    expect(r.sample).toHaveLength(5);
    expect(r.sample[0]?.text).toHaveLength(500);
  });

  test('a selector the browser rejects is an error, not a crash', () => {
    document.body.innerHTML = '<article><p>x</p></article>';
    const r = testPack({ ...pack, selectors: { item: 'article:nope(', text: 'p' } }, 'https://e.example/');
    expect(r.found).toBe(0);
    expect(r.error).toMatch(/^The item selector does not work here/);
  });
});

describe('adapter health in plain words', () => {
  const health = (found: number, emptyAuthor = 0, emptyText = 0, errors = 0) => ({ found, emptyAuthor, emptyText, errors, at: 1 });
  test('nothing found on a supported page: the layout may have changed, what to do', () => {
    const notice = healthNotice('facebook', health(0));
    expect(notice?.title).toBe('Keel found no comments or reviews on this page.');
    expect(notice?.body).toMatch(/^If you can see comments or reviews here, Facebook may have changed its layout\. Keel changed nothing on the page\./);
    expect(notice?.body).toMatch(/selector pack/);
  });
  test('key fields empty in most items', () => {
    expect(healthNotice('yelp', health(10, 8))?.title).toBe('Keel is reading this page only in part: 8 of 10 have no author.');
    expect(healthNotice('x', health(4, 0, 4))?.title).toBe('Keel is reading this page only in part: 4 of 4 have no text.');
    expect(healthNotice('x', health(2, 2, 2))).toBeNull();
    expect(healthNotice('x', health(10, 4, 0))).toBeNull();
  });
  test('a pack that no longer fits says so, and how to fix it', () => {
    const notice = healthNotice('smile-reviews', health(0, 0, 0, 3));
    expect(notice?.title).toBe('Keel could not read this page.');
    expect(notice?.body).toMatch(/the “smile-reviews” selector pack may no longer fit this site.*Test on open tabs/);
  });
  test('all well: no notice', () => {
    expect(healthNotice('facebook', health(12, 1, 0))).toBeNull();
    expect(healthNotice('facebook', null)).toBeNull();
  });
});

describe('the business’s own replies', () => {
  const item = (platform: RawItem['platform'], kind: RawItem['kind'], profileUrl: string | null): RawItem => ({
    platform, kind, nativeId: '1', parentId: kind === 'reply' ? '0' : null, permalink: null,
    author: { name: 'Bob K.', profileUrl }, text: 'Sorry about the wait: please call us.', rating: null, postedAt: null, postedText: null,
  });
  test.each([
    ['an owner response on Google Maps', item('google-maps', 'reply', null), null, true],
    ['an owner comment on Yelp', item('yelp', 'reply', 'https://www.yelp.com/user_details?userid=9'), null, true],
    ['a company reply on Trustpilot', item('trustpilot', 'reply', null), null, true],
    ['a review on Yelp', item('yelp', 'review', null), null, false],
    ['the Page replying on Facebook', item('facebook', 'reply', 'https://web.facebook.com/harboursidedental/'), 'https://www.facebook.com/HarboursideDental', true],
    ['someone else on Facebook', item('facebook', 'reply', 'https://www.facebook.com/dana.w'), 'https://www.facebook.com/HarboursideDental', false],
    ['a post under the page is not its account', item('facebook', 'comment', 'https://www.facebook.com/HarboursideDental/posts/1'), 'https://www.facebook.com/HarboursideDental', false],
    ['the account on X (twitter.com page, x.com profile)', item('x', 'reply', 'https://x.com/HarbourDental'), 'https://twitter.com/harbourdental', true],
    ['a profile.php Page', item('facebook', 'comment', 'https://www.facebook.com/profile.php?id=100064'), 'https://www.facebook.com/profile.php?id=100064', true],
    ['another profile.php', item('facebook', 'comment', 'https://www.facebook.com/profile.php?id=100065'), 'https://www.facebook.com/profile.php?id=100064', false],
  ])('%s', (_, raw, root, expected) => {
    expect(byBusiness(raw, root)).toBe(expected);
  });

  test('is labelled as the business’s own, whatever its words', async () => {
    const [r] = await observeItems(db, [item('yelp', 'reply', null)], 'https://www.yelp.com/biz/harbourside', 1000, undefined, 'https://www.yelp.com/biz/harbourside');
    expect(r).toMatchObject({ label: 'supporter', confidence: 1, reasons: ['Posted by your business (its own page or reply).'], own: true });
  });

  test('its answer says it is the business’s own (its chip shows "Your page") until a moderator labels it', async () => {
    const page = 'https://www.facebook.com/HarboursideDental/posts/1';
    const root = 'https://www.facebook.com/HarboursideDental';
    const ours = { ...item('facebook', 'reply', 'https://www.facebook.com/HarboursideDental'), nativeId: '7' };
    const theirs = { ...item('facebook', 'reply', 'https://www.facebook.com/dana.w'), nativeId: '8', text: 'Thank you, Dr. Okafor was lovely.' };
    const first = await observeItems(db, [ours, theirs], page, 1000, undefined, root);
    expect(first[0]?.label).toBe('supporter');
    expect(first.map((r) => r.own)).toEqual([true, false]);
    // Seen again: still its own.
    expect((await observeItems(db, [ours], page, 2000, undefined, root))[0]?.own).toBe(true);
    // A moderator's label wins, and the chip then shows that label.
    await relabelItem(db, { key: first[0]?.key as string, label: 'unclear' }, { actor: 'Ana', onlyPageUrl: null }, 3000);
    expect((await observeItems(db, [ours], page, 4000, undefined, root))[0]).toMatchObject({ label: 'unclear', own: false });
  });
});
