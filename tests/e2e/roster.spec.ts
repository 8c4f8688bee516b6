/**
 * The roster end to end: names pasted in the settings page are stored only as
 * salted hashes, and a reviewer on the roster is never labelled a troll.
 */
import { expect, readChips, readStore, routeFixture, test, waitForKeelIdle } from './extension';

test('a roster pasted in settings is stored as hashes and protects a patient from the troll label', async ({ context, worker, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('roster-count')).toHaveText('0 names on the roster of My practice (example).');
  await options.getByLabel('Names (one per line)').fill('Gil Brandt\n  Noor Haddad \n\nAda Murr');
  await options.getByRole('button', { name: 'Replace roster with 3 names' }).click();
  await expect(options.locator('section[aria-labelledby="roster-h"]').getByRole('status')).toHaveText('Saved: 3 names, as hashes only.');
  await expect(options.getByTestId('roster-count')).toHaveText('3 names on the roster of My practice (example).');
  await options.screenshot({ path: 'test-results/screens/options.png', fullPage: true });

  const stored = (await readStore(worker, 'roster')) as Array<{ salt: string; hashes: string[] }>;
  expect(stored).toHaveLength(1);
  expect(stored[0]?.hashes).toHaveLength(3);
  for (const h of stored[0]?.hashes ?? []) expect(h).toMatch(/^[0-9a-f]{64}$/);
  expect(stored[0]?.salt).toMatch(/^[0-9a-f]{32}$/);
  expect(JSON.stringify(stored)).not.toMatch(/\b(?:gil|brandt|noor|haddad|ada|murr)\b/i);

  // Gil Brandt's "Boycott these clowns" would be a troll; on the roster, he is a patient.
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9');
  await waitForKeelIdle(page, 8);
  const gil = async () => (await readChips(page)).findIndex((c) => c.article?.includes('Gil Brandt'));
  await expect.poll(async () => (await readChips(page))[await gil()]?.label).toBe('Patient / customer');
  await page.locator('keel-chip').nth(await gil()).click();
  await expect.poll(async () => (await readChips(page))[await gil()]?.texts.join(' ')).toContain('Name matches a patient or customer on your roster');
});
