/**
 * The moderator decides: a label set from the chip wins, is stored, is written
 * to the audit log, survives a reload, and informs the author's later items.
 */
import { addComment, clickInChip, expect, readChips, readStore, routeFixture, test, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

test('a label set from the chip wins, is logged, survives a reload and follows the author', async ({ context, worker }) => {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);

  const gil = () => readChips(page).then((chips) => chips.findIndex((c) => c.article?.includes('Gil Brandt')));
  await expect.poll(async () => (await readChips(page))[await gil()]?.label).toBe('Troll');
  const index = await gil();

  // Open the reasons, then tell Keel this is a real patient.
  await page.locator('keel-chip').nth(index).click();
  await expect.poll(async () => (await readChips(page))[index]?.panelOpen).toBe(true);
  await clickInChip(page, index, 'Patient / customer');
  await expect.poll(async () => (await readChips(page))[index]?.label).toBe('Patient / customer');
  expect((await readChips(page))[index]?.texts.join(' ')).toContain('You labelled this Patient / customer.');

  const item = (await readStore(worker, 'items')).find((r) => r.key === 'facebook:1005');
  expect(item).toMatchObject({ label: 'genuine', labelSource: 'moderator', confidence: 1 });
  const actions = (await readStore(worker, 'actions')).filter((a) => a.kind === 'labelled');
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ kind: 'labelled', itemKey: 'facebook:1005', detail: 'troll → genuine', cause: 'moderator', actor: 'Moderator' });
  const author = (await readStore(worker, 'authors')).find((a) => a.key === 'facebook:https://www.facebook.com/gil.brandt.77');
  expect(author).toMatchObject({ moderatorLabel: 'genuine' });

  // A reload reads the page afresh: the moderator's label is what comes back.
  await page.reload();
  await waitForKeelIdle(page, 8);
  await expect.poll(async () => (await readChips(page)).find((c) => c.article?.includes('Gil Brandt'))?.label).toBe('Patient / customer');

  // The same author's next comment is read in the light of that label.
  await addComment(page, {
    id: '1010',
    name: 'Gil Brandt',
    profile: 'https://www.facebook.com/gil.brandt.77?__cft__[0]=AZz',
    text: 'Still waiting for a call back. Shame on you.',
    label: 'Comment by Gil Brandt just now',
  });
  await expect
    .poll(async () => (await readChips(page)).find((c) => c.article === 'Comment by Gil Brandt just now')?.label)
    .toBe('Patient / customer');
  const chips = await readChips(page);
  const later = chips.findIndex((c) => c.article === 'Comment by Gil Brandt just now');
  await page.locator('keel-chip').nth(later).click();
  await expect.poll(async () => (await readChips(page))[later]?.panelOpen).toBe(true);
  expect((await readChips(page))[later]?.texts.join(' ')).toContain('You marked this author as a patient or customer before.');
  await page.screenshot({ path: 'test-results/screens/moderator-label.png' });
});
