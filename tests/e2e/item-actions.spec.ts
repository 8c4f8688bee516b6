/**
 * What a moderator does about an item is recorded: from the popup's item
 * detail, marks (reported, hidden …), a note, a capture and an undo each add a
 * row to the audit log with time, name and cause; the item keeps what was done;
 * the badge counts only what nobody has looked at; undo reverses a mark without
 * erasing it; a real patient's complaint is never offered delete or ban.
 */
import { expect, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const GIL = 'facebook:1005';

test('marks, a note, a capture and an undo from the popup are logged, and the badge follows', async ({ context, worker, extensionId }) => {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  const unreviewed = async () => (await readStore(worker, 'items')).filter((i) => i.needsReview === 1).length;
  const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
  const before = await unreviewed();
  expect(before).toBeGreaterThan(0);
  await expect.poll(badge).toBe(String(before));

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 1100 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, POST_URL)}`);
  await popup.locator(`.flag-open[data-open="${GIL}"]`).click();
  const detail = popup.locator('.detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Gil Brandt');

  // A troll: report and hide are offered first; each is logged and marked on the item.
  await detail.getByRole('button', { name: 'Reported to the platform' }).click();
  await expect(detail.getByRole('button', { name: '✓ Reported' })).toBeVisible();
  await detail.getByRole('button', { name: 'Hidden', exact: true }).click();
  await expect(detail.getByRole('button', { name: '✓ Hidden' })).toBeVisible();
  let item = (await readStore(worker, 'items')).find((i) => i.key === GIL);
  expect(item).toMatchObject({ needsReview: 0, done: { reported: expect.any(Number), hidden: expect.any(Number) } });
  await expect.poll(badge).toBe(String(before - 1));

  // A note for the next shift.
  await detail.getByLabel('Note for the log').fill('Asked the manager before hiding.');
  await detail.getByRole('button', { name: 'Add note' }).click();
  await expect(detail.locator('.acts-log')).toContainText('Note: Asked the manager before hiding.');

  // Undo the hide: a new row, the old one stays, and the item is no longer marked hidden.
  await detail.getByRole('button', { name: /^Undo: hidden/ }).click();
  await expect(detail.locator('.acts-log')).toContainText('(undone)');
  await expect(detail.getByRole('button', { name: 'Hidden', exact: true })).toBeVisible();
  item = (await readStore(worker, 'items')).find((i) => i.key === GIL);
  const done = (item?.done ?? {}) as Record<string, number>;
  expect(done.hidden).toBeUndefined();
  expect(done.reported).toEqual(expect.any(Number));

  // Evidence from the popup: the tab shows the item, so it is located and captured.
  await detail.getByRole('button', { name: 'Capture evidence' }).click();
  await expect(detail.getByRole('status')).toContainText(/captured/i);
  const evidence = (await readStore(worker, 'evidence')).filter((e) => e.itemKey === GIL);
  expect(evidence).toHaveLength(1);
  expect(evidence[0]).toMatchObject({ text: item?.text, author: { name: 'Gil Brandt' } });

  const log = (await readStore(worker, 'actions')).filter((a) => a.itemKey === GIL);
  const hidden = log.find((a) => a.kind === 'hidden');
  expect(log.map((a) => [a.kind, a.actor, a.cause])).toEqual([
    ['reported', 'Moderator', 'moderator'],
    ['hidden', 'Moderator', 'moderator'],
    ['note', 'Moderator', 'moderator'],
    ['undone', 'Moderator', 'moderator'],
    ['captured', 'Moderator', 'moderator'],
  ]);
  expect(log.find((a) => a.kind === 'undone')).toMatchObject({ undoes: hidden?.seq, authorKey: item?.authorKey, workspaceId: 'default' });
  await popup.screenshot({ path: 'test-results/screens/popup-item-actions.png', fullPage: true });

  // A real patient's complaint: no hide, delete or ban on offer, and the rule in words.
  await detail.getByText('Not right? Set the label').click();
  await detail.getByRole('button', { name: 'Patient / customer' }).click();
  await expect(detail.locator('.acts-rule')).toContainText('never delete, hide or ban');
  await detail.getByText('More').click();
  for (const name of ['Deleted', 'Banned / blocked']) await expect(detail.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(detail.getByRole('button', { name: 'Replied (offline route)' })).toBeVisible();
});
