// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type { RawItem } from '../../utils/model';
import { packAdapter } from '../../utils/packs/adapter';
import { isReadableClass, type Proposal, proposePack } from '../../utils/packs/propose';
import { type Pack, PackSchema, parsePackValue } from '../../utils/packs/schema';

/** Parses a fixture as the page at `url` (happy-dom documents take the window's URL). */
function load(file: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = fs.readFileSync(path.join(__dirname, '../fixtures/packs', file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function parse(html: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function at(doc: Document, selector: string): Element {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

function propose(doc: Document, selector: string, opts: { url: string; kind?: 'comment' | 'review' }): Proposal {
  const proposal = proposePack(at(doc, selector), opts);
  if (!proposal) throw new Error(`no proposal for a click on ${selector}`);
  return proposal;
}

/** What packAdapter reads from the document with the proposed pack, as the scanner would. */
function readAll(pack: Pack, doc: Document): RawItem[] {
  const adapter = packAdapter(pack);
  return adapter.findItems(doc).map((el) => {
    const item = adapter.read(el);
    if (!item) throw new Error('an item read as null');
    return item;
  });
}

/** Every check a proposal must pass, whatever the page. */
function expectValid(proposal: Proposal, url: string): void {
  expect(PackSchema.safeParse(proposal.pack).success).toBe(true);
  // It survives the trip through JSON and the import boundary unchanged.
  const reparsed = parsePackValue(JSON.parse(JSON.stringify(proposal.pack)));
  expect(reparsed).toEqual({ ok: true, pack: proposal.pack, notes: [] });
  expect(packAdapter(proposal.pack).matches(new URL(url))).toBe(true);
}

/** The class names a selector uses. */
function classesIn(selector: string): string[] {
  return [...selector.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] ?? '');
}

/** Class names in the document that are generated (hashes, atomic CSS, styled-components). */
function generatedClasses(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const el of doc.querySelectorAll('[class]')) for (const c of el.classList) if (!isReadableClass(c)) out.add(c);
  return out;
}

function expectNoGeneratedClasses(pack: Pack, doc: Document): void {
  const generated = generatedClasses(doc);
  for (const selector of Object.values(pack.selectors)) {
    if (!selector) continue;
    for (const c of classesIn(selector)) {
      expect(generated.has(c), `${selector} uses the generated class ${c}`).toBe(false);
      expect(isReadableClass(c)).toBe(true);
    }
  }
}

// ---------------------------------------------------------------------------

describe('a small-business review site with schema.org microdata (review-site.html)', () => {
  const url = 'https://www.harborlane-reviews.com/biz/luigis-trattoria-portland';
  let doc: Document;
  beforeEach(() => {
    doc = load('review-site.html', url);
  });

  const expected: Pack = {
    format: 'keel-pack/1',
    id: 'www-harborlane-reviews-com',
    name: 'harborlane-reviews.com',
    version: 1,
    matches: ['https://www.harborlane-reviews.com/biz/*'],
    kind: 'review',
    selectors: {
      item: '[data-review-id]',
      author: '[itemprop="author"] [itemprop="name"]',
      profileLink: '[itemprop="author"] [itemprop="url"]',
      text: '[itemprop="reviewBody"]',
      rating: '[itemprop="ratingValue"]',
      time: '[itemprop="datePublished"]',
      permalink: '.review-card__link',
    },
    idAttribute: 'data-review-id',
    ratingAttribute: 'content',
  };

  test('clicking the text of a review proposes the microdata selectors', () => {
    const proposal = propose(doc, '[data-review-id="rv-71855"] [itemprop="reviewBody"]', { url });
    expect(proposal.pack).toEqual(expected);
    expect(proposal.found).toBe(5);
    expectValid(proposal, url);
  });

  test('clicking the author, or a span deep in the text, proposes the same pack', () => {
    for (const click of [
      '[data-review-id="rv-71944"] [itemprop="name"]',
      '[data-review-id="rv-71820"] .hl b',
      '[data-review-id="rv-71990"] .review-card__rating time',
    ]) {
      const proposal = propose(doc, click, { url });
      expect(proposal.pack, click).toEqual(expected);
      expect(proposal.found).toBe(5);
    }
  });

  test('packAdapter reads every review: author, text, rating; never the owner reply or the page summary', () => {
    const items = readAll(propose(doc, '[data-review-id="rv-71855"] p', { url }).pack, doc);
    expect(items.map((i) => i.author.name)).toEqual(['Ana M.', 'Dmitri K.', 'A Harbor Lane user', 'Grace O.', 'Tomasz W.']);
    expect(items.map((i) => i.rating)).toEqual([4, 2, 5, 3, 5]);
    expect(items.map((i) => i.nativeId)).toEqual(['rv-71820', 'rv-71855', 'rv-71902', 'rv-71944', 'rv-71990']);
    expect(items.every((i) => i.text.length > 20 && !i.text.includes('Response from the owner'))).toBe(true);
    expect(items[1]).toEqual({
      platform: 'custom',
      kind: 'review',
      nativeId: 'rv-71855',
      parentId: null,
      permalink: 'https://www.harborlane-reviews.com/biz/luigis-trattoria-portland/review/rv-71855',
      author: { name: 'Dmitri K.', profileUrl: 'https://www.harborlane-reviews.com/user/dmitri-k' },
      text: 'Our server forgot the bread twice and the tiramisu tasted like the fridge. Shame, because the pasta itself was good.',
      rating: 2,
      // The day the page's datetime gives, without a time of day: 00:00 UTC of it.
      postedAt: Date.UTC(2025, 0, 9),
      postedText: 'January 9, 2025',
    });
    expect(items[2]).toEqual({
      platform: 'custom',
      kind: 'review',
      nativeId: 'rv-71902',
      parentId: null,
      permalink: 'https://www.harborlane-reviews.com/biz/luigis-trattoria-portland/review/rv-71902',
      author: { name: 'A Harbor Lane user', profileUrl: null },
      text: 'Best lasagne in Portland. Full stop.',
      rating: 5,
      postedAt: Date.UTC(2024, 11, 30),
      postedText: 'December 30, 2024',
    });
  });

  test('notes name every guess for the user to check', () => {
    const { notes } = propose(doc, '[data-review-id="rv-71855"] p', { url });
    expect(notes).toContain('Items: [data-review-id] matches 5 elements shaped like the one you picked.');
    expect(notes).toContain('Profile link: [itemprop="author"] [itemprop="url"] (found in 4 of 5 items).');
    expect(notes).toContain(
      'Rating: [itemprop="ratingValue"] (found in all 5 items); the number is read from its content attribute.',
    );
    expect(notes).toContain("Id: each item's data-review-id attribute.");
    expect(notes.some((n) => n.startsWith('Pages: https://www.harborlane-reviews.com/biz/*'))).toBe(true);
  });

  test('never uses the styled-components classes on the cards', () => {
    const proposal = propose(doc, '[data-review-id="rv-71855"] p', { url });
    expect(generatedClasses(doc)).toContain('bVmNpQ');
    expectNoGeneratedClasses(proposal.pack, doc);
  });

  test('a lone heading has no repeating structure: null', () => {
    expect(proposePack(at(doc, 'h1'), { url })).toBeNull();
    expect(proposePack(at(doc, '.biz-page__address'), { url })).toBeNull();
    expect(proposePack(at(doc, '.reviews__title'), { url })).toBeNull();
  });
});

describe('a forum thread with nested replies and generated classes (forum-thread.html)', () => {
  const url = 'https://forum.tinkerbench.io/t/soldering-iron-recommendations/4821';
  let doc: Document;
  beforeEach(() => {
    doc = load('forum-thread.html', url);
  });

  const expected: Pack = {
    format: 'keel-pack/1',
    id: 'forum-tinkerbench-io',
    name: 'forum.tinkerbench.io',
    version: 1,
    matches: ['https://forum.tinkerbench.io/t/*'],
    kind: 'comment',
    selectors: {
      item: '[data-testid="comment"]',
      author: 'a[href*="/u/"]:not([aria-hidden])',
      profileLink: 'a[href*="/u/"]:not([aria-hidden])',
      text: '[data-testid="comment-body"]',
      time: 'time',
      permalink: 'a[href*="comment"]',
    },
    idAttribute: 'data-comment-id',
  };

  test('clicking the text of a comment proposes data-testid selectors, and the name link after the avatar', () => {
    const proposal = propose(doc, '[data-comment-id="c-90252"] p', { url });
    expect(proposal.pack).toEqual(expected);
    expect(proposal.found).toBe(6);
    expectValid(proposal, url);
  });

  test('clicking the author of a reply, or a span deep in a top comment, proposes the same pack', () => {
    for (const click of [
      '[data-comment-id="c-90230"] > [data-testid="comment-header"] a.css-1m2n3o',
      '[data-comment-id="c-90211"] .css-8i9o0p a',
      '[data-comment-id="c-90244"] em, [data-comment-id="c-90244"] p',
    ]) {
      const proposal = propose(doc, click, { url });
      expect(proposal.pack, click).toEqual(expected);
      expect(proposal.found).toBe(6);
    }
  });

  test('packAdapter reads every comment, with replies nested under their parents', () => {
    const items = readAll(propose(doc, '[data-comment-id="c-90252"] p', { url }).pack, doc);
    expect(items.map((i) => [i.nativeId, i.kind, i.parentId, i.author.name])).toEqual([
      ['c-90211', 'comment', null, 'ferrite_fran'],
      ['c-90230', 'reply', 'c-90211', 'keiko_builds'],
      ['c-90244', 'reply', 'c-90230', 'ferrite_fran'],
      ['c-90236', 'reply', 'c-90211', 'ohm_sweet_ohm'],
      ['c-90215', 'comment', null, ''],
      ['c-90252', 'comment', null, 'the_flux_capacitor'],
    ]);
    expect(items.map((i) => i.text)).toEqual([
      'Get a T12 station. Heats up in ten seconds and the tips are cheap.\nAvoid the unbranded 60 W ones with no temperature control.',
      'Do the T12 clones work with genuine tips?',
      'Yes, mine has run on genuine tips for two years.',
      'Seconding this. Buy a spare C245-style tip while you are at it.',
      'This comment was removed by a moderator.',
      'Pinecil. USB-C powered, open firmware, and it fits in a pencil case.',
    ]);
    expect(items[0]).toEqual({
      platform: 'custom',
      kind: 'comment',
      nativeId: 'c-90211',
      parentId: null,
      permalink: 'https://forum.tinkerbench.io/t/soldering-iron-recommendations/4821?comment=c-90211',
      author: { name: 'ferrite_fran', profileUrl: 'https://forum.tinkerbench.io/u/ferrite_fran' },
      text: 'Get a T12 station. Heats up in ten seconds and the tips are cheap.\nAvoid the unbranded 60 W ones with no temperature control.',
      rating: null,
      postedAt: Date.parse('2025-02-03T14:22:00Z'),
      postedText: '5h',
    });
    expect(items[1]).toEqual({
      platform: 'custom',
      kind: 'reply',
      nativeId: 'c-90230',
      parentId: 'c-90211',
      permalink: 'https://forum.tinkerbench.io/t/soldering-iron-recommendations/4821?comment=c-90230',
      author: { name: 'keiko_builds', profileUrl: 'https://forum.tinkerbench.io/u/keiko_builds' },
      text: 'Do the T12 clones work with genuine tips?',
      rating: null,
      postedAt: Date.parse('2025-02-03T15:01:00Z'),
      postedText: '4h',
    });
  });

  test('never uses css-* or atomic classes, though every element has them', () => {
    const proposal = propose(doc, '[data-comment-id="c-90252"] p', { url });
    const generated = generatedClasses(doc);
    expect(generated).toContain('css-4f5g6h');
    expect(generated).toContain('x1lliihq');
    expectNoGeneratedClasses(proposal.pack, doc);
    expect(JSON.stringify(proposal.pack)).not.toMatch(/css-|x1lliihq|x1n2onr6/);
  });

  test('notes say replies nest and where the pack applies', () => {
    const { notes } = propose(doc, '[data-comment-id="c-90252"] p', { url });
    expect(notes).toContain('Replies: items inside other items are read as replies to them.');
    expect(notes).toContain('Kind: comment (the items carry no star rating).');
    expect(notes).toContain(
      'Pages: https://forum.tinkerbench.io/t/* (every page under /t/ on forum.tinkerbench.io; use https://forum.tinkerbench.io/* if the site shows them elsewhere too).',
    );
  });

  test('the topic title, the opening post and the load-more button are not items: null', () => {
    expect(proposePack(at(doc, '[data-testid="topic-title"]'), { url })).toBeNull();
    expect(proposePack(at(doc, '[data-testid="topic-body"] p'), { url })).toBeNull();
    expect(proposePack(at(doc, '[data-testid="load-more"]'), { url })).toBeNull();
  });
});

describe('a plain blog comment list (blog-comments.html)', () => {
  const url = 'https://www.fernhollowgardening.com/2024/09/overwintering-dahlias/';
  let doc: Document;
  beforeEach(() => {
    doc = load('blog-comments.html', url);
  });

  const expected: Pack = {
    format: 'keel-pack/1',
    id: 'www-fernhollowgardening-com',
    name: 'fernhollowgardening.com',
    version: 1,
    matches: ['https://www.fernhollowgardening.com/*'],
    kind: 'comment',
    selectors: {
      item: '.comment',
      author: '.comment__author',
      profileLink: 'a.comment__author',
      text: '.comment__text',
      time: '.comment__date',
    },
    idAttribute: 'id',
  };

  test('clicking the text of a comment proposes the readable class names', () => {
    const proposal = propose(doc, '#comment-1031 p', { url });
    expect(proposal.pack).toEqual(expected);
    expect(proposal.found).toBe(5);
    expectValid(proposal, url);
  });

  test('clicking the author of a reply, or the second paragraph of a comment, proposes the same pack', () => {
    for (const click of ['#comment-1022 .comment__author', '#comment-1021 .comment__text p:nth-child(2)', '#comment-1025 time']) {
      const proposal = propose(doc, click, { url });
      expect(proposal.pack, click).toEqual(expected);
      expect(proposal.found).toBe(5);
    }
  });

  test('packAdapter reads every comment; replies nest; a name without a link has no profile', () => {
    const items = readAll(propose(doc, '#comment-1031 p', { url }).pack, doc);
    expect(items.map((i) => [i.nativeId, i.kind, i.parentId, i.author.name, i.author.profileUrl])).toEqual([
      ['comment-1021', 'comment', null, 'Priya Raman', 'https://marigold-and-moss.example.net/'],
      ['comment-1022', 'reply', 'comment-1021', 'Ruth Calloway', 'https://www.fernhollowgardening.com/about'],
      ['comment-1025', 'comment', null, 'Geoff', null],
      ['comment-1026', 'reply', 'comment-1025', 'Ruth Calloway', 'https://www.fernhollowgardening.com/about'],
      ['comment-1031', 'comment', null, 'Sunita at Plot 9', 'https://plotting-along.example.org/'],
    ]);
    expect(items[0]).toEqual({
      platform: 'custom',
      kind: 'comment',
      nativeId: 'comment-1021',
      parentId: null,
      permalink: null,
      author: { name: 'Priya Raman', profileUrl: 'https://marigold-and-moss.example.net/' },
      text: 'I tried the cling film method last year and lost half of mine to rot.\nGoing back to compost this winter. Thanks for the reminder about labelling!',
      rating: null,
      postedAt: Date.parse('2024-09-14T08:12:00Z'),
      postedText: '14 September 2024',
    });
    expect(items[3]).toEqual({
      platform: 'custom',
      kind: 'reply',
      nativeId: 'comment-1026',
      parentId: 'comment-1025',
      permalink: null,
      author: { name: 'Ruth Calloway', profileUrl: 'https://www.fernhollowgardening.com/about' },
      text: 'Before, Geoff: leave about ten centimetres of stem so you can hang them upside down.',
      rating: null,
      postedAt: Date.parse('2024-09-16T06:45:00Z'),
      postedText: '16 September 2024',
    });
  });

  test('leaves out in-page #links as permalinks (Keel drops the fragment), and says why', () => {
    const { pack, notes } = propose(doc, '#comment-1031 p', { url });
    expect(pack.selectors.permalink).toBeUndefined();
    expect(notes).toContain(
      'No permalink: the item links differ only after "#", which Keel drops, so they cannot tell items apart.',
    );
    expect(notes).toContain("Id: each item's id attribute.");
    expect(notes.some((n) => n.startsWith('Pages: https://www.fernhollowgardening.com/* (every page'))).toBe(true);
  });

  test('the post title, the comment count and the comment form are not items: null', () => {
    expect(proposePack(at(doc, 'h1'), { url })).toBeNull();
    expect(proposePack(at(doc, '.comments__title'), { url })).toBeNull();
    expect(proposePack(at(doc, '.comment-form label'), { url })).toBeNull();
    expect(proposePack(at(doc, '.comment-form textarea'), { url })).toBeNull();
  });
});

describe('a product page with utility classes only and a /10 rating (product-reviews.html)', () => {
  const url = 'https://shop.copperkettle.co.uk/products/enamel-kettle-2l';
  let doc: Document;
  beforeEach(() => {
    doc = load('product-reviews.html', url);
  });

  test('proposes a rating out of 10 read from aria-label, and a bold name as the author', () => {
    const proposal = propose(doc, '[data-review-id="902"] blockquote', { url });
    expect(proposal.pack).toEqual({
      format: 'keel-pack/1',
      id: 'shop-copperkettle-co-uk',
      name: 'shop.copperkettle.co.uk',
      version: 1,
      matches: ['https://shop.copperkettle.co.uk/products/*'],
      kind: 'review',
      selectors: { item: '[data-review-id]', author: 'strong', text: 'blockquote', rating: '[role="img"]' },
      idAttribute: 'data-review-id',
      ratingAttribute: 'aria-label',
      ratingScale: 10,
    });
    expect(proposal.found).toBe(3);
    expectValid(proposal, url);
    expectNoGeneratedClasses(proposal.pack, doc);
    expect(proposal.notes).toContain('No time found in the items.');
    expect(proposePack(at(doc, '[data-review-id="903"] strong'), { url })?.pack).toEqual(proposal.pack);
  });

  test('packAdapter reads the ratings on the 1–5 scale', () => {
    const items = readAll(propose(doc, '[data-review-id="901"] blockquote', { url }).pack, doc);
    expect(items.map((i) => [i.nativeId, i.author.name, i.rating])).toEqual([
      ['901', 'Hamish K.', 4],
      ['902', 'Orla', 2],
      ['903', 'Bea Lindqvist', 5],
    ]);
  });

  test('kind follows the caller when given', () => {
    const proposal = propose(doc, '[data-review-id="901"] blockquote', { url, kind: 'comment' });
    expect(proposal.pack.kind).toBe('comment');
    expect(proposal.notes).toContain('Kind: comment.');
  });
});

describe('item choice', () => {
  test('prefers the wrapper that holds the replies over the body inside it (WordPress markup)', () => {
    const url = 'https://blog.example.org/2025/03/first-frost/';
    const comment = (id: number, name: string, text: string, children = '') => `
      <li id="comment-${id}" class="comment depth-1">
        <article id="div-comment-${id}" class="comment-body">
          <footer class="comment-meta">
            <div class="comment-author vcard"><img alt="" src="/a.png" class="avatar avatar-32 photo"><b class="fn"><a href="https://example.net/${id}" class="url">${name}</a></b> <span class="says">says:</span></div>
            <div class="comment-metadata"><a href="/2025/03/first-frost/#comment-${id}"><time datetime="2025-03-0${id % 9}T09:00:00+00:00">March ${id % 9}, 2025 at 9:00 am</time></a></div>
          </footer>
          <div class="comment-content"><p>${text}</p></div>
          <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Reply</a></div>
        </article>
        ${children ? `<ol class="children">${children}</ol>` : ''}
      </li>`;
    const doc = parse(
      `<ol class="comment-list">
        ${comment(1, 'Mei', 'Our fig lost every leaf overnight.', comment(2, 'Jonas', 'Same here: wrap it in fleece next time.') + comment(3, 'Ade', 'Fleece saved my lemon tree.'))}
        ${comment(4, 'Rosa', 'Is it too late to sow broad beans?')}
      </ol>`,
      url,
    );
    const proposal = propose(doc, '#comment-2 p', { url });
    expect(proposal.pack.selectors.item).toBe('.comment');
    expect(proposal.pack.selectors.author).toBe('.url');
    expect(proposal.found).toBe(4);
    const items = readAll(proposal.pack, doc);
    expect(items.map((i) => [i.nativeId, i.kind, i.parentId, i.author.name, i.text])).toEqual([
      ['comment-1', 'comment', null, 'Mei', 'Our fig lost every leaf overnight.'],
      ['comment-2', 'reply', 'comment-1', 'Jonas', 'Same here: wrap it in fleece next time.'],
      ['comment-3', 'reply', 'comment-1', 'Ade', 'Fleece saved my lemon tree.'],
      ['comment-4', 'comment', null, 'Rosa', 'Is it too late to sow broad beans?'],
    ]);
  });

  test('items with utility classes only are placed under a stable container', () => {
    const url = 'https://shop.copperkettle.co.uk/products/enamel-kettle-2l';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    const html = fs
      .readFileSync(path.join(__dirname, '../fixtures/packs/product-reviews.html'), 'utf8')
      .replace(/ data-review-id="\d+"/g, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const proposal = propose(doc, 'blockquote', { url });
    expect(proposal.pack.selectors).toEqual({
      item: '[data-section="reviews"] > * > div',
      author: 'strong',
      text: 'blockquote',
      rating: '[role="img"]',
    });
    expect(proposal.found).toBe(3);
    expect(proposal.notes).toContain('Id: none found; an item may be counted again when the page redraws it.');
    expect(readAll(proposal.pack, doc).map((i) => [i.author.name, i.rating])).toEqual([
      ['Hamish K.', 4],
      ['Orla', 2],
      ['Bea Lindqvist', 5],
    ]);
  });

  test('a name in a plain span, with no link or hint, is still found', () => {
    const url = 'https://www.example.com/guestbook/2025';
    const entry = (name: string, day: number, text: string) =>
      `<li><span class="jsx-1 font-semibold">${name}</span> <time datetime="2025-01-0${day}T10:00:00Z">${day} Jan</time><div>${text}</div></li>`;
    const doc = parse(
      `<ul class="guestbook">${entry('Hamish', 1, 'Lovely shop, friendly staff.')}${entry('Orla', 2, 'Parking was awkward but worth it.')}${entry('Bea', 3, 'Best scones in town.')}</ul>
       <nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li></ul></nav>`,
      url,
    );
    const proposal = propose(doc, '.guestbook li:nth-child(2) div', { url });
    expect(proposal.pack.selectors).toEqual({ item: '.guestbook > li', author: 'span', text: 'div', time: 'time' });
    expect(proposal.pack.matches).toEqual(['https://www.example.com/guestbook/*']);
    expect(readAll(proposal.pack, doc).map((i) => [i.author.name, i.text, i.postedAt])).toEqual([
      ['Hamish', 'Lovely shop, friendly staff.', Date.parse('2025-01-01T10:00:00Z')],
      ['Orla', 'Parking was awkward but worth it.', Date.parse('2025-01-02T10:00:00Z')],
      ['Bea', 'Best scones in town.', Date.parse('2025-01-03T10:00:00Z')],
    ]);
  });

  test('a page without repeating structure gives null', () => {
    const url = 'https://www.example.com/about';
    const doc = parse(
      '<header><h1>About us</h1></header><main><p>We are a family bakery in <b>Leeds</b>.</p><p>Open daily.</p></main>',
      url,
    );
    expect(proposePack(at(doc, 'h1'), { url })).toBeNull();
    expect(proposePack(at(doc, 'b'), { url })).toBeNull();
  });

  test('a list of links with no text of their own (a menu) gives null', () => {
    const url = 'https://www.example.com/';
    const doc = parse('<nav><ul><li><a href="/a">Menu</a></li><li><a href="/b">Prices</a></li><li><a href="/c">Contact</a></li></ul></nav>', url);
    expect(proposePack(at(doc, 'li a'), { url })).toBeNull();
  });
});

describe('the pack around the items', () => {
  const html = `<section>${['Ana', 'Ben', 'Cai']
    .map(
      (name, i) =>
        `<div class="review" data-review-id="r${i}"><a href="/users/${name.toLowerCase()}">${name}</a><time datetime="2025-01-0${i + 1}T10:00:00Z">Jan ${i + 1}</time><p>Review number ${i + 1} is here.</p></div>`,
    )
    .join('')}</section>`;

  test.each<[string, string, string]>([
    ['https://www.example-reviews.com/biz/luigis', 'https://www.example-reviews.com/biz/*', 'www-example-reviews-com'],
    ['https://www.example-reviews.com/', 'https://www.example-reviews.com/*', 'www-example-reviews-com'],
    ['https://example.com/luigis-trattoria', 'https://example.com/*', 'example-com'],
    ['https://example.com/2024/05/a-post', 'https://example.com/*', 'example-com'],
    ['https://reviews.example.com/t/123?page=2#top', 'https://reviews.example.com/t/*', 'reviews-example-com'],
    ['http://localhost:8080/biz/x', 'http://localhost:8080/biz/*', 'localhost'],
    ['https://tiktok/biz/x', 'https://tiktok/biz/*', 'tiktok-pack'],
    [
      'https://www.a-very-long-subdomain-name.reviews.example-company.co.uk/biz/x',
      'https://www.a-very-long-subdomain-name.reviews.example-company.co.uk/biz/*',
      'a-very-long-subdomain-name-reviews-examp',
    ],
  ])('%s → %s, id %s', (url, pattern, id) => {
    const doc = parse(html, url);
    const proposal = propose(doc, '[data-review-id="r1"] p', { url });
    expect(proposal.pack.matches).toEqual([pattern]);
    expect(proposal.pack.id).toBe(id);
    expectValid(proposal, url);
  });

  test('throws for a page that is not http(s)', () => {
    const doc = parse(html, 'https://www.example.com/');
    expect(() => proposePack(at(doc, 'p'), { url: 'file:///home/me/page.html' })).toThrow(/http/);
  });
});

describe('isReadableClass', () => {
  test.each([
    'comment',
    'review-card__author',
    'comment__text',
    'stars--4',
    'avatar-48',
    'reviewBody',
    'biz-tile',
    'h2-title',
    'relative-time',
    'p-author',
    'e-content',
    'dt-published',
  ])('keeps %s', (c) => {
    expect(isReadableClass(c)).toBe(true);
  });

  test.each([
    'css-1x2y3z',
    'css-175oi2r',
    'x1n2onr6',
    'xdt5ytf',
    'x78zum5',
    'sc-bdVaJa',
    'kLmNoP',
    'gKrtyZ',
    'jsx-3311029',
    'Review_card__3xYz1',
    'Card_root__aBcDe',
    'post-1234567',
    'a1b2c3',
    'text-gray-500',
    'p-4',
    'flex',
    'is-active',
    'selected',
    'ab',
    'md:flex',
  ])('skips %s', (c) => {
    expect(isReadableClass(c)).toBe(false);
  });
});
