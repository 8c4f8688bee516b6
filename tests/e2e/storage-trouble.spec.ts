/**
 * Storage trouble is visible. In the real extension: a write refused for lack
 * of space (the worker's IndexedDB made to throw QuotaExceededError, as a full
 * profile does) shows on the popup for the page whose labels were not kept;
 * an upgrade blocked by an old connection, another window upgrading the
 * database, and a window without IndexedDB each show a banner saying what to do.
 */
import type { Page } from '@playwright/test';
import { expect, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const banner = (page: Page) => page.getByTestId('storage-banner');

/** Another document of the extension's origin: its IndexedDB is Keel's. */
async function otherConnection(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
}

test('a write refused for lack of space: the popup says the page’s labels were not saved, and what to do', async ({ context, worker, extensionId }) => {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  // Every IndexedDB write in the worker now fails as it does on a full disk.
  await worker.evaluate(() => {
    for (const method of ['put', 'add'] as const) {
      IDBObjectStore.prototype[method] = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  expect(await readStore(worker, 'items')).toEqual([]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, POST_URL)}`);
  await expect(banner(popup)).toBeVisible();
  await expect(banner(popup)).toContainText('Keel could not save what it read on this page.');
  await expect(banner(popup)).toContainText('the browser says this profile is out of storage space. Free disk space, or export and delete old incidents (Settings › Data)');
  await expect(banner(popup)).toContainText('Then reload this page');
  // Not mistaken for a layout change of the platform.
  await expect(popup.getByTestId('health')).toHaveCount(0);
  await popup.screenshot({ path: 'test-results/screens/storage-quota-popup.png' });
});

test('a blocked upgrade: the popup says to close the other Keel window, and carries on once it is closed', async ({ context, extensionId }) => {
  const other = await context.newPage();
  await otherConnection(other, extensionId);
  // An old connection (schema version 1) that does not let go: the popup's upgrade must wait for it.
  await other.evaluate(async () => {
    await new Promise((resolve, reject) => {
      const del = indexedDB.deleteDatabase('keel');
      del.onsuccess = resolve;
      del.onerror = () => reject(del.error);
    });
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('keel', 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    (window as unknown as { old: IDBDatabase }).old = old;
  });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Shown although the popup's readings wait on the upgrade (they hold the screen back half a second at most).
  await expect(banner(popup)).toBeVisible();
  await expect(banner(popup)).toContainText('Keel is waiting for another Keel window.');
  await expect(banner(popup)).toContainText('Close the other Keel tabs and windows');
  await popup.screenshot({ path: 'test-results/screens/storage-blocked-popup.png' });
  await other.evaluate(() => (window as unknown as { old: IDBDatabase }).old.close());
  await expect(banner(popup)).toHaveCount(0);
});

test('another window upgrades the database: Settings lets go of it and asks for a reload', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Keel settings' })).toBeVisible();
  await expect(banner(options)).toHaveCount(0);
  const other = await context.newPage();
  await otherConnection(other, extensionId);
  // A newer schema opens: it is not blocked, because Settings closes its connection.
  const version = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('keel', 1_000);
        req.onsuccess = () => {
          req.result.close();
          resolve(req.result.version);
        };
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('blocked by Settings'));
      }),
  );
  expect(version).toBe(1_000);
  await expect(banner(options)).toContainText('Keel’s data changed in another window.');
  await expect(banner(options).getByRole('button', { name: 'Reload this page' })).toBeVisible();
  await options.screenshot({ path: 'test-results/screens/storage-versionchange-options.png' });
});

test('a window without IndexedDB (as some private modes): Settings and the popup say so', async ({ context, extensionId }) => {
  await context.addInitScript(() => {
    Object.defineProperty(globalThis, 'indexedDB', { get: () => undefined, configurable: true });
  });
  for (const file of ['options.html', 'popup.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('Keel cannot keep data in this window.');
    await expect(banner(page)).toContainText('Use a normal window, or allow site data, then reload this page.');
    await page.screenshot({ path: `test-results/screens/storage-unavailable-${file.replace('.html', '')}.png` });
  }
});
