// Sending side of the protocol. Imports only types, so the content script does
// not carry Zod: validation happens where messages are received.
import { browser } from 'wxt/browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export class KeelMessageError extends Error {
  override name = 'KeelMessageError';
}

/** What to tell the moderator about a failed request: the background's own words, without the message type it prefixes. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message.replace(/^[\w/]+: /, '') : String(err);
}

export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ keel: 1, type, payload })) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new KeelMessageError(`No answer to ${type}`);
  if (!reply.ok) throw new KeelMessageError(`${type}: ${reply.error}`);
  return reply.data;
}
