/**
 * Bad configuration files change nothing (property-based): a 'keel-config/1'
 * file broken at random is refused by the options page's check (parseConfig)
 * with errors naming the field, and refused again by the background when a
 * page sends it anyway (config/import), the database exactly as before. A
 * broken file that is still valid imports without error, and importing it a
 * second time changes nothing.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dumpDatabase } from '../../utils/backup/dump';
import { restoreBackup } from '../../utils/backup/restore';
import { buildConfig } from '../../utils/config/export';
import { importConfig } from '../../utils/config/import';
import { parseConfig } from '../../utils/config/schema';
import { KeelDb } from '../../utils/db';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers } from '../../utils/messaging/server';
import { fillAndCount } from './backup-fill';
import { brokenFile, fingerprint, polluted, RUNS } from './props-helpers';

/** An error line starts with where: a field's path, "(the file)", or says the file is not JSON or of another kind. */
const NAMES_PLACE = /^(?:\(the file\)|[^\s:]+(?:\.[^\s:]+)*: |The file is not complete JSON|This is a “|… and \d+ more problems\.$)/;

let n = 0;
const open: KeelDb[] = [];
async function fresh(): Promise<KeelDb> {
  const db = new KeelDb(`keel-props-config-${++n}-${Date.now()}`);
  await db.open();
  open.push(db);
  return db;
}

let configJson: unknown;
let target: KeelDb;
let targetText: string;
let targetPrint: string;
const allow = async () => true;

beforeAll(async () => {
  const source = await fresh();
  await fillAndCount(source);
  const config = await buildConfig(source, 'north', 7);
  config.pages.push({ url: 'https://www.facebook.com/NorthsideClinic', adapter: 'facebook' });
  configJson = JSON.parse(JSON.stringify(config));
  target = await fresh();
  await fillAndCount(target);
  targetText = JSON.stringify(await dumpDatabase(target, 1));
  targetPrint = await fingerprint(target);
});
afterAll(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
beforeEach(() => fakeBrowser.reset());

const unexpected = async (): Promise<never> => {
  throw new Error('not called in this test');
};

describe('a bad configuration file changes nothing', () => {
  test('refused naming the field, by the options page and by the background; or (still valid) imported once', async () => {
    const handlers = {
      ...(Object.fromEntries((Object.keys(protocol) as MessageType[]).map((t) => [t, unexpected])) as unknown as Handlers),
      'config/import': ({ config, into }) => importConfig(target, config, into, allow, 'Lead', 100),
    } satisfies Handlers;
    const sender = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(brokenFile(configJson), async ({ text }) => {
        const parsed = parseConfig(text);
        expect(polluted().polluted).toBeUndefined();
        if (!parsed.ok) {
          refused++;
          expect(parsed.errors.length).toBeGreaterThan(0);
          expect(parsed.errors[0]).not.toMatch(/^…/);
          for (const line of parsed.errors) expect(line).toMatch(NAMES_PLACE);
          // A page that sends it anyway: the background's own check refuses it, naming where.
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            return;
          }
          const reply = await dispatch(handlers, { keel: 1, type: 'config/import', payload: { config: json, into: { kind: 'active' } } }, sender, () => undefined);
          expect(reply.ok).toBe(false);
          if (!reply.ok) expect(reply.error).toMatch(/^Invalid "config\/import" payload: [\s\S]*→ at config/);
          // Nothing reached the database (checked once at the end: a change would last until then).
          return;
        }
        await importConfig(target, parsed.config, { kind: 'new', name: 'Imported' }, allow, 'Lead', 100);
        const once = await fingerprint(target);
        await importConfig(target, parsed.config, { kind: 'new', name: 'Imported' }, allow, 'Lead', 200);
        expect(await fingerprint(target)).toBe(once);
        await restoreBackup(target, targetText);
        expect(await fingerprint(target)).toBe(targetPrint);
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(target)).toBe(targetPrint);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 60_000);

  test('cut short at every offset: refused as incomplete JSON', () => {
    const text = JSON.stringify(configJson);
    for (let i = 0; i < text.length; i++) {
      const parsed = parseConfig(text.slice(0, i));
      if (parsed.ok || !parsed.errors[0]?.startsWith('The file is not complete JSON')) throw new Error(`cut at ${i}: ${JSON.stringify(parsed)}`);
    }
  });
});
