import type { Classification, ItemKind, Label, Platform, WorkspaceProfile } from '../model';
import type { Pack } from '../packs/schema';

export interface Workspace {
  id: string;
  name: string;
  profile: WorkspaceProfile;
  rules: WorkspaceRules;
  createdAt: number;
}

/** A workspace's own rules: how fast to acknowledge, what to capture and notify, words it always flags. */
export interface WorkspaceRules {
  /** A genuine complaint is acknowledged within this many minutes (the genuine-complaint playbook). */
  ackTargetMinutes: number;
  /** Threats are captured as evidence when first seen. */
  autoCaptureThreats: boolean;
  /** A browser notification when an incident opens. */
  notifyOnIncident: boolean;
  /** Words or phrases that always flag an item as a troll on this workspace's pages. */
  blockedTerms: string[];
}

export const DEFAULT_RULES: WorkspaceRules = { ackTargetMinutes: 60, autoCaptureThreats: true, notifyOnIncident: true, blockedTerms: [] };

/** What a moderator has done to an item on the platform (or in Keel), each with when it was last done. */
export const DONE_KINDS = ['captured', 'reported', 'hidden', 'deleted', 'banned', 'replied-offline', 'contacted', 'escalated'] as const;
export type DoneKind = (typeof DONE_KINDS)[number];

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
  /** The incident it belongs to, if any. */
  incidentId: string | null;
  /** 1 while it is flagged (threat, troll, spam) and no moderator has looked at it: the toolbar badge counts these. */
  needsReview: 0 | 1;
  /** What has been done about it, and when (the latest time of each). */
  done: Partial<Record<DoneKind, number>>;
}

export interface Author {
  key: string;
  workspaceId: string;
  platform: Platform;
  profileUrl: string | null;
  names: string[];
  /** The names folded for matching across platforms (utils/authors/name.ts), indexed. */
  nameKeys: string[];
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

export const ACTION_KINDS = [
  'labelled',
  ...DONE_KINDS,
  'note',
  'undone',
  'incident',
  'step',
  'configured',
  /** A message Keel refused: from a sender not allowed to send it, or malformed (see utils/background/refusals.ts). */
  'refused',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * One row of the append-only audit log. Rows are only ever added: an undo is a
 * new row (`undone`, with `undoes` naming the row it reverses).
 */
export interface Action {
  seq?: number;
  at: number;
  actor: string;
  kind: ActionKind;
  /** What caused it: "moderator", "classifier", "burst", "rule", "import" … */
  cause?: string;
  itemKey: string | null;
  /** The item's author, so an author's touch points are one index away. */
  authorKey?: string | null;
  incidentId?: string | null;
  workspaceId?: string | null;
  /** The row this one reverses (kind `undone`). */
  undoes?: number | null;
  detail: string;
}

export type IncidentStatus = 'open' | 'contained' | 'resolved';

/** An attack on one page, or anything a moderator chose to track as one. */
export interface Incident {
  id: string;
  workspaceId: string;
  pageKey: string;
  pageUrl: string;
  title: string;
  status: IncidentStatus;
  trigger: 'burst' | 'manual';
  openedAt: number;
  openedBy: string;
  containedAt: number | null;
  resolvedAt: number | null;
  /** Playbook steps ticked: step id → when. */
  steps: Record<string, number>;
}

/** A page's average rating as the platform showed it at a time. */
export interface RatingPoint {
  id?: number;
  pageKey: string;
  at: number;
  average: number;
  count: number | null;
}

/** What was captured of an item before anything was done to it. */
export interface EvidenceRow {
  id: string;
  itemKey: string;
  workspaceId: string;
  incidentId: string | null;
  capturedAt: number;
  capturedBy: string;
  /** Captured without a moderator asking (a threat, when first seen). */
  auto: boolean;
  platform: Platform;
  label: Label;
  pageUrl: string;
  permalink: string | null;
  author: { name: string; profileUrl: string | null };
  text: string;
  postedAt: number | null;
  postedText: string | null;
  /** PNG of the item as it was on screen, cropped; null until a screenshot could be taken. */
  screenshot: Blob | null;
  /** SHA-256 (hex) over the captured fields and the screenshot's bytes (see utils/evidence). */
  sha256: string;
}

export type TemplateStatus = 'draft' | 'approved' | 'retired';

/** One version of a reply template. Editing an approved one adds a new draft version. */
export interface TemplateRow {
  id: string;
  workspaceId: string;
  /** Every version of one template shares it. */
  lineage: string;
  name: string;
  scenario: string;
  body: string;
  /** The labels of the items it answers (offered for them); none: a statement for the page, offered first during a pile-on. */
  labels?: Label[];
  status: TemplateStatus;
  version: number;
  approvedBy: string | null;
  approvedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A batch of actions the background works through one item at a time; it survives the worker being stopped. */
export interface JobRow {
  id: string;
  kind: DoneKind | 'labelled';
  label: Label | null;
  itemKeys: string[];
  /** Index of the next item to do: everything before it is stored. */
  next: number;
  actor: string;
  cause: string;
  createdAt: number;
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

/** What the popup shows about a page, kept up to date as its items change (utils/background/summaries.ts). */
export interface PageSummary {
  /** `page\n` + the page key. */
  id: string;
  kind: 'page';
  pageKey: string;
  total: number;
  counts: Record<Label, number>;
  /** Items that look coordinated. */
  campaign: number;
  /** Keys of its newest flagged items, threats first (up to FLAGGED_KEPT). */
  flagged: string[];
  /**
   * Every item's key hashed, all together (xor of 32-bit hashes): another value
   * whenever an item comes or goes, and what counting from scratch gives.
   */
  keys: number;
  /** Of `counts.supporter`: items the business itself posted (its replies), which the popup keeps apart. */
  own: number;
}

/** What the popup shows about an incident's items, kept up to date as they change. */
export interface IncidentSummary {
  /** `incident\n` + the incident's id. */
  id: string;
  kind: 'incident';
  incidentId: string;
  total: number;
  /** Labelled by a moderator or marked done in some way. */
  handled: number;
  counts: Record<Label, number>;
  platforms: Partial<Record<Platform, number>>;
  /** How many items carry each mark. */
  done: Partial<Record<DoneKind, number>>;
  /** Items whose reasons point at extortion (not a patient's or supporter's). */
  extortion: number;
}

export type Summary = PageSummary | IncidentSummary;
