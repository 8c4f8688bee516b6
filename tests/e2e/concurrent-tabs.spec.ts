/**
 * Two tabs of the same page, annotated at once: the demo pile-on page (which
 * opens an incident by itself) loaded in two tabs together, each reporting the
 * same comments as they arrive. Each comment is stored once, one incident opens
 * (not one per tab), and a label the moderator sets in one tab shows in the
 * other after a reload and survives that tab reporting the same comment again.
 */
import type { Page } from '@playwright/test';
import { clickInChip, expect, readChips, readStore, routeDemo, test } from './extension';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

const chipOf = async (page: Page, name: string) => (await readChips(page)).findIndex((c) => c.article?.startsWith(`Comment by ${name} `));
const labelOf = async (page: Page, name: string) => (await readChips(page))[await chipOf(page, name)]?.label;
/** The comments a tab shows now (the demo adds one every two seconds). */
const shown = (page: Page) => page.locator('[role="dialog"] [role="article"][aria-label^="Comment by"]').count();

test('two tabs of one page annotated at once: no duplicate items, no lost label, one incident', async ({ context, worker }) => {
  test.setTimeout(150_000);
  await routeDemo(context);
  const a = await context.newPage();
  const b = await context.newPage();
  await Promise.all([a.goto(POST), b.goto(POST)]);

  // Both tabs label the pile-on as it arrives; the burst opens an incident.
  await expect.poll(async () => (await readStore(worker, 'incidents')).length, { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(() => labelOf(a, 'Gil Brandt'), { timeout: 20_000 }).toBe('Troll');
  await expect.poll(() => labelOf(b, 'Gil Brandt'), { timeout: 20_000 }).toBe('Troll');

  // The moderator, in tab A, says Gil Brandt is a real patient.
  const index = await chipOf(a, 'Gil Brandt');
  await a.locator('keel-chip').nth(index).click();
  await expect.poll(async () => (await readChips(a))[index]?.panelOpen).toBe(true);
  await clickInChip(a, index, 'Patient / customer');
  await expect.poll(() => labelOf(a, 'Gil Brandt')).toBe('Patient / customer');
  const gil = async () => (await readStore(worker, 'items')).find((i) => (i.author as { name: string }).name === 'Gil Brandt');
  await expect.poll(async () => (await gil())?.labelSource).toBe('moderator');
  expect(await gil()).toMatchObject({ label: 'genuine', labelSource: 'moderator' });

  // Tab B, reloaded, reads the page afresh: the pile-on replays, so it reports Gil Brandt's comment again.
  const logged = (await readStore(worker, 'actions')).filter((x) => x.kind === 'labelled').length;
  await b.reload();
  await expect.poll(() => labelOf(b, 'Gil Brandt'), { timeout: 20_000 }).toBe('Patient / customer');
  // Some more arrivals in both tabs after that, so B has reported the comment and others again.
  const aShown = await shown(a);
  await expect.poll(() => shown(b), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
  await expect.poll(() => shown(a), { timeout: 30_000 }).toBeGreaterThan(aShown);
  await expect.poll(() => labelOf(b, 'Gil Brandt')).toBe('Patient / customer');
  expect(await labelOf(a, 'Gil Brandt')).toBe('Patient / customer');

  // Each comment once: as many items as the furthest tab shows, each native id once.
  const aCount = await shown(a);
  const bCount = await shown(b);
  const items = await readStore(worker, 'items');
  const nativeIds = items.map((i) => i.nativeId);
  expect(new Set(nativeIds).size).toBe(nativeIds.length);
  expect(items.every((i) => i.key === `facebook:${i.nativeId}`)).toBe(true);
  await expect.poll(async () => (await readStore(worker, 'items')).length).toBeGreaterThanOrEqual(Math.max(aCount, bCount));
  expect((await readStore(worker, 'items')).length).toBeLessThanOrEqual(Math.max(await shown(a), await shown(b)));

  // No lost label: the moderator's is stored and is the only one, logged once.
  expect(await gil()).toMatchObject({ label: 'genuine', labelSource: 'moderator', confidence: 1 });
  expect((await readStore(worker, 'items')).filter((i) => i.labelSource === 'moderator').map((i) => (i.author as { name: string }).name)).toEqual(['Gil Brandt']);
  expect((await readStore(worker, 'actions')).filter((x) => x.kind === 'labelled')).toHaveLength(logged);

  // One incident, not one per tab, and the campaign's items are in it.
  const incidents = await readStore(worker, 'incidents');
  expect(incidents).toHaveLength(1);
  expect(incidents[0]).toMatchObject({ status: 'open', trigger: 'burst' });
  const attached = (await readStore(worker, 'items')).filter((i) => i.incidentId !== null);
  expect(attached.length).toBeGreaterThan(0);
  expect(attached.every((i) => i.incidentId === incidents[0]?.id)).toBe(true);
  expect((await readStore(worker, 'actions')).filter((x) => x.kind === 'incident' && String(x.detail).startsWith('Opened'))).toHaveLength(1);
  await b.screenshot({ path: 'test-results/screens/concurrent-tab-b.png' });
});
