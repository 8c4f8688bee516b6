/**
 * An author's history ("keep track"), as the background answers it and the
 * popup shows it: who they are on one platform, their items across the
 * workspace's pages, what was done about them, the business's replies to them,
 * and authors of the same name elsewhere (possible matches, never merged).
 * The content script imports only the types (no Zod in the page).
 */
import { z } from 'zod';
import { ACTION_KINDS } from '../db/types';
import { ItemKindSchema, LabelSchema, PlatformSchema } from '../model';

/** At most this many items, actions, replies and matches are listed (the totals are given too). */
export const HISTORY_LIMIT = 50;
export const MATCH_LIMIT = 10;

const time = z.number().int().min(0);
const count = z.number().int().min(0);
const key = z.string().min(1).max(4_300);
const httpUrl = z.string().max(4_000).nullable();

export const HistoryItemSchema = z.object({
  key,
  platform: PlatformSchema,
  kind: ItemKindSchema,
  pageUrl: z.string().max(4_000),
  permalink: httpUrl,
  /** Possibly shortened (the chip shows a line of each). */
  text: z.string().max(2_001),
  at: time,
  label: LabelSchema,
  labelSource: z.enum(['auto', 'moderator']),
});

export const HistoryActionSchema = z.object({
  seq: count,
  kind: z.enum(ACTION_KINDS),
  at: time,
  actor: z.string().max(200),
  detail: z.string().max(2_000),
  itemKey: key.nullable(),
  /** A later `undone` row reverses it. */
  undone: z.boolean(),
});

/** The business answering this author: a reply on the page, or an action done off it. */
export const HistoryReplySchema = z.discriminatedUnion('via', [
  z.object({
    via: z.literal('page'),
    key,
    /** The author's item it answers. */
    inReplyTo: key,
    pageUrl: z.string().max(4_000),
    permalink: httpUrl,
    text: z.string().max(2_001),
    at: time,
  }),
  z.object({
    via: z.enum(['replied-offline', 'contacted']),
    at: time,
    actor: z.string().max(200),
    detail: z.string().max(2_000),
    itemKey: key.nullable(),
  }),
]);

/** Another author of the workspace with the same name: maybe the same person, maybe not. */
export const PossibleMatchSchema = z.object({
  key,
  platform: PlatformSchema,
  names: z.array(z.string().max(2_000)).max(20),
  profileUrl: httpUrl,
  itemCount: count,
  lastSeenAt: time,
  moderatorLabel: LabelSchema.nullable(),
});

export const AuthorHistorySchema = z.object({
  /** The item the history was asked for. */
  itemKey: key,
  author: z.object({
    key,
    platform: PlatformSchema,
    names: z.array(z.string().max(2_000)).max(20),
    profileUrl: httpUrl,
    firstSeenAt: time,
    lastSeenAt: time,
    /** Items in this workspace. */
    itemCount: count,
    /** Distinct pages those items are on. */
    pageCount: count,
    /** Current label of each of their items, counted. */
    labels: z.partialRecord(LabelSchema, count),
    /** The label a moderator last gave one of their items. */
    moderatorLabel: LabelSchema.nullable(),
  }),
  /** Newest first. */
  items: z.array(HistoryItemSchema).max(HISTORY_LIMIT),
  /** Newest first. */
  actions: z.array(HistoryActionSchema).max(HISTORY_LIMIT),
  actionCount: count,
  /** Newest first. */
  replies: z.array(HistoryReplySchema).max(HISTORY_LIMIT),
  replyCount: count,
  matches: z.array(PossibleMatchSchema).max(MATCH_LIMIT),
  matchCount: count,
});

export type HistoryItem = z.infer<typeof HistoryItemSchema>;
export type HistoryAction = z.infer<typeof HistoryActionSchema>;
export type HistoryReply = z.infer<typeof HistoryReplySchema>;
export type PossibleMatch = z.infer<typeof PossibleMatchSchema>;
export type AuthorHistory = z.infer<typeof AuthorHistorySchema>;
