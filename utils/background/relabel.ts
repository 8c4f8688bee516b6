/**
 * A moderator's label: stored on the item, remembered for its author (it informs
 * that author's later items), and written to the audit log. Nothing is erased:
 * what Keel had said stays in the reasons and the log.
 */
import type { KeelDb, StoredItem } from '../db';
import { putItems } from './summaries';
import { LABEL_TEXT, type Label } from '../labels';
import { pageKey } from '../page-key';

export class RelabelError extends Error {
  override name = 'RelabelError';
}

export async function relabelItem(
  db: KeelDb,
  request: { key: string; label: Label },
  by: { actor: string; onlyPageUrl: string | null },
  now: number,
): Promise<Pick<StoredItem, 'key' | 'label' | 'confidence' | 'reasons'>> {
  return db.transaction('rw', [db.items, db.authors, db.actions, db.summaries], async () => {
    const item = await db.items.get(request.key);
    if (!item) throw new RelabelError('No such item.');
    if (by.onlyPageUrl !== null && item.pageKey !== pageKey(by.onlyPageUrl)) {
      throw new RelabelError('An item can only be labelled from its own page.');
    }
    const before = item.label;
    const keelSaid = item.labelSource === 'auto' ? [`Keel had said: ${LABEL_TEXT[before].name}.`] : [];
    const previous = item.reasons.filter((r) => !r.startsWith('You labelled this') && !r.startsWith('Keel had said'));
    const updated: StoredItem = {
      ...item,
      label: request.label,
      labelSource: 'moderator',
      needsReview: 0,
      confidence: 1,
      reasons: [`You labelled this ${LABEL_TEXT[request.label].name}.`, ...keelSaid, ...previous].slice(0, 20),
    };
    await putItems(db, [[item, updated]]);
    const author = await db.authors.get(item.authorKey);
    if (author) {
      const labels = { ...author.labels };
      labels[before] = Math.max(0, (labels[before] ?? 1) - 1);
      labels[request.label] = (labels[request.label] ?? 0) + 1;
      await db.authors.put({ ...author, labels, moderatorLabel: request.label });
    }
    await db.actions.add({
      at: now,
      actor: by.actor,
      kind: 'labelled',
      itemKey: item.key,
      authorKey: item.authorKey,
      incidentId: item.incidentId,
      workspaceId: item.workspaceId,
      detail: `${before} → ${request.label}`,
      cause: 'moderator',
    });
    return { key: updated.key, label: updated.label, confidence: updated.confidence, reasons: updated.reasons };
  });
}
