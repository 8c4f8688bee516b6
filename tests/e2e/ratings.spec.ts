/**
 * The page's rating over time: a routed Google Maps place whose average falls
 * while it is open (a smear campaign in miniature) gets one rating point per
 * reading that changed, and the popup's "This page" section tells the story in
 * words and as a chart.
 */
import { expect, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

const PLACE = 'https://www.google.com/maps/place/Harbourside+Dental';
const URL_SHOWN = `${PLACE}/@-33.86,151.2,17z/data=!4m8!3m7`;

test.use({ pages: [PLACE] });

const points = async (worker: Parameters<typeof readStore>[0]) =>
  (await readStore(worker, 'ratings')).map(({ pageKey, average, count }) => ({ pageKey, average, count }));

test('an average that falls while the page is open is stored point by point, and the popup shows the trend', async ({ context, worker, extensionId }) => {
  await routeFixture(context, 'https://www.google.com/**', 'google-maps/reviews-pane.html');
  const page = await context.newPage();
  await page.goto(URL_SHOWN);
  await waitForKeelIdle(page, 4);
  await expect.poll(() => points(worker)).toEqual([{ pageKey: PLACE, average: 4.1, count: 212 }]);

  // Google re-renders the header under the name as the reviews pour in: 1.2 stars, 260 reviews.
  await page.evaluate(() => {
    const old = document.querySelector('.F7nice');
    const header = document.createElement('div');
    header.className = 'F7nice';
    const shown = document.createElement('span');
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = '1.2';
    const stars = document.createElement('span');
    stars.setAttribute('role', 'img');
    stars.setAttribute('aria-label', '1.2 stars ');
    const count = document.createElement('span');
    count.setAttribute('aria-label', '260 reviews');
    count.textContent = '(260)';
    header.append(shown, stars, count);
    old?.replaceWith(header);
  });
  // Reported at most every few seconds: the second point may wait for the gap to end.
  await expect
    .poll(() => points(worker), { timeout: 20_000 })
    .toEqual([
      { pageKey: PLACE, average: 4.1, count: 212 },
      { pageKey: PLACE, average: 1.2, count: 260 },
    ]);
  const stored = await readStore(worker, 'ratings');
  expect(stored[1]?.at as number).toBeGreaterThan(stored[0]?.at as number);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, page.url())}`);
  const trend = popup.locator('.rtrend');
  await expect(trend.locator('.rtrend-sum')).toHaveText(/^Fell 4\.1 → 1\.2 since \d\d:\d\d \(212 → 260 reviews\)$/);
  await expect(trend.locator('.rtrend-now')).toHaveText('1.2 / 5');
  await expect(trend.getByRole('img', { name: /^Average rating over time, out of 5: Fell 4\.1 → 1\.2/ })).toBeVisible();
  // Every reading, from the keyboard.
  await trend.locator('summary').focus();
  await popup.keyboard.press('Enter');
  await expect(trend.locator('.rtrend-list li')).toHaveText([/ 1\.2 \(260 reviews\)$/, / 4\.1 \(212 reviews\)$/]);
  await popup.screenshot({ path: 'test-results/screens/popup-rating.png', fullPage: true });
});

test('a page that shows no average stores no point and the popup shows no trend', async ({ context, worker, extensionId }) => {
  await routeFixture(context, 'https://www.google.com/**', 'google-maps/hotel-reviews.html');
  const page = await context.newPage();
  await page.goto(URL_SHOWN);
  await waitForKeelIdle(page, 1);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, page.url())}`);
  await expect(popup.locator('.counts')).toBeVisible();
  await expect(popup.locator('.rtrend')).toHaveCount(0);
  expect(await readStore(worker, 'ratings')).toEqual([]);
});
