/** Evidence: capturing an item (text, author, permalink, time, cropped screenshot, SHA-256). */
import { z } from 'zod';
import { MAX_AUTO } from './limits';
import type { MessageSpecs } from './spec';

const px = z.number().finite().min(-1_000_000).max(1_000_000);

/** Where the item is, in CSS pixels of the viewport, as the content script measured it just now. */
export const ShotSchema = z.object({
  rect: z.object({ x: px, y: px, width: px.min(0), height: px.min(0) }),
  dpr: z.number().finite().min(0.1).max(16),
  /** The viewport's size in CSS pixels: the screenshot's scale is its width over this one's. */
  viewport: z.object({ width: z.number().finite().min(1).max(100_000), height: z.number().finite().min(1).max(100_000) }),
});
export type Shot = z.infer<typeof ShotSchema>;

const key = z.string().min(1).max(300);

/** What was stored, and a sentence for the moderator saying so (and why there is no picture, when there is none). */
export const CaptureResultSchema = z.object({
  id: z.string(),
  capturedAt: z.number(),
  screenshot: z.boolean(),
  sha256: z.string(),
  /** Why there is no screenshot, when there is none. */
  why: z.string().nullable(),
  /** The whole outcome in one sentence. */
  note: z.string(),
});
export type CaptureResult = z.infer<typeof CaptureResultSchema>;

export const evidenceMessages = {
  /**
   * A moderator captures an item. From its chip (a content script, which sends
   * where the item is on screen: only items of the page it runs in), or from an
   * extension page (key only: the background asks a tab showing the item where
   * it is, or stores the text alone when no tab shows it).
   */
  'evidence/capture': {
    from: ['content', 'page'],
    request: z.object({ key, shot: ShotSchema.optional() }),
    response: CaptureResultSchema,
  },
  /**
   * A content script saw threats (the workspace's rule "capture threats when
   * first seen"), a batch at a time. Each has its `shot` when the item is on
   * screen in a visible tab, else null: the text is stored now and the script
   * sends the shot once the item shows. Those on screen share one screenshot.
   * Nothing is stored twice: an item with a screenshot already is `done`; an
   * item not of this page, or not a threat, is `off`.
   */
  'evidence/auto': {
    from: ['content'],
    request: z.object({ threats: z.array(z.object({ key, shot: ShotSchema.nullable() })).min(1).max(MAX_AUTO) }),
    response: z.object({
      results: z.array(
        z.object({
          key: z.string(),
          status: z.enum(['off', 'done', 'captured', 'waiting']),
          note: z.string(),
        }),
      ),
    }),
  },
  /** What has been captured of an item: the newest capture, for its chip's panel. */
  'evidence/status': {
    from: ['content', 'page'],
    request: z.object({ key }),
    response: z.object({
      /** Captures stored, and how many of them hold a screenshot. */
      count: z.number().int().min(0),
      screenshots: z.number().int().min(0),
      last: z.object({ capturedAt: z.number(), auto: z.boolean() }).nullable(),
    }),
  },
} as const satisfies MessageSpecs;
