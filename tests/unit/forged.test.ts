/**
 * Forged messages fail, for every message of the protocol: a content script (or
 * a sender the browser does not vouch for) asking for what only Keel's pages
 * may ask is refused before its payload is even read, and a payload of the
 * wrong shape is refused with an error naming each wrong field. No handler is
 * reached either way.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers } from '../../utils/messaging/server';
import { dangerousPayloads, FROM_CONTENT, FROM_PAGE, PAGE_ONLY, wrongPayload } from '../e2e/forged-payloads';

type Sender = Browser.runtime.MessageSender;

let called: string[];
let refused: string[];
const handlers = Object.fromEntries(
  (Object.keys(protocol) as MessageType[]).map((t) => [
    t,
    async () => {
      called.push(t);
      return {};
    },
  ]),
) as unknown as Handlers;
const refuse = (why: string, detail: { type?: string }) => refused.push(`${why}: ${detail.type ?? ''}`);

function senders(): Record<'content' | 'page' | 'otherExtension', Sender> {
  const id = browser.runtime.id;
  return {
    content: { id, url: 'https://www.facebook.com/HarboursideDental/posts/1', tab: { id: 7 } as Sender['tab'] },
    page: { id, url: browser.runtime.getURL('/options.html') },
    otherExtension: { id: 'not-keel', url: 'chrome-extension://not-keel/page.html' },
  };
}

const ids = { pageId: 'p1', itemKey: 'facebook:1', templateId: 't1', pageUrl: 'https://www.facebook.com/HarboursideDental/posts/1' };

beforeEach(() => {
  fakeBrowser.reset();
  called = [];
  refused = [];
});

describe('forged messages', () => {
  test('the page-only messages include everything that edits, deletes, wipes, restores or approves', () => {
    expect(PAGE_ONLY).toEqual(expect.arrayContaining(['data/wipe', 'data/restore', 'templates/approve', 'roster/replace', 'pages/remove', 'workspaces/remove', 'actions/batch', 'config/import']));
    // Nothing else may reach the database from a content script: this list is reviewed when it grows.
    expect(FROM_CONTENT.sort()).toEqual([
      'actions/record', 'actions/undo', 'authors/history', 'evidence/auto', 'evidence/capture', 'evidence/status', 'items/observed', 'items/relabel',
      'packs/draft', 'page/health', 'page/lookup', 'page/rating', 'reply/lint', 'templates/for-item',
    ]);
  });

  test.each(Object.entries(dangerousPayloads(ids)))('the well-formed payload for %s parses: only the sender check refuses it', (type, payload) => {
    expect(protocol[type as MessageType].request.safeParse(payload).success).toBe(true);
  });

  test.each(PAGE_ONLY)('%s from a content script is refused before its payload is read, and logged', async (type) => {
    const payload = dangerousPayloads(ids)[type] ?? {};
    const reply = await dispatch(handlers, { keel: 1, type, payload }, senders().content, refuse);
    expect(reply).toEqual({ ok: false, error: `"${type}" is not accepted from this sender.` });
    expect(called).toEqual([]);
    expect(refused).toEqual([`sender not allowed: ${type}`]);
  });

  test.each(Object.keys(protocol))('%s from another extension is refused', async (type) => {
    const reply = await dispatch(handlers, { keel: 1, type, payload: {} }, senders().otherExtension, refuse);
    expect(reply).toEqual({ ok: false, error: `"${type}" is not accepted from this sender.` });
    expect(called).toEqual([]);
  });
});

describe('malformed messages', () => {
  const allowed = (type: MessageType) => (FROM_PAGE.includes(type) ? senders().page : senders().content);

  test.each(Object.keys(protocol) as MessageType[])('%s with every field of the wrong kind is refused, naming each field', async (type) => {
    const { payload, fields } = wrongPayload(type);
    const reply = await dispatch(handlers, { keel: 1, type, payload }, allowed(type), refuse);
    expect(reply.ok).toBe(false);
    const error = reply.ok ? '' : reply.error;
    expect(error.startsWith(`Invalid "${type}" payload:`)).toBe(true);
    for (const field of fields) expect(error).toContain(`→ at ${field}`);
    expect(called).toEqual([]);
    expect(refused).toEqual([`invalid payload: ${type}`]);
  });

  test.each(Object.keys(protocol) as MessageType[])('%s with a payload that is not an object is refused', async (type) => {
    for (const payload of [12_345, 'wipe', null, [1, 2]]) {
      const reply = await dispatch(handlers, { keel: 1, type, payload }, allowed(type), refuse);
      expect(reply.ok ? '' : reply.error).toMatch(new RegExp(`^Invalid "${type.replace('/', '\\/')}" payload: ✖ Invalid input: expected object`));
    }
    expect(called).toEqual([]);
  });

  test('every request has fields to get wrong: the test above covers each message', () => {
    for (const type of Object.keys(protocol) as MessageType[]) {
      const { fields } = wrongPayload(type);
      const shape = (protocol[type].request as unknown as { shape?: object }).shape;
      expect(fields.length, type).toBe(Object.keys(shape ?? {}).length);
    }
  });

  test.each([
    ['a string', 'data/wipe'],
    ['no version tag', { type: 'data/wipe', payload: { confirm: 'DELETE' } }],
    ['a later version', { keel: 2, type: 'data/wipe', payload: { confirm: 'DELETE' } }],
    ['a number as type', { keel: 1, type: 7, payload: {} }],
    ['an overlong type', { keel: 1, type: `data/wipe${'x'.repeat(100)}`, payload: {} }],
  ])('an envelope with %s is refused as malformed', async (_, message) => {
    const reply = await dispatch(handlers, message, senders().page, refuse);
    expect(reply).toEqual({ ok: false, error: 'Malformed message: expected { keel: 1, type, payload }.' });
    expect(refused).toEqual(['malformed envelope: ']);
    expect(called).toEqual([]);
  });

  test.each(['data/steal', '__proto__', 'toString', 'hasOwnProperty'])('the unknown type %s is refused by name', async (type) => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await dispatch(handlers, { keel: 1, type, payload: {} }, senders().page, refuse);
    expect(reply).toEqual({ ok: false, error: `Unknown message type "${type}".` });
    expect(called).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });
});
