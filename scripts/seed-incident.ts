// Shared by the cleanup-queue e2e test and `npm run bench`: written from an
// extension page with writeStoresCall (scripts/seed-store.ts).
import { type StoreWrite, storeWrite } from './seed-store';

/** An incident and `count` flagged items in it, as writes for writeStores (test setup only: the product writes through the background). */
export function incidentSeed(count: number): StoreWrite[] {
  const pageUrl = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Many';
  const incident = {
    id: 'inc-many', workspaceId: 'default', pageKey: pageUrl, pageUrl, title: 'A very large pile-on', status: 'open', trigger: 'burst',
    openedAt: 1, openedBy: 'Keel', containedAt: null, resolvedAt: null, steps: {},
  };
  const items = Array.from({ length: count }, (_, i) => ({
    key: `facebook:many${i}`, workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: `many${i}`, parentId: null,
    pageKey: pageUrl, pageUrl, permalink: `${pageUrl}?comment_id=many${i}`,
    author: { name: `Stranger ${i}`, profileUrl: `https://www.facebook.com/stranger.${i % 700}` }, authorKey: `facebook:https://www.facebook.com/stranger.${i % 700}`,
    text: `Boycott these clowns ${i}`, rating: null, postedAt: null, postedText: 'Just now', firstSeenAt: 1 + i, lastSeenAt: 1 + i, at: 1 + i,
    negative: true, firstTime: true, campaign: true, label: i % 97 === 0 ? 'threat' : 'troll', labelSource: 'auto', confidence: 0.9, reasons: ['Insults'],
    incidentId: 'inc-many', needsReview: 1, done: {},
  }));
  return [storeWrite('incidents', [incident]), storeWrite('items', items)];
}
