/**
 * The exports of an incident: the printable report (summary, timeline chart,
 * actions, evidence with its hash checked), the dispute CSV and the police
 * packet, on rows seeded straight into Keel's IndexedDB (test setup only: the
 * extension itself writes only from the background). Hostile page text must
 * come out as text everywhere and never run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { storeWrite, writeStoresCall } from '../../scripts/seed-store';
import { expect, test } from './extension';

test.use({ pages: [] });

const SCREENS = path.resolve('test-results/screens');
const PAGE_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const HOSTILE_HTML = '<img src=x onerror="window.__pwned=1;alert(1)">';
const HOSTILE_FORMULA = '=HYPERLINK("http://x.example/steal","Click for a refund")';
const RLO_NAME = 'Ann \u202Eevil.exe\u202C Lee';

interface Seed {
  incidentId: string;
  threats: string[];
  flagged: number;
}

/** Seeds one incident of 30 items (3 threats), actions, ratings and two evidence rows (one tampered), plus a threat outside it. */
async function seed(page: Page): Promise<Seed> {
  const { items, ...seeded } = await page.evaluate(
    async ({ pageUrl, hostileHtml, hostileFormula, rloName }) => {
      const open = indexedDB.open('keel');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const now = Date.now();
      const t0 = now - 3 * 3_600_000;
      const min = 60_000;
      const labels = [
        ...Array(3).fill('threat'),
        ...Array(15).fill('troll'),
        ...Array(4).fill('spam'),
        ...Array(5).fill('genuine'),
        ...Array(2).fill('supporter'),
        'unclear',
      ] as string[];
      const threatTexts = ['We know where you live. Watch your back, doctor.', 'Would be a shame if the clinic burned down.', hostileHtml];
      const texts: Record<number, string> = { 3: hostileFormula, 4: '+cmd|" /C calc"!A0', 5: '@SUM(A1)', 6: '-2+3', 7: hostileHtml };
      const items = labels.map((label, n) => {
        const text = label === 'threat' ? (threatTexts[n] as string) : (texts[n] ?? `Comment ${n} about the viral video`);
        return {
          key: `facebook:r${n}`,
          workspaceId: 'default',
          platform: 'facebook',
          kind: 'comment',
          nativeId: `r${n}`,
          parentId: null,
          pageKey: pageUrl,
          pageUrl,
          permalink: `${pageUrl}?comment_id=r${n}`,
          author: { name: n === 1 ? rloName : `Commenter ${n}`, profileUrl: `https://www.facebook.com/commenter.${n}` },
          authorKey: `facebook:https://www.facebook.com/commenter.${n}`,
          text,
          rating: null,
          postedAt: n % 2 ? t0 + n * 4 * min : null,
          postedText: n % 2 ? null : `${n}m`,
          firstSeenAt: t0 + n * 4 * min,
          lastSeenAt: t0 + n * 4 * min,
          at: t0 + n * 4 * min,
          negative: label === 'troll' || label === 'threat',
          firstTime: true,
          campaign: label === 'troll',
          label,
          labelSource: n === 8 ? 'moderator' : 'auto',
          confidence: 0.8,
          reasons: label === 'troll' ? ['Pile-on wording: “fire her”.'] : label === 'threat' ? ['Threat wording: “burn”.'] : [],
          incidentId: 'inc-e2e' as string | null,
          needsReview: 0,
          done: n === 9 ? { hidden: t0 + 60 * min } : {},
        };
      });
      // A threat on the same page but in no incident: the page's packet has it, the incident's does not.
      items.push({
        ...(items[0] as (typeof items)[number]),
        key: 'facebook:outside',
        nativeId: 'outside',
        text: 'An older threat, before the pile-on.',
        at: t0 - 86_400_000,
        firstSeenAt: t0 - 86_400_000,
        lastSeenAt: t0 - 86_400_000,
        incidentId: null,
      });

      // A real PNG, drawn here, and its SHA-256 over the fields as utils/evidence/canonical.ts lays them out.
      const canvas = new OffscreenCanvas(240, 90);
      const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, 240, 90);
      g.fillStyle = '#b3261e';
      g.fillRect(0, 0, 6, 90);
      g.fillStyle = '#111';
      g.font = '14px sans-serif';
      g.fillText('Commenter 0', 14, 24);
      g.fillText('We know where you live.', 14, 48);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      const pngBytes = new Uint8Array(await png.arrayBuffer());
      const threat0 = items[0] as (typeof items)[number];
      const capturedAt = t0 + 6 * min;
      const head = JSON.stringify([
        'keel-evidence/1',
        threat0.key,
        threat0.platform,
        threat0.pageUrl,
        threat0.permalink,
        threat0.author.name,
        threat0.author.profileUrl,
        threat0.text,
        threat0.postedAt,
        threat0.postedText,
        capturedAt,
        pngBytes.length,
      ]);
      const headBytes = new TextEncoder().encode(`${head}\n`);
      const all = new Uint8Array(headBytes.length + pngBytes.length);
      all.set(headBytes, 0);
      all.set(pngBytes, headBytes.length);
      const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', all))].map((b) => b.toString(16).padStart(2, '0')).join('');
      const evidenceRow = {
        id: 'ev-good',
        itemKey: threat0.key,
        workspaceId: 'default',
        incidentId: 'inc-e2e',
        capturedAt,
        capturedBy: 'Dana (front desk)',
        auto: true,
        platform: 'facebook',
        label: 'threat',
        pageUrl: threat0.pageUrl,
        permalink: threat0.permalink,
        author: threat0.author,
        text: threat0.text,
        postedAt: threat0.postedAt,
        postedText: threat0.postedText,
        screenshot: png,
        sha256: hex,
      };
      // The hostile threat's capture, whose text was changed after its hash was taken.
      const threat2 = items[2] as (typeof items)[number];
      const tampered = {
        ...evidenceRow,
        id: 'ev-tampered',
        itemKey: threat2.key,
        auto: false,
        author: threat2.author,
        permalink: threat2.permalink,
        text: `${threat2.text} (edited)`,
        postedAt: threat2.postedAt,
        postedText: threat2.postedText,
        capturedAt: t0 + 20 * min,
      };

      const incident = {
        id: 'inc-e2e',
        workspaceId: 'default',
        pageKey: pageUrl,
        pageUrl,
        title: 'Pile-on after the viral video',
        status: 'contained',
        trigger: 'burst',
        openedAt: t0 + 10 * min,
        openedBy: 'Keel',
        containedAt: t0 + 100 * min,
        resolvedAt: null,
        steps: { capture: t0 + 12 * min },
      };
      const act = (at: number, kind: string, itemKey: string | null, detail: string, cause = 'moderator') => ({
        at,
        actor: 'Dana (front desk)',
        kind,
        cause,
        itemKey,
        authorKey: null,
        incidentId: 'inc-e2e',
        workspaceId: 'default',
        undoes: null,
        detail,
      });
      const actions = [
        act(t0 + 10 * min, 'incident', null, 'opened on a burst', 'burst'),
        act(t0 + 6 * min, 'captured', 'facebook:r0', 'screenshot and text'),
        act(t0 + 30 * min, 'reported', 'facebook:r0', 'as a credible threat'),
        act(t0 + 45 * min, 'labelled', 'facebook:r7', 'troll → troll'),
        act(t0 + 60 * min, 'hidden', 'facebook:r9', ''),
        act(t0 + 70 * min, 'escalated', 'facebook:r2', 'told the practice manager'),
      ];
      const ratings = [
        { pageKey: pageUrl, at: t0 - 2 * 86_400_000, average: 4.8, count: 120 },
        { pageKey: pageUrl, at: t0 + 40 * min, average: 4.4, count: 131 },
        { pageKey: pageUrl, at: t0 + 90 * min, average: 3.9, count: 148 },
      ];
      const tx = db.transaction(['incidents', 'actions', 'evidence', 'ratings', 'settings'], 'readwrite');
      tx.objectStore('incidents').put(incident);
      for (const a of actions) tx.objectStore('actions').add(a);
      tx.objectStore('evidence').put(evidenceRow);
      tx.objectStore('evidence').put(tampered);
      for (const r of ratings) tx.objectStore('ratings').add(r);
      tx.objectStore('settings').put({ key: 'moderatorName', value: 'Dana (front desk)' });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return { incidentId: incident.id, threats: threatTexts, flagged: 22, items };
    },
    { pageUrl: PAGE_URL, hostileHtml: HOSTILE_HTML, hostileFormula: HOSTILE_FORMULA, rloName: RLO_NAME },
  );
  // Items as Keel stores them (packed): written from Node, which packs them.
  await page.evaluate(writeStoresCall([storeWrite('items', items as Array<Record<string, unknown>>)]));
  return seeded;
}

/** Fails the test if any dialog opens or any script from the data ran. */
function guard(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test('the incident report, its dispute CSV and its police packet', async ({ context, extensionId }) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  const base = `chrome-extension://${extensionId}`;
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await expect(options.getByRole('heading', { name: 'Keel settings' })).toBeVisible();
  const seeded = await seed(options);
  // Raw IndexedDB writes bypass Dexie's change feed (the background's writes go through it): read afresh.
  await options.reload();

  // Options lists the incident with its three exports.
  const row = options.locator(`[data-incident="${seeded.incidentId}"]`);
  await expect(row).toContainText('Pile-on after the viral video');
  await expect(row).toContainText('Contained');
  await expect(row).toContainText('3 threats, 15 trolls, 4 spam items, 5 patients or customers, 2 supporters and 1 unclear item');
  await options.locator('#incidents-h').scrollIntoViewIfNeeded();
  await options.screenshot({ path: path.join(SCREENS, 'options-incidents.png') });
  const [opened] = await Promise.all([context.waitForEvent('page'), row.getByRole('button', { name: /^Report/ }).click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`${base}/report.html?incident=${seeded.incidentId}`);
  await opened.close();

  const page = await context.newPage();
  const dialogs = guard(page);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${base}/report.html?incident=${seeded.incidentId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pile-on after the viral video');

  // Summary
  await expect(page.getByTestId('counts-text')).toHaveText('3 threats, 15 trolls, 4 spam items, 5 patients or customers, 2 supporters and 1 unclear item.');
  await expect(page.getByTestId('handled')).toHaveText(/^2 of 30 items labelled or acted on by a person; 1 playbook step ticked\.$/);
  await expect(page.getByTestId('status')).toContainText('Contained.');
  await expect(page.locator('.count[data-label="threat"] .count-n')).toHaveText('3');
  await expect(page.locator('.count[data-label="troll"] .count-n')).toHaveText('15');

  // The chart: a drawn canvas, and the numbers behind it add up to the counts.
  const canvas = page.locator('[data-testid="timeline-chart"] canvas');
  await expect(canvas).toHaveCount(1);
  const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
    const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if ((d[i] as number) > 0) n++;
    return { n, w: c.width, h: c.height };
  });
  expect(inked.w).toBeGreaterThan(300);
  expect(inked.n).toBeGreaterThan(2000);
  const sums = await page.locator('.chart-data table').evaluate((t) => {
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const out: Record<string, number> = {};
    for (const tr of t.querySelectorAll('tbody tr'))
      [...tr.querySelectorAll('td')].forEach((td, i) => {
        if (i > 0 && heads[i] !== 'Average rating') out[heads[i] as string] = (out[heads[i] as string] ?? 0) + Number(td.textContent);
      });
    return out;
  });
  expect(sums).toEqual({ Threat: 3, Troll: 15, Spam: 4, 'Patient / customer': 5, Supporter: 2, Unclear: 1 });
  await expect(page.locator('.legend')).toContainText('An action taken');
  await expect(page.locator('.legend')).toContainText('Average rating (right axis)');

  // Actions, with the hostile text shown as text.
  await expect(page.getByTestId('actions').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('actions')).toContainText(`Commenter 7: ${HOSTILE_HTML}`);
  await expect(page.getByTestId('actions')).toContainText('Reported to the platform: as a credible threat');

  // Evidence: the thumbnail loads from its Blob; one hash checks out, the tampered one does not.
  const thumb = page.locator('[data-evidence="ev-good"] img.thumb');
  await expect(thumb).toHaveAttribute('src', /^blob:chrome-extension:/);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
  await expect(page.locator('[data-evidence="ev-good"] [data-check]')).toHaveAttribute('data-check', 'ok');
  await expect(page.locator('[data-evidence="ev-tampered"] [data-check]')).toHaveAttribute('data-check', 'bad');
  await expect(page.locator('[data-evidence="ev-tampered"]')).toContainText('Hash does not match');
  await expectNothingRan(page, dialogs);
  await page.screenshot({ path: path.join(SCREENS, 'report.png'), fullPage: true });
  // Dark on screen; on paper the chart is redrawn in ink colours and the page is white, whatever the theme.
  const threatStroke = () => page.locator('.legend li').first().locator('line').getAttribute('stroke');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(threatStroke).toBe('#ff8a80');
  await page.screenshot({ path: path.join(SCREENS, 'report-dark.png'), fullPage: true });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect.poll(threatStroke).toBe('#b3261e');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await canvas.evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width)).toBeLessThanOrEqual(680);
  await page.screenshot({ path: path.join(SCREENS, 'report-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  // The dispute CSV: one row per flagged item, formula cells escaped.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dispute CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^keel-dispute-facebook-com-harboursidedental-posts-pfbid02xk7lm9-\d{4}-\d{2}-\d{2}\.csv$/);
  const raw = fs.readFileSync(await download.path(), 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const csv = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(seeded.flagged);
  expect(new Set(csv.data.map((r) => r['item key'])).size).toBe(seeded.flagged);
  expect(csv.data.map((r) => r.label).sort()).toEqual([...Array(4).fill('Spam'), ...Array(3).fill('Threat'), ...Array(15).fill('Troll')]);
  const byKey = new Map(csv.data.map((r) => [r['item key'], r]));
  expect(byKey.get('facebook:r3')?.text).toBe(`'${HOSTILE_FORMULA}`);
  expect(byKey.get('facebook:r4')?.text).toBe(`'+cmd|" /C calc"!A0`);
  expect(byKey.get('facebook:r5')?.text).toBe(`'@SUM(A1)`);
  expect(byKey.get('facebook:r6')?.text).toBe(`'-2+3`);
  expect(byKey.get('facebook:r7')?.text).toBe(HOSTILE_HTML);
  expect(byKey.get('facebook:r1')?.author).toBe(RLO_NAME);
  expect(byKey.get('facebook:r0')).toMatchObject({ permalink: `${PAGE_URL}?comment_id=r0`, 'author profile': 'https://www.facebook.com/commenter.0' });
  expect(byKey.get('facebook:r0')?.['report reason']).toMatch(/^Violent, hateful or disturbing content/);
  for (const r of csv.data) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  await expect(page.getByRole('status')).toHaveText(`Saved a CSV of ${seeded.flagged} flagged items.`);

  // The police packet: the incident's threats only, each with its links and evidence.
  await page.getByRole('link', { name: 'Police packet (3 threats)' }).click();
  await expect(page).toHaveURL(/kind=police/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('3 threats made against Harbourside Dental on Facebook');
  const threats = page.getByTestId('threat');
  await expect(threats).toHaveCount(3);
  await expect(threats.locator('.threat-text')).toHaveText(seeded.threats);
  await expect(page.locator('.officer')).toContainText('SHA-256');
  await expect(threats.nth(0)).toContainText('https://www.facebook.com/commenter.0');
  await expect(threats.nth(0)).toContainText(`${PAGE_URL}?comment_id=r0`);
  await expect(threats.nth(0).locator('[data-check]')).toHaveAttribute('data-check', 'ok');
  await expect.poll(() => threats.nth(0).locator('img.shot').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
  await expect(threats.nth(2).locator('[data-check]')).toHaveAttribute('data-check', 'bad');
  await expect(threats.nth(0)).toContainText('Reported to the platform: as a credible threat');
  await expect(page.getByText('An older threat, before the pile-on.')).toHaveCount(0);
  await expectNothingRan(page, dialogs);
  await page.screenshot({ path: path.join(SCREENS, 'police.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(SCREENS, 'police-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Every threat of the page, in or out of an incident.
  await page.goto(`${base}/report.html?${new URLSearchParams({ page: PAGE_URL, kind: 'police' })}`);
  await expect(page.getByTestId('threat')).toHaveCount(4);
  await expect(page.getByText('An older threat, before the pile-on.')).toHaveCount(1);

  // An address naming no incident gets a plain error, not a blank page.
  await page.goto(`${base}/report.html?incident=`);
  await expect(page.getByRole('alert')).toContainText('does not name an incident');
  await page.goto(`${base}/report.html?incident=nope`);
  await expect(page.getByRole('alert')).toHaveText('No incident with the id “nope” on this device.');
  await expectNothingRan(page, dialogs);
});
