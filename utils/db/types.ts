import type { Classification, ItemKind, Label, Platform, WorkspaceProfile } from '../model';

export interface Workspace {
  id: string;
  name: string;
  profile: WorkspaceProfile;
  createdAt: number;
}

export interface StoredItem {
  key: string;
  workspaceId: string;
  platform: Platform;
  kind: ItemKind;
  nativeId: string | null;
  parentId: string | null;
  pageKey: string;
  pageUrl: string;
  permalink: string | null;
  author: { name: string; profileUrl: string | null };
  authorKey: string;
  text: string;
  rating: number | null;
  postedAt: number | null;
  postedText: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
  label: Label;
  labelSource: 'auto' | 'moderator';
  confidence: Classification['confidence'];
  reasons: string[];
}

export interface Author {
  key: string;
  workspaceId: string;
  platform: Platform;
  profileUrl: string | null;
  names: string[];
  firstSeenAt: number;
  lastSeenAt: number;
  itemCount: number;
}

/** One row of the append-only audit log. */
export interface Action {
  seq?: number;
  at: number;
  actor: string;
  kind: 'labelled' | 'note';
  itemKey: string | null;
  detail: string;
}

export interface Setting {
  key: string;
  value: unknown;
}
