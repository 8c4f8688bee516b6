/** Plain stored rows for the export builders' tests (invented names and words). */
import type { Action, EvidenceRow, Incident, StoredItem } from '@/utils/db/types';
import type { Label } from '@/utils/labels';

export const T0 = Date.UTC(2026, 2, 4, 9, 0, 0);
export const MIN = 60_000;
export const PAGE = 'https://www.facebook.com/HarboursideDental/posts/123';

export function item(n: number, label: Label, over: Partial<StoredItem> = {}): StoredItem {
  return {
    key: `facebook:c${n}`,
    workspaceId: 'ws1',
    platform: 'facebook',
    kind: 'comment',
    nativeId: `c${n}`,
    parentId: null,
    pageKey: PAGE,
    pageUrl: PAGE,
    permalink: `${PAGE}?comment_id=c${n}`,
    author: { name: `Author ${n}`, profileUrl: `https://www.facebook.com/author${n}` },
    authorKey: `facebook:https://www.facebook.com/author${n}`,
    text: `Comment number ${n}`,
    rating: null,
    postedAt: null,
    postedText: '1h',
    firstSeenAt: T0 + n * MIN,
    lastSeenAt: T0 + n * MIN,
    at: T0 + n * MIN,
    negative: label === 'troll' || label === 'threat',
    firstTime: true,
    campaign: false,
    label,
    labelSource: 'auto',
    confidence: 0.8,
    reasons: [],
    incidentId: 'inc1',
    needsReview: label === 'genuine' ? 0 : 1,
    done: {},
    ...over,
  };
}

export const INCIDENT: Incident = {
  id: 'inc1',
  workspaceId: 'ws1',
  pageKey: PAGE,
  pageUrl: PAGE,
  title: 'Pile-on under the March post',
  status: 'contained',
  trigger: 'burst',
  openedAt: T0 + 5 * MIN,
  openedBy: 'Keel',
  containedAt: T0 + 95 * MIN,
  resolvedAt: null,
  steps: { capture: T0 + 30 * MIN, 'tell-staff': T0 + 31 * MIN },
};

export function action(seq: number, at: number, kind: Action['kind'], itemKey: string | null, over: Partial<Action> = {}): Action {
  return { seq, at, actor: 'Dana (front desk)', kind, cause: 'moderator', itemKey, incidentId: 'inc1', workspaceId: 'ws1', detail: '', ...over };
}

export function evidence(id: string, itemKey: string, capturedAt: number, over: Partial<EvidenceRow> = {}): EvidenceRow {
  return {
    id,
    itemKey,
    workspaceId: 'ws1',
    incidentId: 'inc1',
    capturedAt,
    capturedBy: 'Dana (front desk)',
    auto: false,
    platform: 'facebook',
    label: 'threat',
    pageUrl: PAGE,
    permalink: `${PAGE}?comment_id=x`,
    author: { name: 'Someone', profileUrl: null },
    text: 'captured text',
    postedAt: null,
    postedText: '1h',
    screenshot: null,
    sha256: 'a'.repeat(64),
    ...over,
  };
}
