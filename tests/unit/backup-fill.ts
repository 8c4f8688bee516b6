/** A database with a row in every table (two workspaces, a screenshot Blob), for the backup, config and workspace tests. */
import { rebuildSummaries } from '../../utils/background/summaries';
import type { KeelDb, StoredItem } from '../../utils/db';
import { DEFAULT_RULES } from '../../utils/db';
import type { Pack } from '../../utils/packs/schema';

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3, 250, 251, 252]);

export const PACK: Pack = {
  format: 'keel-pack/1',
  id: 'smile-reviews',
  name: 'Smile Reviews',
  version: 2,
  matches: ['https://www.smile-reviews.example/clinic/*'],
  kind: 'review',
  selectors: { item: 'article', author: '.who', text: 'p' },
};

export function item(key: string, workspaceId: string, extra: Partial<StoredItem> = {}): StoredItem {
  return {
    key, workspaceId, platform: 'facebook', kind: 'comment', nativeId: key, parentId: null,
    pageKey: `https://www.facebook.com/${workspaceId}/posts/1`, pageUrl: `https://www.facebook.com/${workspaceId}/posts/1`,
    permalink: null, author: { name: 'A. Person', profileUrl: 'https://www.facebook.com/a.person' }, authorKey: `facebook:${workspaceId}:a`,
    text: 'You are all frauds', rating: null, postedAt: null, postedText: '1h', firstSeenAt: 1_000, lastSeenAt: 2_000, at: 1_000,
    negative: true, firstTime: true, campaign: false, label: 'troll', labelSource: 'auto', confidence: 0.8,
    reasons: ['Insults with no account of a visit.'], incidentId: null, needsReview: 1, done: {}, ...extra,
  };
}

/** Fills `db` (opened, populated with the default workspace) with a row in every table. */
export async function fillEveryTable(db: KeelDb): Promise<void> {
  await db.workspaces.add({
    id: 'north', name: 'Northside Clinic', createdAt: 5,
    profile: { businessName: 'Northside Clinic', services: ['physio'], staff: ['Dr. Ada Byrne'], managerName: 'Ada', phone: '555', email: 'a@north.example', hours: '9–5' },
    rules: { ...DEFAULT_RULES, blockedTerms: ['scam'] },
  });
  await db.pages.bulkAdd([
    { id: 'p1', workspaceId: 'default', url: 'https://www.facebook.com/HarboursideDental', adapter: 'facebook', origins: ['https://www.facebook.com/*'], addedAt: 10 },
    { id: 'p2', workspaceId: 'north', url: 'https://www.smile-reviews.example/clinic/north', adapter: 'smile-reviews', origins: ['https://www.smile-reviews.example/*'], addedAt: 11 },
  ]);
  await db.packs.add({ id: PACK.id, pack: PACK, updatedAt: 12 });
  await db.incidents.add({
    id: 'inc1', workspaceId: 'north', pageKey: 'https://www.facebook.com/north/posts/1', pageUrl: 'https://www.facebook.com/north/posts/1',
    title: 'Pile-on', status: 'open', trigger: 'burst', openedAt: 20, openedBy: 'Keel', containedAt: null, resolvedAt: null, steps: { capture: 21 },
  });
  await db.items.bulkAdd([
    item('facebook:1', 'default'),
    item('facebook:2', 'north', { incidentId: 'inc1', done: { captured: 30 }, needsReview: 0, labelSource: 'moderator', label: 'threat' }),
    item('facebook:3', 'north', { rating: 1, kind: 'review' }),
  ]);
  await db.authors.bulkAdd([
    { key: 'facebook:default:a', workspaceId: 'default', platform: 'facebook', profileUrl: null, names: ['A. Person'], nameKeys: ['a person'], firstSeenAt: 1, lastSeenAt: 2, itemCount: 1, labels: { troll: 1 }, moderatorLabel: null },
    { key: 'facebook:north:a', workspaceId: 'north', platform: 'facebook', profileUrl: null, names: ['A. Person'], nameKeys: ['a person'], firstSeenAt: 1, lastSeenAt: 2, itemCount: 2, labels: { threat: 1, troll: 1 }, moderatorLabel: 'threat' },
  ]);
  await db.actions.bulkAdd([
    { at: 30, actor: 'Sam', kind: 'captured', cause: 'moderator', itemKey: 'facebook:2', authorKey: 'facebook:north:a', incidentId: 'inc1', workspaceId: 'north', undoes: null, detail: 'Captured' },
    { at: 31, actor: 'Sam', kind: 'labelled', itemKey: 'facebook:1', detail: 'troll' },
  ]);
  await db.evidence.add({
    id: 'ev1', itemKey: 'facebook:2', workspaceId: 'north', incidentId: 'inc1', capturedAt: 30, capturedBy: 'Sam', auto: false, platform: 'facebook',
    label: 'threat', pageUrl: 'https://www.facebook.com/north/posts/1', permalink: null, author: { name: 'A. Person', profileUrl: null },
    text: 'You are all frauds', postedAt: null, postedText: '1h', screenshot: new Blob([PNG], { type: 'image/png' }), sha256: 'a'.repeat(64),
  });
  await db.ratings.bulkAdd([
    { pageKey: 'https://www.facebook.com/north/posts/1', at: 40, average: 4.2, count: 80 },
    { pageKey: 'https://www.facebook.com/default/posts/1', at: 41, average: 4.8, count: null },
  ]);
  await db.templates.bulkAdd([
    { id: 't1', workspaceId: 'north', lineage: 'offline', name: 'Take it offline', scenario: 'A genuine complaint', body: 'Please call {phone}.', status: 'approved', version: 1, approvedBy: 'Ada', approvedAt: 50, createdAt: 49, updatedAt: 50 },
    { id: 't2', workspaceId: 'default', lineage: 'thanks', name: 'Thanks', scenario: 'A supporter', body: 'Thank you.', status: 'draft', version: 1, approvedBy: null, approvedAt: null, createdAt: 51, updatedAt: 51 },
  ]);
  await db.roster.bulkAdd([
    { workspaceId: 'north', salt: 'c2FsdA', hashes: ['b'.repeat(64), 'c'.repeat(64)] },
    { workspaceId: 'default', salt: 'c2FsdB', hashes: ['d'.repeat(64)] },
  ]);
  await db.settings.put({ key: 'moderatorName', value: 'Sam' });
  await db.jobs.add({ id: 'job1', kind: 'hidden', label: null, itemKeys: ['facebook:1', 'facebook:3'], next: 1, actor: 'Sam', cause: 'moderator', createdAt: 60 });
}

/** fillEveryTable, with the summaries the background would keep for those items. */
export async function fillAndCount(db: KeelDb): Promise<void> {
  await fillEveryTable(db);
  await rebuildSummaries(db);
}
