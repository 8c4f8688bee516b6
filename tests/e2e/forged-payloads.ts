/**
 * Forged and malformed messages, made from the protocol itself: every message a
 * content script may not send, and for every message a payload with each field
 * of the wrong kind. A message added to the protocol is covered without editing
 * the tests (tests/unit/forged.test.ts, tests/e2e/forged.spec.ts).
 */
import { z } from 'zod';
import { type MessageType, protocol } from '../../utils/messaging/protocol';

const TYPES = Object.keys(protocol) as MessageType[];

/** Messages only Keel's own pages may send (edit, delete, wipe, restore, approve…). */
export const PAGE_ONLY: MessageType[] = TYPES.filter((t) => !(protocol[t].from as readonly string[]).includes('content'));
/** Messages a content script may send. */
export const FROM_CONTENT: MessageType[] = TYPES.filter((t) => (protocol[t].from as readonly string[]).includes('content'));
/** Messages an extension page may send. */
export const FROM_PAGE: MessageType[] = TYPES.filter((t) => (protocol[t].from as readonly string[]).includes('page'));

/** Values of every JSON kind: for each field, the first its schema refuses is used. */
const CANDIDATES: unknown[] = [{ nested: true }, 'text', 12_345, true, null, [], -1.5];

export interface WrongPayload {
  payload: unknown;
  /** The fields given a value of the wrong kind: the error must name each. */
  fields: string[];
}

/**
 * A payload of the right envelope but the wrong shape: each top-level field of
 * the request holds a value its schema refuses. For a request that is not an
 * object (none today), a number.
 */
export function wrongPayload(type: MessageType): WrongPayload {
  const request = protocol[type].request as z.ZodType;
  if (!(request instanceof z.ZodObject)) return { payload: 12_345, fields: [] };
  const payload: Record<string, unknown> = {};
  const fields: string[] = [];
  for (const [field, schema] of Object.entries(request.shape as Record<string, z.ZodType>)) {
    const wrong = CANDIDATES.find((v) => !schema.safeParse(v).success);
    if (wrong === undefined) continue;
    payload[field] = wrong;
    fields.push(field);
  }
  return { payload, fields };
}

/**
 * Well-formed payloads for the messages a hostile script would most want to
 * send: only the sender check stands between them and the database. Each is
 * checked against its schema in the tests, so a refusal proves the sender check.
 */
export function dangerousPayloads(ids: { pageId: string; itemKey: string; templateId: string; pageUrl: string }): Partial<Record<MessageType, unknown>> {
  return {
    'data/wipe': { confirm: 'DELETE' },
    'data/restore': { text: '{"format":"keel-backup/1"}' },
    'roster/replace': { names: ['Mallory Forger'] },
    'settings/moderator-name': { name: 'Mallory' },
    'pages/remove': { id: ids.pageId },
    'pages/add': { url: 'https://www.facebook.com/SomeoneElse' },
    'workspaces/update': { id: 'default', name: 'Taken over' },
    'workspaces/remove': { id: 'default' },
    'workspaces/create': { name: 'Mallory’s workspace' },
    'templates/approve': { id: ids.templateId },
    'templates/retire': { id: ids.templateId },
    'templates/save': { id: ids.templateId, name: 'Forged', body: 'Send us your card number.' },
    'actions/batch': { itemKeys: [ids.itemKey], kind: 'deleted' },
    'incidents/open': { pageUrl: ids.pageUrl, itemKeys: [ids.itemKey] },
    'packs/remove': { id: 'facebook' },
  };
}
