/** The shape of a message's specification, shared by the protocol's domain files. */
import type { z } from 'zod';

/** Who may send a message: a content script in a web page, or an extension page. */
export type SenderKind = 'content' | 'page';

export interface MessageSpec {
  /** Who may send it; anyone else is refused (and the attempt logged). */
  from: readonly SenderKind[];
  request: z.ZodType;
  response: z.ZodType;
}

export type MessageSpecs = Record<string, MessageSpec>;
