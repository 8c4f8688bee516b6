/**
 * Receiving side of the protocol, for the background. Parses the envelope and
 * the payload with Zod, checks the sender against the message's allowed
 * senders, and answers `{ ok, data | error }`. Nothing unparsed reaches a handler.
 */
import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import {
  EnvelopeSchema,
  type MessageType,
  type Protocol,
  protocol,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import type { MessageSpecs } from './spec';
import { errorMessage } from '../storage-errors';

export interface SenderInfo {
  kind: SenderKind;
  /** URL of the frame that sent it: the page for a content script. */
  url: string;
  tabId: number | null;
}

/** Handlers for one domain's messages (see the msg-*.ts files). */
export type HandlersOf<P extends MessageSpecs> = {
  [T in keyof P]: (payload: z.infer<P[T]['request']>, sender: SenderInfo) => Promise<z.infer<P[T]['response']>>;
};

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>>;
};

/** Classifies a sender from what the browser (not the message) says about it. */
export function senderKind(sender: Browser.runtime.MessageSender): SenderInfo | null {
  if (sender.id !== browser.runtime.id || !sender.url) return null;
  const extensionOrigin = browser.runtime.getURL('/');
  if (sender.url.startsWith(extensionOrigin)) {
    return { kind: 'page', url: sender.url, tabId: sender.tab?.id ?? null };
  }
  if (sender.tab?.id !== undefined && /^https?:\/\//.test(sender.url)) {
    return { kind: 'content', url: sender.url, tabId: sender.tab.id };
  }
  return null;
}

export type RefusalLog = (why: string, detail: { type?: string; url?: string }) => void;

/** Validates and dispatches one message. Exported for tests. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  rawSender: Browser.runtime.MessageSender,
  refuse: RefusalLog,
): Promise<Reply<unknown>> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) {
    refuse('malformed envelope', { url: rawSender.url });
    return { ok: false, error: 'Malformed message: expected { keel: 1, type, payload }.' };
  }
  const { type, payload } = envelope.data;
  if (!Object.hasOwn(protocol, type)) {
    refuse('unknown type', { type, url: rawSender.url });
    return { ok: false, error: `Unknown message type "${type}".` };
  }
  const t = type as MessageType;
  const spec: Protocol[MessageType] = protocol[t];
  const sender = senderKind(rawSender);
  if (!sender || !(spec.from as readonly SenderKind[]).includes(sender.kind)) {
    refuse('sender not allowed', { type, url: rawSender.url });
    return { ok: false, error: `"${type}" is not accepted from this sender.` };
  }
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    refuse('invalid payload', { type, url: rawSender.url });
    return { ok: false, error: `Invalid "${type}" payload: ${z.prettifyError(parsed.error)}` };
  }
  try {
    const handler = handlers[t] as (p: unknown, s: SenderInfo) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (err) {
    console.error(`[keel] ${type} failed`, err);
    // Storage trouble (out of space, a blocked upgrade, no IndexedDB) in plain words: what failed and what to do.
    return { ok: false, error: errorMessage(err) };
  }
}

/** Installs the one runtime.onMessage listener of the background. */
export function listen(handlers: Handlers, refuse: RefusalLog): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, sender, refuse).then(sendResponse);
    // true keeps the channel open for sendResponse, in Chrome, Firefox and fakeBrowser alike.
    return true;
  });
}
