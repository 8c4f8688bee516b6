// Shared by `npm start` and `npm run bench`: Debian's Chromium with the built
// extension, and real facebook.com URLs answered from local files (no network).
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { pageTarget } from '../utils/pages';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = path.join(ROOT, process.env.KEEL_OUT ?? '.output', 'chrome-mv3');
export const DEMO_DIR = path.join(ROOT, 'scripts/demo');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags for a browser with Keel loaded. The background-networking
 * flags keep Chromium itself from calling home (this machine has no network).
 */
export function chromiumArgs(extensionDir: string, headless: boolean): string[] {
  return [
    ...(headless ? ['--headless=new', '--disable-gpu'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/**
 * Gives Keel host access to `origins` the way a user can in the browser's own
 * settings (chrome://extensions → Keel → Site access → Add a site), through the
 * API that settings page uses. Playwright cannot answer Keel's own permission
 * prompt; once access is granted, Keel's request resolves without one.
 */
export async function grantSiteAccess(context: BrowserContext, extensionId: string, origins: string[]): Promise<void> {
  const settings = await context.newPage();
  try {
    await settings.goto(`chrome://extensions/?id=${extensionId}`);
    await settings.evaluate(
      async ({ id, list }) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome
          .developerPrivate;
        for (const host of list) await api.addHostPermission(id, host);
      },
      { id: extensionId, list: origins },
    );
    // Chrome applies a site added there to the extension's own view of its
    // permissions once the extension asks for it (on a click, as Keel does when
    // a page is added): ask here, so that tests not going through "Add page" see
    // the same state. No prompt shows: the access is already given.
    await settings.goto(`chrome-extension://${extensionId}/popup.html`);
    await settings.evaluate((list) => {
      const button = document.createElement('button');
      button.id = 'keel-test-grant';
      button.onclick = () => {
        const c = (globalThis as unknown as { chrome: { permissions: { request(p: object): Promise<boolean> } } }).chrome;
        void c.permissions.request({ origins: list }).then((ok) => {
          button.dataset.granted = String(ok);
        });
      };
      document.body.append(button);
    }, origins);
    await settings.click('#keel-test-grant');
    await settings.waitForSelector('#keel-test-grant[data-granted="true"]', { state: 'attached' });
  } finally {
    await settings.close();
  }
}

/**
 * Lists `urls` as the business's own pages the way a user does: grants their
 * sites (above), then types each address into Keel's options page and clicks
 * "Add page". Keel asks the browser for the access on that click; it is
 * already granted, so no prompt shows.
 */
export async function watchPages(context: BrowserContext, extensionId: string, urls: string[]): Promise<void> {
  const targets = urls.map((url) => {
    const target = pageTarget(url);
    if (!target.ok) throw new Error(target.error);
    return target.target;
  });
  await grantSiteAccess(context, extensionId, [...new Set(targets.flatMap((t) => t.origins))]);
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    for (const [i, url] of urls.entries()) {
      await options.getByLabel('Address of a page, post or review list').fill(url);
      await options.getByRole('button', { name: 'Add page' }).click();
      const listed = options.getByRole('list', { name: 'Pages Keel reads' }).getByText(targets[i]?.url.replace(/^https:\/\//, '') ?? '', { exact: true });
      const failed = options.locator('#pages-h ~ .row .status.bad');
      await listed.or(failed).first().waitFor();
      if (await failed.isVisible()) throw new Error(`Could not add ${url}: ${await failed.textContent()}`);
    }
  } finally {
    await options.close();
  }
}

export async function launchWithKeel({ headless = true, viewport = { width: 1200, height: 900 }, pages = ['https://www.facebook.com/HarboursideDental'] } = {}) {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No build in .output/chrome-mv3: run `npm run build` first.');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: run \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless,
    args: chromiumArgs(EXTENSION_DIR, headless),
    viewport: headless ? viewport : null,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (pages.length) await watchPages(context, extensionId, pages);
  return { context, worker, extensionId };
}

/** Answers every facebook.com request from `files` (path suffix → [type, body]); anything else: 404. */
export async function serveFacebook(
  context: BrowserContext,
  html: string,
  files: Record<string, [type: string, body: string]> = {},
): Promise<void> {
  await context.route('https://www.facebook.com/**', (route) => {
    const url = new URL(route.request().url());
    for (const [suffix, [type, body]] of Object.entries(files)) {
      if (url.pathname.endsWith(suffix)) return route.fulfill({ status: 200, contentType: type, body });
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

export function demoFile(name: string): string {
  return fs.readFileSync(path.join(DEMO_DIR, name), 'utf8');
}
