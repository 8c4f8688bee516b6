import type { Classification, ItemKind, Label, Platform, WorkspaceProfile } from '../model';
import type { Pack } from '../packs/schema';

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
  /** When it was posted, as well as Keel can tell (absolute, relative, or first seen). */
  at: number;
  /** Negative in tone or rating (counts towards bursts). */
  negative: boolean;
  /** The author's first item on this page. */
  firstTime: boolean;
  /** Part of a detected campaign. */
  campaign: boolean;
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
  /** How often each label was given to this author's items. */
  labels: Partial<Record<Label, number>>;
  /** The label a moderator last gave one of this author's items: it informs the next. */
  moderatorLabel: Label | null;
}

/** The workspace's patient roster: a salt and SHA-256 hashes of normalised names. */
export interface RosterRow {
  workspaceId: string;
  salt: string;
  hashes: string[];
}

/** One row of the append-only audit log. */
export interface Action {
  seq?: number;
  at: number;
  actor: string;
  kind: 'labelled' | 'note' | 'configured';
  /** What caused it: "moderator", "classifier", an incident … */
  cause?: string;
  itemKey: string | null;
  detail: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** One of the business's own pages: Keel reads it and everything under it, and nothing else. */
export interface PageRow {
  id: string;
  workspaceId: string;
  /** The account's root address (see utils/pages.ts). */
  url: string;
  /** A built-in platform, or a selector pack's id. */
  adapter: string;
  /** The host permissions granted for it. */
  origins: string[];
  addedAt: number;
}

/** A selector pack, as imported (validated with PackSchema). */
export interface PackRow {
  id: string;
  pack: Pack;
  updatedAt: number;
}
