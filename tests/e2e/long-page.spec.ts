/**
 * A long page: past the first chips mounted at once, chips come as comments
 * come near the viewport (watched in groups, see nearViewport in the scanner).
 * Wherever the moderator scrolls, every comment on screen has its chip.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EAGER_CHIPS } from '../../utils/content/scanner';
import { expect, test, waitForKeelIdle } from './extension';

const N = 1_500;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>long</title></head><body>
<script type="module">
import { appendComment, renderPost, syntheticComments } from './fb-markup.js';
const list = renderPost(document, { postText: 'A long thread' });
for (const c of syntheticComments(${N})) appendComment(document, list, c);
</script></body></html>`;

test('every comment scrolled into view has its chip, beyond the first chips mounted at once', async ({ context }) => {
  await context.route('https://www.facebook.com/**', (route) =>
    new URL(route.request().url()).pathname.endsWith('fb-markup.js')
      ? route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(path.resolve('scripts/demo/fb-markup.js'), 'utf8') })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/HarboursideDental/posts/pfbidLong');
  const idle = await waitForKeelIdle(page, N);
  expect(idle.items).toBe(N);
  expect(idle.chips).toBe(EAGER_CHIPS);

  const onScreenWithoutChip = () =>
    page.evaluate(() => {
      const articles = [...document.querySelectorAll('[role="article"][aria-label]')];
      const visible = articles.filter((a) => {
        const r = a.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight && !a.closest('[hidden]');
      });
      return { visible: visible.length, missing: visible.filter((a) => !a.querySelector('keel-chip')).length };
    });
  const scrollable = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const at of [0.7, 0.85, 0.77, 1, 0.93]) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.floor(scrollable * at));
    await expect.poll(onScreenWithoutChip).toMatchObject({ missing: 0 });
    expect((await onScreenWithoutChip()).visible).toBeGreaterThan(0);
  }
  // Only what came near the viewport was mounted, not the whole page.
  expect(await page.locator('keel-chip').count()).toBeLessThan(N);
});
