/**
 * A site Keel has no adapter for, end to end: a selector pack is checked (errors
 * name the field), tested on the open page, saved, exported and imported again;
 * the site's page is added and annotated; and when the pack stops fitting, the
 * popup says so in plain words while the page stays untouched.
 */
import fs from 'node:fs';
import { grantSiteAccess } from '../../scripts/browser';
import type { Pack } from '../../utils/packs/schema';
import { expect, readChips, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

test.use({ pages: [] });

const URL = 'https://www.harborlane-reviews.com/biz/luigis-trattoria-portland';
const PACK: Pack = {
  format: 'keel-pack/1',
  id: 'harborlane',
  name: 'Harborlane Reviews',
  version: 1,
  matches: ['https://www.harborlane-reviews.com/biz/*'],
  kind: 'review',
  selectors: {
    item: '[data-review-id]',
    author: '[itemprop="author"] [itemprop="name"]',
    text: '[itemprop="reviewBody"]',
    rating: '[itemprop="ratingValue"]',
  },
  idAttribute: 'data-review-id',
  ratingAttribute: 'content',
};

test('a selector pack: checked, tested, saved, exported, imported, then the site is read; a broken pack is reported', async ({
  context,
  worker,
  extensionId,
}) => {
  await routeFixture(context, 'https://www.harborlane-reviews.com/**', 'packs/review-site.html');
  const site = await context.newPage();
  await site.goto(URL);
  await grantSiteAccess(context, extensionId, ['https://www.harborlane-reviews.com/*']);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const editor = options.getByLabel('Pack (JSON)');
  const packStatus = options.getByRole('region', { name: 'Selector packs' }).getByRole('status');

  // Errors name the field.
  await editor.fill(JSON.stringify({ ...PACK, id: 'Harbor Lane', selectors: { ...PACK.selectors, item: 'div[data-x' } }));
  await options.getByRole('button', { name: 'Check' }).click();
  const problems = options.getByRole('alert', { name: 'Problems in the pack' });
  await expect(problems).toContainText('id: must be 2–40 lowercase letters, digits or dashes');
  await expect(problems).toContainText('selectors.item: has unbalanced brackets or quotes');
  await editor.fill(JSON.stringify({ ...PACK, selectors: { ...PACK.selectors, text: 'p:nope(1)' } }));
  await options.getByRole('button', { name: 'Check' }).click();
  await expect(problems).toHaveText('selectors.text: the browser does not accept this selector');

  // Written in the words people use (no format, urlPatterns, flat selectors): read as the pack, and said how.
  const { format: _f, matches, selectors, ...rest } = PACK;
  await editor.fill(JSON.stringify({ ...rest, urlPatterns: matches[0], itemSelector: selectors.item, author_name: selectors.author, body: selectors.text, stars: selectors.rating }));
  await options.getByRole('button', { name: 'Check' }).click();
  await expect(options.getByText('The pack is well formed.')).toBeVisible();
  const notes = options.getByTestId('pack-notes');
  await expect(notes).toContainText('read "urlPatterns" as "matches"');
  await expect(notes).toContainText('read "selectors.body" as "selectors.text"');
  await expect(notes).toContainText('no "format": read as "keel-pack/1"');
  await options.getByRole('region', { name: 'Selector packs' }).screenshot({ path: 'test-results/screens/options-pack-notes.png' });

  // Tested on the open page before saving: counts and a sample.
  await editor.fill(JSON.stringify(PACK, null, 2));
  await options.getByRole('button', { name: 'Test on open tabs' }).click();
  const result = options.getByTestId('pack-test');
  await expect(result).toContainText(`5 found on ${URL} · 0 without an author · 0 without text`);
  await expect(result.getByRole('row')).toHaveCount(6);
  await expect(result).toContainText('Dmitri K.');
  // The access the test needed is given back: no page uses it yet.
  await expect.poll(() => worker.evaluate(() => chrome.permissions.contains({ origins: ['https://www.harborlane-reviews.com/*'] }))).toBe(false);
  expect(await site.locator('keel-chip').count()).toBe(0);

  await options.getByRole('button', { name: 'Save pack' }).click();
  await expect(packStatus).toHaveText('Saved Harborlane Reviews (v1).');
  await expect(options.getByRole('list', { name: 'Installed packs' })).toContainText('Harborlane Reviews');
  await options.screenshot({ path: 'test-results/screens/options-packs.png', fullPage: true });

  // Export gives the pack back, byte for byte as JSON; importing the same version keeps what is there.
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('harborlane.keel-pack.json');
  const exported = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(JSON.parse(exported)).toEqual(PACK);
  await options.getByRole('region', { name: 'Selector packs' }).locator('input[type="file"]').setInputFiles({ name: 'harborlane.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(packStatus).toHaveText('Kept the pack you have: it is the same or a newer version than v1.');
  await options.getByRole('region', { name: 'Selector packs' }).locator('input[type="file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"keel-pack/1"') });
  await expect(packStatus).toHaveText('bad.json was not imported: fix the fields listed below.');
  await expect(problems).toContainText('Not JSON');

  // The site's page is added: its open tab is read with the pack.
  await options.getByLabel('Address of a page, post or review list').fill(URL);
  await expect(options.getByTestId('page-preview')).toHaveText(
    'Will read Harborlane Reviews (selector pack): pages under www.harborlane-reviews.com/biz/luigis-trattoria-portland.',
  );
  await options.getByRole('button', { name: 'Add page' }).click();
  await expect(options.getByRole('list', { name: 'Pages Keel reads' })).toContainText('harborlane');
  await waitForKeelIdle(site, 5);
  await expect.poll(async () => (await readChips(site)).length).toBe(5);
  await site.screenshot({ path: 'test-results/screens/pack-site.png', fullPage: true });

  // The site changes its layout (here: the pack's item selector no longer fits): the popup says so.
  await options.getByRole('region', { name: 'Selector packs' }).getByRole('button', { name: 'Edit' }).click();
  await editor.fill(JSON.stringify({ ...PACK, version: 2, selectors: { ...PACK.selectors, item: '[data-review-key]' } }));
  await options.getByRole('button', { name: 'Save pack' }).click();
  await expect(packStatus).toHaveText('Saved Harborlane Reviews (v2).');
  await site.reload();
  await waitForKeelIdle(site, 0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, URL)}`);
  const health = popup.getByTestId('health');
  await expect(health).toContainText('Keel found no comments or reviews on this page.');
  await expect(health).toContainText('the “harborlane” selector pack may no longer fit this site');
  await popup.screenshot({ path: 'test-results/screens/popup-health.png' });
  expect(await site.locator('keel-chip').count()).toBe(0);
  await expect(site.locator('[itemprop="reviewBody"]').first()).toBeVisible();
});

test('pick a comment on a site Keel does not know: a pack is proposed from the click and opened in settings', async ({ context, worker, extensionId }) => {
  const blog = 'https://www.fernhollowgardening.com/2024/09/overwintering-dahlias/';
  await routeFixture(context, 'https://www.fernhollowgardening.com/**', 'packs/blog-comments.html');
  const page = await context.newPage();
  await page.goto(blog);
  // In real use the popup's activeTab grant lets the picker in; a popup opened as a test tab has none, so the site is granted.
  await grantSiteAccess(context, extensionId, ['https://www.fernhollowgardening.com/*']);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, blog)}`);
  await expect(popup.getByText('Keel is not reading this tab.')).toBeVisible();
  await popup.screenshot({ path: 'test-results/screens/popup-not-reading.png' });
  await popup.getByRole('button', { name: 'Make a selector pack: pick a comment here' }).click();

  await page.bringToFront();
  // The picker's banner is in a closed shadow root: the page sees only a bare element.
  await expect(page.locator('keel-picker')).toHaveCount(1);
  expect(await page.evaluate(() => document.querySelector('keel-picker')?.shadowRoot ?? null)).toBeNull();
  await page.screenshot({ path: 'test-results/screens/picker.png' });
  // A click on a lone heading proposes nothing and leaves the picker on; Esc would cancel.
  await page.locator('h1').click();
  await expect(page.locator('keel-picker')).toHaveCount(1);
  const [options] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('/options.html')),
    page.locator('.comment__text p').first().click(),
  ]);
  await expect(page.locator('keel-picker')).toHaveCount(0);
  const editor = options.getByLabel('Pack (JSON)');
  await expect(editor).toHaveValue(/"item": "/);
  const proposed = JSON.parse(await editor.inputValue()) as Pack;
  expect(proposed.matches).toEqual(['https://www.fernhollowgardening.com/*']);
  await expect(options.getByRole('region', { name: 'Selector packs' }).getByRole('status')).toContainText('A proposed pack from the page you picked on');
  await options.getByRole('button', { name: 'Test on open tabs' }).click();
  await expect(options.getByTestId('pack-test')).toContainText(`5 found on ${blog}`);
  await options.screenshot({ path: 'test-results/screens/options-proposed-pack.png', fullPage: true });
});
