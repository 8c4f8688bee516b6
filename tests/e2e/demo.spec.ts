/**
 * The bundled demo (`npm start`) works: the pile-on page at a facebook.com
 * address gets labels on the comments it starts with and on those that arrive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, readChips, tabIdOf, test } from './extension';

const DEMO = path.resolve('scripts/demo');

test('the demo page is labelled live as the pile-on arrives, and the popup calls it a pile-on', async ({ context, worker, extensionId }) => {
  await context.route('https://www.facebook.com/**', (route) => {
    const file = new URL(route.request().url()).pathname.endsWith('fb-markup.js') ? 'fb-markup.js' : 'pile-on.html';
    return route.fulfill({
      status: 200,
      contentType: file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      body: fs.readFileSync(path.join(DEMO, file), 'utf8'),
    });
  });
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9');

  // The four comments that were there before the pile-on.
  await expect
    .poll(async () => (await readChips(page)).slice(0, 4).map((c) => c.label))
    .toEqual(['Patient / customer', 'Supporter', 'Patient / customer', 'Supporter']);

  // Then strangers arrive, one every two seconds, and each is labelled as it appears.
  await expect
    .poll(async () => (await readChips(page)).slice(4, 7).map((c) => [c.article, c.label]), { timeout: 20_000 })
    .toEqual([
      ['Comment by Gil Brandt Just now', 'Troll'],
      ['Comment by Ash Pellew Just now', 'Troll'],
      ['Comment by Rowan Tate Just now', 'Troll'],
    ]);
  const chips = await readChips(page);
  expect(chips.every((c) => c.shadowRootType === 'closed')).toBe(true);
  // Every comment within reach of the viewport has its chip.
  expect(chips.length).toBeGreaterThanOrEqual(7);
  await page.screenshot({ path: 'test-results/screens/demo.png', fullPage: true });

  // A burst of negative first-time authors against a quiet page: the popup says so.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 800 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, page.url())}`);
  await expect(popup.getByRole('alert')).toContainText('Pile-on under way.', { timeout: 30_000 });
  await popup.screenshot({ path: 'test-results/screens/popup-pileon.png', fullPage: true });
});
