import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test, vi } from 'vitest';

const run = promisify(execFile);
// Each test starts the CLI in a child process (tsx compiles it first): slow on a loaded machine, not a timing test.
vi.setConfig({ testTimeout: 60_000 });
const ROOT = path.resolve(__dirname, '../..');

async function keel(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/keel.ts'), ...args], { cwd: ROOT });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

// Every input file of this run, in one directory removed when the file's tests end.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-cli-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function tmp(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(TMP, 'in-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('keel classify', () => {
  test('prints one result per item, in order, and reports bad lines by number without stopping', async () => {
    const lines = [
      { id: 'a', platform: 'facebook', kind: 'comment', author: { name: 'Dana' }, text: 'I waited two hours for my appointment, total bullshit', postedAt: '2026-11-20T10:00:00Z' },
      'this is not json',
      { id: 'b', platform: 'google-maps', kind: 'review', author: { name: 'X' }, text: 'ok', rating: 9, postedAt: '2026-11-20T10:01:00Z' },
      { id: 'c', platform: 'facebook', kind: 'comment', author: { name: 'Rex', profileUrl: 'https://www.facebook.com/rex' }, text: 'w a t c h your back', rating: null, postedAt: '2026-11-20T10:02:00Z' },
      { id: 'd', platform: 'facebook', kind: 'review', author: { name: 'Ben Ito' }, text: 'Boycott! #shame', recommends: false, postedAt: '2026-11-20T10:03:00Z' },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const file = tmp('items.jsonl', `${lines.join('\n')}\n`);
    const profile = tmp('profile.json', JSON.stringify({ businessName: 'Harbourside Dental', services: ['cleaning'], staff: ['Dr. Imani Okafor'], roster: ['Ben Ito'] }));
    const { stdout, stderr, code } = await keel(['classify', file, '--profile', profile]);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((r) => [r.id, r.label])).toEqual([['a', 'genuine'], ['c', 'threat'], ['d', 'genuine']]);
    for (const r of out) {
      expect(Object.keys(r)).toEqual(['id', 'label', 'confidence', 'reasons', 'campaign']);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.campaign).toBe(false);
    }
    expect(out[2].reasons[0]).toContain('roster');
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 3: invalid item: rating/);
    expect(code).toBe(1);
  });

  test('reads a byte-order mark, CRLF line ends and local times; an empty file prints nothing', async () => {
    const line = JSON.stringify({ id: 'x', platform: 'yelp', kind: 'review', author: { name: 'Jo', profileUrl: null }, text: 'Are you open Sunday?', rating: null, postedAt: '2026-11-20T10:00:00' });
    const { stdout, code } = await keel(['classify', tmp('bom.jsonl', `\uFEFF${line}\r\n${line.replace('"x"', '"y"')}\r\n`)]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['x', 'y']);
    const empty = await keel(['classify', tmp('empty.jsonl', '')]);
    expect(empty).toMatchObject({ stdout: '', code: 0 });
  });

  test('a missing or invalid profile is a clear error', async () => {
    const file = tmp('items.jsonl', '');
    const bad = tmp('profile.json', JSON.stringify({ services: 'cleaning' }));
    const { stderr, code } = await keel(['classify', file, '--profile', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Invalid profile/);
    expect(stderr).toMatch(/businessName/);
  });
});

describe('keel extract', () => {
  test('reads a saved page with the adapter for its URL, one JSON object per item, without running its scripts', async () => {
    const page = fs.readFileSync(path.join(ROOT, 'tests/fixtures/facebook/page-post.html'), 'utf8');
    // A script that would add a comment if it ran.
    const file = tmp('saved.html', page.replace('</body>', '<script>document.body.insertAdjacentHTML("beforeend", "<div role=article><a href=\\"/x?comment_id=666\\">1m</a></div>")</script></body>'));
    // Saved at a known moment: the file's modification time is when the page was seen.
    fs.utimesSync(file, new Date('2026-11-16T15:00:00Z'), new Date('2026-11-16T15:00:00Z'));
    const { stdout, code } = await keel(['extract', file, '--url', 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9']);
    expect(code).toBe(0);
    const items = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(items.map((i) => i.id)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008']);
    expect(items[1]).toEqual({
      platform: 'facebook',
      kind: 'reply',
      id: '1002',
      permalink: 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9?comment_id=1001&reply_comment_id=1002',
      author: { name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/HarboursideDental' },
      text: "We're sorry to read this. Please call (555) 010-4477 and ask for Theo so we can talk privately.",
      rating: null,
      recommends: null,
      // The page shows only "2h": its own text, as shown, and when the page was seen (the saved file's time).
      postedAt: '2h',
      parentId: '1001',
      seenAt: '2026-11-16T15:00:00.000Z',
    });
    // Where the page gives the time itself: ISO-8601.
    expect(items[0].postedAt).toBe('2026-11-16T13:05:00.000Z');
    expect(Object.keys(items[0])).toEqual(['platform', 'kind', 'id', 'permalink', 'author', 'text', 'rating', 'recommends', 'postedAt', 'parentId']);
  });

  test("an owner's response has no id of its own: id null, parentId its review's", async () => {
    const { stdout } = await keel(['extract', path.join(ROOT, 'tests/fixtures/trustpilot/review-page.html'), '--url', 'https://www.trustpilot.com/review/harbourline-furniture.example']);
    const replies = stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((i) => i.kind === 'reply');
    expect(replies.map((r) => [r.id, r.parentId])).toEqual([[null, '6556a1b2c3d4e5f601234567']]);
  });

  test.each([
    ['trustpilot/review-page.html', 'https://www.trustpilot.com/review/harbourline-furniture.example', 'trustpilot', { review: 4, reply: 1 }],
    ['instagram/post-page.html', 'https://www.instagram.com/p/DQx7Lm2kR4e/', 'instagram', { comment: 4, reply: 2 }],
    ['yelp/biz-2023.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland', 'yelp', { review: 3, reply: 1 }],
    ['tiktok/video-page.html', 'https://www.tiktok.com/@harbourside/video/7300000000000000001', 'tiktok', { comment: 3, reply: 2 }],
    ['youtube/view-model.html', 'https://www.youtube.com/watch?v=Bw7kQ2xLm9A', 'youtube', null],
    ['x/conversation.html', 'https://x.com/harbourside/status/1988000000000000100', 'x', { reply: 4 }],
  ])('reads %s with the adapter of its URL', async (fixture, url, platform, kinds) => {
    const { stdout, code } = await keel(['extract', path.join(ROOT, 'tests/fixtures', fixture), '--url', url]);
    expect(code).toBe(0);
    const items = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const counted: Record<string, number> = {};
    for (const item of items) {
      expect(item.platform).toBe(platform);
      // seenAt only beside a relative time ("2d ago"): when the page was seen, the moment it counts from.
      const relative = typeof item.postedAt === 'string' && !/^\d{4}-\d\d-\d\dT/.test(item.postedAt);
      expect(Object.keys(item)).toEqual(['platform', 'kind', 'id', 'permalink', 'author', 'text', 'rating', 'recommends', 'postedAt', 'parentId', ...(relative ? ['seenAt'] : [])]);
      if (relative) expect(Date.parse(item.seenAt)).toBe(fs.statSync(path.join(ROOT, 'tests/fixtures', fixture)).mtime.getTime());
      if (item.kind === 'review') expect(item.rating).toBeGreaterThanOrEqual(1);
      counted[item.kind] = (counted[item.kind] ?? 0) + 1;
    }
    if (kinds) expect(counted).toEqual(kinds);
    else expect(items.length).toBeGreaterThan(0);
  });

  test('an item whose words the page cut short ("More", the rest not in the page) says cut: true; the others say nothing', async () => {
    const { stdout } = await keel(['extract', path.join(ROOT, 'tests/fixtures/google-maps/owner-responses.html'), '--url', 'https://www.google.com/maps/place/Harbourside+Dental/@-33.86,151.2,17z']);
    const items = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(items.map((i) => [i.kind, i.text.endsWith('…'), i.cut ?? null])).toEqual(items.map((i) => [i.kind, i.text.endsWith('…'), i.text.endsWith('…') ? true : null]));
    expect(items.filter((i) => i.cut)).toHaveLength(3);
    expect(Object.keys(items.find((i) => i.cut) ?? {}).at(-1)).toBe('cut');
  });

  test('extract --help says what it prints and how to write a pack; the pack it shows works as shown', async () => {
    const { stdout, code } = await keel(['extract', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('{platform, kind, id, permalink, author: {name, profileUrl}, text, rating,');
    const pack = /^ {2}\{$[\s\S]*?^ {2}\}$/m.exec(stdout)?.[0] as string;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-help-'));
    fs.writeFileSync(path.join(dir, 'pack.json'), pack);
    fs.writeFileSync(
      path.join(dir, 'page.html'),
      '<div data-review-id="r1"><a class="name" href="/u/ana">Ana</a><span class="stars" content="4"></span><p class="body">Lovely team.</p></div>',
    );
    const run = await keel(['extract', path.join(dir, 'page.html'), '--url', 'https://www.harborlane-reviews.com/biz/x', '--pack', path.join(dir, 'pack.json')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ platform: 'harborlane', kind: 'review', id: 'r1', author: { name: 'Ana' }, text: 'Lovely team.', rating: 4 });
  });

  test('an item with no words (a rating-only review) has text null, as every field the page has no value for', async () => {
    const url = 'https://www.google.com/maps/place/Harbour+Bakery/@51.5,-0.1,17z/data=!4m8!3m7!1s0x0:0x0';
    const { stdout, code } = await keel(['extract', path.join(ROOT, 'tests/fixtures/google-maps/reviews-pane.html'), '--url', url]);
    expect(code).toBe(0);
    const items = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const ratingOnly = items.find((i) => i.author.name === 'Tamsin Okereke');
    expect(ratingOnly).toMatchObject({ kind: 'review', rating: 5, text: null });
    expect(items.filter((i) => i.text === '')).toEqual([]);
  });

  test('--pack reads another site with a selector pack; platform is the pack id', async () => {
    const pack = tmp(
      'pack.json',
      JSON.stringify({
        format: 'keel-pack/1',
        id: 'harborlane',
        name: 'Harborlane Reviews',
        version: 1,
        matches: ['https://www.harborlane-reviews.com/biz/*'],
        kind: 'review',
        selectors: { item: '[data-review-id]', author: '[itemprop="author"] [itemprop="name"]', text: '[itemprop="reviewBody"]', rating: '[itemprop="ratingValue"]' },
        idAttribute: 'data-review-id',
        ratingAttribute: 'content',
      }),
    );
    const page = path.join(ROOT, 'tests/fixtures/packs/review-site.html');
    const url = 'https://www.harborlane-reviews.com/biz/luigis-trattoria-portland';
    const { stdout, code } = await keel(['extract', page, '--url', url, '--pack', pack]);
    expect(code).toBe(0);
    const items = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.filter((i) => i.kind === 'review')).toHaveLength(5);
    for (const item of items) {
      expect(item.platform).toBe('harborlane');
      expect(item.id).toMatch(/^rv-/);
      expect(item.author.name).not.toBe('');
    }
    // A pack that does not match the URL, and a broken pack, are clear errors.
    const elsewhere = await keel(['extract', page, '--url', 'https://www.example.com/x', '--pack', pack]);
    expect(elsewhere).toMatchObject({ code: 2, stderr: expect.stringContaining('Pack harborlane does not match https://www.example.com/x') });
    const broken = await keel(['extract', page, '--url', url, '--pack', tmp('bad.json', '{"format":"keel-pack/1","id":"x"}')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/Invalid pack .*bad\.json:\n {2}id: must be 2–40/);
    expect(broken.stderr).toMatch(/selectors: /);
    // The same pack as someone writes it from the description: the same items, and how its fields were read.
    const written = tmp(
      'written.json',
      JSON.stringify({
        name: 'Harborlane Reviews',
        urlPatterns: ['https://www.harborlane-reviews.com/biz/*'],
        itemSelector: '[data-review-id]',
        authorSelector: '[itemprop="author"] [itemprop="name"]',
        body: '[itemprop="reviewBody"]',
        stars: '[itemprop="ratingValue"]',
        id_attribute: 'data-review-id',
        rating_attribute: 'content',
      }),
    );
    const same = await keel(['extract', page, '--url', url, '--pack', written]);
    expect(same.code).toBe(0);
    // Its id is made from its name, so its items carry that as their platform; everything else is the same.
    expect(same.stdout).toBe(stdout.replaceAll('"platform":"harborlane"', '"platform":"harborlane-reviews"'));
    expect(same.stderr).toContain('read "urlPatterns" as "matches"');
    expect(same.stderr).toContain('no "id": made "harborlane-reviews" from the name');
  });

  test('a page where nothing is found says so on stderr, naming the site the page says it is from', async () => {
    // A Trustpilot page run with a Facebook address: the page's canonical link gives it away.
    const page = path.join(ROOT, 'tests/fixtures/trustpilot/review-page.html');
    const html = fs.readFileSync(page, 'utf8').replace('<head>', '<head><link rel="canonical" href="https://www.trustpilot.com/review/harbourline-furniture.example">');
    const wrong = await keel(['extract', tmp('tp.html', html), '--url', 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9']);
    expect(wrong).toMatchObject({ code: 0, stdout: '' });
    expect(wrong.stderr).toContain('No comments or reviews found: the facebook adapter matched https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9');
    expect(wrong.stderr).toContain('The page says it was saved from https://www.trustpilot.com/review/harbourline-furniture.example (a trustpilot page): pass that address as --url.');
    // No address of its own (or its own site): the layout may have changed.
    const empty = await keel(['extract', tmp('empty.html', '<title>Reviews</title><main><p>Nothing yet</p></main>'), '--url', 'https://www.yelp.com/biz/harbourside-dental']);
    expect(empty).toMatchObject({ code: 0, stdout: '' });
    expect(empty.stderr).toContain('the yelp adapter matched');
    expect(empty.stderr).toContain('the site\'s layout may have changed: write a selector pack for it (--pack), or report the page.');
    // A page with items says nothing on stderr.
    const fine = await keel(['extract', page, '--url', 'https://www.trustpilot.com/review/harbourline-furniture.example']);
    expect(fine.stderr).toBe('');
    expect(fine.stdout.trim().split('\n')).toHaveLength(5);
  });

  test('a URL no adapter reads is a clear error', async () => {
    const { stderr, code } = await keel(['extract', tmp('x.html', '<p>hi</p>'), '--url', 'https://example.org/page']);
    expect(code).toBe(2);
    expect(stderr).toContain('No adapter reads https://example.org/page. For another site, pass a selector pack: --pack PACK.json.');
  });
});

describe('keel lint-reply', () => {
  test('prints one line per reply with its errors and warnings; bad lines go to stderr with their number', async () => {
    const file = tmp(
      'replies.jsonl',
      [
        JSON.stringify({ id: 'r1', text: 'Hi Sarah, sorry about your visit on Tuesday.' }),
        JSON.stringify({ id: 'r2', text: 'Thank you for your kind words. We will pass them on to Theo Lindqvist. — Harbourside Dental' }),
        'not json',
        JSON.stringify({ id: 'r4' }),
        JSON.stringify({ id: 5, text: 'Thanks for the note! '.repeat(20), platform: 'x' }),
      ].join('\n'),
    );
    const profile = tmp('p.json', JSON.stringify({ businessName: 'Harbourside Dental', services: [], staff: ['Theo Lindqvist'] }));
    const { stdout, stderr, code } = await keel(['lint-reply', file, '--profile', profile]);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/replies\.jsonl: line 3: not valid JSON \(/),
      expect.stringMatching(/replies\.jsonl: line 4: invalid reply: text: Invalid input: expected string, received undefined$/),
    ]);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['r1', 'r2', '5']);
    expect(Object.keys(lines[0])).toEqual(['id', 'errors', 'warnings']);
    expect(lines[0].errors.map((e: { rule: string; excerpt: string }) => [e.rule, e.excerpt])).toEqual([
      ['confirms-patient', 'your visit'],
      ['names-person', 'Sarah'],
      ['visit-time', 'on Tuesday'],
    ]);
    expect(lines[0].warnings.map((w: { rule: string }) => w.rule)).toEqual(['no-offline-route']);
    for (const f of [...lines[0].errors, ...lines[0].warnings]) expect(Object.keys(f)).toEqual(['rule', 'message', 'excerpt']);
    expect(lines[1]).toEqual({ id: 'r2', errors: [], warnings: [] });
    expect(lines[2].warnings.map((w: { rule: string }) => w.rule)).toEqual(['too-long']);
  });
});

