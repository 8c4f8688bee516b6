import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { observeItems } from '../../utils/background/observe';
import { relabelItem } from '../../utils/background/relabel';
import { KeelDb } from '../../utils/db';
import type { RawItem } from '../../utils/model';

const PAGE = 'https://www.facebook.com/HarboursideDental/posts/pfbid02';
const raw = (id: string, text: string): RawItem => ({
  platform: 'facebook', kind: 'comment', nativeId: id, parentId: null, permalink: null,
  author: { name: 'Gil Brandt', profileUrl: 'https://www.facebook.com/gil.brandt' }, text, rating: null, postedAt: null, postedText: '1h',
});

let db: KeelDb;
let n = 0;
beforeEach(() => {
  db = new KeelDb(`keel-relabel-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('relabelItem', () => {
  test('stores the label, keeps what Keel said, logs it, and informs the author’s next item', async () => {
    await observeItems(db, [raw('1', 'Boycott these clowns #shame')], PAGE, 1000);
    const result = await relabelItem(db, { key: 'facebook:1', label: 'genuine' }, { actor: 'Sam', onlyPageUrl: PAGE }, 2000);
    expect(result).toMatchObject({ label: 'genuine', confidence: 1 });
    expect(result.reasons.slice(0, 2)).toEqual(['You labelled this Patient / customer.', 'Keel had said: Troll.']);
    expect(await db.actions.toArray()).toEqual([
      {
        seq: 1, at: 2000, actor: 'Sam', kind: 'labelled', itemKey: 'facebook:1', detail: 'troll → genuine', cause: 'moderator',
        authorKey: 'facebook:https://www.facebook.com/gil.brandt', incidentId: null, workspaceId: 'default',
      },
    ]);
    // Looked at: it no longer counts towards the badge.
    expect(await db.items.get('facebook:1')).toMatchObject({ needsReview: 0 });
    expect(await db.authors.get('facebook:https://www.facebook.com/gil.brandt')).toMatchObject({ moderatorLabel: 'genuine', labels: { troll: 0, genuine: 1 } });

    // Seen again: the moderator's label stays. A later item of the author follows it.
    const [again, next] = await observeItems(db, [raw('1', 'Boycott these clowns #shame'), raw('2', 'Shame on you #boycott')], PAGE, 3000);
    expect(again?.label).toBe('genuine');
    expect(next?.label).toBe('genuine');

    // Undo is a new action, never a deletion of history.
    await relabelItem(db, { key: 'facebook:1', label: 'troll' }, { actor: 'Sam', onlyPageUrl: null }, 4000);
    expect((await db.actions.toArray()).map((a) => a.detail)).toEqual(['troll → genuine', 'genuine → troll']);
  });

  test('a content script can only label items of its own page', async () => {
    await observeItems(db, [raw('1', 'Hello')], PAGE, 1000);
    await expect(
      relabelItem(db, { key: 'facebook:1', label: 'troll' }, { actor: 'x', onlyPageUrl: 'https://www.facebook.com/other/posts/9' }, 2000),
    ).rejects.toThrow('An item can only be labelled from its own page.');
    await expect(relabelItem(db, { key: 'facebook:404', label: 'troll' }, { actor: 'x', onlyPageUrl: null }, 2000)).rejects.toThrow('No such item.');
    expect(await db.actions.count()).toBe(0);
    expect((await db.items.get('facebook:1'))?.labelSource).toBe('auto');
  });
});
