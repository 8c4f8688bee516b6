// Shared by `npm start` and `npm run bench`: Debian's Chromium with the built
// extension, and real facebook.com URLs answered from local files (no network).
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
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

export async function launchWithKeel({ headless = true, viewport = { width: 1200, height: 900 } } = {}) {
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
  return { context, worker, extensionId: new URL(worker.url()).host };
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
