/**
 * Readable at 3 a.m. An automated accessibility check (axe-core: WCAG 2.0 A/AA,
 * 2.1 AA) on every Keel screen, light and dark, with a pile-on under way so the
 * incident panel, counts and flagged list are filled; the chip on a page in dark
 * mode; the popup from the keyboard (every control reached with Tab, a visible
 * focus ring with 3:1 contrast, Enter opens an item); and no layout jumps while
 * the popup loads (cumulative layout shift over its first second).
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { addComment, EXTENSION_DIR, expect, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const SCREENS = path.resolve('test-results/screens');
const SCHEMES = ['light', 'dark'] as const;

const WORDS = ['You people are pathetic idiots. Saw the video.', 'Disgusting people. Everyone report this page.', 'Boycott these clowns. Fire her!'];
/** Strangers piling on, appended as Facebook appends comments. */
const PILE = Array.from({ length: 8 }, (_, i) => {
  const name = `Stranger ${String.fromCharCode(65 + i)} Vale`;
  return { id: `a${100 + i}`, name, profile: `https://www.facebook.com/stranger.${i}`, text: `${WORDS[i % WORDS.length]} (${i})`, label: `Comment by ${name} Just now` };
});

interface Finding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core on the page as it is now; every violation, tagged with the screen it was found on. */
async function axe(page: Page, screen: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  // A check that ran on nothing would pass on anything: colour contrast must have looked at text.
  expect(result.passes.map((p) => p.id).concat(result.violations.map((v) => v.id)), `axe checked nothing on ${screen}`).toContain('color-contrast');
  return result.violations.map((v) => ({ screen, id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The fixture post under a pile-on, in an incident started by hand with what was there; the pile-on joins it as it arrives. */
async function pileOn(context: BrowserContext, worker: Worker, extensionId: string): Promise<{ page: Page; tabId: number; incidentId: string }> {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  const keys = (await readStore(worker, 'items')).map((i) => String(i.key));
  const opener = await context.newPage();
  await opener.goto(`chrome-extension://${extensionId}/options.html`);
  const opened = (await opener.evaluate(
    ([pageUrl, itemKeys]) => chrome.runtime.sendMessage({ keel: 1, type: 'incidents/open', payload: { pageUrl, title: 'Pile-on under the hiring post', itemKeys } }),
    [POST_URL, keys] as const,
  )) as { ok: boolean; data: { id: string } };
  expect(opened).toMatchObject({ ok: true });
  await opener.close();
  for (const c of PILE) await addComment(page, c);
  await waitForKeelIdle(page, keys.length + PILE.length);
  await expect.poll(async () => (await readStore(worker, 'items')).filter((i) => i.incidentId === opened.data.id).length).toBe(keys.length + PILE.length);
  return { page, tabId: await tabIdOf(worker, POST_URL), incidentId: opened.data.id };
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number, scheme: 'light' | 'dark', height = 1100): Promise<Page> {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 380, height });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('incident')).toBeVisible();
  await expect(popup.locator('.flag-open')).toHaveCount(5);
  return popup;
}

test('axe finds no serious or critical violation on the popup, item detail, options, side panel and report, light and dark', async ({ context, worker, extensionId }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SCREENS, { recursive: true });
  const { page, tabId, incidentId } = await pileOn(context, worker, extensionId);
  const found: Finding[] = [];

  // The chip on a page in dark mode: its own colours, readable on the page's.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('keel-chip').first().click();
  await page.screenshot({ path: path.join(SCREENS, 'chip-dark.png') });

  for (const scheme of SCHEMES) {
    const popup = await openPopup(context, extensionId, tabId, scheme);
    await expect(popup.locator('.pileon')).toContainText('Pile-on under way');
    await expect(popup.locator('ul.counts li')).toHaveCount(6);
    found.push(...(await axe(popup, `popup (${scheme})`)));
    await popup.screenshot({ path: path.join(SCREENS, `popup-${scheme}.png`), fullPage: true });
    await popup.locator('.flag-open').first().click();
    await expect(popup.locator('.detail').getByTestId('checklist')).toBeVisible();
    found.push(...(await axe(popup, `item detail (${scheme})`)));
    await popup.screenshot({ path: path.join(SCREENS, `popup-detail-${scheme}.png`), fullPage: true });
    await popup.close();

    // On a tab Keel does not read (here, its own settings page): the notice says so.
    const unread = await context.newPage();
    await unread.emulateMedia({ colorScheme: scheme });
    await unread.setViewportSize({ width: 380, height: 600 });
    await unread.goto(`chrome-extension://${extensionId}/options.html?unread`);
    const popupUnread = await context.newPage();
    await popupUnread.emulateMedia({ colorScheme: scheme });
    await popupUnread.setViewportSize({ width: 380, height: 600 });
    await popupUnread.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, `chrome-extension://${extensionId}/options.html?unread`)}`);
    await expect(popupUnread.getByRole('status')).toContainText('Keel is not reading this tab.');
    found.push(...(await axe(popupUnread, `popup on an unread tab (${scheme})`)));
    await popupUnread.close();
    await unread.close();

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // Every section has read its data.
    await expect(options.getByTestId('roster-count')).toHaveText(/names on the roster/);
    await expect(options.locator(`[data-incident="${incidentId}"]`)).toContainText('Pile-on under the hiring post');
    await expect(options.locator('section')).not.toHaveCount(0);
    await expect(options.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    found.push(...(await axe(options, `options (${scheme})`)));
    await options.screenshot({ path: path.join(SCREENS, `options-${scheme}.png`), fullPage: true });
    await options.close();

    // The side panel (the cleanup queue), opened as a tab: the same page the panel shows.
    if (fs.existsSync(path.join(EXTENSION_DIR, 'sidepanel.html'))) {
      const side = await context.newPage();
      await side.emulateMedia({ colorScheme: scheme });
      await side.setViewportSize({ width: 400, height: 900 });
      await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect(side.locator('.vrow').first()).toBeVisible();
      found.push(...(await axe(side, `side panel (${scheme})`)));
      await side.screenshot({ path: path.join(SCREENS, `sidepanel-a11y-${scheme}.png`) });
      await side.close();
    } else {
      test.info().annotations.push({ type: 'skipped', description: 'no side panel in this build (entrypoints/sidepanel)' });
    }

    const report = await context.newPage();
    await report.emulateMedia({ colorScheme: scheme });
    await report.goto(`chrome-extension://${extensionId}/report.html?incident=${incidentId}`);
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Pile-on under the hiring post');
    await expect(report.getByTestId('actions')).toBeVisible();
    found.push(...(await axe(report, `report (${scheme})`)));
    await report.screenshot({ path: path.join(SCREENS, `report-a11y-${scheme}.png`), fullPage: true });
    if (scheme === 'dark') await report.screenshot({ path: path.join(SCREENS, 'report-dark.png'), fullPage: true });
    await report.close();
  }

  const rest = found.filter((f) => f.impact !== 'serious' && f.impact !== 'critical');
  console.log(rest.length ? `axe, moderate and minor:\n${rest.map((f) => `  ${f.screen}: [${f.impact}] ${f.id}: ${f.help} — ${f.targets.join(', ')}`).join('\n')}` : 'axe: no moderate or minor findings');
  expect(found.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
});

/** Relative luminance and contrast ratio (WCAG 2), of "rgb(r, g, b)" / "rgba(...)" strings. */
const CONTRAST = `
  const lum = (c) => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
`;

interface Stop {
  key: string;
  what: string;
  outline: string;
  width: number;
  contrast: number | null;
}

/** Presses Tab until focus comes round again; each stop marked on its element, with its focus ring measured. */
async function tabRound(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((contrast) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const { ratio } = new Function(`${contrast}; return { ratio };`)() as { ratio: (a: string, b: string) => number };
      const seen = el.dataset.kbStop;
      if (!seen) el.dataset.kbStop = String(document.querySelectorAll('[data-kb-stop]').length);
      const cs = getComputedStyle(el);
      // The ring sits on what is behind the element (offset ≥ 0) or on the element itself (negative offset).
      let bgEl: Element | null = Number.parseFloat(cs.outlineOffset) < 0 ? el : el.parentElement;
      let bg = 'rgb(255, 255, 255)';
      while (bgEl) {
        const b = getComputedStyle(bgEl).backgroundColor;
        if (b && !/rgba\(.*, 0\)$/.test(b) && b !== 'transparent') {
          bg = b;
          break;
        }
        bgEl = bgEl.parentElement;
      }
      const auto = cs.outlineStyle === 'auto';
      return {
        key: el.dataset.kbStop as string,
        again: !!seen,
        what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`,
        outline: cs.outlineStyle,
        width: Number.parseFloat(cs.outlineWidth),
        contrast: auto || cs.outlineStyle === 'none' ? null : ratio(cs.outlineColor, bg),
      };
    }, CONTRAST);
    if (!stop) continue;
    if (stop.again) break;
    stops.push(stop);
  }
  return stops;
}

/** Visible, enabled controls that Tab should reach (one per radio group) and were not reached. */
async function unreached(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden], [inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    const radios = new Map<string, boolean>();
    const missing: string[] = [];
    for (const el of controls) {
      const reached = !!el.dataset.kbStop;
      if (el instanceof HTMLInputElement && el.type === 'radio') radios.set(el.name, (radios.get(el.name) ?? false) || reached);
      else if (!reached) missing.push(`${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`);
    }
    for (const [name, reached] of radios) if (!reached) missing.push(`radio group ${name}`);
    return missing;
  });
}

test('the popup from the keyboard: every control reached with Tab, a visible focus ring in both themes, Enter opens an item', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const { tabId } = await pileOn(context, worker, extensionId);
  for (const scheme of SCHEMES) {
    const popup = await openPopup(context, extensionId, tabId, scheme, 600);
    const stops = await tabRound(popup);
    expect(stops.length).toBeGreaterThanOrEqual(15);
    expect(await unreached(popup), `${scheme}: controls Tab never reached`).toEqual([]);

    // The incident's buttons and the flagged items are among the stops, in the order they are shown.
    const incidentButtons = await popup.getByTestId('incident').locator('.inc-actions button').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kbStop));
    const flagged = await popup.locator('.flag-open').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kbStop));
    expect(incidentButtons.length).toBeGreaterThanOrEqual(4);
    expect(flagged).toHaveLength(5);
    const order = [...incidentButtons, ...flagged].map(Number);
    expect(order.every((n) => Number.isInteger(n))).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // Every stop shows where the focus is: Keel's own ring, at least 2 px, at 3:1 against what is behind it (WCAG 2.4.11).
    const faint = stops.filter((s) => s.outline !== 'solid' || s.width < 2 || (s.contrast ?? 0) < 3);
    expect(faint, `${scheme}: focus rings that do not show`).toEqual([]);
    if (scheme === 'dark') await popup.screenshot({ path: path.join(SCREENS, 'popup-focus-dark.png') });

    // Enter on a flagged item (reached by Tab) opens its detail.
    await popup.keyboard.press('Shift+Tab'); // leave the round where it started, then walk to the second flagged item
    const target = popup.locator('.flag-open').nth(1);
    const author = (await target.locator('.flag-author').textContent()) ?? '';
    for (let i = 0; i < 200 && !(await target.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await popup.keyboard.press('Enter');
    await expect(popup.locator('.detail').getByRole('heading', { level: 2 })).toHaveText(author);
    await popup.close();
  }
});

test('the popup does not jump while it loads: cumulative layout shift over its first second stays under 0.1', async ({ context, worker, extensionId }) => {
  const { tabId } = await pileOn(context, worker, extensionId);
  const popup = await context.newPage();
  // A real popup is at most 800 × 600.
  await popup.setViewportSize({ width: 380, height: 600 });
  const figures: number[] = [];
  const shownAt: number[] = [];
  for (let run = 0; run < 3; run++) {
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => performance.now() > 1000);
    const { cls, settled, at } = await popup.evaluate(
      () =>
        new Promise<{ cls: number; settled: unknown; at: number }>((resolve) => {
          const mark = performance.getEntriesByName('keel:settled')[0] as PerformanceMark | undefined;
          const settled = mark?.detail ?? null;
          const at = Math.round(mark?.startTime ?? -1);
          // Buffered: every shift since the page started, not only those after this call.
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            const shifts = list.getEntries() as unknown as { value: number; startTime: number; hadRecentInput: boolean }[];
            resolve({ cls: shifts.filter((s) => s.startTime <= 1000 && !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0), settled, at });
          }).observe({ type: 'layout-shift', buffered: true });
          // No entry at all: nothing shifted.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ cls: 0, settled, at })));
        }),
    );
    // The popup showed once every section had read its data, not because the wait ran out.
    expect(settled).toEqual({ by: 'answers' });
    await expect(popup.getByTestId('incident')).toBeVisible();
    await expect(popup.locator('.flag-open')).toHaveCount(5);
    figures.push(cls);
    shownAt.push(at);
  }
  console.log(`popup cumulative layout shift, first second, 3 runs: ${figures.map((f) => f.toFixed(4)).join(', ')}; shown at ${shownAt.join(', ')} ms`);
  for (const f of figures) expect(f).toBeLessThan(0.1);
});
