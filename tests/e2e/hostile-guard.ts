/**
 * Watches for hostile content coming alive: dialogs, console errors and page
 * errors on every page of the browser and in Keel's service worker, the
 * `window.__pwned` canary every payload of the corpus sets, and elements a
 * payload would add (scripts, frames, event-handler attributes, links that run
 * code), in Keel's extension pages and inside Keel's closed shadow roots on a
 * platform's page.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './extension';

export interface Guard {
  dialogs: string[];
  errors: string[];
}

export function guard(context: BrowserContext, worker: Worker): Guard {
  const g: Guard = { dialogs: [], errors: [] };
  const hook = (p: Page) => {
    p.on('dialog', (d) => {
      g.dialogs.push(`${p.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    p.on('console', (m) => {
      if (m.type() === 'error') g.errors.push(`${p.url()}: ${m.text()} (${m.location().url}:${m.location().lineNumber})`);
    });
    p.on('pageerror', (e) => g.errors.push(`${p.url()}: ${e.stack ?? e.message}`));
  };
  for (const p of context.pages()) hook(p);
  context.on('page', hook);
  worker.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(`service worker: ${m.text()}`);
  });
  return g;
}

/** Nothing ran and nothing from a payload is in the document of one of Keel's pages (open shadow roots included). */
export async function expectInertPage(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) bad.push('window.__pwned is set');
    const roots: Array<Document | ShadowRoot> = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const own = location.origin;
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.localName;
        if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(own)) bad.push('a script not from Keel');
        if (['iframe', 'frame', 'object', 'embed'].includes(tag)) bad.push(tag);
        if (tag === 'img' && el.getAttribute('src') === 'x') bad.push('img[src="x"]');
        if (tag === 'link' && !(el as HTMLLinkElement).href.startsWith(own)) bad.push(`link ${el.getAttribute('href')}`);
        if (tag === 'style' && /display:\s*none\s*!important|evil\.example/.test(el.textContent ?? '')) bad.push('a style from the page');
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) bad.push(`${tag}[${a.name}]`);
          if (/evil\.example/.test(a.value)) bad.push(`${tag}[${a.name}] names evil.example`);
        }
        if (tag === 'a' && el.hasAttribute('href')) {
          const protocol = (el as HTMLAnchorElement).protocol;
          if (!['http:', 'https:', 'blob:', 'chrome-extension:'].includes(protocol)) bad.push(`a link to ${el.getAttribute('href')}`);
        }
      }
    }
    // CSS from the page did not hide Keel's page.
    if (getComputedStyle(document.body).display === 'none' || getComputedStyle(document.body).visibility === 'hidden') bad.push('body hidden');
    return bad;
  });
  expect(found, page.url()).toEqual([]);
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * On a platform's page: the main world's canary is unset (an element Keel made
 * with an inline handler would run there), and inside every closed shadow root
 * of Keel's hosts (keel-*) there is no script, frame, image, stylesheet link,
 * event-handler attribute or link that is not http(s). Answers how many Keel
 * hosts were searched.
 */
export async function expectInertPlatformPage(page: Page): Promise<number> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const bad: string[] = [];
    let hosts = 0;
    const inspect = (n: CdpNode) => {
      if (n.nodeType === 1) {
        const tag = n.nodeName.toLowerCase();
        if (['script', 'iframe', 'frame', 'object', 'embed', 'img', 'link', 'svg', 'video', 'audio'].includes(tag)) bad.push(tag);
        const attrs = n.attributes ?? [];
        for (let i = 0; i < attrs.length; i += 2) {
          const name = attrs[i] as string;
          const value = attrs[i + 1] as string;
          if (/^on/i.test(name)) bad.push(`${tag}[${name}]`);
          if (tag === 'a' && name === 'href' && !/^https?:/i.test(value)) bad.push(`a href=${value}`);
        }
      }
      for (const c of n.children ?? []) inspect(c);
      for (const s of n.shadowRoots ?? []) inspect(s);
    };
    const walk = (n: CdpNode) => {
      if (n.nodeName.startsWith('KEEL-')) {
        hosts++;
        for (const s of n.shadowRoots ?? []) inspect(s);
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    expect(bad, page.url()).toEqual([]);
    return hosts;
  } finally {
    await cdp.detach();
  }
}

/** The page does not scroll sideways: its content is no wider than its window (1 px for rounding). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, body, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    width: window.innerWidth,
  }));
  expect(Math.max(scroll, body), `${page.url()} is ${Math.max(scroll, body)} px wide in a ${width} px window`).toBeLessThanOrEqual(width + 1);
}
