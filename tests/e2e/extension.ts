/**
 * Playwright fixtures for Keel's end-to-end tests: Debian's Chromium with the
 * built extension loaded in a persistent context, real platform URLs routed to
 * fixture files (there is no network), and helpers that read the chips inside
 * their closed shadow roots through the DevTools protocol.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, watchPages } from '../../scripts/browser';
import { PACKED } from '../../utils/db/packed';

export const EXTENSION_DIR = path.resolve(process.env.KEEL_OUT ?? '.output', 'chrome-mv3');
export const FIXTURES = path.resolve('tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves `file` (under tests/fixtures) for every request matching `url`. */
export async function routeFixture(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** The bundled demo (`npm start`): its pile-on page, and its fb-markup.js, for every www.facebook.com address. */
export async function routeDemo(context: BrowserContext): Promise<void> {
  const demo = path.resolve('scripts/demo');
  await context.route('https://www.facebook.com/**', (route) => {
    const file = new URL(route.request().url()).pathname.endsWith('fb-markup.js') ? 'fb-markup.js' : 'pile-on.html';
    return route.fulfill({
      status: 200,
      contentType: file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      body: fs.readFileSync(path.join(demo, file), 'utf8'),
    });
  });
}

export interface ChipReading {
  /** The label text the chip shows. */
  label: string;
  /** Every text inside the chip's shadow root (label, heading, hint, reasons). */
  texts: string[];
  shadowRootType: string;
  /** aria-label of the comment article the chip sits in. */
  article: string | null;
  /** Whether the reasons panel is rendered (the popover is open). */
  panelOpen: boolean;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? (a[i + 1] ?? null) : null;
};

/**
 * Reads every chip on the page, closed shadow roots included: the page's own
 * scripts cannot do this, but the DevTools protocol can (`pierce: true`).
 */
export async function readChips(page: Page): Promise<ChipReading[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const chips: { node: CdpNode; article: string | null }[] = [];
    const walk = (n: CdpNode, article: string | null) => {
      const here = attr(n, 'role') === 'article' && attr(n, 'aria-label') ? attr(n, 'aria-label') : article;
      if (n.nodeName === 'KEEL-CHIP') chips.push({ node: n, article: here });
      for (const c of n.children ?? []) walk(c, here);
    };
    walk(root, null);
    const out: ChipReading[] = [];
    for (const { node, article } of chips) {
      const shadow = node.shadowRoots?.[0];
      const texts: string[] = [];
      let label = '';
      let panel: CdpNode | null = null;
      const collect = (n: CdpNode, inButton: boolean) => {
        if (n.nodeType === 3 && n.nodeValue.trim()) {
          texts.push(n.nodeValue);
          if (inButton) label += n.nodeValue;
        }
        if (n.nodeName === 'DIV' && attr(n, 'class') === 'panel') panel = n;
        for (const c of n.children ?? []) collect(c, inButton);
      };
      // The chip's own button is the shadow root's button child; the panel holds the rest.
      for (const c of shadow?.children ?? []) collect(c, c.nodeName === 'BUTTON');
      let panelOpen = false;
      if (panel) {
        panelOpen = await cdp
          .send('DOM.getBoxModel', { backendNodeId: (panel as CdpNode).backendNodeId })
          .then(() => true, () => false);
      }
      out.push({ label, texts, shadowRootType: shadow?.shadowRootType ?? 'none', article, panelOpen });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks the first button labelled `text` inside chip number `index`'s closed
 * shadow root (its reasons panel must be open), scrolled into view inside the
 * panel if needed, at the button's on-screen position.
 */
export async function clickInChip(page: Page, index: number, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const chips: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'KEEL-CHIP') chips.push(n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    let target: CdpNode | null = null;
    const find = (n: CdpNode) => {
      if (!target && n.nodeName === 'BUTTON' && (n.children ?? []).some((c) => c.nodeType === 3 && c.nodeValue === text)) target = n;
      for (const c of n.children ?? []) find(c);
    };
    const shadow = chips[index]?.shadowRoots?.[0];
    if (shadow) for (const c of shadow.children ?? []) if (attr(c, 'class') === 'panel') find(c);
    if (!target) throw new Error(`No button "${text}" in the open panel of chip ${index}`);
    const backendNodeId = (target as CdpNode).backendNodeId;
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** Waits for the content script's explicit idle signal (a user-timing mark). */
export async function waitForKeelIdle(page: Page, minItems = 1): Promise<{ items: number; chips: number }> {
  const handle = await page.waitForFunction(
    (min) => {
      const marks = performance.getEntriesByName('keel:idle') as PerformanceMark[];
      const last = marks[marks.length - 1]?.detail as { items: number; chips: number } | undefined;
      return last && last.items >= min ? last : null;
    },
    minItems,
  );
  return (await handle.jsonValue()) as { items: number; chips: number };
}

type Fixtures = { context: BrowserContext; worker: Worker; extensionId: string; pages: string[] };

/** The business page the fixtures belong to: listed in Keel before each test unless a test says otherwise. */
export const HARBOURSIDE = 'https://www.facebook.com/HarboursideDental';

export const test = base.extend<Fixtures>({
  pages: [[HARBOURSIDE], { option: true }],
  context: async ({ pages }, use) => {
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('No built extension in .output/chrome-mv3: run `npm run build` first.');
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      args: chromiumArgs(EXTENSION_DIR, true),
      viewport: { width: 1100, height: 900 },
    });
    if (pages.length) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await watchPages(context, new URL(worker.url()).host, pages);
    }
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/** The tab id of `page`, as the extension sees it. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
    return tab.id;
  }, url);
}

/** Every row of one IndexedDB store of Keel's database, read inside the service worker. */
export async function readStore(worker: Worker, store: string): Promise<Array<Record<string, unknown>>> {
  // A packed table's rows are in its pack store, a hundred to a record (utils/db/packed.ts).
  const packs = PACKED[store]?.store ?? null;
  return worker.evaluate(
    async ([name, packStore]) => {
      const open = indexedDB.open('keel');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const from = packStore ?? name;
      const req = db.transaction(from).objectStore(from).getAll();
      const rows = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      if (!packStore) return rows;
      // In key order, as the table's own store would give them (packed tables' keys are strings).
      const unpacked = rows.flatMap((p) => (Array.isArray(p.rows) ? (p.rows as Array<Record<string, unknown>>) : []));
      return unpacked.sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
    },
    [store, packs] as const,
  );
}

/** Appends a comment to the fixture post, built as Facebook builds one, as the platform would when one arrives. */
export async function addComment(page: Page, c: { id: string; name: string; profile: string; text: string; label: string; first?: boolean }): Promise<void> {
  await page.evaluate((comment) => {
    const article = document.createElement('div');
    article.setAttribute('role', 'article');
    article.setAttribute('aria-label', comment.label);
    const author = document.createElement('a');
    author.href = comment.profile;
    author.textContent = comment.name;
    const text = document.createElement('div');
    text.dir = 'auto';
    text.textContent = comment.text;
    const time = document.createElement('a');
    time.href = `https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9?comment_id=${comment.id}`;
    time.textContent = '1m';
    article.append(author, text, time);
    const li = document.createElement('li');
    li.append(article);
    const list = document.querySelector('[role="dialog"] ul');
    if (comment.first) list?.prepend(li);
    else list?.append(li);
  }, c);
}

/** Every text inside the closed shadow roots of `tag` elements on the page (read through the DevTools protocol). */
export async function readShadowTexts(page: Page, tag: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const collect = (n: CdpNode) => {
      if (n.nodeType === 3 && n.nodeValue.trim() && n.nodeName !== '#comment') texts.push(n.nodeValue);
      for (const c of n.children ?? []) if (c.nodeName !== 'STYLE') collect(c);
    };
    const walk = (n: CdpNode) => {
      if (n.nodeName === tag.toUpperCase()) for (const s of n.shadowRoots ?? []) collect(s);
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    return texts;
  } finally {
    await cdp.detach();
  }
}
