/**
 * Hostile content through every surface. The corpus (tests/fixtures/hostile/
 * corpus.ts: markup with script and event handlers, javascript:/data: links,
 * CSS that tries to escape, bidi controls, zero-width characters, a 100 KB
 * comment, long emoji and ZWJ runs, spreadsheet formulas) is placed on a
 * Facebook post and a Google Maps reviews pane served at their real
 * addresses, read by Keel, and shown in the chips, the popup (flagged list,
 * item detail, author history), the side panel, options (audit log,
 * incidents), the incident report and police packet, the dispute CSV and the
 * JSON backup. Every page is watched: no dialog opens, the `window.__pwned`
 * canary every payload sets stays unset, no console error or page error, no
 * element from a payload exists, layouts do not scroll sideways and the 100 KB
 * comment is clamped; the CSV has no cell a spreadsheet would run, and the
 * backup holds the strings exactly.
 */
import fs from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import Papa from 'papaparse';
import { watchPages } from '../../scripts/browser';
import { storeWrite, writeStoresCall } from '../../scripts/seed-store';
import { ALL, facebookComments, facebookPage, HUGE_COMMENT, HUGE_ID, IMPORTED, mapsPage, mapsReviews } from '../fixtures/hostile/corpus';
import { addComment, expect, readChips, readStore, tabIdOf, test, waitForKeelIdle } from './extension';
import { expectInertPage, expectInertPlatformPage, expectNoSidewaysScroll, guard } from './hostile-guard';

test.use({ pages: [] });

const SCREENS = 'test-results/screens';
const PAGE = 'https://www.facebook.com/HarboursideDental';
const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Hostile';
const PLACE = 'https://www.google.com/maps/place/Harbourside+Dental';
const MAPS = `${PLACE}/@-33.86,151.2,17z/data=!4m8!3m7`;
/** What a spreadsheet runs as a formula at the start of a cell (as utils/export/dispute-csv.ts escapes them). */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** The incident's title, as a moderator might paste it. */
const TITLE = '<img src=x onerror="window.__pwned=1"> \u202Epile-on\u202C =HYPERLINK("http://x","y")';

type Row = Record<string, unknown> & { key: string; text: string; author: { name: string; profileUrl: string | null } };

const items = async (worker: Worker) => (await readStore(worker, 'items')) as Row[];

/** Sends a message from an extension page, as Keel's own pages do. */
async function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ keel: 1, type: t, payload: p }), [type, payload] as const)) as {
    ok: boolean;
    data: T;
    error?: string;
  };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data;
}

/** Text exactly as in the DOM (Playwright's toHaveText folds whitespace). */
const textOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.textContent ?? '');

/** Rows no page can deliver (see IMPORTED in the corpus), written beside an item the page gave, in the same incident. */
async function seedImported(worker: Worker, like: Row): Promise<string[]> {
  const [tab, cr, js, data] = IMPORTED.map((h) => h.value) as [string, string, string, string];
  const rows = [
    { ...like, key: 'facebook:imported-1', nativeId: 'imported-1', text: tab, permalink: js, author: { name: cr, profileUrl: data } },
    { ...like, key: 'facebook:imported-2', nativeId: 'imported-2', text: cr, permalink: data, author: { name: tab, profileUrl: js } },
  ].map((r) => ({ ...r, label: 'troll', labelSource: 'moderator', firstSeenAt: Date.now(), lastSeenAt: Date.now(), needsReview: 1, done: {} }));
  await worker.evaluate(writeStoresCall([storeWrite('items', rows)]));
  return rows.map((r) => r.key);
}

test('hostile names, texts and links on a Facebook post: chips, popup, side panel, options, report, police packet, CSV and backup', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(300_000);
  fs.mkdirSync(SCREENS, { recursive: true });
  const watch = guard(context, worker);
  const base = `chrome-extension://${extensionId}`;
  await watchPages(context, extensionId, [PAGE]);
  const html = facebookPage();
  await context.route('https://www.facebook.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));

  // The page, read: every comment stored with its name, text and shown time exactly as the page had them.
  const comments = facebookComments();
  const first = comments.filter((c) => !c.later);
  const post = await context.newPage();
  await post.goto(POST);
  await waitForKeelIdle(post, first.length);
  // Chips: one per comment, each with a label in words, in a closed shadow root.
  await expect.poll(async () => (await readChips(post)).filter((c) => c.label && c.label !== 'Keel…').length).toBe(first.length);
  for (const chip of await readChips(post)) expect(chip.shadowRootType).toBe('closed');
  const labelsSeen = new Set((await readChips(post)).map((c) => c.label));

  // More arrive while Keel watches: the 100 KB comment, and the hostile author's third.
  const pop = await context.newPage();
  await pop.goto(`${base}/popup.html`);
  const keysOf = (list: typeof comments) => list.map((c) => `facebook:${c.id}`);
  const incident = await send<{ id: string }>(pop, 'incidents/open', { pageUrl: POST, title: TITLE, itemKeys: keysOf(first) });
  for (const c of comments.filter((x) => x.later)) {
    await addComment(post, { id: c.id, name: c.name, profile: c.profile, text: c.text, label: `Comment by ${c.name} just now` });
  }
  await waitForKeelIdle(post, comments.length);
  const stored = new Map((await items(worker)).map((r) => [r.key, r]));
  expect(stored.size).toBe(comments.length);
  for (const c of comments) {
    const row = stored.get(`facebook:${c.id}`);
    expect(row?.text, c.id).toBe(c.text);
    expect(row?.author.name, c.id).toBe(c.name);
    expect(row?.postedText, c.id).toBe(c.later ? '1m' : c.time);
    // No profile link that runs code, or that the URL parser refuses, was stored.
    if (row?.author.profileUrl) expect(new URL(row.author.profileUrl).protocol, c.id).toBe('https:');
  }
  expect(stored.get(`facebook:${HUGE_ID}`)?.text.length).toBeGreaterThanOrEqual(100_000);

  // The moderator's work: one threat, everything else a troll (so every item reaches the CSV), all in the incident.
  const threat = 'facebook:h114';
  for (const row of stored.values()) {
    const want = row.key === threat ? 'threat' : 'troll';
    if (row.label !== want || row.labelSource !== 'moderator') await send(pop, 'items/relabel', { key: row.key, label: want });
  }
  await send(pop, 'incidents/attach', { id: incident.id, itemKeys: [...stored.keys()] });
  const like = (await items(worker)).find((r) => r.key === 'facebook:h190') as Row;
  const imported = await seedImported(worker, like);
  await send(pop, 'evidence/capture', { key: threat });
  await send(pop, 'evidence/capture', { key: 'facebook:h101' });
  await send(pop, 'actions/record', { itemKey: `facebook:${HUGE_ID}`, kind: 'hidden' });
  await send(pop, 'actions/record', { itemKey: 'facebook:h101', kind: 'reported' });
  await send(pop, 'actions/record', { itemKey: 'facebook:h191', kind: 'note', detail: ALL.find((h) => h.id === 't-breakout')?.value });
  await pop.close();
  const all = new Map((await items(worker)).map((r) => [r.key, r]));
  expect(all.size).toBe(comments.length + imported.length);

  // Chips: every panel opened (reasons, the author's history, capture, replies), set as text; nothing from a payload in any closed root.
  await post.evaluate(() => window.scrollTo(0, 0));
  const chipCount = (await readChips(post)).length;
  expect(chipCount).toBe(comments.length);
  let historyShown = '';
  for (let i = 0; i < chipCount; i++) {
    await post.locator('keel-chip').nth(i).click();
    await expect.poll(async () => (await readChips(post))[i]?.panelOpen).toBe(true);
    await expect.poll(async () => (await readChips(post))[i]?.texts.join('\n')).not.toContain('Looking up their history…');
    const chip = (await readChips(post))[i];
    if (chip?.article === `Comment by ${comments.find((c) => c.id === 'h191')?.name} just now`) historyShown = chip.texts.join('\n');
    await post.keyboard.press('Escape');
    await expect.poll(async () => (await readChips(post))[i]?.panelOpen).toBe(false);
  }
  // The hostile author's panel names them and quotes their other items as text.
  expect(historyShown).toContain('<img src=x onerror="window.__pwned=1">');
  const hosts = await expectInertPlatformPage(post);
  expect(hosts).toBeGreaterThanOrEqual(comments.length);
  await post.locator('keel-chip').last().click();
  await post.screenshot({ path: `${SCREENS}/hostile-chips.png` });
  await post.keyboard.press('Escape');

  // Popup: the flagged list, each item's detail and its author's history.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${base}/popup.html?tab=${await tabIdOf(worker, POST)}`);
  const flags = popup.locator('.flagged .flag');
  await expect(flags).toHaveCount(5);
  await expectNoSidewaysScroll(popup);
  await expectInertPage(popup);
  await popup.screenshot({ path: `${SCREENS}/hostile-popup.png`, fullPage: true });
  const shownKeys = await flags.evaluateAll((els) => els.map((el) => el.getAttribute('data-key') as string));
  // Threats first, then the newest: the 100 KB comment and a row no page can make (javascript: permalink) are among them.
  expect(shownKeys[0]).toBe(threat);
  expect(shownKeys).toContain(`facebook:${HUGE_ID}`);
  expect(shownKeys).toContain(imported[1]);
  for (const key of shownKeys) {
    const row = all.get(key) as Row;
    const flag = popup.locator(`.flag[data-key="${key}"]`);
    expect(await flag.locator('.flag-text').evaluate((el) => el.textContent)).toBe(row.text);
    expect(await flag.locator('.flag-author').evaluate((el) => el.textContent)).toBe(row.author.name || 'Unknown author');
    // Clamped to two lines: the 100 KB comment is one short row.
    expect((await flag.boundingBox())?.height ?? 0, key).toBeLessThan(130);
  }
  for (const key of shownKeys) {
    const row = all.get(key) as Row;
    await popup.locator(`.flag-open[data-open="${key}"]`).click();
    await expect.poll(() => textOf(popup, '#detail-h')).toBe(row.author.name || 'Unknown author');
    expect(await textOf(popup, '.detail-text')).toBe(row.text || '(no text)');
    expect((await popup.locator('.detail-text').boundingBox())?.height ?? 0, key).toBeLessThanOrEqual(180);
    await expect(popup.locator('.hist-items .hist-item').first()).toBeVisible();
    if (key.startsWith('facebook:imported')) await expect(popup.getByText('The platform gave no link to this item.')).toBeVisible();
    if (key === 'facebook:h191') {
      // The author's history: h190, h191 and the two stored rows share the author.
      await expect(popup.locator('.hist-items .hist-item')).toHaveCount(4);
      await popup.screenshot({ path: `${SCREENS}/hostile-popup-detail.png`, fullPage: true });
    }
    await expectNoSidewaysScroll(popup);
    await expectInertPage(popup);
    await popup.getByRole('button', { name: '← Back to this page' }).click();
  }

  // Side panel: every item of the incident in turn, name and text exactly, in a box that keeps its size.
  await post.bringToFront();
  const queue = await context.newPage();
  await queue.setViewportSize({ width: 400, height: 900 });
  await queue.goto(`${base}/sidepanel.html`);
  await expect(queue.getByTestId('progress')).toHaveText(new RegExp(` / ${all.size} done$`));
  await expect(queue.locator('.q-title')).toContainText(TITLE);
  for (let i = 0; i < all.size; i++) await queue.keyboard.press('k');
  await expect(queue.locator('.q-cur-pos')).toHaveText(`1 of ${all.size}`);
  const walked = new Set<string>();
  const textBox = new Set<number>();
  for (let i = 0; i < all.size; i++) {
    await expect(queue.locator('.q-cur-pos')).toHaveText(`${i + 1} of ${all.size}`);
    const key = (await queue.locator('.vrow.active .q-row').getAttribute('data-key')) as string;
    const row = all.get(key) as Row;
    walked.add(key);
    expect(await textOf(queue, '.q-cur-text')).toBe(row.text || '(no text)');
    expect(await textOf(queue, '.q-cur-author')).toBe(row.author.name || 'Unnamed');
    textBox.add(Math.round((await queue.locator('.q-cur-text').boundingBox())?.height ?? 0));
    if (key === `facebook:${HUGE_ID}`) await queue.screenshot({ path: `${SCREENS}/hostile-sidepanel.png` });
    await expectNoSidewaysScroll(queue);
    await queue.keyboard.press('j');
  }
  expect(walked.size).toBe(all.size);
  // The current item's text box and the rows keep one size whatever the text (no 100 KB-tall row).
  expect(textBox.size).toBe(1);
  const rowHeights = await queue.locator('.vrow').evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().height)))]);
  expect(rowHeights).toHaveLength(1);
  await expectInertPage(queue);

  // Options: the incident's title and the audit log, the 100 KB comment's entry in full but in a box.
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  const incidentRow = options.locator(`[data-incident="${incident.id}"]`);
  expect(await incidentRow.evaluate((el) => el.textContent)).toContain(TITLE);
  await options.locator('.al-words input').fill('clinic is a scam');
  await expect(options.getByTestId('audit-count')).toHaveText(/^[1-9]\d* of \d+ entries$/);
  await expect(options.locator('.al-full')).toBeVisible();
  expect(await textOf(options, '.al-full')).toBe(HUGE_COMMENT);
  expect((await options.locator('.al-full').boundingBox())?.height ?? 0).toBeLessThanOrEqual(260);
  await options.locator('.al-detail').scrollIntoViewIfNeeded();
  await options.screenshot({ path: `${SCREENS}/hostile-options-audit.png` });
  await options.locator('.al-words input').fill('');
  await expectNoSidewaysScroll(options);
  await expectInertPage(options);

  // The incident report: title, actions and evidence as text; rows of a sane height.
  const report = await context.newPage();
  await report.setViewportSize({ width: 1000, height: 900 });
  await report.goto(`${base}/report.html?incident=${incident.id}`);
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await textOf(report, 'h1')).toBe(TITLE);
  await expect(report.getByTestId('actions').locator('tbody tr').first()).toBeVisible();
  const tallest = await report.getByTestId('actions').locator('tbody tr').evaluateAll((rows) => Math.max(...rows.map((r) => r.getBoundingClientRect().height)));
  expect(tallest).toBeLessThan(200);
  // Who did it stays readable beside long page text (its column is not squeezed to a few letters).
  expect((await report.getByTestId('actions').locator('thead th').nth(1).boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(80);
  await expect(report.locator('[data-evidence] .ev-text').first()).toBeVisible();
  const evidenceTexts = await report.locator('[data-evidence] .ev-text').evaluateAll((els) => els.map((e) => e.textContent));
  // The threat was also captured by itself when first seen (the workspace's rule): every capture is shown, as text.
  const captured = (await readStore(worker, 'evidence')).map((e) => e.text as string);
  expect(new Set(captured)).toEqual(new Set([all.get('facebook:h101')?.text, all.get(threat)?.text]));
  expect(evidenceTexts.sort()).toEqual(captured.sort());
  await expectNoSidewaysScroll(report);
  await expectInertPage(report);
  await report.screenshot({ path: `${SCREENS}/hostile-report.png`, fullPage: true });
  await report.getByTestId('actions').screenshot({ path: `${SCREENS}/hostile-report-actions.png` });

  // The dispute CSV: one row per item, nothing a spreadsheet would run, every value otherwise exact.
  const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Download dispute CSV' }).click()]);
  const raw = fs.readFileSync(await download.path(), 'utf8');
  const csv = Papa.parse<Record<string, string>>(raw.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(all.size);
  let escaped = 0;
  for (const r of csv.data) {
    for (const cell of Object.values(r)) expect(cell).not.toMatch(FORMULA);
    const row = all.get(r['item key'] as string) as Row;
    const as = (v: string) => (FORMULA.test(v) ? `'${v}` : v);
    expect(r.text).toBe(as(row.text));
    expect(r.author).toBe(as(row.author.name));
    expect(r['posted as shown']).toBe(as(String(row.postedText ?? '')));
    escaped += [row.text, row.author.name, String(row.postedText ?? '')].filter((v) => FORMULA.test(v)).length;
  }
  expect(escaped).toBeGreaterThanOrEqual(10);
  test.info().annotations.push({ type: 'csv-formula-cells-escaped', description: String(escaped) });

  // The police packet: the threat's text exactly.
  await report.getByRole('link', { name: /^Police packet/ }).click();
  await expect(report.getByTestId('threat')).toHaveCount(1);
  expect(await textOf(report, '.threat-text')).toBe(all.get(threat)?.text);
  await expectNoSidewaysScroll(report);
  await expectInertPage(report);

  // The JSON backup: valid JSON holding every row exactly; restored, it gives back the same rows.
  // The post is closed first (a page still open is read again and its rows' lastSeenAt move on).
  expect(await post.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await post.close();
  const [backupFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download backup' }).click()]);
  const backupText = fs.readFileSync(await backupFile.path(), 'utf8');
  const backup = JSON.parse(backupText) as { tables: { items: Row[]; actions: Array<{ detail: string }> } };
  const before = await items(worker);
  const byKey = (a: Row, b: Row) => a.key.localeCompare(b.key);
  expect([...backup.tables.items].sort(byKey)).toEqual([...before].sort(byKey));
  for (const c of comments) {
    const row = backup.tables.items.find((r) => r.key === `facebook:${c.id}`);
    expect(row?.text).toBe(c.text);
    expect(row?.author.name).toBe(c.name);
  }
  for (const h of IMPORTED.filter((x) => x.kind === 'formula')) expect(backup.tables.items.some((r) => r.text === h.value)).toBe(true);
  expect(backup.tables.actions.some((a) => a.detail === ALL.find((h) => h.id === 't-breakout')?.value)).toBe(true);
  await options.locator('label.file', { hasText: 'Restore from backup…' }).locator('input[type="file"]').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backupText),
  });
  await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(options.getByText(/^Restored hostile\.json/)).toBeVisible();
  expect((await items(worker)).sort(byKey)).toEqual([...before].sort(byKey));

  // Nothing ran anywhere, and Keel's pages and worker logged no error.
  expect(watch.dialogs).toEqual([]);
  expect(watch.errors).toEqual([]);
  test.info().annotations.push({ type: 'hostile-strings', description: String(ALL.length) });
  console.log(`hostile: ${ALL.length} strings, ${all.size} items, ${chipCount} chips opened, ${escaped} CSV cells escaped, labels before relabel: ${[...labelsSeen].join(', ')}`);
  test.info().annotations.push({ type: 'labels-given-before-relabel', description: [...labelsSeen].join(', ') });
});

test('hostile names, texts and reviewer links on a Google Maps reviews pane: chips and popup', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const watch = guard(context, worker);
  await watchPages(context, extensionId, [PLACE]);
  const html = mapsPage();
  await context.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const reviews = mapsReviews();
  const page = await context.newPage();
  await page.goto(MAPS);
  await waitForKeelIdle(page, reviews.length);
  const stored = new Map((await items(worker)).map((r) => [r.key, r]));
  for (const r of reviews) {
    const row = stored.get(`google-maps:${r.id}`);
    expect(row?.text, r.id).toBe(r.text);
    expect(row?.author.name, r.id).toBe(r.name);
    expect(row?.author.profileUrl, r.id).toBe(r.contrib.startsWith('https://') ? r.contrib : null);
  }
  await expect.poll(async () => (await readChips(page)).filter((c) => c.label && c.label !== 'Keel…').length).toBe(reviews.length);
  for (let i = 0; i < reviews.length; i++) {
    await page.locator('keel-chip').nth(i).click();
    await expect.poll(async () => (await readChips(page))[i]?.panelOpen).toBe(true);
    await page.keyboard.press('Escape');
  }
  await expectInertPlatformPage(page);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, MAPS)}`);
  await expect(popup.getByRole('heading', { name: /^This page/ })).toContainText(`${reviews.length} items`);
  const flags = popup.locator('.flagged .flag');
  for (const key of await flags.evaluateAll((els) => els.map((el) => el.getAttribute('data-key') as string))) {
    const flag = popup.locator(`.flag[data-key="${key}"]`);
    expect(await flag.locator('.flag-text').evaluate((el) => el.textContent)).toBe(stored.get(key)?.text);
    expect((await flag.boundingBox())?.height ?? 0).toBeLessThan(130);
  }
  await expectNoSidewaysScroll(popup);
  await expectInertPage(popup);
  await popup.screenshot({ path: `${SCREENS}/hostile-popup-maps.png`, fullPage: true });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(watch.errors).toEqual([]);
});
