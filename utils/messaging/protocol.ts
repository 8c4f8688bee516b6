/**
 * The one message protocol between the content script, the extension pages and
 * the background. Every request and response has a Zod schema; the background
 * parses every message it receives and checks who sent it.
 */
import { z } from 'zod';
import { ClassificationSchema, LabelSchema, RawItemSchema } from '../model';
import { PackSchema } from '../packs/schema';

import { authorMessages } from './msg-authors';
import { dataMessages } from './msg-data';
import { evidenceMessages } from './msg-evidence';
import { incidentMessages } from './msg-incidents';
import { queueMessages } from './msg-queue';
import { ratingMessages } from './msg-ratings';
import { templateMessages } from './msg-templates';
import type { MessageSpecs } from './spec';

export type { SenderKind } from './spec';

export const MAX_BATCH = 500;

const count = z.number().int().min(0).max(10_000_000);

/** How an adapter fared on a page: what the popup's health notice is made from. */
export const PageHealthSchema = z.object({
  /** Items read (each native id once). */
  found: count,
  /** Of those, items read without an author name, and without text. */
  emptyAuthor: count,
  emptyText: count,
  /** Errors the scanner caught (a selector the browser refused, a read that threw). */
  errors: count,
  /** When the first full scan ended (epoch ms). */
  at: z.number().int().min(0),
});
export type PageHealth = z.infer<typeof PageHealthSchema>;

/** What a pack finds on a page: counts, empty fields, and the first few items read. */
export const PackTestResultSchema = z.object({
  url: z.string(),
  found: count,
  emptyAuthor: count,
  emptyText: count,
  error: z.string().nullable(),
  sample: z.array(RawItemSchema).max(5),
});
export type PackTestResult = z.infer<typeof PackTestResultSchema>;

const PageRowSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  url: z.string(),
  adapter: z.string(),
  origins: z.array(z.string()),
  addedAt: z.number(),
});

const coreMessages = {
  /** A content script reports the items one processing slice found. */
  'items/observed': {
    from: ['content'],
    request: z
      .object({
        items: z.array(RawItemSchema).min(1).max(MAX_BATCH),
        /**
         * Item by item, the key the background gave it when it was read before,
         * else null: an item read again because its words changed (opened in
         * full, edited). One without a native id is keyed by its words, and
         * stays the row it was.
         */
        was: z.array(z.string().min(1).max(300).nullable()).max(MAX_BATCH).optional(),
      })
      .refine((r) => r.was === undefined || r.was.length === r.items.length, { message: 'was must give one key or null for each item', path: ['was'] }),
    response: z.object({
      results: z.array(ClassificationSchema.extend({ key: z.string(), own: z.boolean() })),
    }),
  },
  /**
   * A moderator sets an item's label (from its chip, or from an extension page).
   * A content script may only label items of the page it runs in.
   */
  'items/relabel': {
    from: ['content', 'page'],
    request: z.object({ key: z.string().min(1).max(300), label: LabelSchema }),
    response: ClassificationSchema.extend({ key: z.string() }),
  },
  /**
   * Replaces the active workspace's patient roster. The names are hashed (salted
   * SHA-256) by the background at once; only the hashes are stored.
   */
  'roster/replace': {
    from: ['page'],
    request: z.object({ names: z.array(z.string().trim().min(1).max(200)).max(100_000) }),
    response: z.object({ count: z.number().int() }),
  },
  /** Sets the moderator's name written into the audit log. */
  'settings/moderator-name': {
    from: ['page'],
    request: z.object({ name: z.string().trim().max(100) }),
    response: z.object({ name: z.string() }),
  },
  /**
   * A content script asks whether its page is one of the business's own. `url`
   * is the address the page shows now: after a client-side navigation the
   * browser's sender URL can lag behind it, so the background takes `url` only
   * on the sender's own origin. `owner` is the account the adapter read off the
   * page where the address does not name it.
   */
  'page/lookup': {
    from: ['content'],
    request: z.object({
      url: z.url({ protocol: /^https?$/ }).max(4_000),
      owner: z.url({ protocol: /^https?$/ }).max(2_000).nullable(),
    }),
    response: z.discriminatedUnion('watched', [
      z.object({ watched: z.literal(false) }),
      z.object({
        watched: z.literal(true),
        pageId: z.string(),
        adapter: z.string(),
        pack: PackSchema.nullable(),
      }),
    ]),
  },
  /** A content script reports how its adapter fared, after each full scan. */
  'page/health': {
    from: ['content'],
    request: PageHealthSchema,
    response: z.object({ stored: z.boolean() }),
  },
  /**
   * The popup found a page's summary holding a different number of items than
   * the page has (cheap to compare: an index count): the background counts that
   * page's summaries again from its items.
   */
  'summaries/check': {
    from: ['page'],
    request: z.object({ pageKey: z.string().min(1).max(4_000) }),
    response: z.object({ recounted: z.boolean() }),
  },
  /** Adds one of the business's pages (the extension page has asked for host access first). */
  'pages/add': {
    from: ['page'],
    request: z.object({ url: z.string().trim().min(1).max(4_000), workspaceId: z.string().min(1).max(100).optional() }),
    response: PageRowSchema,
  },
  'pages/remove': {
    from: ['page'],
    request: z.object({ id: z.string().min(1).max(100) }),
    response: z.object({ removed: z.boolean() }),
  },
  /** Stores a selector pack: `replace` from the editor, `merge` (keep the higher version) from an import. */
  'packs/save': {
    from: ['page'],
    request: z.object({ pack: PackSchema, mode: z.enum(['replace', 'merge']) }),
    response: z.object({ id: z.string(), stored: z.boolean() }),
  },
  'packs/remove': {
    from: ['page'],
    request: z.object({ id: z.string().min(1).max(100) }),
    response: z.object({ removed: z.boolean() }),
  },
  /**
   * "Pick a comment on the page" proposes a pack: it is opened in options for
   * the user to check and save. Nothing is stored by this message.
   */
  'packs/draft': {
    from: ['content'],
    request: z.object({ pack: PackSchema }),
    response: z.object({ opened: z.boolean() }),
  },
  /** Runs a pack over what a tab shows now, without storing anything. */
  'packs/test': {
    from: ['page'],
    request: z.object({ pack: PackSchema, tabId: z.number().int().min(0) }),
    response: PackTestResultSchema,
  },
} as const satisfies MessageSpecs;

/** Every message, by domain (each domain's file says what its messages do and who may send them). */
export const protocol = {
  ...coreMessages,
  ...incidentMessages,
  ...authorMessages,
  ...evidenceMessages,
  ...dataMessages,
  ...ratingMessages,
  ...templateMessages,
  ...queueMessages,
} as const satisfies MessageSpecs;

export type Protocol = typeof protocol;

/** Messages the background sends to a content script (from the extension only; checked by sender id). */
export type ToContent =
  | { keel: 1; type: 'pack/test'; pack: z.infer<typeof PackSchema> }
  | { keel: 1; type: 'page/stop' }
  /** Bring an item on screen (a moderator asked to capture it, or moved the cleanup queue to it: `highlight`) and answer where it is: a Shot (msg-evidence.ts) or null. */
  | { keel: 1; type: 'item/locate'; key: string; highlight?: boolean };
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

export const EnvelopeSchema = z.object({
  keel: z.literal(1),
  type: z.string().max(100),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
