/**
 * Ten thousand entries in the audit log: the options page shows them all,
 * newest first, with only the rows in view in the page; the keyboard and the
 * scrollbar reach the oldest; the filters narrow it; the page keeps answering.
 */
import type { Page } from '@playwright/test';
import { storeWrite, writeStoresCall } from '../../scripts/seed-store';
import { expect, test } from './extension';

test.use({ pages: [] });

const N = 10_000;

/**
 * Test setup only: writes N items and N actions straight into Keel's IndexedDB
 * (scripts/seed-store.ts), from an extension page, far faster than N real actions.
 * Entry i is about item i; entry 0 is the oldest, entry N-1 the newest.
 */
async function seed(page: Page): Promise<void> {
  const items: Array<Record<string, unknown>> = [];
  const actions: Array<Record<string, unknown>> = [];
  const start = Date.UTC(2026, 10, 1, 8, 0);
  const kinds = ['labelled', 'hidden', 'reported', 'banned', 'note', 'captured'];
  const actors = ['Sam Reyes', 'Jo Tan', 'Keel'];
  const post = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
  for (let i = 0; i < N; i++) {
    const key = `facebook:${700000 + i}`;
    const authorKey = `facebook:https://www.facebook.com/author.${i}`;
    items.push({
      key,
      workspaceId: 'default',
      platform: 'facebook',
      kind: 'comment',
      nativeId: String(700000 + i),
      parentId: null,
      pageKey: 'facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9',
      pageUrl: post,
      permalink: `${post}?comment_id=${700000 + i}`,
      author: { name: `Author ${i}`, profileUrl: `https://www.facebook.com/author.${i}` },
      authorKey,
      text:
        i === 4242
          ? 'My crown came off at the zucchini festival and nobody at the desk would call me back about it, twice.'
          : `Comment number ${i}: a long enough line of words to be clamped to one line in the audit log row, with more after it.`,
      rating: null,
      postedAt: null,
      postedText: '1h',
      firstSeenAt: start + i * 60_000,
      lastSeenAt: start + i * 60_000,
      at: start + i * 60_000,
      negative: false,
      firstTime: true,
      campaign: false,
      label: 'troll',
      labelSource: 'auto',
      confidence: 0.8,
      reasons: ['Insults with nothing about a visit.'],
      incidentId: null,
      needsReview: 1,
      done: {},
    });
    actions.push({
      at: start + i * 60_000 + 30_000,
      actor: actors[i % 3],
      kind: kinds[i % 6],
      cause: i % 3 === 2 ? 'classifier' : 'moderator',
      itemKey: key,
      authorKey,
      incidentId: null,
      workspaceId: 'default',
      undoes: null,
      detail: i === 0 ? 'Oldest entry of the seed' : `seeded entry ${i}`,
    });
  }
  await page.evaluate(writeStoresCall([storeWrite('items', items), storeWrite('actions', actions)]));
}

test('the audit log shows 10,000 entries with few rows in the page, reaches the oldest, and filters', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // The options page has opened (and so created) the database.
  const count = page.getByTestId('audit-count');
  await expect(count).toHaveText(/^\d[\d,]* (entry|entries)$/);
  await seed(page);
  await page.reload();

  const section = page.locator('section[aria-labelledby="audit-h"]');
  const list = section.getByRole('listbox', { name: 'Audit log entries, newest first' });
  const rows = list.getByRole('option');
  // No page was added, so nothing but the seed is in the log.
  await expect(count).toHaveText('10,000 entries');
  const total = N;

  // Newest first: the first row is the last seeded entry (nothing newer was logged), with its item.
  await expect(rows.first()).toContainText('seeded entry 9999');
  await expect(rows.first()).toContainText('Author 9999: “Comment number 9999');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(total));
  expect(await page.locator('[role="option"]').count()).toBeLessThanOrEqual(100);

  // The keyboard: End reaches the oldest entry, shown in full below the list.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toContainText('seeded entry 9998');
  await page.keyboard.press('End');
  const focused = page.locator('[role="option"]:focus');
  await expect(focused).toHaveAttribute('aria-posinset', String(total));
  await expect(focused).toContainText('Oldest entry of the seed');
  await expect(section.locator('.al-detail')).toContainText('Entry 1');
  await page.keyboard.press('ArrowUp');
  await expect(focused).toContainText(/seeded entry 1(?!\d)/);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-posinset', '1');
  expect(await page.locator('[role="option"]').count()).toBeLessThanOrEqual(100);

  // The scrollbar: scrolling to the bottom renders the oldest rows, and only rows near them.
  await list.evaluate((el) => {
    const scroller = el.parentElement as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
  });
  await expect(list.getByRole('option', { name: /Oldest entry of the seed/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /seeded entry 9999/ })).toHaveCount(0);
  expect(await page.locator('[role="option"]').count()).toBeLessThanOrEqual(100);
  await list.getByRole('option', { name: /Oldest entry of the seed/ }).click();
  const detail = section.locator('.al-detail');
  await expect(detail).toContainText('Oldest entry of the seed');
  await expect(detail).toContainText('Comment number 0:');

  // Filters: kind, then who, then words (matched in the item's text too).
  await section.getByLabel('Kind').selectOption('banned');
  await expect(count).toHaveText('1,667 of 10,000 entries');
  await expect(rows.first()).toContainText('Banned');
  await expect(rows.first()).toContainText('seeded entry 9999');
  await section.getByLabel('Who').selectOption('Jo Tan');
  await expect(section.getByText('No entry matches.')).toBeVisible();
  await section.getByLabel('Who').selectOption('Sam Reyes');
  await expect(count).toHaveText('1,667 of 10,000 entries');
  await section.getByLabel('Kind').selectOption('');
  await section.getByLabel('Who').selectOption('');

  // The page keeps answering while 10,000 entries are filtered at each key: what is typed is there, and so is its result.
  const words = section.getByLabel('Words');
  await words.pressSequentially('zucchini');
  await expect(words).toHaveValue('zucchini');
  await expect(count).toHaveText('1 of 10,000 entries');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('seeded entry 4242');
  await expect(rows.first()).toContainText('Author 4242: “My crown came off at the zucchini festival');
  await expect(detail).toContainText('nobody at the desk would call me back about it, twice.');

  await words.fill('');
  await expect(count).toHaveText('10,000 entries');
  await rows.first().focus();
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'test-results/screens/options-audit-log.png' });
});
