import { beforeEach, describe, expect, test, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '../../utils/messaging/client';
import { type MessageType, protocol } from '../../utils/messaging/protocol';
import { dispatch, type Handlers, listen } from '../../utils/messaging/server';
import type { RawItem } from '../../utils/model';

const item: RawItem = {
  platform: 'facebook', kind: 'comment', nativeId: '1', parentId: null,
  permalink: 'https://www.facebook.com/p/posts/1?comment_id=1', author: { name: 'Dana', profileUrl: null },
  text: 'hello', rating: null, postedAt: null, postedText: '1h',
};

type Sender = Browser.runtime.MessageSender;

const unexpected = async (): Promise<never> => {
  throw new Error('not called in this test');
};

function senders(): Record<'content' | 'page' | 'otherExtension' | 'noUrl', Sender> {
  const id = browser.runtime.id;
  const tab = { id: 7 } as Sender['tab'];
  return {
    content: { id, url: 'https://www.facebook.com/p/posts/1', tab },
    page: { id, url: browser.runtime.getURL('/popup.html') },
    otherExtension: { id: 'someone-else', url: 'https://www.facebook.com/p/posts/1', tab },
    noUrl: { id },
  };
}

/** Every handler but items/observed: none may be reached in these tests. */
const others = Object.fromEntries(
  (Object.keys(protocol) as MessageType[]).filter((t) => t !== 'items/observed').map((t) => [t, unexpected]),
) as unknown as Omit<Handlers, 'items/observed'>;

describe('dispatch', () => {
  let handler: ReturnType<typeof vi.fn>;
  let handlers: Handlers;
  let refused: string[];
  const refuse = (why: string) => refused.push(why);

  beforeEach(() => {
    fakeBrowser.reset();
    refused = [];
    handler = vi.fn(async ({ items }: { items: RawItem[] }) => ({
      results: items.map((_, i) => ({ key: `k${i}`, label: 'unclear' as const, confidence: 0.3, reasons: [] })),
    }));
    handlers = { 'items/observed': handler as unknown as Handlers['items/observed'], ...others };
  });

  test('passes a valid message from a content script to its handler, with the sender the browser reported', async () => {
    const reply = await dispatch(handlers, { keel: 1, type: 'items/observed', payload: { items: [item] } }, senders().content, refuse);
    expect(reply).toEqual({ ok: true, data: { results: [{ key: 'k0', label: 'unclear', confidence: 0.3, reasons: [] }] } });
    expect(handler).toHaveBeenCalledWith({ items: [item] }, { kind: 'content', url: 'https://www.facebook.com/p/posts/1', tabId: 7 });
    expect(refused).toEqual([]);
  });

  test.each([
    ['not an object', 'hello', /Malformed message/, 'malformed envelope'],
    ['no version tag', { type: 'items/observed', payload: {} }, /Malformed message/, 'malformed envelope'],
    ['an unknown type', { keel: 1, type: 'db/wipe', payload: {} }, /Unknown message type "db\/wipe"/, 'unknown type'],
    ['a prototype key as type', { keel: 1, type: 'constructor', payload: {} }, /Unknown message type/, 'unknown type'],
    ['no items', { keel: 1, type: 'items/observed', payload: { items: [] } }, /Invalid "items\/observed" payload/, 'invalid payload'],
    ['a bad platform', { keel: 1, type: 'items/observed', payload: { items: [{ ...item, platform: 'myspace' }] } }, /platform/, 'invalid payload'],
    ['a javascript: permalink', { keel: 1, type: 'items/observed', payload: { items: [{ ...item, permalink: 'javascript:alert(1)' }] } }, /permalink/, 'invalid payload'],
    ['a rating of 9', { keel: 1, type: 'items/observed', payload: { items: [{ ...item, rating: 9 }] } }, /rating/, 'invalid payload'],
    ['too many items', { keel: 1, type: 'items/observed', payload: { items: Array(501).fill(item) } }, /items/, 'invalid payload'],
    ['a key before for two items when one is sent', { keel: 1, type: 'items/observed', payload: { items: [item], was: ['facebook:1', null] } }, /was must give one key or null for each item/, 'invalid payload'],
    ['an empty key before', { keel: 1, type: 'items/observed', payload: { items: [item], was: [''] } }, /was/, 'invalid payload'],
  ])('rejects %s with a clear error and logs it', async (_, message, error, why) => {
    const reply = await dispatch(handlers, message, senders().content, refuse);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(error);
    expect(handler).not.toHaveBeenCalled();
    expect(refused).toEqual([why]);
  });

  test.each(['page', 'otherExtension', 'noUrl'] as const)('refuses items/observed from a %s sender', async (who) => {
    const reply = await dispatch(handlers, { keel: 1, type: 'items/observed', payload: { items: [item] } }, senders()[who], refuse);
    expect(reply).toEqual({ ok: false, error: '"items/observed" is not accepted from this sender.' });
    expect(handler).not.toHaveBeenCalled();
    expect(refused).toEqual(['sender not allowed']);
  });

  test('a handler that throws answers an error instead of hanging', async () => {
    handlers = { 'items/observed': async () => { throw new Error('disk full'); }, ...others };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await dispatch(handlers, { keel: 1, type: 'items/observed', payload: { items: [item] } }, senders().content, refuse);
    expect(reply).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('listen + sendToBackground through the runtime', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a message from an unidentified sender is refused and the client throws the error', async () => {
    const refused: string[] = [];
    const handler = vi.fn();
    listen({ 'items/observed': handler, ...others }, (why) => refused.push(why));
    // fakeBrowser delivers with no tab and no URL: exactly what must not be trusted.
    await expect(sendToBackground('items/observed', { items: [item] })).rejects.toThrow('items/observed: "items/observed" is not accepted from this sender.');
    expect(handler).not.toHaveBeenCalled();
    expect(refused).toEqual(['sender not allowed']);
  });
});
