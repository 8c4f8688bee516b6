/**
 * The one message protocol between the content script, the extension pages and
 * the background. Every request and response has a Zod schema; the background
 * parses every message it receives and checks who sent it.
 */
import { z } from 'zod';
import { ClassificationSchema, LabelSchema, RawItemSchema } from '../model';

/** Who may send a message: a content script in a web page, or an extension page. */
export type SenderKind = 'content' | 'page';

export const MAX_BATCH = 500;

export const protocol = {
  /** A content script reports the items one processing slice found. */
  'items/observed': {
    from: ['content'],
    request: z.object({ items: z.array(RawItemSchema).min(1).max(MAX_BATCH) }),
    response: z.object({
      results: z.array(ClassificationSchema.extend({ key: z.string() })),
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
} as const satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }
>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

export const EnvelopeSchema = z.object({
  keel: z.literal(1),
  type: z.string().max(100),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
