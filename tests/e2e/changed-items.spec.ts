/**
 * Items that change under Keel, in a real Chromium with the built extension: a
 * comment the moderator opens with "See more" is read in full and labelled
 * again (and a reload that cuts it again keeps the full words); a cell X
 * recycles for another tweet gets that tweet's chip, not the old one's label.
 */
import { watchPages } from '../../scripts/browser';
import { expect, readChips, readStore, routeFixture, test, waitForKeelIdle } from './extension';

const PERMALINK = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Perma?comment_id=2001';
const AYU = 'Komentar oleh Ayu Pratiwi 1 jam';
// What Facebook writes in when "Lihat selengkapnya" (See more) is clicked: the rest of the comment.
const REST = ' and if nobody calls me back today I will come down there and burn the place down.';

test('a comment opened with "See more" is read in full and labelled again; a reload that cuts it again keeps the full words', async ({ context, worker }) => {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/permalink-view.html');
  const page = await context.newPage();
  await page.goto(PERMALINK);
  await waitForKeelIdle(page, 3);
  const ayu = async () => (await readStore(worker, 'items')).find((r) => r.nativeId === '2001') as { text: string; label: string } | undefined;
  const chipOfAyu = async () => (await readChips(page)).find((c) => c.article === AYU)?.label;
  await expect.poll(async () => (await ayu())?.text).toMatch(/I have left three messages$/);
  const cut = (await ayu())?.text as string;
  expect(await chipOfAyu()).not.toBe('Threat');
  // The chip's reasons (open on click) say its label comes from the start of the words only.
  const cutNote = /Only the start of these words is on the page/;
  const ayuTexts = async () => ((await readChips(page)).find((c) => c.article === AYU)?.texts ?? []).join('\n');
  await page.locator('[aria-label^="Komentar oleh Ayu"] keel-chip').click();
  await expect.poll(ayuTexts).toMatch(cutNote);
  await page.screenshot({ path: 'test-results/screens/see-more-cut-note.png' });
  await page.keyboard.press('Escape');

  // Facebook's own script: clicking "See more" writes the rest of the comment in place of the button.
  await page.evaluate((rest) => {
    const more = [...document.querySelectorAll('[role="button"]')].find((b) => b.textContent === 'Lihat selengkapnya') as Element;
    const words = more.parentElement as Element;
    more.addEventListener('click', () => words.replaceChildren(`${words.firstChild?.nodeValue ?? ''}${rest}`));
  }, REST);
  await page.getByRole('button', { name: 'Lihat selengkapnya' }).click();

  await expect.poll(async () => (await ayu())?.text).toBe(`${cut}${REST}`);
  await expect.poll(chipOfAyu).toBe('Threat');
  expect((await ayu())?.label).toBe('threat');
  expect(await ayuTexts()).not.toMatch(cutNote);
  await page.screenshot({ path: 'test-results/screens/see-more-read-again.png' });

  // A new load shows the comment cut again: the full words and their label stay.
  await page.reload();
  await waitForKeelIdle(page, 3);
  await expect.poll(chipOfAyu).toBe('Threat');
  expect(await ayu()).toMatchObject({ text: `${cut}${REST}`, label: 'threat' });
  expect((await readStore(worker, 'items')).filter((r) => r.nativeId === '2001')).toHaveLength(1);
});

test.describe('X', () => {
  test.use({ pages: [] });
  const CONVERSATION = 'https://x.com/harbourside/status/1988000000000000100';

  test('a cell recycled for another tweet shows that tweet’s label, and the tweet is stored', async ({ context, worker, extensionId }) => {
    await watchPages(context, extensionId, [CONVERSATION]);
    await routeFixture(context, 'https://x.com/**', 'x/conversation.html');
    const page = await context.newPage();
    await page.goto(CONVERSATION);
    await waitForKeelIdle(page, 4);
    // The first reply's cell, marked for the test; its chip read through its closed shadow root.
    await page.evaluate(() => document.querySelector('a[href$="/status/1988000000000000101"]')?.closest('article')?.setAttribute('data-test-cell', ''));
    const chipOfCell = async () => {
      const index = await page.evaluate(() => {
        const cell = document.querySelector('[data-test-cell]');
        return [...document.querySelectorAll('keel-chip')].findIndex((chip) => cell?.contains(chip));
      });
      return index < 0 ? null : (await readChips(page))[index]?.label;
    };
    await expect.poll(chipOfCell).not.toBeNull();
    const before = await chipOfCell();
    expect(before).not.toBe('Threat');

    // React reuses the cell's nodes for a tweet scrolled into view: its link and words rewritten in place.
    await page.evaluate(() => {
      const cell = document.querySelector('[data-test-cell]') as Element;
      for (const a of cell.querySelectorAll('a[href$="/status/1988000000000000101"]')) a.setAttribute('href', '/odilevarga/status/1988000000000000199');
      const words = cell.querySelector('[data-testid="tweetText"] span')?.firstChild as Text;
      words.nodeValue = 'Keep selling raw tarts and we will burn your shop down tonight.';
    });

    await expect.poll(chipOfCell).toBe('Threat');
    await expect(page.locator('article keel-chip')).toHaveCount(4);
    const stored = await readStore(worker, 'items');
    expect(stored.find((r) => r.nativeId === '1988000000000000199')).toMatchObject({ label: 'threat', text: 'Keep selling raw tarts and we will burn your shop down tonight.' });
    // The tweet the cell showed before keeps its own row and label.
    expect(stored.find((r) => r.nativeId === '1988000000000000101')?.label).not.toBe('threat');
  });
});
