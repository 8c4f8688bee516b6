// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { tiktok } from '../../utils/adapters/tiktok';
import type { RawItem } from '../../utils/model';
import { RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('tiktok', file);
const readAll = (doc: Document) => readItems(tiktok, doc);
const profile = (handle: string) => `https://www.tiktok.com/@${handle}`;

/** A RawItem with the fields TikTok never has filled in; postedAt null unless the page shows a date. */
function item(fields: Pick<RawItem, 'kind' | 'nativeId' | 'parentId' | 'author' | 'text' | 'postedText'> & Partial<Pick<RawItem, 'postedAt'>>): RawItem {
  return { platform: 'tiktok', permalink: null, rating: null, postedAt: null, ...fields };
}

const q = (root: ParentNode, selector: string): Element => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`fixture lacks ${selector}`);
  return el;
};

/** The row whose text element contains `words`. */
function rowWith(doc: Document, words: string): Element {
  for (const text of doc.querySelectorAll('[data-e2e^="comment-level-"]')) {
    if (text.textContent?.includes(words)) {
      const row = tiktok.findItems(text)[0];
      if (row) return row;
    }
  }
  throw new Error(`no row says ${words}`);
}

describe('tiktok adapter: 2022–23 layout in browse mode (browse-2023.html)', () => {
  const doc = load('browse-2023.html');
  const { elements, items } = readAll(doc);

  test('finds every comment and reply once, the re-rendered duplicate dropped', () => {
    expect(doc.querySelectorAll('[class*="DivCommentContentContainer"]')).toHaveLength(6);
    expect(elements).toHaveLength(5);
    expect(items.map((i) => i.nativeId)).toEqual([
      '7301400000000000101',
      '7301400000000000111',
      '7301400000000000112',
      '7301400000000000202',
      '7301400000000000303',
    ]);
    for (const i of items) expect(RawItemSchema.parse(i)).toEqual(i);
  });

  test('reads every field of comments and replies, parentId from the thread', () => {
    expect(items).toEqual([
      item({
        kind: 'comment',
        nativeId: '7301400000000000101',
        parentId: null,
        author: { name: 'Maren Oduya', profileUrl: profile('maren.oduya') },
        text: 'Ordered it twice this week and both times it was lukewarm 😕\nNot paying €5.20 for that again.',
        postedText: '2023-1-28',
        postedAt: Date.UTC(2023, 0, 28),
      }),
      item({
        kind: 'reply',
        nativeId: '7301400000000000111',
        parentId: '7301400000000000101',
        // The "Creator" tag next to the name is not part of it; ?lang= is dropped.
        author: { name: 'Linden Hollow Coffee', profileUrl: profile('lindenhollowcoffee') },
        text: 'So sorry Maren! Our steamer was misbehaving, it has been fixed. Next one is on us ☕',
        postedText: '2023-1-29',
        postedAt: Date.UTC(2023, 0, 29),
      }),
      item({
        kind: 'reply',
        nativeId: '7301400000000000112',
        parentId: '7301400000000000101',
        author: { name: 'Theo B.', profileUrl: profile('theo_brandvold') },
        text: '<script>alert("free coffee")</script> lol same thing hap\u200bpened to me',
        // Month-day only: the year is not on the page, so no absolute time.
        postedText: '1-30',
      }),
      item({
        kind: 'comment',
        nativeId: '7301400000000000202',
        parentId: null,
        // Absolute profile links, a mention kept as text, "Liked by creator" not read.
        author: { name: 'Priya ✨ Sundaram', profileUrl: profile('priyasundaram_') },
        text: 'best cardamom bun in town, ask for the warm one 🔥 @Juno West',
        postedText: '3d ago',
      }),
      item({
        kind: 'comment',
        nativeId: '7301400000000000303',
        parentId: null,
        author: { name: 'gus', profileUrl: profile('gus.ferreira') },
        text: 'do you still do the oat milk discount on tuesdays?',
        postedText: '5h ago',
      }),
    ]);
  });

  test('hostile text stays text', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(items[2]?.text).toContain('\u200b');
  });

  test('the description, the comment input and the reply controls are not items', () => {
    const desc = q(doc, '[data-e2e="browse-video-desc"]');
    expect(tiktok.read(desc)).toBeNull();
    expect(tiktok.findItems(desc)).toEqual([]);
    expect(tiktok.findItems(q(doc, '[class*="DivInfoContainer"]'))).toEqual([]);
    const input = q(doc, '[data-e2e="comment-input"]');
    expect(tiktok.read(input)).toBeNull();
    expect(tiktok.findItems(input)).toEqual([]);
    expect(tiktok.findItems(q(doc, '[class*="DivBottomCommentContainer"]'))).toEqual([]);
    expect(tiktok.findItems(q(doc, '[data-e2e="view-more-1"]'))).toEqual([]);
    for (const i of items) expect(i.text).not.toContain('Draft');
    // A thread is not a comment: its first row is.
    expect(tiktok.read(q(doc, '[class*="DivCommentItemContainer"]'))).toBeNull();
  });

  test('findItems on a sub-root: inside an item, a thread, a reply list', () => {
    const reply = rowWith(doc, 'same thing');
    expect(reply.id).toBe('7301400000000000112');
    expect(tiktok.findItems(q(reply, '[data-e2e="comment-time-2"]'))).toEqual([reply]);
    expect(tiktok.findItems(reply)).toEqual([reply]);
    const thread = q(doc, '[class*="DivCommentItemContainer"]');
    expect(tiktok.findItems(thread).map((el) => el.id)).toEqual([
      '7301400000000000101',
      '7301400000000000111',
      '7301400000000000112',
    ]);
    expect(tiktok.findItems(q(thread, '[class*="DivReplyContainer"]')).map((el) => el.id)).toEqual([
      '7301400000000000111',
      '7301400000000000112',
    ]);
    expect(tiktok.findItems(q(doc, '[class*="DivCommentListContainer"]'))).toEqual(elements);
  });

  test('puts the chip right after the name link, inside the item', () => {
    const row = rowWith(doc, 'steamer');
    const { node, where } = tiktok.anchor(row);
    expect(where).toBe('afterend');
    expect(row.contains(node)).toBe(true);
    expect(node.getAttribute('href')).toBe('/@lindenhollowcoffee?lang=en');
    expect(node.textContent).toBe('Linden Hollow Coffee');
  });
});

describe('tiktok adapter: 2025 video page (video-page.html)', () => {
  const doc = load('video-page.html');
  const { elements, items } = readAll(doc);

  test('finds the comments and the expanded replies, nothing else', () => {
    expect(elements).toHaveLength(5);
    expect(items).toHaveLength(5);
    for (const i of items) expect(RawItemSchema.parse(i)).toEqual(i);
  });

  test('reads every field; no ids in this layout, so no parentId either', () => {
    expect(items).toEqual([
      item({
        kind: 'comment',
        nativeId: null,
        parentId: null,
        // Pinned: the badge is not part of the name.
        author: { name: 'Ines Okafor', profileUrl: profile('ines.okafor') },
        text: 'Booked the winter service last week: chain still skips in the two smallest gears and nobody called me back. 3 emails, 0 answers.',
        postedText: '2d ago',
      }),
      item({
        kind: 'reply',
        nativeId: null,
        parentId: null,
        author: { name: 'Copperline Cycles', profileUrl: profile('copperlinecycles') },
        text: 'Ines, that should not happen. Bring it in any morning this week and we will re-index the gears for free.',
        postedText: '1d ago',
      }),
      item({
        kind: 'reply',
        nativeId: null,
        parentId: null,
        // "▸ Copperline Cycles" (whom it answers) follows the name link and is not read.
        author: { name: 'dario 🚲', profileUrl: profile('dario.pellegrin') },
        text: 'you said the same to me in march 🙄',
        postedText: '20h ago',
      }),
      item({
        kind: 'comment',
        nativeId: null,
        parentId: null,
        author: { name: 'Hollis Mbeki', profileUrl: profile('hollis.mbeki') },
        text: 'Fastest puncture fix I have ever had 🙌\nthanks @Copperline Cycles and tell Bea the coffee was great',
        postedText: '11-19',
      }),
      item({
        kind: 'comment',
        nativeId: null,
        parentId: null,
        author: { name: 'Tomasz', profileUrl: profile('tomasz.wren') },
        text: 'Tyre pressure for gravel in winter?',
        postedText: '5h ago',
      }),
    ]);
  });

  test('a sticker with no words (no text element) is still an item, comment or reply, with empty text', () => {
    const copy = load('video-page.html');
    const words = [...copy.querySelectorAll('[data-e2e^="comment-level-"]')];
    // Tomasz's comment and Copperline's reply become stickers: their text elements are gone.
    const tomasz = words.find((w) => w.textContent?.includes('Tyre pressure')) as Element;
    const shop = words.find((w) => w.textContent?.includes('re-index')) as Element;
    tomasz.replaceWith(copy.createElement('img'));
    shop.replaceWith(copy.createElement('img'));
    const { items: read } = readAll(copy);
    expect(read).toHaveLength(5);
    expect(read.map((i) => [i.kind, i.author.name, i.text])).toEqual([
      ['comment', 'Ines Okafor', items[0]?.text],
      ['reply', 'Copperline Cycles', ''],
      ['reply', 'dario 🚲', items[2]?.text],
      ['comment', 'Hollis Mbeki', items[3]?.text],
      ['comment', 'Tomasz', ''],
    ]);
  });

  test('the description, the comment input and an open reply box are not items', () => {
    const desc = q(doc, '[data-e2e="video-desc"]');
    expect(tiktok.read(desc)).toBeNull();
    expect(tiktok.findItems(desc)).toEqual([]);
    const boxes = doc.querySelectorAll('[class*="DivCommentInputContainer"]');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(tiktok.read(box)).toBeNull();
      expect(tiktok.findItems(box)).toEqual([]);
      const editor = q(box, '[contenteditable="true"]');
      expect(tiktok.findItems(editor)).toEqual([]);
      expect(tiktok.read(editor)).toBeNull();
    }
    for (const i of items) expect(i.text).not.toContain('Draft');
    // The thread holding the reply box yields its comment only.
    const thread = q(doc, '.reply-box').parentElement as Element;
    expect(tiktok.findItems(thread).map((el) => tiktok.read(el)?.author.name)).toEqual(['Tomasz']);
    expect(tiktok.findItems(q(doc, '#comments'))).toEqual([]);
  });

  test('findItems on a sub-root: the expanded replies, a node inside a reply', () => {
    const replies = q(doc, '[class*="DivReplyContainer"]');
    const found = tiktok.findItems(replies);
    expect(found.map((el) => tiktok.read(el)?.author.name)).toEqual(['Copperline Cycles', 'dario 🚲']);
    expect(found).toEqual(elements.slice(1, 3));
    const like = q(found[1] as Element, '[data-e2e="comment-like-count"]');
    expect(tiktok.findItems(like)).toEqual([found[1]]);
    expect(tiktok.findItems(q(replies, '[class*="DivViewMoreRepliesWrapper"]'))).toEqual([]);
  });

  test('puts the chip after the name link, before the Creator pill', () => {
    const row = rowWith(doc, 're-index the gears');
    const { node, where } = tiktok.anchor(row);
    expect(where).toBe('afterend');
    expect(row.contains(node)).toBe(true);
    expect(node.textContent).toBe('Copperline Cycles');
    expect(node.nextElementSibling?.textContent).toBe('Creator');
  });

  test('keeps no element references: a re-rendered row reads as what it now shows', () => {
    const copy = load('video-page.html');
    const first = rowWith(copy, 'Booked the winter service');
    expect(tiktok.read(first)?.author.name).toBe('Ines Okafor');
    first.innerHTML = rowWith(copy, 'Tyre pressure').innerHTML;
    expect(tiktok.read(first)).toMatchObject({ kind: 'comment', author: { name: 'Tomasz' } });
    expect(tiktok.anchor(first).node.textContent).toBe('Tomasz');
  });
});

describe('tiktok adapter: German photo post, 2024 classes (photo-de.html)', () => {
  const doc = load('photo-de.html');
  const { elements, items } = readAll(doc);

  test('reads every field whatever the interface language', () => {
    expect(elements).toHaveLength(4);
    expect(items).toEqual([
      item({
        kind: 'comment',
        nativeId: null,
        parentId: null,
        // The creator's own pinned comment: neither "Ersteller*in" nor "Angepinnt" is read.
        author: { name: 'Backstube Lindner', profileUrl: profile('backstube.lindner') },
        text: 'Samstags gibt es das Brot ab 7 Uhr, solange der Vorrat reicht 🍞',
        postedText: 'vor 4 Tagen',
      }),
      item({
        kind: 'comment',
        nativeId: null,
        parentId: null,
        author: { name: 'Jule Kästner', profileUrl: profile('jule.kastner') },
        text: 'Das beste Roggenbrot der Stadt, die Kruste ist ein Traum 😍',
        postedText: 'vor 2 Tagen',
      }),
      item({
        kind: 'reply',
        nativeId: null,
        parentId: null,
        author: { name: 'Ole', profileUrl: profile('ole_brandt') },
        text: 'Bei mir war es letzten Samstag schon um 8 ausverkauft…',
        postedText: '2025-11-3',
        postedAt: Date.UTC(2025, 10, 3),
      }),
      item({
        kind: 'comment',
        nativeId: null,
        parentId: null,
        author: { name: 'Mert Y.', profileUrl: profile('m.yilmaz.92') },
        text: 'Unfreundliche Bedienung heute früh, schade.',
        postedText: 'vor 9 Std.',
      }),
    ]);
    for (const i of items) expect(RawItemSchema.parse(i)).toEqual(i);
  });

  test('the creator-liked line, the description and the input are not read', () => {
    for (const i of items) expect(i.text).not.toMatch(/Gefällt|Roggenbrot mit 48|Kommentar hinzufügen/);
    expect(tiktok.findItems(q(doc, '[data-e2e="video-desc"]'))).toEqual([]);
    expect(tiktok.findItems(q(doc, '[data-e2e="comment-text"]'))).toEqual([]);
  });
});

describe('tiktok adapter: dates and pictures (dates-2023.html)', () => {
  const doc = load('dates-2023.html');
  const { elements, items } = readAll(doc);

  test('finds every comment and reply, the picture-only comment among them', () => {
    expect(elements).toHaveLength(6);
    expect(items.map((i) => i.nativeId)).toEqual([
      '7302500000000000101',
      '7302500000000000111',
      '7302500000000000112',
      '7302500000000000202',
      '7302500000000000303',
      '7302500000000000404',
    ]);
    for (const i of items) expect(RawItemSchema.parse(i)).toEqual(i);
  });

  test('a year-month-day date is postedAt at 00:00 UTC of that date; month-day and relative times are not', () => {
    expect(items).toEqual([
      item({
        kind: 'comment',
        nativeId: '7302500000000000101',
        parentId: null,
        author: { name: 'Rosa Delgado', profileUrl: profile('rosa.delgado') },
        text: 'Waited 40 minutes for a table I had booked. Food was good once it came.',
        postedText: '2023-11-2',
        postedAt: Date.UTC(2023, 10, 2),
      }),
      item({
        kind: 'reply',
        nativeId: '7302500000000000111',
        parentId: '7302500000000000101',
        author: { name: 'Quayside Bistro', profileUrl: profile('quaysidebistro') },
        text: 'Rosa, we are sorry about the wait. Ask for Jonah next time and dessert is on us.',
        postedText: '2023-11-3',
        postedAt: Date.UTC(2023, 10, 3),
      }),
      item({
        kind: 'reply',
        nativeId: '7302500000000000112',
        parentId: '7302500000000000101',
        author: { name: 'kit', profileUrl: profile('kit.marlowe') },
        text: 'same on saturday tbh',
        // No year on the page: not guessed from the clock.
        postedText: '11-4',
      }),
      item({
        kind: 'comment',
        nativeId: '7302500000000000202',
        parentId: null,
        author: { name: 'Anouk V.', profileUrl: profile('anouk.v') },
        text: 'Still the best mussels on the coast 🦪',
        postedText: '2022-04-19',
        postedAt: Date.UTC(2022, 3, 19),
      }),
      item({
        kind: 'comment',
        nativeId: '7302500000000000303',
        parentId: null,
        author: { name: 'Bram', profileUrl: profile('bram.tielens') },
        // A picture and no words: '' (RawItem.text is a string, as on every platform).
        text: '',
        postedText: '3d ago',
      }),
      item({
        kind: 'comment',
        nativeId: '7302500000000000404',
        parentId: null,
        author: { name: 'Yusuf K.', profileUrl: profile('yusuf.k') },
        text: 'the view from table 6 at sunset',
        postedText: '2h ago',
      }),
    ]);
    expect(new Date(items[0]?.postedAt as number).toISOString()).toBe('2023-11-02T00:00:00.000Z');
  });

  test('the picture-only comment gets its chip after the name like the others', () => {
    const row = elements[4] as Element;
    expect(row.querySelector('[class*="DivCommentImageContainer"] img')).not.toBeNull();
    const { node, where } = tiktok.anchor(row);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Bram');
  });

  test('the description\'s date and the comment input are not items', () => {
    expect(tiktok.findItems(q(doc, '[data-e2e="browse-video-desc"]'))).toEqual([]);
    expect(tiktok.findItems(q(doc, '[data-e2e="comment-input"]'))).toEqual([]);
  });

  test('2024+ layout without the time hook: the date from the sub-content line is parsed too', () => {
    const de = load('photo-de.html');
    const row = rowWith(de, 'ausverkauft');
    q(row, '[data-e2e="comment-time-2"]').removeAttribute('data-e2e');
    expect(tiktok.read(row)).toMatchObject({ postedText: '2025-11-3', postedAt: Date.UTC(2025, 10, 3) });
  });
});

describe('tiktok adapter: structure, not class names', () => {
  test.each(['browse-2023.html', 'video-page.html', 'photo-de.html', 'dates-2023.html'])(
    '%s reads the same with every class name gone',
    (file) => {
      const expected = readAll(load(file)).items;
      const bare = load(file);
      for (const el of bare.querySelectorAll('[class]')) el.removeAttribute('class');
      expect(readAll(bare).items).toEqual(expected);
    },
  );

  // Building a big DOM is slow in happy-dom (not the adapter): 1,500 threads make the point.
  test('a long list is found in one pass, in document order', () => {
    const doc = load('video-page.html');
    const list = q(doc, '[class*="DivCommentListContainer"]');
    const thread = q(list, '[class*="DivCommentObjectWrapper"]:nth-child(2)');
    const copies = doc.createDocumentFragment();
    for (let i = 0; i < 1_500; i++) copies.append(thread.cloneNode(true));
    list.replaceChildren(copies);
    const found = tiktok.findItems(doc);
    expect(found).toHaveLength(1_500);
    expect(found[1_499]).toBe(list.lastElementChild?.firstElementChild);
    expect(tiktok.findItems(list.lastElementChild as Element)).toEqual([found[1_499]]);
  }, 20_000);
});

describe('tiktok adapter: URLs', () => {
  test.each([
    ['https://www.tiktok.com/@copperlinecycles/video/7438000000000000777', true],
    ['https://www.tiktok.com/@copperlinecycles/video/7438000000000000777?is_from_webapp=1&sender_device=pc', true],
    ['https://www.tiktok.com/@lindenhollowcoffee/video/7301234567890123456/', true],
    ['https://tiktok.com/@copperlinecycles/video/7438000000000000777', true],
    ['https://www.tiktok.com/@backstube.lindner/photo/7412000000000000555?lang=de-DE', true],
    ['https://www.tiktok.com/@copperlinecycles', false],
    ['https://www.tiktok.com/foryou', false],
    ['https://www.tiktok.com/@copperlinecycles/video/', false],
    ['https://www.tiktok.com/@copperlinecycles/live', false],
    ['https://m.tiktok.com/v/7438000000000000777.html', false],
    ['https://vm.tiktok.com/ZMabc123/', false],
    ['http://www.tiktok.com/@copperlinecycles/video/7438000000000000777', false],
    ['https://www.tiktok.com.evil.example/@copperlinecycles/video/7438000000000000777', false],
    ['https://example.org/www.tiktok.com/@copperlinecycles/video/7438000000000000777', false],
  ])('%s → %s', (url, ok) => {
    expect(tiktok.matches(new URL(url))).toBe(ok);
  });
});

describe('tiktok adapter: without the username hook', () => {
  test('takes the name from the first profile link that is not the avatar or a mention', () => {
    const doc = load('video-page.html');
    const row = rowWith(doc, 'Fastest puncture fix');
    const username = q(row, '[data-e2e="comment-username-1"]');
    username.removeAttribute('data-e2e');
    expect(tiktok.read(row)?.author).toEqual({ name: 'Hollis Mbeki', profileUrl: profile('hollis.mbeki') });
    expect(tiktok.anchor(row).node.textContent).toBe('Hollis Mbeki');
  });
});

describe('tiktok adapter: comment ids where a variant puts them', () => {
  /** A thread as one 2024 variant draws it: ids on the inner content row, the first row wrapped, replies beside the wrapper. */
  const THREAD = `<div class="css-9q-DivCommentListContainer">
    <div class="css-1a-DivCommentObjectWrapper">
      <div class="css-2b-DivCommentItemWrapper"><div id="7300000000000000101" class="css-3c-DivCommentContentContainer">
        <a data-e2e="comment-avatar-1" href="/@wren.okoro"><img alt=""></a>
        <div><a href="/@wren.okoro"><span data-e2e="comment-username-1">Wren Okoro</span></a>
        <p data-e2e="comment-level-1"><span>Does the gym open on bank holidays?</span></p>
        <span data-e2e="comment-time-1">2d ago</span></div></div></div>
      <div class="css-4d-DivReplyContainer">
        <div class="css-2b-DivCommentItemWrapper"><div id="7300000000000000202" class="css-3c-DivCommentContentContainer">
          <a data-e2e="comment-avatar-2" href="/@harbourgym"><img alt=""></a>
          <div><a href="/@harbourgym"><span data-e2e="comment-username-2">Harbour Gym</span></a>
          <p data-e2e="comment-level-2"><span>Yes, 8 till 2.</span></p>
          <span data-e2e="comment-time-2">1d ago</span></div></div></div>
      </div>
    </div></div>`;

  test('a reply whose thread starts with a wrapper around the first row takes that row\'s id as its parent', () => {
    const doc = new DOMParser().parseFromString(THREAD, 'text/html');
    const { items } = readAll(doc);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['comment', '7300000000000000101', null],
      ['reply', '7300000000000000202', '7300000000000000101'],
    ]);
  });

  test('an id on the wrapper that holds the row beside its avatar (and no other comment) is the comment\'s id', () => {
    const doc = load('browse-2023.html');
    const before = readAll(doc).items;
    const first = before.find((i) => i.kind === 'comment' && before.some((r) => r.parentId === i.nativeId)) as RawItem;
    const row = doc.getElementById(first.nativeId as string) as Element;
    const wrapper = doc.createElement('div');
    wrapper.id = row.id;
    row.removeAttribute('id');
    row.replaceWith(wrapper);
    wrapper.append(row);
    const after = readAll(doc).items;
    expect(after.map((i) => [i.nativeId, i.parentId])).toEqual(before.map((i) => [i.nativeId, i.parentId]));
  });
});
