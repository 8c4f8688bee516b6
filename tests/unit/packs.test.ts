// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { type RawItem, RawItemSchema } from '../../utils/model';
import { packAdapter } from '../../utils/packs/adapter';
import { type Pack, parsePack, parsePackValue, patternMatches } from '../../utils/packs/schema';

const pack: Pack = {
  format: 'keel-pack/1',
  id: 'smile-reviews',
  name: 'Smile Reviews',
  version: 2,
  matches: ['https://www.smile-reviews.example/clinic/*'],
  kind: 'review',
  selectors: {
    item: '[data-review]',
    author: '.who',
    profileLink: 'a.profile',
    text: '.body',
    rating: '[role="img"]',
    time: 'time',
    permalink: 'a.share',
  },
  idAttribute: 'data-review',
  ratingAttribute: 'aria-label',
};

const PAGE = `<main>
  <section data-review="r1">
    <a class="profile" href="/u/jo?utm_source=x"><span class="who">Jo Marsh</span></a>
    <span role="img" aria-label="Rated 2 out of 5"></span>
    <time datetime="2026-11-20T10:15:00Z">3 days ago</time>
    <div class="body">Waited an hour. &lt;script&gt;alert(1)&lt;/script&gt;</div>
    <a class="share" href="https://www.smile-reviews.example/clinic/harbourside#r1">Share</a>
    <section data-review="r1-reply">
      <span class="who">Harbourside Dental</span>
      <div class="body">Please call us.</div>
    </section>
  </section>
  <section data-review="r2">
    <span class="who">Ana Ruiz</span>
    <div class="body">Lovely team</div>
  </section>
  <form><textarea class="body"></textarea></form>
</main>`;

function load(html = PAGE): Document {
  const doc = document.implementation.createHTMLDocument('x');
  doc.body.innerHTML = html; // test fixture, not page text
  return doc;
}

describe('selector pack schema', () => {
  test('a good pack parses', () => {
    expect(parsePack(JSON.stringify(pack))).toEqual({ ok: true, pack, notes: [] });
  });

  test('a pack written in the words people use reads as the same pack, and says how it was read', () => {
    // As someone writes it from "URL patterns and selectors for item, author, profile link, text, rating, time, permalink".
    const written = {
      id: 'smile-reviews',
      name: 'Smile Reviews',
      version: 2,
      urlPatterns: 'https://www.smile-reviews.example/clinic/*',
      kind: 'reviews',
      selectors: {
        itemSelector: '[data-review]',
        author_name: '.who',
        'profile-link': 'a.profile',
        body: '.body',
        stars: '[role="img"]',
        date: 'time',
        Permalink: 'a.share',
      },
      id_attribute: 'data-review',
      ratingAttr: 'aria-label',
    };
    const r = parsePackValue(written);
    expect(r.ok && r.pack).toEqual(pack);
    if (!r.ok) return;
    expect(r.notes).toEqual(
      expect.arrayContaining([
        'read "urlPatterns" as "matches"',
        'read the one URL pattern as a list of one',
        'no "format": read as "keel-pack/1"',
        'read "kind": "reviews" as "review"',
        'read "selectors.itemSelector" as "selectors.item"',
        'read "selectors.profile-link" as "selectors.profileLink"',
        'read "selectors.date" as "selectors.time"',
        'read "id_attribute" as "idAttribute"',
      ]),
    );
    // Saved or exported, it is Keel's own form, which reads back with nothing to say.
    expect(parsePackValue(JSON.parse(JSON.stringify(r.pack)))).toEqual({ ok: true, pack, notes: [] });
  });

  test('a flat pack with only what matters fills the rest in plainly', () => {
    const r = parsePackValue({ name: 'CareNotes Clinic Reviews', matches: ['https://www.carenotes.example/*'], item: 'article', text: '.body', rating: '.score' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack).toMatchObject({ format: 'keel-pack/1', id: 'carenotes-clinic-reviews', version: 1, kind: 'review', selectors: { item: 'article', text: '.body', rating: '.score' } });
    const comments = parsePackValue({ id: 'forum', matches: ['https://forum.example/*'], selectors: { item: 'li', text: 'p' } });
    expect(comments.ok && comments.pack).toMatchObject({ name: 'forum', kind: 'comment' });
  });

  test('a flat pack may use any name of a selector that is not a name of the pack itself (link, content, score…): as inside selectors', () => {
    const flat = parsePackValue({ id: 'forum', urlPatterns: ['https://forum.example/t/*'], itemSelector: 'div.post', content: '.post-body', score: '.votes', posted: 'time', link: 'a.post-date', authorUrl: 'a.user' });
    expect(flat.ok && flat.pack.selectors).toEqual({ item: 'div.post', text: '.post-body', rating: '.votes', time: 'time', permalink: 'a.post-date', profileLink: 'a.user' });
    // "name" and "url" keep their meaning at the top: the pack's name, its address patterns.
    const own = parsePackValue({ name: 'Forum', url: 'https://forum.example/t/*', item: 'div.post', text: 'p' });
    expect(own.ok && [own.pack.name, own.pack.matches, own.pack.selectors]).toEqual(['Forum', ['https://forum.example/t/*'], { item: 'div.post', text: 'p' }]);
  });

  test('a field given under two of its names is an error that names both', () => {
    const r = parsePackValue({ ...pack, urls: ['https://other.example/*'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('matches: given twice, as "matches" and as "urls": keep one');
    const s = parsePackValue({ ...pack, selectors: { ...pack.selectors, body: '.other' } });
    expect(!s.ok && s.errors).toContain('selectors.text: given twice, as "text" and as "body": keep one');
  });

  test.each([
    ['{not json', /^Not JSON/],
    [JSON.stringify({ ...pack, format: 'other' }), /^format: must be "keel-pack\/1"/],
    [JSON.stringify({ ...pack, id: 'facebook' }), /^id: is the name of a built-in platform/],
    [JSON.stringify({ ...pack, id: 'Bad Id!' }), /^id: must be 2–40 lowercase/],
    [JSON.stringify({ ...pack, matches: [] }), /^matches: needs at least one URL pattern/],
    [JSON.stringify({ ...pack, matches: ['javascript:alert(1)'] }), /^matches\.0: must look like https/],
    [JSON.stringify({ ...pack, matches: ['https://*.com/*'] }), /^matches\.0: may not cover a whole top-level domain/],
    [JSON.stringify({ ...pack, selectors: { ...pack.selectors, item: '' } }), /^selectors\.item: is empty/],
    [JSON.stringify({ ...pack, selectors: { ...pack.selectors, text: 'div[data-x' } }), /^selectors\.text: has unbalanced/],
    [JSON.stringify({ ...pack, selectors: { ...pack.selectors, author: 'a { color: red }' } }), /^selectors\.author: may not contain/],
    [JSON.stringify({ ...pack, selectors: { text: 'p' } }), /^selectors\.item: /],
    [JSON.stringify({ ...pack, ratingScale: 1 }), /^ratingScale: /],
    // A misspelt or unknown field is named, with the fields there are: never a value silently left empty.
    [JSON.stringify({ ...pack, selectors: { ...pack.selectors, permalnk: 'a.p' } }), /^selectors: unknown field "permalnk" \(the fields are: item, .*permalink/],
    [JSON.stringify({ ...pack, sclae: 10 }), /^\(the pack\): unknown field "sclae" \(the fields are: .*ratingScale/],
  ])('refuses %s naming the field', (text, message) => {
    const r = parsePack(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });

  test('every problem is listed, not only the first', () => {
    const r = parsePackValue({ ...pack, id: '', kind: 'post', selectors: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const fields = r.errors.map((e) => e.split(':')[0]);
      expect(fields).toEqual(expect.arrayContaining(['id', 'kind', 'selectors.item', 'selectors.text']));
    }
  });

  test('URL patterns: a host wildcard never reaches into the path', () => {
    expect(patternMatches('https://*.example.com/*', 'https://a.b.example.com/x')).toBe(true);
    expect(patternMatches('https://*.example.com/*', 'https://evil.test/a.example.com/')).toBe(false);
    expect(patternMatches('https://www.ex.com/biz/*', 'https://www.ex.com/biz/a?b=1#c')).toBe(true);
    expect(patternMatches('https://www.ex.com/biz/*', 'https://www.ex.com/other')).toBe(false);
  });
});

describe('pack adapter', () => {
  const adapter = packAdapter(pack);
  const url = 'https://www.smile-reviews.example/clinic/harbourside';

  test('matches the pack patterns only', () => {
    expect(adapter.matches(new URL(url))).toBe(true);
    expect(adapter.matches(new URL('https://www.smile-reviews.example/other'))).toBe(false);
    expect(adapter.packId).toBe('smile-reviews');
  });

  test('reads every field, with nested items as replies', () => {
    const doc = load();
    Object.defineProperty(doc, 'URL', { value: url });
    const els = adapter.findItems(doc);
    expect(els).toHaveLength(3);
    const items = els.map((el) => adapter.read(el));
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
    expect(items[0]).toEqual({
      platform: 'custom',
      kind: 'review',
      nativeId: 'r1',
      parentId: null,
      permalink: 'https://www.smile-reviews.example/clinic/harbourside',
      author: { name: 'Jo Marsh', profileUrl: 'https://www.smile-reviews.example/u/jo' },
      text: 'Waited an hour. <script>alert(1)</script>',
      rating: 2,
      postedAt: Date.parse('2026-11-20T10:15:00Z'),
      postedText: '3 days ago',
    });
    expect(items[1]).toMatchObject({ kind: 'reply', nativeId: 'r1-reply', parentId: 'r1', text: 'Please call us.', rating: null });
    expect(items[1]?.author.name).toBe('Harbourside Dental');
    // The reply's text is not the review's: the review reads its own body only.
    expect(items[2]).toMatchObject({ kind: 'review', nativeId: 'r2', author: { name: 'Ana Ruiz', profileUrl: null }, text: 'Lovely team', permalink: null, postedAt: null, postedText: null });
  });

  test('with no rating attribute named, the number is found in the label, or the star glyphs are counted', () => {
    const plain = packAdapter({ ...pack, ratingAttribute: undefined });
    const doc = load(
      [
        '<div data-review="a"><span role="img" aria-label="4 out of 5 stars">★★★★☆</span><p class="body">x</p></div>',
        '<div data-review="b"><span role="img">★★☆☆☆</span><p class="body">y</p></div>',
        '<div data-review="c"><span role="img" title="Rated 1">★</span><p class="body">z</p></div>',
        '<div data-review="d"><span role="img">★★★★★★★★☆☆</span><p class="body">w</p></div>',
        '<div data-review="e"><span role="img">Great</span><p class="body">v</p></div>',
      ].join(''),
    );
    expect(plain.findItems(doc).map((el) => plain.read(el)?.rating)).toEqual([4, 2, 1, 4, null]);
  });

  test("a review's words leave out its Read more button and the … that stands for the hidden rest", () => {
    const doc = load(
      '<div data-review="a"><p class="body">I was handed a bill and the<span class="ellipsis">… </span><span hidden> receptionist said the site was out of date.</span> <button type="button">Read more</button></p></div>',
    );
    expect(adapter.read(adapter.findItems(doc)[0] as Element)?.text).toBe('I was handed a bill and the receptionist said the site was out of date.');
  });

  test('a node added inside an item finds that item; a container finds all inside', () => {
    const doc = load();
    const body = doc.querySelector('[data-review="r2"] .body') as Element;
    expect(adapter.findItems(body).map((e) => e.getAttribute('data-review'))).toEqual(['r2']);
    expect(adapter.findItems(doc.querySelector('main') as Element)).toHaveLength(3);
  });

  test('scales ratings out of 10, and ignores ratings out of range', () => {
    const ten = packAdapter({ ...pack, ratingScale: 10 });
    const doc = load('<div data-review="a"><span role="img" aria-label="8 / 10"></span><p class="body">x</p></div><div data-review="b"><span role="img" aria-label="0"></span><p class="body">y</p></div>');
    const [a, b] = ten.findItems(doc).map((el) => ten.read(el));
    expect(a?.rating).toBe(4);
    expect(b?.rating).toBeNull();
  });

  test('anchors the chip after the author, or at the top of the item', () => {
    const doc = load();
    const [first, , third] = adapter.findItems(doc) as Element[];
    expect(adapter.anchor(first as Element).node.className).toBe('who');
    expect(adapter.anchor(third as Element).where).toBe('afterend');
    const bare = packAdapter({ ...pack, selectors: { item: '[data-review]', text: '.body' } });
    expect(bare.anchor(first as Element)).toEqual({ node: first, where: 'afterbegin' });
  });

  test('hostile links are dropped, not stored', () => {
    const doc = load(`<div data-review="a"><a class="profile" href="javascript:alert(1)">X</a><a class="share" href="https://e.example/${'a'.repeat(5000)}">s</a><p class="body">x</p></div>`);
    const item = adapter.read(adapter.findItems(doc)[0] as Element) as RawItem;
    expect(item.author).toEqual({ name: 'X', profileUrl: null });
    expect(item.permalink).toBeNull();
    expect(RawItemSchema.safeParse(item).success).toBe(true);
  });
});
