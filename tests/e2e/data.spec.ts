/**
 * Workspaces, configuration export/import, backup/restore and "Delete all
 * data", through the options page and the popup as a user does them.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { grantSiteAccess } from '../../scripts/browser';
import { expect, readStore, routeFixture, test, waitForKeelIdle } from './extension';
import { approveBuiltIns } from './templates-helpers';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const FACEBOOK = ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://facebook.com/*'];

const fileInput = (page: Page, label: string) => page.locator('label.file', { hasText: label }).locator('input[type="file"]');

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(path, 'utf8') };
}

test('a second workspace: made, its profile and rules edited, switched from the popup header in one choice, removed', async ({ context, worker, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Name of a new workspace').fill('Northside Clinic');
  await options.getByRole('button', { name: 'Create workspace' }).click();
  await expect(options.getByText('Made “Northside Clinic” and switched to it')).toBeVisible();
  await expect(options.locator('#profile-h')).toHaveText('Profile of Northside Clinic');
  // The new workspace has none of the first one's pages.
  await expect(options.getByTestId('no-pages')).toBeVisible();

  // Invalid details are refused, field by field, and nothing is stored.
  await options.getByLabel('Business name').fill('');
  await options.getByLabel('Email').fill('front desk');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByText('Business name is needed.')).toBeVisible();
  await expect(options.getByText('Email does not look like an address (name@example.com).')).toBeVisible();
  await expect(options.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  expect((await readStore(worker, 'workspaces')).find((w) => w.name === 'Northside Clinic')?.profile).toMatchObject({ businessName: 'Northside Clinic', email: '' });

  await options.getByLabel('Business name').fill('Northside Physio');
  await options.getByLabel('Practice manager (signs replies)').fill('Ada Byrne');
  await options.getByLabel('Phone').fill('(555) 010-2000');
  await options.getByLabel('Email').fill('hello@northside.example');
  await options.getByLabel('Opening hours').fill('Mon–Sat 9:00–18:00');
  await options.getByLabel('Services').fill('physiotherapy\nsports massage\n');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByText('Saved the profile of Northside Clinic.')).toBeVisible();

  await options.getByLabel('Acknowledge a genuine complaint within (minutes)').fill('0');
  await options.getByRole('button', { name: 'Save rules' }).click();
  await expect(options.getByRole('alert', { name: 'Problems in the rules' })).toHaveText('Acknowledge within: at least 1 minute.');
  await options.getByLabel('Acknowledge a genuine complaint within (minutes)').fill('20');
  await options.getByLabel('Blocked words or phrases (one per line)').fill('fraud clinic');
  await options.getByRole('button', { name: 'Save rules' }).click();
  await expect(options.getByText('Saved the rules of Northside Clinic.')).toBeVisible();
  const north = (await readStore(worker, 'workspaces')).find((w) => w.name === 'Northside Clinic');
  expect(north).toMatchObject({
    profile: { businessName: 'Northside Physio', managerName: 'Ada Byrne', phone: '(555) 010-2000', email: 'hello@northside.example', services: ['physiotherapy', 'sports massage'], staff: [] },
    rules: { ackTargetMinutes: 20, blockedTerms: ['fraud clinic'], autoCaptureThreats: true, notifyOnIncident: true },
  });
  await options.locator('#ws-h').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'test-results/screens/options-workspaces.png', fullPage: false });

  // The popup's header switches in one choice; its replies follow the active workspace's details (once a manager approved them).
  await approveBuiltIns(options, ['builtin-offline-complaint'], { workspaceId: north?.id as string });
  await approveBuiltIns(options, ['builtin-offline-complaint'], { workspaceId: 'default' });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const switcher = popup.locator('header').getByRole('combobox', { name: 'Workspace' });
  await expect(switcher.locator('option:checked')).toHaveText('Northside Clinic');
  await expect(popup.locator('.tpl-text').first()).toContainText('Please contact Ada Byrne at (555) 010-2000');
  await popup.screenshot({ path: 'test-results/screens/popup-switcher.png' });
  await switcher.selectOption({ label: 'My practice (example)' });
  await expect(popup.locator('.tpl-text').first()).toContainText('— Harbourside Dental');
  expect((await readStore(worker, 'settings')).find((s) => s.key === 'activeWorkspaceId')?.value).toBe('default');
  // Options follows: the first workspace's page is back in the list.
  await expect(options.locator('#profile-h')).toHaveText('Profile of My practice (example)');
  await expect(options.getByRole('list', { name: 'Pages Keel reads' })).toContainText('www.facebook.com/HarboursideDental');

  // Removing says what goes, and asks first.
  await options.getByRole('button', { name: 'Remove Northside Clinic' }).click();
  await expect(options.getByTestId('remove-what')).toContainText('its 0 pages (Keel stops reading them), 0 labelled items');
  await options.getByRole('alertdialog').screenshot({ path: 'test-results/screens/options-workspace-remove.png' });
  await options.getByRole('button', { name: 'Keep it' }).click();
  expect((await readStore(worker, 'workspaces')).length).toBe(2);
  await options.getByRole('button', { name: 'Remove Northside Clinic' }).click();
  await options.getByRole('button', { name: 'Remove “Northside Clinic” and its data' }).click();
  await expect(options.getByText('Removed “Northside Clinic”')).toBeVisible();
  expect((await readStore(worker, 'workspaces')).map((w) => w.id)).toEqual(['default']);
  const log = await readStore(worker, 'actions');
  expect(log.at(-1)).toMatchObject({ kind: 'configured', detail: expect.stringContaining('Removed workspace “Northside Clinic”') });
  // The last workspace cannot be removed.
  await expect(options.getByRole('button', { name: 'Remove My practice (example)' })).toBeDisabled();
  await expect(popup.locator('header').getByRole('combobox', { name: 'Workspace' }).locator('option')).toHaveText(['My practice (example)']);
});

test('configuration export and import, backup and restore, and delete all data', async ({ context, worker, extensionId }) => {
  // Some real data first: the page's comments, labelled.
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const post = await context.newPage();
  await post.goto(POST);
  await waitForKeelIdle(post, 8);
  await expect.poll(async () => (await readStore(worker, 'items')).length).toBe(8);
  // Closed, so that nothing it reads later changes the rows compared below.
  await post.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Blocked words or phrases (one per line)').fill('fraud clinic');
  await options.getByRole('button', { name: 'Save rules' }).click();
  await expect(options.getByText('Saved the rules of My practice (example).')).toBeVisible();

  const config = await download(options, 'Export configuration');
  expect(config.name).toBe('my-practice-example.keel-config.json');
  const parsedConfig = JSON.parse(config.text);
  expect(parsedConfig).toMatchObject({ format: 'keel-config/1', pages: [{ url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook' }] });
  expect(parsedConfig.workspace.rules.blockedTerms).toEqual(['fraud clinic']);
  const backup = await download(options, 'Download backup');
  expect(backup.name).toMatch(/^keel-backup-\d{4}-\d\d-\d\d\.json$/);
  expect(JSON.parse(backup.text).tables.items).toHaveLength(8);
  const before = { items: await readStore(worker, 'items'), actions: await readStore(worker, 'actions'), workspaces: await readStore(worker, 'workspaces') };

  // A broken backup is refused, by name, and nothing changes.
  const broken = JSON.parse(backup.text);
  broken.tables.items[3].label = 'angry';
  await fileInput(options, 'Restore from backup…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(options.getByText(/The backup was not restored, nothing was changed: items, row 4 \(key "[^"]+"\), field label: Invalid option/)).toBeVisible();
  expect(await readStore(worker, 'items')).toEqual(before.items);

  // Delete all data: only once DELETE is typed.
  const wipe = options.getByRole('button', { name: 'Delete all data' });
  await expect(wipe).toBeDisabled();
  await options.getByLabel('Type DELETE to confirm').fill('delete');
  await expect(wipe).toBeDisabled();
  await options.getByLabel('Type DELETE to confirm').fill('DELETE');
  await options.locator('#data-h').scrollIntoViewIfNeeded();
  await wipe.click();
  await expect(options.getByText('All of Keel’s data on this device is deleted.')).toBeVisible();
  for (const store of ['items', 'authors', 'pages', 'packs', 'actions', 'incidents', 'evidence', 'ratings', 'templates', 'roster', 'jobs']) {
    expect(await readStore(worker, store), store).toEqual([]);
  }
  expect((await readStore(worker, 'workspaces')).map((w) => [w.id, (w.rules as { blockedTerms: string[] }).blockedTerms])).toEqual([['default', []]]);
  expect(await readStore(worker, 'settings')).toEqual([{ key: 'activeWorkspaceId', value: 'default' }]);
  for (const area of ['local', 'session'] as const) {
    const stored = await worker.evaluate((a) => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      return (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', Area> } }).chrome.storage[a].get(null);
    }, area);
    expect(stored, area).toEqual({});
  }
  expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['https://www.facebook.com/*'] }))).toBe(false);
  await expect(options.getByTestId('no-pages')).toBeVisible();

  // The team's configuration goes back in. Playwright cannot answer the browser's prompt: the
  // site is allowed as a user can in the browser's settings, so Keel's request on the click succeeds.
  await fileInput(options, 'Import configuration…').setInputFiles({ name: config.name, mimeType: 'application/json', buffer: Buffer.from(config.text) });
  await expect(options.getByTestId('config-preview')).toContainText('workspace “My practice (example)”, 1 page, 5 templates, 0 packs.');
  await grantSiteAccess(context, extensionId, FACEBOOK);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByText(/Imported my-practice-example\.keel-config\.json: merged into “My practice \(example\)”; profile and rules updated; 1 page added/)).toBeVisible();
  await expect(options.getByRole('list', { name: 'Pages Keel reads' })).toContainText('www.facebook.com/HarboursideDental');
  expect((await readStore(worker, 'workspaces'))[0]).toMatchObject({ rules: { blockedTerms: ['fraud clinic'] } });
  await expect.poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual(['keel-pages']);
  // Importing it again changes nothing.
  const pagesOnce = await readStore(worker, 'pages');
  const logOnce = await readStore(worker, 'actions');
  await fileInput(options, 'Import configuration…').setInputFiles({ name: config.name, mimeType: 'application/json', buffer: Buffer.from(config.text) });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByText(/0 pages added \(1 already there\)/)).toBeVisible();
  expect(await readStore(worker, 'pages')).toEqual(pagesOnce);
  expect(await readStore(worker, 'actions')).toEqual(logOnce);

  // The full backup puts everything back as it was.
  await fileInput(options, 'Restore from backup…').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await expect(options.getByRole('alertdialog')).toContainText(`Replace everything with ${backup.name}?`);
  await options.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(options.getByText(`Restored ${backup.name}: 1 workspace, 1 page, 8 items.`)).toBeVisible();
  expect(await readStore(worker, 'items')).toEqual(before.items);
  expect(await readStore(worker, 'actions')).toEqual(before.actions);
  expect(await readStore(worker, 'workspaces')).toEqual(before.workspaces);
  await options.locator('#data-h').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'test-results/screens/options-data.png' });
  // The restored page is read again.
  const again = await context.newPage();
  await again.goto(POST);
  await waitForKeelIdle(again, 8);
});
