import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { replaceRoster } from '../../utils/background/roster';
import { onRoster } from '../../utils/classify/roster';
import { KeelDb } from '../../utils/db';

const db = new KeelDb('keel-roster-store');
afterEach(async () => {
  db.close();
  await Dexie.delete('keel-roster-store');
});

test('stores only salted hashes, keeps the salt across replacements, and matches normalised names', async () => {
  expect(await replaceRoster(db, ['Dana Whitlow', 'dana whitlow', 'Ben Ito'])).toEqual({ count: 2 });
  const first = await db.roster.get('default');
  expect(first?.hashes).toHaveLength(2);
  expect(JSON.stringify(first)).not.toMatch(/dana|whitlow|ben|ito/i);
  const roster = { salt: first?.salt ?? '', hashes: new Set(first?.hashes) };
  expect(onRoster(roster, 'DANA  WHITLOW')).toBe(true);
  expect(onRoster(roster, 'Dana Whitlock')).toBe(false);

  await replaceRoster(db, ['Ada Murr']);
  const second = await db.roster.get('default');
  expect(second?.salt).toBe(first?.salt);
  expect(second?.hashes).toHaveLength(1);
  expect(await replaceRoster(db, [])).toEqual({ count: 0 });
});
