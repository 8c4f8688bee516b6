/**
 * Evidence: "Capture evidence" in a chip stores the item's text, author, link
 * and time with a PNG of the item cropped from a screenshot, and a SHA-256
 * that verifies; a threat is captured with no click; an extension page can
 * capture an item shown in a tab, and stores the text alone when none shows it.
 *
 * What the browser allows, proven here: the per-site access Keel holds for the
 * business's pages is NOT enough for tabs.captureVisibleTab (the first capture
 * is text only). activeTab is: the moderator clicking Keel's toolbar button
 * on the tab, which this test does through the DevTools protocol's
 * Extensions.triggerAction (it needs --enable-unsafe-extension-debugging).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, watchPages } from '../../scripts/browser';
import type { EvidenceRow } from '../../utils/db/types';
import { verifyEvidence } from '../../utils/evidence/verify';
import { addComment, CHROMIUM, clickInChip, EXTENSION_DIR, readChips, readStore, routeFixture, test as base, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

const test = base.extend<{ context: BrowserContext }>({
  context: async ({ pages }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      args: [...chromiumArgs(EXTENSION_DIR, true), '--enable-unsafe-extension-debugging'],
      viewport: { width: 1100, height: 900 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await watchPages(context, new URL(worker.url()).host, pages);
    await use(context);
    await context.close();
  },
});
const expect = test.expect;

/** Clicks Keel's toolbar button on the tab showing `url`, as a moderator does (it grants activeTab for that tab). */
async function clickToolbarButton(context: BrowserContext, extensionId: string, url: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab at ${url}`);
    await cdp.send('Extensions.triggerAction' as 'Target.getTargets', { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

type StoredEvidence = Omit<EvidenceRow, 'screenshot'> & { png: string | null; width: number; height: number };

/** Evidence rows, each screenshot as base64 with the size the browser decodes it to. */
async function readEvidence(worker: Worker): Promise<StoredEvidence[]> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('keel');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const req = db.transaction('evidence').objectStore('evidence').getAll();
    const rows = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const out = [];
    for (const { screenshot, ...row } of rows) {
      let png: string | null = null;
      let width = 0;
      let height = 0;
      if (screenshot instanceof Blob) {
        const bytes = new Uint8Array(await screenshot.arrayBuffer());
        let bin = '';
        for (const b of bytes) bin += String.fromCharCode(b);
        png = btoa(bin);
        const bitmap = await createImageBitmap(screenshot);
        width = bitmap.width;
        height = bitmap.height;
      }
      out.push({ ...row, png, width, height });
    }
    return out;
  }) as Promise<StoredEvidence[]>;
}

const asRow = (e: StoredEvidence): EvidenceRow => {
  const { png, width: _w, height: _h, ...row } = e;
  return { ...row, screenshot: png ? new Blob([Buffer.from(png, 'base64')], { type: 'image/png' }) : null };
};

async function openPanel(page: Page, index: number): Promise<void> {
  await page.locator('keel-chip').nth(index).click();
  await expect.poll(async () => (await readChips(page))[index]?.panelOpen).toBe(true);
}

const chipText = async (page: Page, index: number) => (await readChips(page))[index]?.texts.join(' ') ?? '';

test('a moderator captures an item from its chip: text, author, link, a cropped PNG and a SHA-256 that verifies', async ({ context, worker, extensionId }) => {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  const gil = (await readChips(page)).findIndex((c) => c.article?.includes('Gil Brandt'));
  expect(gil).toBeGreaterThanOrEqual(0);
  const key = 'facebook:1005';
  const ofGil = async () => (await readEvidence(worker)).filter((e) => e.itemKey === key).sort((a, b) => a.capturedAt - b.capturedAt);

  await openPanel(page, gil);
  await expect.poll(() => chipText(page, gil)).toContain('Not captured yet.');

  // Keel holds access to facebook.com (granted per site): the browser still refuses a screenshot.
  await clickInChip(page, gil, 'Capture evidence');
  await expect.poll(async () => (await ofGil()).length).toBe(1);
  const [textOnly] = await ofGil();
  expect(textOnly).toMatchObject({ png: null, auto: false, capturedBy: 'Moderator', label: 'troll' });
  await expect.poll(() => chipText(page, gil)).toContain('text only. No screenshot: the browser lets Keel take one only after you click Keel’s button in the toolbar on this tab.');
  expect((await readChips(page))[gil]?.panelOpen).toBe(true);

  // The moderator clicks Keel's toolbar button on the tab (activeTab), then captures again.
  await clickToolbarButton(context, extensionId, POST_URL);
  await page.bringToFront();
  const clicked = Date.now();
  await clickInChip(page, gil, 'Capture evidence');
  await expect.poll(() => chipText(page, gil), { intervals: [20] }).toMatch(/with screenshot\./);
  // How long one click takes, until the panel says it is stored (the moderator waits this long before hiding the item).
  test.info().annotations.push({ type: 'capture-ms', description: String(Date.now() - clicked) });
  await expect.poll(async () => (await ofGil()).length).toBe(2);
  const shot = (await ofGil())[1] as StoredEvidence;
  expect(shot).toMatchObject({
    itemKey: key,
    platform: 'facebook',
    auto: false,
    author: { name: 'Gil Brandt', profileUrl: 'https://www.facebook.com/gil.brandt.77' },
  });
  expect(shot.text.length).toBeGreaterThan(20);
  expect(shot.permalink).toContain('comment_id=1005');
  expect(shot.pageUrl).toContain('facebook.com/HarboursideDental');

  // The stored text is the item's text as Keel read it off the page.
  const item = (await readStore(worker, 'items')).find((r) => r.key === key);
  expect(shot.text).toBe(item?.text);

  // The picture is the item, cropped: its size is the item's box in device pixels.
  const box = await page.evaluate(() => {
    const el = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith('Comment by Gil Brandt'));
    const r = el?.getBoundingClientRect();
    return r ? { width: r.width, height: r.height, dpr: devicePixelRatio, inView: r.top >= 0 && r.bottom <= innerHeight } : null;
  });
  expect(box?.inView).toBe(true);
  expect(shot.png).not.toBeNull();
  expect(Math.abs(shot.width - (box?.width ?? 0) * (box?.dpr ?? 1))).toBeLessThanOrEqual(2);
  expect(Math.abs(shot.height - (box?.height ?? 0) * (box?.dpr ?? 1))).toBeLessThanOrEqual(2);
  expect(Buffer.from(shot.png ?? '', 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');

  // Both hashes verify; one byte changed in the picture does not.
  for (const row of await ofGil()) expect(await verifyEvidence(asRow(row))).toMatchObject({ ok: true });
  const bytes = Buffer.from(shot.png ?? '', 'base64');
  bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 1;
  expect((await verifyEvidence({ ...asRow(shot), screenshot: new Blob([bytes]) })).ok).toBe(false);

  // Each capture is in the audit log, with the start of its hash.
  const logged = (await readStore(worker, 'actions')).filter((a) => a.kind === 'captured' && a.itemKey === key);
  expect(logged).toHaveLength(2);
  expect(logged[1]).toMatchObject({ cause: 'moderator', actor: 'Moderator', detail: `Captured with screenshot, sha256 ${shot.sha256.slice(0, 12)}…` });
  expect(String(logged[0]?.detail)).toMatch(/^Captured text only \(no screenshot: the browser lets Keel take one only after you click Keel’s button in the toolbar on this tab\), sha256 [0-9a-f]{12}…$/);

  await expect.poll(() => chipText(page, gil)).toMatch(/Captured \d{1,2}:\d\d(\s?[AP]M)?, with screenshot\./);
  fs.mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: path.join('test-results/screens', 'evidence-chip.png') });
  fs.writeFileSync(path.join('test-results/screens', 'evidence-crop.png'), Buffer.from(shot.png ?? '', 'base64'));

  // After a reload the panel says what was captured before.
  await page.reload();
  await waitForKeelIdle(page, 8);
  await openPanel(page, gil);
  await expect.poll(() => chipText(page, gil)).toMatch(/Captured \d{1,2}:\d\d(\s?[AP]M)?, with screenshot \(2 captures\)\./);
});

/** The fixture post, read, with Keel's toolbar button clicked on it (activeTab: screenshots allowed), in front. */
async function openPostClicked(context: BrowserContext, extensionId: string): Promise<Page> {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  await clickToolbarButton(context, extensionId, POST_URL);
  await page.bringToFront();
  return page;
}

test('a threat is captured with no click; an extension page captures an item in a tab, or its text when no tab shows it', async ({ context, worker, extensionId }) => {
  const page = await openPostClicked(context, extensionId);

  await addComment(page, {
    id: '1011',
    name: 'Vex Orlan',
    profile: 'https://www.facebook.com/vex.orlan.3',
    text: 'I know where you live, doctor. Watch your back when you lock up tonight.',
    label: 'Comment by Vex Orlan just now',
  });
  await expect.poll(async () => (await readChips(page)).find((c) => c.article === 'Comment by Vex Orlan just now')?.label).toBe('Threat');
  const key = 'facebook:1011';
  // It arrived below the fold: its text is stored at once, with no screenshot and no scrolling.
  await expect.poll(async () => (await readEvidence(worker)).filter((e) => e.itemKey === key).length).toBe(1);
  expect((await readEvidence(worker)).find((e) => e.itemKey === key)).toMatchObject({ png: null, auto: true });
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // The moderator scrolls down to it: the screenshot is taken the first time it is on screen.
  await page.getByRole('article', { name: 'Comment by Vex Orlan just now' }).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await readEvidence(worker)).filter((e) => e.itemKey === key && e.png).length, { timeout: 15_000 }).toBe(1);
  const rows = (await readEvidence(worker)).filter((e) => e.itemKey === key);
  const pictured = rows.find((r) => r.png) as StoredEvidence;
  expect(pictured).toMatchObject({ auto: true, capturedBy: 'Keel', label: 'threat', author: { name: 'Vex Orlan' } });
  expect(pictured.text).toContain('I know where you live');
  expect(pictured.width).toBeGreaterThan(100);
  for (const row of rows) expect((await verifyEvidence(asRow(row))).ok).toBe(true);
  expect(rows).toHaveLength(2);
  const auto = (await readStore(worker, 'actions')).filter((a) => a.kind === 'captured' && a.itemKey === key);
  expect(auto.map((a) => [a.cause, a.actor])).toEqual([['auto', 'Keel'], ['auto', 'Keel']]);
  expect(String(auto[0]?.detail)).toMatch(/^Threat captured automatically, text only \(no screenshot yet: the item was not on screen\), sha256 [0-9a-f]{12}…$/);
  expect(auto[1]?.detail).toBe(`Threat captured automatically: screenshot taken when it came on screen (the earlier text-only record is kept), sha256 ${pictured.sha256.slice(0, 12)}…`);

  // From an extension page (a window of its own, so the post's tab stays in front of its window).
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  await worker.evaluate((url) => {
    const api = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome;
    return api.windows.create({ url, type: 'popup', width: 420, height: 600 });
  }, popupUrl);
  const popup = context.pages().find((p) => p.url() === popupUrl) ?? (await context.waitForEvent('page', (p) => p.url() === popupUrl));
  await popup.waitForLoadState();
  const send = (k: string) =>
    popup.evaluate(
      (payload) => chrome.runtime.sendMessage({ keel: 1, type: 'evidence/capture', payload }) as Promise<{ ok: boolean; data: Record<string, unknown>; error?: string }>,
      { key: k },
    );
  const dana = await send('facebook:1001');
  expect(dana).toMatchObject({ ok: true, data: { screenshot: true, note: 'Captured with screenshot.' } });
  const danaRow = (await readEvidence(worker)).find((e) => e.itemKey === 'facebook:1001');
  expect(danaRow?.author.name).toBe('Dana Whitlow');
  expect(danaRow?.height).toBeGreaterThan(20);
  expect((await verifyEvidence(asRow(danaRow as StoredEvidence))).ok).toBe(true);

  // No tab shows the post any more: the text is captured, and the answer says there is no screenshot.
  await page.close();
  const closed = await send('facebook:1007');
  expect(closed).toMatchObject({ ok: true, data: { screenshot: false, note: 'Text captured. No screenshot: no open tab shows this item.' } });
});

test('threats on screen when first seen are captured with a screenshot each, without a click or a scroll', async ({ context, worker, extensionId }) => {
  const page = await openPostClicked(context, extensionId);

  // Two threats arrive at the top of the comments, in view.
  for (const [id, name] of [['1021', 'Rook Tennant'], ['1022', 'Ila Marsh']] as const) {
    await addComment(page, { id, name, profile: `https://www.facebook.com/${id}`, text: 'We know where you live. Watch your back tonight.', label: `Comment by ${name} just now`, first: true });
  }
  const keys = ['facebook:1021', 'facebook:1022'];
  await expect.poll(async () => (await readEvidence(worker)).filter((e) => keys.includes(e.itemKey) && e.png).length, { timeout: 15_000 }).toBe(2);
  const rows = (await readEvidence(worker)).filter((e) => keys.includes(e.itemKey));
  // One record each, with its screenshot at once (no text-only record first).
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    expect(row).toMatchObject({ auto: true, capturedBy: 'Keel', label: 'threat' });
    expect(row.width).toBeGreaterThan(100);
    expect((await verifyEvidence(asRow(row))).ok).toBe(true);
  }
  const logged = (await readStore(worker, 'actions')).filter((a) => a.kind === 'captured' && keys.includes(String(a.itemKey)));
  expect(logged.map((a) => String(a.detail).replace(/, sha256 .*/, ''))).toEqual(['Threat captured automatically, with screenshot', 'Threat captured automatically, with screenshot']);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
