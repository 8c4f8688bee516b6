/**
 * Bad selector packs change nothing (property-based). The options page's
 * import path is parsePack (Zod), then the browser's own check of each
 * selector (selectorErrors), then packs/save (merge); a page that skips the
 * checks meets the background's. A pack broken at random is refused with
 * errors naming the field, and the packs and the audit log stay as they were;
 * one that is still valid is stored, once.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dumpDatabase } from '../../utils/backup/dump';
import { restoreBackup } from '../../utils/backup/restore';
import { savePack } from '../../utils/background/pages';
import { KeelDb } from '../../utils/db';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers } from '../../utils/messaging/server';
import { selectorErrors } from '../../utils/packs/check-dom';
import { type Pack, parsePack } from '../../utils/packs/schema';
import { fillAndCount } from './backup-fill';
import { brokenFile, fingerprint, polluted, RUNS } from './props-helpers';

/** A pack using every field, so that every field gets broken. */
const FULL: Pack = {
  format: 'keel-pack/1',
  id: 'clinic-reviews',
  name: 'Clinic Reviews',
  version: 3,
  matches: ['https://www.clinic-reviews.example/biz/*', 'https://*.clinic-reviews.example/reviews/*'],
  kind: 'review',
  selectors: {
    item: 'article[data-review-id]',
    author: '.review-author > a',
    profileLink: 'a[href*="/user/"]',
    text: '.review-body p',
    rating: '[aria-label$="stars"]',
    time: 'time[datetime]',
    permalink: 'a.review-link',
  },
  idAttribute: 'data-review-id',
  ratingAttribute: 'aria-label',
  ratingScale: 10,
};

const NAMES_PLACE = /^(?:\(the pack\)|[\w]+(?:\.[\w]+)*: |Not JSON: )/;

/** A document for the browser's selector check, as the options page has. */
const doc = new Window().document as unknown as Document;

let db: KeelDb;
let dbText: string;
let dbPrint: string;

beforeAll(async () => {
  db = new KeelDb(`keel-props-packs-${Date.now()}`);
  await db.open();
  await fillAndCount(db);
  await savePack(db, FULL, 'replace', 'Lead', 1);
  dbText = JSON.stringify(await dumpDatabase(db, 1));
  dbPrint = await fingerprint(db);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});
beforeEach(() => fakeBrowser.reset());

const unexpected = async (): Promise<never> => {
  throw new Error('not called in this test');
};

describe('a bad selector pack changes nothing', () => {
  test('refused naming the field by the options page and by the background; or (still valid) stored once', async () => {
    const handlers = {
      ...(Object.fromEntries((Object.keys(protocol) as MessageType[]).map((t) => [t, unexpected])) as unknown as Handlers),
      'packs/save': ({ pack, mode }) => savePack(db, pack, mode, 'Lead', 100),
    } satisfies Handlers;
    const sender = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
    let refused = 0;
    // The stored pack is version 3: the file's version must be higher for a merge to store it.
    const json = { ...FULL, version: 4 };
    await fc.assert(
      fc.asyncProperty(brokenFile(json), async ({ text }) => {
        const parsed = parsePack(text);
        expect(polluted().polluted).toBeUndefined();
        const errors = parsed.ok ? selectorErrors(parsed.pack, doc) : parsed.errors;
        if (errors.length) {
          refused++;
          for (const line of errors) expect(line).toMatch(NAMES_PLACE);
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch {
            return;
          }
          const reply = await dispatch(handlers, { keel: 1, type: 'packs/save', payload: { pack: value, mode: 'merge' } }, sender, () => undefined);
          // The background has no DOM: a selector only the browser refuses passes its check (the content script's querySelector is guarded).
          if (reply.ok) {
            expect(parsed.ok).toBe(true);
            await restoreBackup(db, dbText);
            return;
          }
          expect(reply.error).toMatch(/^Invalid "packs\/save" payload: [\s\S]*→ at pack/);
          return;
        }
        if (!parsed.ok) throw new Error('unreachable');
        const first = await savePack(db, parsed.pack, 'merge', 'Lead', 100);
        expect(first.stored).toBe(parsed.pack.id !== FULL.id || parsed.pack.version > FULL.version);
        const once = await fingerprint(db);
        expect((await savePack(db, parsed.pack, 'merge', 'Lead', 200)).stored).toBe(false);
        expect(await fingerprint(db)).toBe(once);
        await restoreBackup(db, dbText);
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(db)).toBe(dbPrint);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 60_000);

  test('cut short at every offset: refused as not JSON', () => {
    const text = JSON.stringify(FULL, null, 2);
    for (let i = 0; i < text.length; i++) {
      const parsed = parsePack(text.slice(0, i));
      if (parsed.ok || !parsed.errors[0]?.startsWith('Not JSON: ')) throw new Error(`cut at ${i}: ${JSON.stringify(parsed)}`);
    }
  });
});
