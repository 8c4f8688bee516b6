/**
 * A patient roster imported from a CSV file in Options: bad files are refused
 * in words; a European export (BOM, semicolons, CRLF, first and last names in
 * two columns) is read, its name columns guessed and changeable, its names
 * counted, and sent as the roster; only salted hashes of the joined names are
 * stored, and no plain name is left in any IndexedDB store, extension storage
 * area or the page itself.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { hashName } from '../../utils/classify/roster';
import { expect, readStore, test } from './extension';

test.use({ pages: [] });

const SCREENS = path.resolve('test-results/screens');
const PLAIN = /\b(?:ada|murr|gil|brandt|noor|haddad|imogen|quill)\b/i;

/** Everything Keel keeps, as text: every store of every IndexedDB database of the extension, and every storage area. */
async function everythingStored(worker: Worker, options: Page): Promise<string> {
  const inWorker = await worker.evaluate(async () => {
    const out: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const req = db.transaction(store).objectStore(store).getAll();
        out[`${name}/${store}`] = await new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
    }
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session' | 'sync', Area> } }).chrome;
    for (const area of ['local', 'session', 'sync'] as const) out[`storage.${area}`] = await storage[area].get(null);
    return JSON.stringify(out);
  });
  const inPage = await options.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  return inWorker + inPage;
}

test('a roster imported from a CSV file: bad files refused in words, columns guessed and changeable, only hashes stored', async ({ context, worker, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.locator('section[aria-labelledby="roster-h"]');
  const count = options.getByTestId('roster-count');
  await expect(count).toHaveText('0 names on the roster of My practice (example).');
  const file = section.locator('input[type="file"]');
  const pick = (name: string, text: string | Buffer) => file.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') });
  const status = section.getByRole('status');

  // Bad files: each says what is wrong, and nothing is offered for import.
  await pick('patients.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
  await expect(status).toHaveText(/^patients\.xlsx: This is not a CSV file: it looks like a spreadsheet/);
  await pick('empty.csv', '\uFEFF\r\n\r\n');
  await expect(status).toHaveText('empty.csv: The file is empty: there is no name to import.');
  await pick('visits.csv', 'id,visits,last visit\r\n1001,3,2024-01-05\r\n1002,5,2024-02-11\r\n');
  await expect(status).toHaveText(/^visits\.csv: no column holds names/);
  await expect(section.getByTestId('roster-import')).toHaveCount(0);

  // A practice-management export: BOM, semicolons, CRLF, quoted cells, a blank row, a duplicate, a row without a name.
  const csv = '\uFEFFPrénom;Nom;"Date de naissance"\r\nAda;Murr;1980-01-02\r\n"Gil";"Brandt";1975-05-06\r\n\r\nNoor;Haddad;1990-09-09\r\nADA;murr;1980-01-02\r\n;;2001-01-01\r\n';
  await pick('roster.csv', csv);
  const dialog = section.getByTestId('roster-import');
  await expect(dialog.locator('legend')).toHaveText('Import roster.csv');
  await expect(dialog.getByLabel('The first row holds column names')).toBeChecked();
  await expect(dialog.getByLabel('First and last names in two columns, joined')).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'First name' })).toHaveValue('0');
  await expect(dialog.getByRole('combobox', { name: 'Last name' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Last name' }).locator('option:checked')).toHaveText('Nom (e.g. Murr)');
  const found = dialog.getByTestId('roster-found');
  await expect(found).toHaveText('3 names found in 5 rows (skipped: 1 duplicate, 1 row without a name).');

  // Another reading: one column of full names; the dates column holds none, and says so.
  await dialog.getByLabel('Full names in one column').check();
  await dialog.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Date de naissance (e.g. 1980-01-02)' });
  await expect(found).toHaveText('0 names found in 5 rows (skipped: 5 rows without a name).');
  await expect(dialog.getByRole('alert')).toHaveText(/No names in the chosen column/);
  await expect(dialog.getByRole('button', { name: /^Replace roster with/ })).toBeDisabled();
  await dialog.getByLabel('First and last names in two columns, joined').check();
  await expect(found).toHaveText('3 names found in 5 rows (skipped: 1 duplicate, 1 row without a name).');

  // Readable and labelled, light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page: options }).include('section[aria-labelledby="roster-h"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await section.screenshot({ path: path.join(SCREENS, `options-roster-import-${scheme}.png`) });
  }
  await options.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Replace roster with 3 names' }).click();
  await expect(status).toHaveText('Imported from roster.csv: 3 names on the roster, as hashes only.');
  await expect(count).toHaveText('3 names on the roster of My practice (example).');
  await expect(section.getByTestId('roster-import')).toHaveCount(0);

  // The joined names were hashed with the workspace's salt; nothing else is kept.
  const stored = (await readStore(worker, 'roster')) as Array<{ salt: string; hashes: string[] }>;
  expect(stored).toHaveLength(1);
  const { salt, hashes } = stored[0] as { salt: string; hashes: string[] };
  expect([...hashes].sort()).toEqual(['Ada Murr', 'Gil Brandt', 'Noor Haddad'].map((n) => hashName(salt, n)).sort());
  const all = await everythingStored(worker, options);
  expect(all).toContain(hashes[0]);
  expect(all).not.toMatch(PLAIN);
  // Nor does the page hold them any longer.
  expect(await options.evaluate(() => document.body.innerText)).not.toMatch(PLAIN);

  // Importing again replaces the roster (one column of full names, no header).
  await pick('more.txt', 'Imogen Quill\nNoor Haddad\n');
  await expect(dialog.getByLabel('The first row holds column names')).not.toBeChecked();
  await expect(dialog.getByLabel('Full names in one column')).toBeChecked();
  await expect(found).toHaveText('2 names found in 2 rows.');
  await dialog.getByRole('button', { name: 'Replace roster with 2 names' }).click();
  await expect(count).toHaveText('2 names on the roster of My practice (example).');
  expect(await everythingStored(worker, options)).not.toMatch(PLAIN);
});
