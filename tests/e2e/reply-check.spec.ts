/**
 * The reply linter where people type: writing in the platform's own reply box
 * on one of the business's pages, the moderator sees what must not be posted,
 * beside the box, before posting; a safe reply shows nothing.
 */
import { expect, readShadowTexts, routeFixture, test, waitForKeelIdle } from './extension';

test('typing a reply in the page’s own box shows the findings beside it; a safe reply clears them', async ({ context }) => {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9');
  await waitForKeelIdle(page, 8);
  const box = page.locator('[contenteditable="true"]').first();
  await box.click();
  await box.pressSequentially('Hi Dana, sorry about your cleaning on Tuesday. That is not true though.');
  const panel = () => readShadowTexts(page, 'keel-reply-check');
  await expect.poll(async () => (await panel()).join(' ')).toContain('Keel: 5 things not to post in public, one more to check');
  const texts = (await panel()).join(' ');
  for (const quoted of ['Dana', 'your cleaning', 'cleaning', 'on Tuesday', 'That is not true']) expect(texts).toContain(quoted);
  expect(texts).toContain('Answers a negative item without a way to continue privately');
  await page.screenshot({ path: 'test-results/screens/reply-check.png' });
  // Beside the box, never over the text being typed.
  const [panelBox, editorBox] = [await page.locator('keel-reply-check').boundingBox(), await box.boundingBox()];
  expect(panelBox && editorBox).toBeTruthy();
  if (panelBox && editorBox) {
    const overlaps = panelBox.y < editorBox.y + editorBox.height && editorBox.y < panelBox.y + panelBox.height;
    expect(overlaps).toBe(false);
  }
  // The page sees a bare element: nothing of the findings.
  expect(await page.evaluate(() => document.querySelector('keel-reply-check')?.shadowRoot ?? null)).toBeNull();

  await box.press('Control+A');
  await box.press('Delete');
  await box.pressSequentially('We are sorry to read this. Please call (555) 010-4477 so we can talk privately. — Harbourside Dental');
  await expect.poll(async () => (await panel()).length).toBe(0);
  await expect(page.locator('keel-reply-check')).toHaveCount(0);
});
