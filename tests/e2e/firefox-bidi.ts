/**
 * A small WebDriver BiDi client for Debian's Firefox ESR, used by the Firefox
 * smoke test. Playwright cannot drive a stock Firefox (it needs its own patched
 * build, which cannot be downloaded here), and geckodriver is a binary from
 * GitHub; but Firefox itself speaks WebDriver BiDi once started with
 * `--remote-debugging-port`, and BiDi can install an unpacked extension
 * (`webExtension.install`), answer requests for real addresses from local files
 * (`network.addIntercept` + `network.provideResponse`), click like a user
 * (`input.performActions`) and read closed shadow roots
 * (`includeShadowTree: 'all'`). This file speaks just that much, over `ws`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

type Json = Record<string, unknown>;
type Pending = { resolve: (v: Json) => void; reject: (e: Error) => void; method: string };

/** A BiDi remote value (only the shapes the smoke test reads). */
export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export interface StartOptions {
  /** Preferences written to the fresh profile's user.js. */
  prefs?: Record<string, string | number | boolean>;
  /** How long to wait for Firefox to print its BiDi address. */
  startTimeoutMs?: number;
}

export class Firefox {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Set<(method: string, params: Json) => void>();
  private constructor(
    private readonly proc: ChildProcess,
    private readonly socket: WebSocket,
    readonly profile: string,
    /** Everything Firefox has written to stdout and stderr, for failure messages. */
    readonly output: () => string,
  ) {
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; type: string; result?: Json; error?: string; message?: string; method?: string; params?: Json };
      if (msg.type === 'event' && msg.method) {
        for (const l of this.listeners) l(msg.method, msg.params ?? {});
        return;
      }
      const waiting = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiting || msg.id === undefined) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') waiting.reject(new Error(`${waiting.method}: ${msg.error}: ${msg.message}`));
      else waiting.resolve(msg.result ?? {});
    });
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: Firefox closed the connection\n${this.output().slice(-2000)}`));
      this.pending.clear();
    });
  }

  /** Starts a headless Firefox on a fresh profile and opens a BiDi session. */
  static async start(options: StartOptions = {}): Promise<Firefox> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-firefox-'));
    const prefs = Object.entries(options.prefs ?? {}).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
    fs.writeFileSync(path.join(profile, 'user.js'), `${prefs.join('\n')}\n`);
    const proc = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'], {
      env: { ...process.env, MOZ_HEADLESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // If the test run itself ends abruptly, Firefox goes with it.
    const stop = () => proc.kill('SIGKILL');
    process.once('exit', stop);
    proc.once('exit', () => process.off('exit', stop));
    let stderr = '';
    const log = (chunk: Buffer) => {
      stderr += String(chunk);
    };
    proc.stderr?.on('data', log);
    proc.stdout?.on('data', log);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const limit = options.startTimeoutMs ?? 60_000;
        const timer = setTimeout(() => reject(new Error(`Firefox printed no WebDriver BiDi address within ${limit} ms:\n${stderr}`)), limit);
        const look = () => {
          const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
          if (!m?.[1]) return;
          clearTimeout(timer);
          proc.stderr?.off('data', look);
          resolve(m[1]);
        };
        proc.stderr?.on('data', look);
        proc.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`Firefox exited (${code}) before it listened:\n${stderr}`));
        });
      });
      const socket = new WebSocket(`${url.replace(/\/$/, '')}/session`);
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      const ff = new Firefox(proc, socket, profile, () => stderr);
      await ff.send('session.new', { capabilities: {} });
      return ff;
    } catch (err) {
      proc.kill('SIGKILL');
      fs.rmSync(profile, { recursive: true, force: true });
      throw err;
    }
  }

  /** Sends one BiDi command; fails, naming it, if Firefox has not answered within `timeoutMs`. */
  send(method: string, params: Json = {}, timeoutMs = 60_000): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from Firefox within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = <T>(f: (v: T) => void) => (v: T) => {
        clearTimeout(timer);
        f(v);
      };
      this.pending.set(id, { resolve: done(resolve), reject: done(reject), method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener: (method: string, params: Json) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Answers every https request to `hostname` with `respond(url)` (status 200
   * and the given body), before it reaches the network (there is none here).
   */
  async serve(hostname: string, respond: (url: string) => { contentType: string; body: string }): Promise<void> {
    await this.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    await this.send('network.addIntercept', { phases: ['beforeRequestSent'], urlPatterns: [{ type: 'pattern', protocol: 'https', hostname }] });
    this.on((method, params) => {
      if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
      const request = params.request as { request: string; url: string };
      const { contentType, body } = respond(request.url);
      void this.send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'content-type', value: { type: 'string', value: contentType } }],
        body: { type: 'string', value: body },
      }).catch(() => {
        // The request may be gone (page navigated away); nothing to answer.
      });
    });
  }

  /** Opens a new tab at `url` and waits for its load event. */
  async open(url: string): Promise<string> {
    const { context } = (await this.send('browsingContext.create', { type: 'tab' })) as { context: string };
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /** Runs `fn` (source of an async function, called with `arg`) in the page of `context`; returns its JSON result. */
  async evaluate<T>(context: string, fn: string, arg: unknown = null): Promise<T> {
    const result = (await this.send('script.callFunction', {
      functionDeclaration: `async (arg) => JSON.stringify(await (${fn})(JSON.parse(arg)))`,
      arguments: [{ type: 'string', value: JSON.stringify(arg) }],
      target: { context },
      awaitPromise: true,
      userActivation: false,
    })) as { type: string; result?: RemoteValue; exceptionDetails?: { text: string } };
    if (result.type === 'exception') throw new Error(`script failed in ${context}: ${result.exceptionDetails?.text}`);
    const text = result.result?.value;
    return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
  }

  /** Polls `fn` in the page until it returns a truthy value (or `timeoutMs` passes). */
  async waitFor<T>(context: string, fn: string, arg: unknown = null, timeoutMs = 30_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      last = await this.evaluate<T>(context, fn, arg).catch((e: Error) => e);
      if (last && !(last instanceof Error)) return last as T;
      if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${fn}${last instanceof Error ? `: ${last.message}` : ''}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** The one node of the page that `selector` finds (CSS, or XPath when it starts with `/`), as a BiDi shared reference. */
  async locate(context: string, selector: string): Promise<RemoteValue> {
    const locator = selector.startsWith('/') ? { type: 'xpath', value: selector } : { type: 'css', value: selector };
    const { nodes } = (await this.send('browsingContext.locateNodes', { context, locator })) as { nodes: RemoteValue[] };
    const node = nodes[0];
    if (!node?.sharedId || nodes.length > 1) throw new Error(`${nodes.length} elements match ${selector}; expected one`);
    return node;
  }

  /** Clicks the element as a user does (the browser counts it as user input). */
  async click(context: string, selector: string): Promise<void> {
    const node = await this.locate(context, selector);
    await this.send('script.callFunction', {
      functionDeclaration: '(el) => el.scrollIntoView({ block: "center" })',
      arguments: [{ sharedId: node.sharedId }],
      target: { context },
      awaitPromise: false,
    });
    await this.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: node.sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.send('input.releaseActions', { context });
  }

  /** Clicks the field and types `text` into it, key by key. */
  async type(context: string, selector: string, text: string): Promise<void> {
    await this.click(context, selector);
    const keys = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    await this.send('input.releaseActions', { context });
  }

  /** Brings the tab to the front and presses `key` (a character, or a WebDriver key code), as a user does. */
  async press(context: string, key: string): Promise<void> {
    await this.send('browsingContext.activate', { context });
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.send('input.releaseActions', { context });
  }

  /** Every node matching `selector`, serialized with its subtree, closed shadow roots included. */
  async nodes(context: string, selector: string): Promise<BidiNode[]> {
    const { nodes } = (await this.send('browsingContext.locateNodes', {
      context,
      locator: { type: 'css', value: selector },
      serializationOptions: { maxDomDepth: 20, includeShadowTree: 'all' },
    })) as { nodes: Array<{ value?: BidiNode }> };
    return nodes.map((n) => n.value).filter((v): v is BidiNode => v !== undefined);
  }

  /** Ends the session, stops Firefox and removes its profile. */
  async close(): Promise<void> {
    await this.send('session.end', {}, 10_000).catch(() => undefined);
    this.socket.close();
    if (this.proc.exitCode === null) {
      const exited = new Promise((r) => this.proc.once('exit', r));
      this.proc.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    }
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A DOM node as BiDi serializes it. */
export interface BidiNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: Record<string, string>;
  mode?: 'open' | 'closed';
  shadowRoot?: { value?: BidiNode } | null;
  children?: Array<{ value?: BidiNode }>;
}

/** Every text under `node`, shadow roots included, `<style>` left out. */
export function textsOf(node: BidiNode | undefined): string[] {
  if (!node) return [];
  if (node.nodeType === 3) return node.nodeValue?.trim() ? [node.nodeValue] : [];
  if (node.localName === 'style') return [];
  return [...textsOf(node.shadowRoot?.value), ...(node.children ?? []).flatMap((c) => textsOf(c.value))];
}
