/**
 * The bundled demo (`npm start`) works: the pile-on page at a facebook.com
 * address gets labels on the comments it starts with and on those that arrive.
 */
import { expect, readChips, readStore, routeDemo, tabIdOf, test } from './extension';

test('the demo page is labelled live as the pile-on arrives, and the popup calls it a pile-on', async ({ context, worker, extensionId }) => {
  await routeDemo(context);
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9');

  // The four comments that were there before the pile-on (thanks to Dr. Okafor by name, with more said than the name, is a patient's;
  // the practice's own answer, from its Page, is "Your page").
  await expect
    .poll(async () => (await readChips(page)).slice(0, 4).map((c) => c.label))
    .toEqual(['Patient / customer', 'Patient / customer', 'Patient / customer', 'Your page']);

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

  // Keel opened an incident on the burst, by itself: one, with the campaign's items in it.
  const incident = popup.getByTestId('incident');
  await expect(incident).toContainText('Open incident');
  await expect(incident).toContainText('opened by Keel on a burst');
  await expect(incident).toContainText(/0 of \d+ dealt with/);
  const incidents = await readStore(worker, 'incidents');
  expect(incidents).toHaveLength(1);
  expect(incidents[0]).toMatchObject({ status: 'open', trigger: 'burst', pageUrl: page.url() });
  const attached = (await readStore(worker, 'items')).filter((i) => i.incidentId === incidents[0]?.id);
  expect(attached.length).toBeGreaterThan(0);
  expect(attached.every((i) => i.campaign === true || ['troll', 'threat', 'spam'].includes(String(i.label)))).toBe(true);
  // The toolbar badge counts the flagged items nobody has looked at; a notification announced the incident.
  const flagged = (await readStore(worker, 'items')).filter((i) => i.needsReview === 1).length;
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(flagged));
  const notes = await worker.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notes)).toEqual([`keel-incident:${incidents[0]?.id}`]);
  await popup.screenshot({ path: 'test-results/screens/popup-pileon.png', fullPage: true });

  // Contained from the popup: the status changes and the log says who did it.
  await incident.getByRole('button', { name: 'Mark contained' }).click();
  await expect(incident).toContainText('Contained incident');
  const log = (await readStore(worker, 'actions')).filter((a) => a.incidentId === incidents[0]?.id).map((a) => `${a.kind} ${a.actor}: ${a.detail}`);
  expect(log).toEqual([expect.stringMatching(/^incident Keel: Opened: \d+ items? looks? coordinated/), 'incident Moderator: Contained (was open).']);
});
