/**
 * The whole path in a real Chromium with the built extension: the content script
 * reads a Facebook Page post (a fixture at a real facebook.com URL), the
 * background classifies and stores, chips appear in closed shadow roots, and the
 * popup shows the counts and copies a filled reply.
 */
import type { Page, Worker } from '@playwright/test';
import { addComment, expect, readChips, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';
import { approveBuiltIns } from './templates-helpers';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

// What a moderator should see on each comment of the fixture, in page order.
// Noor's comment is rendered twice by Facebook: the hidden copy gets no chip
// (chips are mounted as comments come into view), the visible one does.
const EXPECTED_CHIPS = [
  ['Comment by Dana Whitlow 3 hours ago', 'Patient / customer'],
  ["Reply by Harbourside Dental to Dana Whitlow's comment 2 hours ago", 'Your page'],
  ["Reply by Rex Marlowe to Dana Whitlow's comment 1 hour ago", 'Threat'],
  ['Comment by Priya Castellanos 2 hours ago', 'Supporter'],
  ['Comment by Gil Brandt 58 minutes ago', 'Troll'],
  ['Comment by Noor Haddad 40 minutes ago', 'Patient / customer'],
  ['Komentar oleh Wren Adeyemi 20 menit', 'Spam'],
  ['Comment by Lou Fairweather 5 minutes ago', 'Unclear'],
];

async function openPost(page: Page) {
  await routeFixture(page.context(), 'https://www.facebook.com/**', 'facebook/page-post.html');
  await page.goto(POST_URL);
  return waitForKeelIdle(page, 8);
}

async function storedItems(worker: Worker) {
  return (await readStore(worker, 'items')).map((r) => ({ key: r.key, kind: r.kind, label: r.label, author: (r.author as { name: string }).name }));
}

test('chips appear on every comment and reply, in closed shadow roots, with reasons on click', async ({ context }) => {
  const page = await context.newPage();
  const idle = await openPost(page);
  expect(idle.items).toBe(8);

  await expect.poll(async () => (await readChips(page)).map((c) => [c.article, c.label])).toEqual(EXPECTED_CHIPS);
  const chips = await readChips(page);
  expect(chips.every((c) => c.shadowRootType === 'closed')).toBe(true);
  // The composer is not a comment and gets no chip.
  await expect(page.locator('[contenteditable="true"] keel-chip')).toHaveCount(0);

  // The page's own scripts see a bare element: no shadow root, no attributes, no label.
  const seenByPage = await page.evaluate(() =>
    [...document.querySelectorAll('keel-chip')].map((el) => ({ shadow: el.shadowRoot, attrs: el.attributes.length, text: el.textContent })),
  );
  expect(seenByPage).toHaveLength(8);
  await expect(page.locator('[hidden] keel-chip')).toHaveCount(0);
  for (const c of seenByPage) expect(c).toEqual({ shadow: null, attrs: 0, text: '' });

  // Reasons: closed until clicked, then shown with the words that fired.
  const threatIndex = EXPECTED_CHIPS.findIndex(([, l]) => l === 'Threat');
  expect(chips[threatIndex]?.panelOpen).toBe(false);
  await page.locator('keel-chip').nth(threatIndex).click();
  await expect.poll(async () => (await readChips(page))[threatIndex]?.panelOpen).toBe(true);
  const threat = (await readChips(page))[threatIndex];
  expect(threat?.texts.join(' ')).toContain('Threat wording: “Watch your back”, “know where you live”.');
  await page.screenshot({ path: 'test-results/screens/facebook-annotated.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await readChips(page))[threatIndex]?.panelOpen).toBe(false);

  // The business's own reply: its chip says so, and its panel says who posted it (not "set by you").
  const ownIndex = EXPECTED_CHIPS.findIndex(([, l]) => l === 'Your page');
  await page.locator('keel-chip').nth(ownIndex).click();
  await expect.poll(async () => (await readChips(page))[ownIndex]?.panelOpen).toBe(true);
  const own = (await readChips(page))[ownIndex]?.texts.join(' ') ?? '';
  expect(own).toContain('Your page · posted by you');
  expect(own).toContain('Posted by your business (its own page or reply).');
  expect(own).not.toContain('set by you');
  await page.keyboard.press('Escape');
});

test('the background stores each item once, with its label', async ({ context, worker }) => {
  const page = await context.newPage();
  await openPost(page);
  await expect.poll(() => storedItems(worker)).toHaveLength(8);
  const items = await storedItems(worker);
  expect(items.sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual([
    { key: 'facebook:1001', kind: 'comment', label: 'genuine', author: 'Dana Whitlow' },
    { key: 'facebook:1002', kind: 'reply', label: 'supporter', author: 'Harbourside Dental' },
    { key: 'facebook:1003', kind: 'reply', label: 'threat', author: 'Rex Marlowe' },
    { key: 'facebook:1004', kind: 'comment', label: 'supporter', author: 'Priya Castellanos' },
    { key: 'facebook:1005', kind: 'comment', label: 'troll', author: 'Gil Brandt' },
    { key: 'facebook:1006', kind: 'comment', label: 'genuine', author: 'Noor Haddad' },
    { key: 'facebook:1007', kind: 'comment', label: 'spam', author: 'Wren Adeyemi' },
    { key: 'facebook:1008', kind: 'comment', label: 'unclear', author: 'Lou Fairweather' },
  ]);

  // A reload sees the same comments: nothing is stored twice.
  await page.reload();
  await waitForKeelIdle(page, 8);
  expect(await storedItems(worker)).toHaveLength(8);
});

test('comments that arrive later are labelled live, and the popup counts follow', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await openPost(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, POST_URL)}`);
  await expect(popup.locator('.count[data-label="troll"] .count-n')).toHaveText('1');

  await addComment(page, {
    id: '1009',
    name: 'Ash Pellew',
    profile: 'https://www.facebook.com/ash.pellew',
    text: 'You people are pathetic idiots. #BoycottHarbourside',
    label: 'Comment by Ash Pellew just now',
  });
  await expect.poll(async () => (await readChips(page)).find((c) => c.article?.includes('Ash Pellew'))?.label).toBe('Troll');
  await expect(popup.locator('.count[data-label="troll"] .count-n')).toHaveText('2');
  // Threats stay on top; below them, the newest first.
  await expect(popup.locator('.flag').nth(0)).toContainText('Rex Marlowe');
  await expect(popup.locator('.flag').nth(1)).toContainText('Ash Pellew');
});

test('the popup shows the page’s counts, the newest flagged items, and copies a filled reply', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await openPost(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, POST_URL)}`);

  await expect(popup.locator('#page-h')).toContainText('8 items');
  const counts = Object.fromEntries(
    await popup.locator('.count').evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-label'), el.querySelector('.count-n')?.textContent]),
    ),
  );
  // The Page's own reply is not one of its supporters: it is counted apart, and said so.
  expect(counts).toEqual({ threat: '1', troll: '1', spam: '1', genuine: '2', supporter: '1', unclear: '1' });
  await expect(popup.getByTestId('counts-own')).toHaveText('Not counted: 1 post by your business (its page or its replies).');

  const flagged = popup.locator('.flag');
  await expect(flagged).toHaveCount(3);
  // Newest first; these three arrived together, so only the set is fixed.
  expect((await flagged.locator('.flag-author').allTextContents()).sort()).toEqual(['Gil Brandt', 'Rex Marlowe', 'Wren Adeyemi']);
  await expect(flagged.locator('.pill')).toHaveText([/Threat|Troll|Spam/, /Threat|Troll|Spam/, /Threat|Troll|Spam/]);

  // Only approved replies are offered: none until a manager approves one (Settings › Replies does it with these messages).
  await expect(popup.locator('.tpl-none')).toContainText('No approved replies yet');
  await approveBuiltIns(popup, ['builtin-offline-complaint']);
  const templates = popup.locator('.tpl');
  await expect(templates).toHaveCount(1);
  await popup.screenshot({ path: 'test-results/screens/popup.png', fullPage: true });

  await templates.first().getByRole('button', { name: /Copy reply/ }).click();
  await expect(templates.first().getByRole('button', { name: /Copy reply/ })).toHaveText('Copied ✓');
  // Read the clipboard the way a moderator would: paste it somewhere.
  const pasteInto = await context.newPage();
  await pasteInto.goto(POST_URL);
  const box = pasteInto.locator('[contenteditable="true"]');
  await box.click();
  await pasteInto.keyboard.press('ControlOrMeta+V');
  const copied = (await box.textContent())?.trim();
  expect(copied).toBe(
    'Thank you for telling us about this. We take every concern seriously and would like to put it right. ' +
      'Please contact Theo Lindqvist at (555) 010-4477 or care@harbourside-dental.example (Mon–Fri 8:00–17:00) ' +
      'so we can talk privately. — Harbourside Dental',
  );
});

test('the popup opened as a tab speaks about the page the user was on', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openPost(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('#page-h')).toContainText('8 items');
  await expect(popup.locator('.count[data-label="threat"] .count-n')).toHaveText('1');
});

test('the popup says plainly when a tab is not a page Keel reads', async ({ context, worker, extensionId }) => {
  await routeFixture(context, 'https://example.org/**', 'facebook/page-post.html');
  const other = await context.newPage();
  await other.goto('https://example.org/news');
  // The content script is not registered there: the page is left untouched.
  await expect(other.locator('[role="article"]').first()).toBeVisible();
  expect(await other.locator('keel-chip').count()).toBe(0);
  const popup = await context.newPage();
  const tabs = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabs[0]}`);
  await expect(popup.getByRole('status')).toContainText('Keel is not reading this tab.');
});
