/**
 * No data leaves the device. A full session (add a page, a pile-on read and
 * classified, an incident opened, evidence captured, labels changed, actions
 * marked in the popup and the side panel, the dispute CSV, the report, the
 * police packet, a configuration export and a backup) is recorded request by
 * request: the extension's service worker, its pages and its content script
 * make none outside the fixture pages the test itself opens. Playwright
 * reports a service worker's requests with the browser context's (checked
 * here at the start with a deliberate request from Keel's worker and one from
 * one of its pages, which must be seen). WebSockets are not requests: each
 * page's are watched, and the bundles are scanned for every network API.
 *
 * And the manifest asks for no host access at all: no host_permissions, no
 * content_scripts, no <all_urls>; access is granted per page, at runtime.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request } from '@playwright/test';
import { watchPages } from '../../scripts/browser';
import { pageTarget } from '../../utils/pages';
import { addComment, EXTENSION_DIR, expect, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

test.use({ pages: [] });

const PAGE = 'https://www.facebook.com/HarboursideDental';
const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const PROBE = 'https://keel-probe.invalid';

/** Every .js file of the build. */
function bundleFiles(dir = EXTENSION_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? bundleFiles(full) : e.name.endsWith('.js') ? [full] : [];
  });
}

test('the manifest asks for no host access, and no built file can reach the network', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_scripts ?? []).toEqual([]);
  // API permissions only: no URL pattern, no <all_urls>.
  for (const p of manifest.permissions as string[]) expect(p).toMatch(/^[a-zA-Z]+$/);
  // Sites are asked for one at a time, at runtime.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:/);

  // Every http(s) address written in the bundles, with where it comes from. None is fetched:
  // documentation links in error messages, XML namespaces, JSON Schema ids, and the platform
  // addresses Keel matches pages against (and shows as examples).
  const allowed: RegExp[] = [
    /^https?:\/\/json-schema\.org\/draft[-\w/#]*$/, // Zod's toJSONSchema ids
    /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)$/, // Preact's namespaces
    /^https:\/\/tinyurl\.com\/y2uuvskb$/, // Dexie's "IndexedDB API missing" message
    /^http:\/\/bit\.ly\/2kdckMn$/, // Dexie's "Transaction committed too early" message
    /^https?:\/\/\$?$/, // protocol prefixes in URL checks and templates (`https://${host}`)
    /^https:\/\/(www\.|web\.|m\.|[a-z]{2}\.)?(facebook|google|instagram|x|twitter|youtube|yelp|tiktok|trustpilot)\.com(\/[\w.*]*)?$/, // match patterns, origins
    /^https:\/\/www\.example\.com\/path\/\*$/, // a placeholder in Settings
    /^https:\/\/www\.google\.com\/maps\/contrib\/\$1$/, // the one form of a Google contributor's link that authors are keyed by (hash.ts)
  ];
  const apis = /\b(fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection|WebTransport)\b/g;
  const unknownUrls: string[] = [];
  const calls: string[] = [];
  let urls = 0;
  const files = bundleFiles();
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const js = fs.readFileSync(file, 'utf8');
    const rel = path.relative(EXTENSION_DIR, file);
    for (const m of js.matchAll(/https?:\/\/[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]*/g)) {
      urls++;
      if (!allowed.some((re) => re.test(m[0]))) unknownUrls.push(`${rel}: ${m[0]}`);
    }
    for (const m of js.matchAll(apis)) calls.push(`${rel}: ${js.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40)}`);
  }
  expect(unknownUrls).toEqual([]);
  // Two network calls exist in the bundles, both in libraries and both unreachable here: Vite's
  // module-preload helper fetches Keel's own chunk files (chrome-extension://), and papaparse's
  // remote loader runs only with `download: true`, which Keel never passes (checked below).
  const known = (c: string) => /fetch\(e\.href,n\)/.test(c) || (/papaparse/.test(c) && /XMLHttpRequest/.test(c));
  expect(calls.filter((c) => !known(c))).toEqual([]);
  // Keel's own code calls none of them.
  const sources = ['entrypoints', 'components', 'utils'].flatMap((d) =>
    fs.readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(d, f)),
  );
  // (The chip's history and replies sections name their message-backed source `fetch`: a local, declared in the file.)
  const own = sources.filter((f) => {
    const code = fs.readFileSync(f, 'utf8').replace(/\bconst fetch = source;[\s\S]*/, '');
    return new RegExp(apis.source).test(code) || /download:\s*true|worker:\s*true/.test(code);
  });
  expect(own).toEqual([]);
  test.info().annotations.push({ type: 'bundle-files', description: String(files.length) }, { type: 'url-literals', description: String(urls) });
  console.log(`no-network: ${files.length} bundle files, ${urls} http(s) literals (all documentation, namespaces or match patterns), ${calls.length} network calls (both in libraries, unreachable)`);
});

test('a full session sends nothing anywhere: worker, pages and content script make no request but the fixture pages', async ({ context, worker, extensionId }) => {
  test.setTimeout(180_000);
  const base = `chrome-extension://${extensionId}`;
  const seen: Array<{ url: string; type: string; from: string; navigation: boolean }> = [];
  const sockets: string[] = [];
  const describe = (r: Request) => {
    let from = 'worker';
    if (!r.serviceWorker()) {
      try {
        from = r.frame().url() || 'page';
      } catch {
        from = 'page';
      }
    }
    return { url: r.url(), type: r.resourceType(), from, navigation: r.isNavigationRequest() };
  };
  context.on('request', (r) => seen.push(describe(r)));
  const watchSockets = (p: import('@playwright/test').Page) => p.on('websocket', (ws) => sockets.push(`${p.url()}: ${ws.url()}`));
  for (const p of context.pages()) watchSockets(p);
  context.on('page', watchSockets);

  // The recorder sees Keel's worker and Keel's pages: one deliberate request from each.
  await context.route(`${PROBE}/**`, (route) => route.fulfill({ status: 204 }));
  await worker.evaluate((u) => fetch(u).then((r) => r.status), `${PROBE}/from-worker`);
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await options.evaluate((u) => fetch(u).then((r) => r.status), `${PROBE}/from-page`);
  await expect.poll(() => seen.filter((s) => s.url.startsWith(PROBE)).map((s) => [s.url, s.from === 'worker'])).toEqual([
    [`${PROBE}/from-worker`, true],
    [`${PROBE}/from-page`, false],
  ]);

  // No site access before a page is added; after, exactly that page's origins, and the content script only there.
  const granted = () => worker.evaluate(async () => ({ origins: (await chrome.permissions.getAll()).origins ?? [], scripts: await chrome.scripting.getRegisteredContentScripts() }));
  expect(await granted()).toEqual({ origins: [], scripts: [] });
  await watchPages(context, extensionId, [PAGE]);
  const target = pageTarget(PAGE);
  if (!target.ok) throw new Error(target.error);
  const after = await granted();
  expect([...after.origins].sort()).toEqual([...target.target.origins].sort());
  expect(after.scripts.flatMap((s) => s.matches ?? []).sort()).toEqual([...target.target.origins].sort());
  expect(after.origins).not.toContain('<all_urls>');

  // The page, read and classified; a pile-on arrives into an incident opened from the popup.
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const post = await context.newPage();
  await post.goto(POST);
  await waitForKeelIdle(post, 8);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`${base}/popup.html?tab=${await tabIdOf(worker, POST)}`);
  await popup.getByRole('button', { name: 'Start an incident for this page' }).click();
  await expect(popup.getByTestId('incident')).toBeVisible();
  // The popup: an item's detail, a capture, marks, a note and a new label.
  await popup.locator('.flag-open[data-open="facebook:1005"]').click();
  const detail = popup.locator('.detail');
  await detail.getByRole('button', { name: 'Capture evidence' }).click();
  await expect(detail.getByRole('status')).toContainText(/captured/i);
  await detail.getByRole('button', { name: 'Reported to the platform' }).click();
  await expect(detail.getByRole('button', { name: '✓ Reported' })).toBeVisible();
  await detail.getByLabel('Note for the log').fill('Checked with the manager.');
  await detail.getByRole('button', { name: 'Add note' }).click();
  await expect(detail.locator('.acts-log')).toContainText('Note: Checked with the manager.');
  await detail.getByText('Not right? Set the label').click();
  await detail.getByRole('button', { name: 'Spam' }).click();
  await expect(detail.locator('.detail-meta')).toContainText('set by you');

  const words = ['You people are pathetic idiots. Saw the video.', 'Boycott these clowns. Fire her!', 'Disgusting people. Everyone report this page.'];
  for (let i = 0; i < 12; i++) {
    await addComment(post, {
      id: `n${200 + i}`,
      name: `Stranger ${String.fromCharCode(65 + i)} Ames`,
      profile: `https://www.facebook.com/stranger.ames.${i}`,
      text: `${words[i % words.length]} (${i})`,
      label: `Comment by Stranger ${String.fromCharCode(65 + i)} Ames just now`,
    });
  }
  await waitForKeelIdle(post, 20);

  // The side panel: one mark from the keyboard.
  await post.bringToFront();
  const queue = await context.newPage();
  await queue.goto(`${base}/sidepanel.html`);
  await expect(queue.getByTestId('progress')).toBeVisible();
  // As a moderator would: once an item is shown as the current one.
  await expect(queue.getByTestId('current')).toBeVisible();
  await queue.keyboard.press('h');
  await expect(queue.getByTestId('status')).toContainText('Marked hidden');

  // Exports: the report, its CSV, the police packet, the configuration and a backup.
  await options.reload();
  const row = options.locator('[data-incident]').first();
  const [report] = await Promise.all([context.waitForEvent('page'), row.getByRole('button', { name: /^Report/ }).click()]);
  await report.waitForLoadState();
  await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
  const [csv] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Download dispute CSV' }).click()]);
  expect(fs.readFileSync(await csv.path(), 'utf8').length).toBeGreaterThan(100);
  // The page's police packet (the threat came before the incident was opened, so it is not in the incident's).
  await report.goto(`${base}/report.html?${new URLSearchParams({ page: POST, kind: 'police' })}`);
  await expect(report.getByTestId('threat')).toHaveCount(1);
  for (const button of ['Export configuration', 'Download backup']) {
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
    expect(JSON.parse(fs.readFileSync(await file.path(), 'utf8'))).toBeTruthy();
  }

  // Everything seen: Keel's own files, the fixture pages the test opened, the two probes. Nothing else.
  const local = /^(chrome-extension|chrome|data|blob|about|devtools):/;
  const opened = new Set([POST]);
  const fixture = (s: (typeof seen)[number]) => s.navigation && s.type === 'document' && opened.has(s.url);
  const probes = seen.filter((s) => s.url.startsWith(PROBE));
  const leaks = seen.filter((s) => !local.test(s.url) && !fixture(s) && !s.url.startsWith(PROBE));
  expect(leaks).toEqual([]);
  expect(sockets).toEqual([]);
  expect(probes).toHaveLength(2);
  const figures = {
    requests: seen.length - probes.length,
    fromWorker: seen.filter((s) => s.from === 'worker' && !s.url.startsWith(PROBE)).length,
    fixturePages: seen.filter(fixture).length,
    leftTheDevice: leaks.length,
  };
  test.info().annotations.push({ type: 'requests', description: JSON.stringify(figures) });
  console.log(`no-network: ${JSON.stringify(figures)}`);
});
