/**
 * Chromium with the built extension, driven over the bare DevTools protocol.
 *
 * Playwright attaches itself to every service worker and, when one is stopped,
 * stalls the whole context (microsoft/playwright#39475; the worker keeps its
 * target id across a restart). A test that stops Keel's worker on purpose
 * therefore drives the browser itself: launch, open an extension page, evaluate
 * in it, and close the worker's target, the way the browser ends an idle or
 * misbehaving worker.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM, EXTENSION_DIR } from './extension';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface RawBrowser {
  extensionId: string;
  /** Opens an extension page and returns a function that evaluates an expression in it (awaiting promises). */
  openExtensionPage(file: string): Promise<(expression: string) => Promise<unknown>>;
  /** The extension's service worker target, if it is running. */
  worker(): Promise<TargetInfo | undefined>;
  /** Ends the service worker at once (Target.closeTarget), as the browser does. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

export async function launchRaw(): Promise<RawBrowser> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run the build first.`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-cdp-'));
  const proc: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--no-sandbox',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const port = await until('the DevTools port', () => {
    try {
      return fs.readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0] || undefined;
    } catch {
      return undefined;
    }
  });
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const ws = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 0;
  const pending = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) {
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    }
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${JSON.stringify(m.error)}`)) : resolve(m.result as T)));
      ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const targets = async () => (await send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
  const worker = async () => (await targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  const first = await until('the extension’s service worker', worker);
  const extensionId = new URL(first.url).host;

  return {
    extensionId,
    worker,
    async openExtensionPage(file) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: `chrome-extension://${extensionId}/${file}` });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const evaluate = async (expression: string) => {
        const r = await send<{ result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } }>(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value;
      };
      // The new target starts on about:blank: wait for the extension page itself to have loaded.
      const loaded = `location.href.startsWith('chrome-extension://${extensionId}/') && document.readyState === 'complete'`;
      await until('the page to load', async () => ((await evaluate(loaded).catch(() => false)) === true ? true : undefined));
      return evaluate;
    },
    async stopWorker() {
      const target = await worker();
      if (!target) throw new Error('The service worker is not running.');
      await send('Target.closeTarget', { targetId: target.targetId });
      await until('the worker to stop', async () => ((await worker()) ? undefined : true));
    },
    async close() {
      ws.close();
      proc.kill();
      await new Promise((r) => proc.once('exit', r));
      // Chromium's helper processes may still be writing the profile after the main one exits:
      // try for a few seconds, then leave the temporary directory to the system rather than fail a test that passed.
      for (let attempt = 0; attempt < 10; attempt++) {
        try {
          fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
          return;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (err as NodeJS.ErrnoException).code !== 'EBUSY') throw err;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
  };
}
