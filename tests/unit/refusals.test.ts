import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { logRefusal, shouldLog } from '../../utils/background/refusals';
import { KeelDb } from '../../utils/db';

let db: KeelDb;
let n = 0;
beforeEach(() => {
  db = new KeelDb(`keel-refusals-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('refused messages in the audit log', () => {
  test('a refusal is logged with what was asked and from where, once a minute per kind and origin', async () => {
    const from = { type: 'data/wipe', url: 'https://evil.example/page' };
    await logRefusal(db, 'sender not allowed', from, 1_000_000);
    await logRefusal(db, 'sender not allowed', from, 1_030_000);
    await logRefusal(db, 'sender not allowed', { ...from, type: 'templates/approve' }, 1_030_000);
    await logRefusal(db, 'sender not allowed', from, 1_070_000);
    const rows = await db.actions.orderBy('seq').toArray();
    expect(rows.map((r) => [r.kind, r.actor, r.cause, r.detail])).toEqual([
      ['refused', 'Keel', 'security', 'Refused “data/wipe” from https://evil.example: sender not allowed.'],
      ['refused', 'Keel', 'security', 'Refused “templates/approve” from https://evil.example: sender not allowed.'],
      ['refused', 'Keel', 'security', 'Refused “data/wipe” from https://evil.example: sender not allowed.'],
    ]);
  });

  test('the rate limit is per kind of refusal, message type and origin', () => {
    expect(shouldLog('invalid payload', 'x', 'https://a.example', 5_000_000)).toBe(true);
    expect(shouldLog('invalid payload', 'x', 'https://a.example', 5_010_000)).toBe(false);
    expect(shouldLog('invalid payload', 'x', 'https://b.example', 5_010_000)).toBe(true);
    expect(shouldLog('unknown type', 'x', 'https://a.example', 5_010_000)).toBe(true);
  });
});
