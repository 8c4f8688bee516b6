/**
 * One Zod schema per IndexedDB table, for the rows of the current schema
 * version as a backup carries them. Strict objects: a field Keel does not know
 * is refused by name rather than stored unseen. Each schema is checked against
 * the row type at compile time (`satisfies`), so a field added to a row type
 * without a schema here fails `tsc`.
 *
 * Every string has a length cap: a backup is a file from outside, and one
 * enormous field must not reach IndexedDB.
 */
import { z } from 'zod';
import type {
  Action,
  Author,
  EvidenceRow,
  Incident,
  JobRow,
  PackRow,
  PageRow,
  RatingPoint,
  RosterRow,
  Setting,
  StoredItem,
  TemplateRow,
  Workspace,
} from '../db/types';
import { ACTION_KINDS, DONE_KINDS } from '../db/types';
import { LabelSchema, PlatformSchema, WorkspaceProfileSchema } from '../model';
import { PackSchema } from '../packs/schema';
import { WorkspaceRulesSchema } from '../config/schema';

const id = z.string().min(1).max(300);
const text = (max: number) => z.string().max(max);
const time = z.number().int().min(0).max(8.64e15);
const nullableTime = time.nullable();
const href = z.string().max(4_000);

export const WorkspaceRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  profile: z.strictObject(WorkspaceProfileSchema.shape),
  rules: z.strictObject(WorkspaceRulesSchema.shape),
  createdAt: time,
}) satisfies z.ZodType<Workspace>;

export const PageRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  workspaceId: z.string().min(1).max(100),
  url: href.min(1),
  adapter: z.string().min(1).max(100),
  origins: z.array(text(500)).max(50),
  addedAt: time,
}) satisfies z.ZodType<PageRow>;

export const PackRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  pack: PackSchema,
  updatedAt: time,
}) satisfies z.ZodType<PackRow>;

const doneSchema = z.partialRecord(z.enum(DONE_KINDS), time);

export const ItemRowSchema = z.strictObject({
  key: id,
  workspaceId: z.string().min(1).max(100),
  platform: PlatformSchema,
  kind: z.enum(['comment', 'reply', 'review']),
  nativeId: text(200).nullable(),
  parentId: text(300).nullable(),
  pageKey: href,
  pageUrl: href,
  permalink: href.nullable(),
  author: z.strictObject({ name: text(2_000), profileUrl: href.nullable() }),
  authorKey: id,
  text: text(200_000),
  rating: z.number().int().min(1).max(5).nullable(),
  postedAt: nullableTime,
  postedText: text(2_000).nullable(),
  firstSeenAt: time,
  lastSeenAt: time,
  at: time,
  negative: z.boolean(),
  firstTime: z.boolean(),
  campaign: z.boolean(),
  label: LabelSchema,
  labelSource: z.enum(['auto', 'moderator']),
  confidence: z.number().min(0).max(1),
  reasons: z.array(text(500)).max(50),
  incidentId: z.string().min(1).max(100).nullable(),
  needsReview: z.union([z.literal(0), z.literal(1)]),
  done: doneSchema,
}) satisfies z.ZodType<StoredItem>;

export const AuthorRowSchema = z.strictObject({
  key: id,
  workspaceId: z.string().min(1).max(100),
  platform: PlatformSchema,
  profileUrl: href.nullable(),
  names: z.array(text(2_000)).max(1_000),
  nameKeys: z.array(text(2_000)).max(1_000),
  firstSeenAt: time,
  lastSeenAt: time,
  itemCount: z.number().int().min(0),
  labels: z.partialRecord(LabelSchema, z.number().int().min(0)),
  moderatorLabel: LabelSchema.nullable(),
}) satisfies z.ZodType<Author>;

export const ActionRowSchema = z.strictObject({
  seq: z.number().int().min(1),
  at: time,
  actor: text(200),
  kind: z.enum(ACTION_KINDS),
  cause: text(100).optional(),
  itemKey: id.nullable(),
  authorKey: id.nullable().optional(),
  incidentId: z.string().min(1).max(100).nullable().optional(),
  workspaceId: z.string().min(1).max(100).nullable().optional(),
  undoes: z.number().int().min(1).nullable().optional(),
  detail: text(2_000),
}) satisfies z.ZodType<Action>;

export const IncidentRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  workspaceId: z.string().min(1).max(100),
  pageKey: href,
  pageUrl: href,
  title: text(500),
  status: z.enum(['open', 'contained', 'resolved']),
  trigger: z.enum(['burst', 'manual']),
  openedAt: time,
  openedBy: text(200),
  containedAt: nullableTime,
  resolvedAt: nullableTime,
  steps: z.record(z.string().max(100), time),
}) satisfies z.ZodType<Incident>;

/** A PNG's first eight bytes, base64: "\x89PNG\r\n\x1a\n". */
const PNG_BASE64 = 'iVBORw0KGgo';
/** Evidence keeps its screenshot as base64 PNG in a backup (JSON has no bytes). */
export const MAX_SCREENSHOT_BASE64 = 20_000_000;

export const EvidenceRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  itemKey: id,
  workspaceId: z.string().min(1).max(100),
  incidentId: z.string().min(1).max(100).nullable(),
  capturedAt: time,
  capturedBy: text(200),
  auto: z.boolean(),
  platform: PlatformSchema,
  label: LabelSchema,
  pageUrl: href,
  permalink: href.nullable(),
  author: z.strictObject({ name: text(2_000), profileUrl: href.nullable() }),
  text: text(200_000),
  postedAt: nullableTime,
  postedText: text(2_000).nullable(),
  screenshot: z
    .string()
    .max(MAX_SCREENSHOT_BASE64)
    // Padded to whole groups of four, as Keel writes it: a cut or torn string is refused here, not by the decoder.
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'is not base64')
    .refine((s) => s.startsWith(PNG_BASE64), 'is not a PNG image')
    .nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex'),
}) satisfies z.ZodType<Omit<EvidenceRow, 'screenshot'> & { screenshot: string | null }>;
export type EvidenceBackupRow = z.infer<typeof EvidenceRowSchema>;

export const RatingRowSchema = z.strictObject({
  id: z.number().int().min(1),
  pageKey: href,
  at: time,
  average: z.number().min(0).max(100),
  count: z.number().int().min(0).nullable(),
}) satisfies z.ZodType<RatingPoint>;

export const TemplateRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  workspaceId: z.string().min(1).max(100),
  lineage: z.string().min(1).max(100),
  name: text(200).min(1),
  scenario: text(500),
  body: text(5_000).min(1),
  labels: z.array(LabelSchema).max(6).optional(),
  status: z.enum(['draft', 'approved', 'retired']),
  version: z.number().int().min(1).max(1_000_000),
  approvedBy: text(200).nullable(),
  approvedAt: nullableTime,
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<TemplateRow>;

export const RosterRowSchema = z.strictObject({
  workspaceId: z.string().min(1).max(100),
  salt: z.string().min(1).max(200),
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex')).max(200_000),
}) satisfies z.ZodType<RosterRow>;

export const SettingRowSchema = z.strictObject({
  key: z.string().min(1).max(200),
  value: z.json().refine((v) => JSON.stringify(v).length <= 100_000, 'is larger than 100,000 characters'),
}) satisfies z.ZodType<Setting>;

export const JobRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(['labelled', ...DONE_KINDS]),
  label: LabelSchema.nullable(),
  itemKeys: z.array(id).max(100_000),
  next: z.number().int().min(0),
  actor: text(200),
  cause: text(100),
  createdAt: time,
}) satisfies z.ZodType<JobRow>;

/** Every table of the database, in the order a backup lists (and a restore checks) them. */
export const ROW_SCHEMAS = {
  workspaces: WorkspaceRowSchema,
  pages: PageRowSchema,
  packs: PackRowSchema,
  items: ItemRowSchema,
  authors: AuthorRowSchema,
  actions: ActionRowSchema,
  incidents: IncidentRowSchema,
  evidence: EvidenceRowSchema,
  ratings: RatingRowSchema,
  templates: TemplateRowSchema,
  roster: RosterRowSchema,
  settings: SettingRowSchema,
  jobs: JobRowSchema,
} as const;

export type TableName = keyof typeof ROW_SCHEMAS;
export const TABLES = Object.keys(ROW_SCHEMAS) as TableName[];

/** Each table's primary key, to name a row and to find duplicates. */
export const PRIMARY_KEY: Record<TableName, string> = {
  workspaces: 'id',
  pages: 'id',
  packs: 'id',
  items: 'key',
  authors: 'key',
  actions: 'seq',
  incidents: 'id',
  evidence: 'id',
  ratings: 'id',
  templates: 'id',
  roster: 'workspaceId',
  settings: 'key',
  jobs: 'id',
};
