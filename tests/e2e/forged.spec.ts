/**
 * Forged messages fail, in the real browser. From the content script's own
 * isolated world on a watched page (where a compromised or confused content
 * script would send from), every message meant for Keel's pages is refused with
 * a clear error, nothing in the database changes, and each attempt is in the
 * audit log. The page's own scripts cannot reach the background at all. And
 * from an extension page, malformed messages of every kind are refused with an
 * error naming the problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page, Worker } from '@playwright/test';
import { TABLES } from '../../utils/backup/rows';
import { protocol } from '../../utils/messaging/protocol';
import { EXTENSION_DIR, expect, readStore, routeFixture, test, waitForKeelIdle } from './extension';
import { dangerousPayloads, FROM_CONTENT, FROM_PAGE, PAGE_ONLY, wrongPayload } from './forged-payloads';

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

type Dump = Record<string, unknown[]> & { actions: unknown[] };

/** Every store of Keel's database (there are no Blobs in these tests' rows). */
async function dumpDb(worker: Worker): Promise<Dump> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await readStore(worker, table);
  return { ...out, actions: out.actions ?? [] };
}

interface Reply {
  ok?: boolean;
  error?: string;
  threw?: string;
}

/** The content script's isolated world on `page`: the execution context Keel's content script runs in. */
async function contentWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; send: (message: unknown) => Promise<Reply>; evaluate: (expression: string) => Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports every context that exists already.
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && (c.origin === `chrome-extension://${extensionId}` || c.name === 'Keel'));
  if (!world) throw new Error(`No isolated world of Keel on the page: ${JSON.stringify(contexts)}`);
  const evaluate = async (expression: string) => {
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  };
  const send = async (message: unknown) =>
    (await evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r ?? { threw: 'no answer' }, (e) => ({ threw: String(e) }))`)) as Reply;
  return { cdp, send, evaluate };
}

test('a content script cannot send what only Keel’s pages may send, and the attempts are logged', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const post = await context.newPage();
  await post.goto(POST);
  await waitForKeelIdle(post, 8);
  await expect.poll(async () => (await readStore(worker, 'items')).length).toBe(8);

  // Something worth protecting: draft templates to approve, a page to remove, items to delete.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(() => chrome.runtime.sendMessage({ keel: 1, type: 'templates/seed', payload: {} }));
  const draft = (await readStore(worker, 'templates')).find((t) => t.status === 'draft');
  const page = (await readStore(worker, 'pages'))[0];
  expect(draft && page).toBeTruthy();
  const ids = { pageId: String(page?.id), itemKey: 'facebook:1005', templateId: String(draft?.id), pageUrl: POST };
  const payloads = dangerousPayloads(ids);
  for (const [type, payload] of Object.entries(payloads)) expect(protocol[type as keyof typeof protocol].request.safeParse(payload).success, type).toBe(true);

  await expect.poll(async () => (await readStore(worker, 'actions')).length).toBeGreaterThan(0);
  const before = await dumpDb(worker);
  const { cdp, send, evaluate } = await contentWorld(post, extensionId);

  // Every message only Keel's pages may send, from the content script's world: refused, by name.
  const answers: Record<string, Reply> = {};
  for (const type of PAGE_ONLY) answers[type] = await send({ keel: 1, type, payload: payloads[type] ?? {} });
  expect(Object.keys(answers).length).toBeGreaterThan(20);
  for (const type of PAGE_ONLY) expect(answers[type], type).toEqual({ ok: false, error: `"${type}" is not accepted from this sender.` });

  // What a content script may send, malformed: refused with the field named.
  for (const type of FROM_CONTENT) {
    const { payload, fields } = wrongPayload(type);
    const reply = await send({ keel: 1, type, payload });
    expect(reply.ok, type).toBe(false);
    expect(reply.error, type).toContain(`Invalid "${type}" payload:`);
    for (const field of fields) expect(reply.error, type).toContain(`→ at ${field}`);
  }
  // Reading the database instead of asking for an export: the content script's IndexedDB is the page's, without Keel's.
  expect(await evaluate('indexedDB.databases().then((list) => list.map((d) => d.name))')).not.toContain('keel');

  // Nothing changed: every store as before but the audit log, which gained one "refused" row per attempt.
  await expect
    .poll(async () => (await readStore(worker, 'actions')).length - before.actions.length)
    .toBe(PAGE_ONLY.length + FROM_CONTENT.length);
  const after = await dumpDb(worker);
  for (const table of TABLES) if (table !== 'actions') expect(after[table], table).toEqual(before[table]);
  expect(after.actions.slice(0, before.actions.length)).toEqual(before.actions);
  const added = after.actions.slice(before.actions.length) as { kind: string; actor: string; cause: string; detail: string }[];
  expect(added.every((a) => a.kind === 'refused' && a.actor === 'Keel' && a.cause === 'security')).toBe(true);
  const details = added.map((a) => a.detail);
  for (const type of PAGE_ONLY) expect(details).toContain(`Refused “${type}” from https://www.facebook.com: sender not allowed.`);
  for (const type of FROM_CONTENT) expect(details).toContain(`Refused “${type}” from https://www.facebook.com: invalid payload.`);
  await cdp.detach();
});

test('the page’s own scripts cannot reach Keel’s background at all', async ({ context, worker, extensionId }) => {
  // No externally_connectable: the browser gives web pages no way to message Keel.
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.externally_connectable).toBeUndefined();

  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const post = await context.newPage();
  await post.goto(POST);
  await waitForKeelIdle(post, 8);
  const before = await dumpDb(worker);

  // In the page's main world, as any script of the platform (or an attacker's) would try.
  const result = await post.evaluate(async (id) => {
    const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
    const runtime = c?.runtime;
    if (!runtime?.sendMessage) return { reachable: false, how: runtime ? 'chrome.runtime has no sendMessage' : 'chrome.runtime is undefined' };
    try {
      const answer = await runtime.sendMessage(id, { keel: 1, type: 'data/wipe', payload: { confirm: 'DELETE' } });
      return { reachable: true, how: JSON.stringify(answer) };
    } catch (err) {
      return { reachable: false, how: String(err) };
    }
  }, extensionId);
  expect(result.reachable, result.how).toBe(false);
  test.info().annotations.push({ type: 'main world', description: result.how });
  // A forged page-side window message reaches nothing either (the content script listens to no window messages).
  await post.evaluate(() => window.postMessage({ keel: 1, type: 'data/wipe', payload: { confirm: 'DELETE' } }, '*'));

  // Not even a refusal: the message never arrived.
  expect(await dumpDb(worker)).toEqual(before);
});

test('malformed messages of every kind from an extension page are refused with an error naming the problem', async ({ context, worker, extensionId }) => {
  test.setTimeout(120_000);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect.poll(async () => (await readStore(worker, 'workspaces')).length).toBe(1);
  const before = await dumpDb(worker);
  const send = (message: unknown) =>
    options.evaluate(
      (m) => chrome.runtime.sendMessage(m).then((r) => (r ?? { threw: 'no answer' }) as Reply, (e) => ({ threw: String(e) }) as Reply),
      message,
    );

  // Wrong envelopes.
  const MALFORMED = 'Malformed message: expected { keel: 1, type, payload }.';
  for (const message of [
    'data/wipe',
    42,
    [1, 'data/wipe'],
    { type: 'data/wipe', payload: { confirm: 'DELETE' } },
    { keel: 2, type: 'data/wipe', payload: { confirm: 'DELETE' } },
    { keel: '1', type: 'data/wipe', payload: { confirm: 'DELETE' } },
    { keel: 1, type: 7, payload: {} },
    { keel: 1, type: `data/wipe${'x'.repeat(100)}`, payload: {} },
  ]) {
    expect(await send(message), JSON.stringify(message)).toEqual({ ok: false, error: MALFORMED });
  }
  // Unknown types, prototype keys among them.
  for (const type of ['data/steal', 'db/wipe', '__proto__', 'constructor', 'toString']) {
    expect(await send({ keel: 1, type, payload: {} })).toEqual({ ok: false, error: `Unknown message type "${type}".` });
  }
  // Every message an extension page may send, with each field of the wrong kind, and with no object at all.
  for (const type of FROM_PAGE) {
    const { payload, fields } = wrongPayload(type);
    const reply = await send({ keel: 1, type, payload });
    expect(reply.ok, type).toBe(false);
    expect(reply.error, type).toContain(`Invalid "${type}" payload:`);
    for (const field of fields) expect(reply.error, `${type} names ${field}`).toContain(`→ at ${field}`);
    const notObject = await send({ keel: 1, type, payload: 'wipe' });
    expect(notObject.error, type).toContain(`Invalid "${type}" payload: ✖ Invalid input: expected object, received string`);
  }
  // A wipe without the typed word is refused saying what is missing.
  expect(await send({ keel: 1, type: 'data/wipe', payload: { confirm: 'delete' } })).toEqual({
    ok: false,
    error: 'Invalid "data/wipe" payload: ✖ Type DELETE to confirm.\n  → at confirm',
  });

  // Nothing changed but the audit log, which says what was refused.
  await expect.poll(async () => (await readStore(worker, 'actions')).filter((a) => a.kind === 'refused').length).toBeGreaterThanOrEqual(FROM_PAGE.length + 6);
  const after = await dumpDb(worker);
  for (const table of TABLES) if (table !== 'actions') expect(after[table], table).toEqual(before[table]);
  const details = (after.actions.slice(before.actions.length) as { kind: string; detail: string }[]).map((a) => `${a.kind} ${a.detail}`);
  expect(details).toContain('refused Refused a message from one of Keel’s own pages: malformed envelope.');
  expect(details).toContain('refused Refused “data/steal” from one of Keel’s own pages: unknown type.');
  for (const type of FROM_PAGE) expect(details).toContain(`refused Refused “${type}” from one of Keel’s own pages: invalid payload.`);
});
