// Shared by the cleanup-queue e2e test and `npm run bench`. Runs in an extension
// page (evaluated from its source: it uses nothing from outside itself).

/** Writes an incident and `count` flagged items in it straight into Keel's store (test setup only: the product writes through the background). */
export async function seedIncident(count: number): Promise<void> {
  const pageUrl = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Many';
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('keel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['items', 'incidents'], 'readwrite');
  tx.objectStore('incidents').put({
    id: 'inc-many', workspaceId: 'default', pageKey: pageUrl, pageUrl, title: 'A very large pile-on', status: 'open', trigger: 'burst',
    openedAt: 1, openedBy: 'Keel', containedAt: null, resolvedAt: null, steps: {},
  });
  for (let i = 0; i < count; i++) {
    tx.objectStore('items').put({
      key: `facebook:many${i}`, workspaceId: 'default', platform: 'facebook', kind: 'comment', nativeId: `many${i}`, parentId: null,
      pageKey: pageUrl, pageUrl, permalink: `${pageUrl}?comment_id=many${i}`,
      author: { name: `Stranger ${i}`, profileUrl: `https://www.facebook.com/stranger.${i % 700}` }, authorKey: `facebook:https://www.facebook.com/stranger.${i % 700}`,
      text: `Boycott these clowns ${i}`, rating: null, postedAt: null, postedText: 'Just now', firstSeenAt: 1 + i, lastSeenAt: 1 + i, at: 1 + i,
      negative: true, firstTime: true, campaign: true, label: i % 97 === 0 ? 'threat' : 'troll', labelSource: 'auto', confidence: 0.9, reasons: ['Insults'],
      incidentId: 'inc-many', needsReview: 1, done: {},
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
