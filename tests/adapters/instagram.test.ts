// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { instagram } from '../../utils/adapters/instagram';
import type { RawItem } from '../../utils/model';
import { RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('instagram', file);

function readAll(doc: Document): { elements: Element[]; items: RawItem[] } {
  return readItems(instagram, doc);
}

const IG = 'https://www.instagram.com';
const profile = (handle: string) => `${IG}/${handle}/`;
const OWNER = profile('tidewater.ceramics');

/** The comment row whose time link points at comment (or reply) `id`. */
function rowOf(doc: Document, id: string): Element {
  const time = doc.querySelector(`a[href*="/${id}/"] time`);
  const row = time && instagram.findItems(time)[0];
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

describe('instagram adapter: post on its own URL (post-page.html)', () => {
  const doc = load('post-page.html');
  const { elements, items } = readAll(doc);
  const POST = `${IG}/p/DQx7Lm2kR4e`;

  test('finds every comment and reply, not the caption, the composer or the post time', () => {
    expect(elements).toHaveLength(6);
    expect(items.map((i) => i.nativeId)).toEqual([
      '18060011122233301',
      '18060011122233302',
      '18060011122233311',
      '18060011122233312',
      '18060011122233303',
      '18060011122233304',
    ]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
    for (const item of items) {
      expect(item.text).not.toContain('speckled stoneware is in the shop');
      expect(item.text).not.toContain('replacement is on its way');
    }
  });

  test('reads every field of a pinned comment liked by the author, without the "Pinned" label', () => {
    expect(items[0]).toEqual({
      platform: 'instagram',
      kind: 'comment',
      nativeId: '18060011122233301',
      parentId: null,
      permalink: `${POST}/c/18060011122233301/`,
      author: { name: 'maris.quellen', profileUrl: profile('maris.quellen') },
      text: 'Bought the ash-glaze bowl at the Saturday market, best thing I own 🙌',
      rating: null,
      postedAt: Date.parse('2026-10-12T10:02:11.000Z'),
      postedText: '5w',
    } satisfies RawItem);
  });

  test('reads a comment and its expanded replies, parents from the /r/ links', () => {
    expect(items.slice(1, 4)).toEqual([
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '18060011122233302',
        parentId: null,
        permalink: `${POST}/c/18060011122233302/`,
        author: { name: 'juno.marrow', profileUrl: profile('juno.marrow') },
        text: 'The speckled glaze on the mugs is gorgeous 😍 do you ship to Ireland?',
        rating: null,
        postedAt: Date.parse('2026-10-13T08:15:40.000Z'),
        postedText: '5w',
      },
      {
        platform: 'instagram',
        kind: 'reply',
        nativeId: '18060011122233311',
        parentId: '18060011122233302',
        permalink: `${POST}/c/18060011122233302/r/18060011122233311/`,
        // The owner's reply: its @mention is text, not its author.
        author: { name: 'tidewater.ceramics', profileUrl: OWNER },
        text: '@juno.marrow Yes! EU shipping is live, 5–7 days to Ireland.',
        rating: null,
        postedAt: Date.parse('2026-10-13T09:01:05.000Z'),
        postedText: '5w',
      },
      {
        platform: 'instagram',
        kind: 'reply',
        nativeId: '18060011122233312',
        parentId: '18060011122233302',
        permalink: `${POST}/c/18060011122233302/r/18060011122233312/`,
        author: { name: 'pell.orchard', profileUrl: profile('pell.orchard') },
        text: 'Got mine in Cork last week, packed like a museum piece',
        rating: null,
        postedAt: Date.parse('2026-10-20T17:44:00.000Z'),
        postedText: '4w',
      },
    ] satisfies RawItem[]);
  });

  test('reads markup-looking text as text, keeps a zero-width space, skips "See translation"', () => {
    expect(items[4]).toEqual({
      platform: 'instagram',
      kind: 'comment',
      nativeId: '18060011122233303',
      parentId: null,
      permalink: `${POST}/c/18060011122233303/`,
      author: { name: 'nokomis.ray', profileUrl: profile('nokomis.ray') },
      text: '<script>alert("glaze")</script> cheap kiln\u200bseconds sold as firsts, fake reviews everywhere',
      rating: null,
      postedAt: Date.parse('2026-11-02T21:07:33.000Z'),
      postedText: '3w',
    } satisfies RawItem);
  });

  test('reads the whole clamped text without "more", the name without the verified badge', () => {
    expect(items[5]).toEqual({
      platform: 'instagram',
      kind: 'comment',
      nativeId: '18060011122233304',
      parentId: null,
      permalink: `${POST}/c/18060011122233304/`,
      author: { name: 'ardent_fig', profileUrl: profile('ardent_fig') },
      text: 'Ordered the large serving bowl in October.\nIt arrived with a hairline crack along the foot ring, and the replacement you promised has not shipped three weeks later. Please check your messages.',
      rating: null,
      postedAt: Date.parse('2026-11-20T12:30:00.000Z'),
      postedText: '3d',
    } satisfies RawItem);
  });

  test('the caption and the composer are not items, whatever root they are handed as', () => {
    const caption = doc.querySelector('h1') as Element;
    expect(caption.textContent).toContain('speckled stoneware');
    expect(instagram.findItems(caption)).toEqual([]);
    const captionRow = caption.closest('.xsag5q8') as Element;
    expect(instagram.findItems(captionRow)).toEqual([]);
    expect(instagram.read(captionRow)).toBeNull();

    const composer = doc.querySelector('textarea') as Element;
    const form = composer.closest('form') as Element;
    expect(instagram.findItems(composer)).toEqual([]);
    expect(instagram.findItems(form)).toEqual([]);
    expect(instagram.read(composer)).toBeNull();
    expect(instagram.read(form)).toBeNull();
    // The post header and the post's own time link are not items either.
    expect(instagram.findItems(doc.querySelector('header') as Element)).toEqual([]);
    expect(instagram.findItems(doc.querySelector('time.xdwrcjd') as Element)).toEqual([]);
  });

  test('findItems on a sub-root: inside an item, an item, a thread, the replies, the list', () => {
    const comment = rowOf(doc, '18060011122233302');
    const reply1 = rowOf(doc, '18060011122233311');
    const reply2 = rowOf(doc, '18060011122233312');
    expect(comment.contains(reply1)).toBe(false);
    // A node added inside a comment: its body, its name, its Like button, its time line.
    expect(instagram.findItems(comment.querySelector('.x1cy8zhl span') as Element)).toEqual([comment]);
    expect(instagram.findItems(reply1.querySelector('._ap3a') as Element)).toEqual([reply1]);
    expect(instagram.findItems(reply2.querySelector('svg[aria-label="Like"]') as Element)).toEqual([reply2]);
    const timeLine = reply2.querySelector('time')?.closest('.x1q0g3np') as Element;
    expect(instagram.findItems(timeLine)).toEqual([reply2]);
    expect(instagram.findItems(comment)).toEqual([comment]);
    // The thread: the comment and both replies; the replies box: the replies only.
    const thread = comment.parentElement?.parentElement as Element;
    expect(instagram.findItems(thread)).toEqual([comment, reply1, reply2]);
    expect(instagram.findItems(doc.querySelector('.xpdvgm7') as Element)).toEqual([reply1, reply2]);
    // Buttons between items belong to none.
    const viewReplies = rowOf(doc, '18060011122233304').parentElement?.nextElementSibling as Element;
    expect(viewReplies.textContent).toBe('View all 3 replies');
    expect(instagram.findItems(viewReplies)).toEqual([]);
    const hideReplies = doc.querySelector('.xpdvgm7 [role="button"]') as Element;
    expect(hideReplies.textContent).toBe('Hide replies');
    expect(instagram.findItems(hideReplies)).toEqual([]);
    const list = doc.querySelector('.x5yr21d.xw2csxc') as Element;
    expect(instagram.findItems(list)).toEqual(elements);
    // A container is not an item.
    expect(instagram.read(list)).toBeNull();
    expect(instagram.read(thread)).toBeNull();
  });

  test('keeps no element references: a re-rendered row reads as the comment it now shows', () => {
    const copy = load('post-page.html');
    const row = rowOf(copy, '18060011122233301');
    expect(instagram.read(row)?.nativeId).toBe('18060011122233301');
    row.innerHTML = rowOf(copy, '18060011122233303').innerHTML;
    expect(instagram.read(row)).toMatchObject({ nativeId: '18060011122233303', author: { name: 'nokomis.ray' } });
    expect(instagram.anchor(row).node.textContent).toBe('nokomis.ray');
  });

  test('puts the chip right after the author name', () => {
    const reply = rowOf(doc, '18060011122233311');
    const { node, where } = instagram.anchor(reply);
    expect(where).toBe('afterend');
    expect(reply.contains(node)).toBe(true);
    expect(node.getAttribute('href')).toBe('/tidewater.ceramics/');
    expect(node.textContent).toBe('tidewater.ceramics');
    for (const el of elements) expect(el.contains(instagram.anchor(el).node)).toBe(true);
  });

  test('owner() is the account in the post header, not the signed-in viewer or a location', () => {
    expect(instagram.owner?.(doc)).toBe(OWNER);
    expect(doc.querySelector('a[href="/corvina.studio.admin/"]')).not.toBeNull();
  });
});

describe('instagram adapter: post dialog over the profile grid, 2023 layout (profile-modal.html)', () => {
  const doc = load('profile-modal.html');
  const { elements, items } = readAll(doc);
  const POST = `${IG}/p/DPm3Qw8kH1z`;

  test('finds the comments and replies in the dialog, nothing from the profile page behind', () => {
    expect(elements).toHaveLength(5);
    expect(instagram.findItems(doc.querySelector('main') as Element)).toEqual([]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads every field; text above the time; one ul._a9ym per comment, replies (ul._a9yo) parented by their /r/ link', () => {
    expect(items).toEqual([
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '17984512300011001',
        parentId: null,
        permalink: `${POST}/c/17984512300011001/`,
        author: { name: 'bramble.okafor', profileUrl: profile('bramble.okafor') },
        text: 'Is the studio open on Sundays? Want to bring my mum for the wheel class 🎂',
        rating: null,
        postedAt: Date.parse('2026-11-19T07:22:10.000Z'),
        postedText: '4d',
      },
      {
        platform: 'instagram',
        kind: 'reply',
        nativeId: '17984512300011005',
        parentId: '17984512300011001',
        permalink: `${POST}/c/17984512300011001/r/17984512300011005/`,
        author: { name: 'tidewater.ceramics', profileUrl: OWNER },
        text: '@bramble.okafor Sundays 11–4! Book ahead for the wheel, it fills up.',
        rating: null,
        postedAt: Date.parse('2026-11-19T08:03:44.000Z'),
        postedText: '4d',
      },
      {
        platform: 'instagram',
        kind: 'reply',
        nativeId: '17984512300011007',
        parentId: '17984512300011001',
        permalink: `${POST}/c/17984512300011001/r/17984512300011007/`,
        author: { name: 'bramble.okafor', profileUrl: profile('bramble.okafor') },
        text: '@tidewater.ceramics booked, thank you!',
        rating: null,
        postedAt: Date.parse('2026-11-19T08:30:00.000Z'),
        postedText: '4d',
      },
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '17984512300011002',
        parentId: null,
        permalink: `${POST}/c/17984512300011002/`,
        author: { name: 'quill.and.moss', profileUrl: profile('quill.and.moss') },
        text: '🔥🔥🔥',
        rating: null,
        postedAt: Date.parse('2026-11-20T19:40:00.000Z'),
        postedText: '3d',
      },
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '17984512300011003',
        parentId: null,
        permalink: `${POST}/c/17984512300011003/`,
        author: { name: 'teodor.vasquez_', profileUrl: profile('teodor.vasquez_') },
        text: 'Waited 40 minutes for the class to start and nobody apologised. Not coming back.',
        rating: null,
        postedAt: Date.parse('2026-11-22T11:11:11.000Z'),
        postedText: '1d',
      },
    ] satisfies RawItem[]);
  });

  test('the caption, "View replies", "Load more" and the composer are not items', () => {
    const caption = doc.querySelector('li._a9z5') as Element;
    expect(instagram.findItems(caption)).toEqual([]);
    for (const li of doc.querySelectorAll('li._a9yg')) expect(instagram.findItems(li)).toEqual([]);
    const composer = doc.querySelector('textarea') as Element;
    expect(composer.getAttribute('placeholder')).toBe('Add a comment…');
    expect(instagram.findItems(composer.closest('section') as Element)).toEqual([]);
    expect(instagram.read(composer.closest('form') as Element)).toBeNull();
  });

  test('findItems on a comment block (ul._a9ym) holds the comment then its replies; a reply wrapper holds the reply', () => {
    const comment = rowOf(doc, '17984512300011001');
    const reply = rowOf(doc, '17984512300011005');
    const block = comment.closest('ul._a9ym') as Element;
    expect(instagram.findItems(block)).toEqual([comment, reply, rowOf(doc, '17984512300011007')]);
    expect(instagram.findItems(comment.closest('li') as Element)).toEqual([comment]);
    expect(instagram.findItems(block.querySelector('ul._a9yo') as Element)).toEqual([reply, rowOf(doc, '17984512300011007')]);
    expect(instagram.findItems(reply.closest('li') as Element)).toEqual([reply]);
    expect(instagram.findItems(reply.querySelector('._a9zs span a') as Element)).toEqual([reply]);
    expect(instagram.anchor(reply).node.textContent).toBe('tidewater.ceramics');
  });

  test('owner() reads the dialog’s post header, not the profile page behind it', () => {
    expect(instagram.owner?.(doc)).toBe(OWNER);
    const copy = load('profile-modal.html');
    for (const a of copy.querySelectorAll('[role="dialog"] header a')) a.setAttribute('href', '/harbour.kilnworks/');
    expect(instagram.owner?.(copy)).toBe(profile('harbour.kilnworks'));
    // Dialog closed: a profile page shows no post, whatever its header and bio say.
    copy.querySelector('[role="dialog"]')?.remove();
    expect(instagram.owner?.(copy)).toBeNull();
  });
});

describe('instagram adapter: 2023 layout, one ul._a9ym per top-level comment (modal-2023-threads.html)', () => {
  const doc = load('modal-2023-threads.html');
  const { elements, items } = readAll(doc);
  const POST = `${IG}/p/DA2kQm7sN4e`;
  const item = (kind: 'comment' | 'reply', nativeId: string, parentId: string | null, handle: string, text: string, at: string, shown: string) =>
    ({
      platform: 'instagram',
      kind,
      nativeId,
      parentId,
      permalink: `${POST}/c/${parentId ? `${parentId}/r/${nativeId}` : nativeId}/`,
      author: { name: handle, profileUrl: profile(handle) },
      text,
      rating: null,
      postedAt: Date.parse(at),
      postedText: shown,
    }) satisfies RawItem;

  test('every comment after the first is top-level: ul._a9ym is a comment block, not a reply list', () => {
    expect(elements).toHaveLength(6);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['comment', '17911000000000001', null],
      ['reply', '17911000000000101', '17911000000000001'],
      ['reply', '17911000000000102', '17911000000000001'],
      ['comment', '17911000000000002', null],
      ['comment', '17911000000000003', null],
      ['comment', '17911000000000004', null],
    ]);
    expect(doc.querySelectorAll('ul._a9ym')).toHaveLength(4);
    for (const it of items) expect(RawItemSchema.parse(it)).toEqual(it);
  });

  test('reads every field of every comment and reply', () => {
    expect(items).toEqual([
      item('comment', '17911000000000001', null, 'oona.marsh', 'First visit since moving here and the hygienist was so gentle 🪥 @larkspur.dental', '2023-09-04T15:20:00.000Z', '3w'),
      item('reply', '17911000000000101', '17911000000000001', 'larkspur.dental', '@oona.marsh welcome to the neighbourhood! See you in six months 😊', '2023-09-04T17:02:00.000Z', '3w'),
      item('reply', '17911000000000102', '17911000000000001', 'felix_trent', '@oona.marsh same hygienist? She is the best', '2023-09-05T08:45:00.000Z', '3w'),
      item('comment', '17911000000000002', null, 'pim.dekker', 'Why does every booking link go to a page that says "unavailable"? Tried three times.', '2023-09-06T10:00:00.000Z', '2w'),
      item('comment', '17911000000000003', null, 'ines.valle', '¿Atienden urgencias los domingos?', '2023-09-10T21:30:00.000Z', '2w'),
      item('comment', '17911000000000004', null, 'felix_trent', '👏👏', '2023-09-12T07:05:00.000Z', '1w'),
    ]);
  });

  test('the link decides, not the class: a plain /c/<id>/ row even in a reply list (ul._a9yo) is a comment', () => {
    const copy = load('modal-2023-threads.html');
    const reply = copy.querySelector('a[href$="/r/17911000000000102/"]')?.closest('li._a9zj')?.parentElement as Element;
    const moved = reply.cloneNode(true) as Element;
    moved.querySelector('a[href*="/c/"]')?.setAttribute('href', '/p/DA2kQm7sN4e/c/17911000000000109/');
    // Into the second comment's reply list, next to its "View replies (3)".
    copy.querySelectorAll('ul._a9yo')[1]?.append(moved);
    const row = instagram.findItems(moved)[0] as Element;
    expect(row.closest('ul._a9yo')).not.toBeNull();
    expect(instagram.read(row)).toMatchObject({ kind: 'comment', nativeId: '17911000000000109', parentId: null, permalink: `${POST}/c/17911000000000109/` });
    expect(readAll(copy).items.filter((i) => i.kind === 'reply').map((i) => i.nativeId)).toEqual(['17911000000000101', '17911000000000102']);
    // findItems per block: a comment block holds its comment and replies; the grid behind, the caption and buttons hold none.
    const blocks = [...doc.querySelectorAll('ul._a9ym')];
    const ids = (els: Element[]) => els.map((el) => instagram.read(el)?.nativeId);
    expect(ids(instagram.findItems(blocks[0] as Element))).toEqual(['17911000000000001', '17911000000000101', '17911000000000102']);
    expect(ids(instagram.findItems(blocks[1] as Element))).toEqual(['17911000000000002']);
    expect(instagram.findItems(blocks[1]?.querySelector('ul._a9yo') as Element)).toEqual([]);
    expect(instagram.findItems(doc.querySelector('main') as Element)).toEqual([]);
    expect(instagram.findItems(doc.querySelector('li._a9z5') as Element)).toEqual([]);
    expect(instagram.anchor(elements[3] as Element).node.textContent).toBe('pim.dekker');
    expect(instagram.owner?.(doc)).toBe(profile('larkspur.dental'));
  });
});

describe('instagram adapter: reel on its own URL, German interface (reel-de.html)', () => {
  const doc = load('reel-de.html');
  const { elements, items } = readAll(doc);
  const REEL = `${IG}/p/DQk5Zp0kW8c`;

  test('finds the comments once each: the highlighted copy is the same comment', () => {
    expect(elements).toHaveLength(5);
    expect(items.map((i) => i.nativeId)).toEqual([
      '18077000000000201',
      '18077000000000211',
      '18077000000000202',
      '18077000000000203',
    ]);
    const [top, again] = elements;
    expect(top).not.toBe(again);
    expect(instagram.read(top as Element)).toEqual(instagram.read(again as Element));
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads every field, whatever the labels say; permalinks on /p/ whatever the path form', () => {
    expect(items).toEqual([
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '18077000000000201',
        parentId: null,
        permalink: `${REEL}/c/18077000000000201/`,
        author: { name: 'lena.vorhold', profileUrl: profile('lena.vorhold') },
        text: 'Wie lange hält die Glasur in der Spülmaschine? 🤔',
        rating: null,
        postedAt: Date.parse('2026-10-30T18:20:00.000Z'),
        postedText: '3 Wo.',
      },
      {
        platform: 'instagram',
        kind: 'reply',
        nativeId: '18077000000000211',
        parentId: '18077000000000201',
        // Written as /tidewater.ceramics/reel/<code>/c/…/r/…/ on the page.
        permalink: `${REEL}/c/18077000000000201/r/18077000000000211/`,
        author: { name: 'tidewater.ceramics', profileUrl: OWNER },
        text: '@lena.vorhold Spülmaschinenfest bis 65 °C, versprochen.',
        rating: null,
        postedAt: Date.parse('2026-10-30T19:05:12.000Z'),
        postedText: '3 Wo.',
      },
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '18077000000000202',
        parentId: null,
        permalink: `${REEL}/c/18077000000000202/`,
        author: { name: 'jorek_bauwens', profileUrl: profile('jorek_bauwens') },
        text: '🔥🔥\nwill haben',
        rating: null,
        postedAt: Date.parse('2026-11-14T07:48:30.000Z'),
        postedText: '1 Wo.',
      },
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '18077000000000203',
        parentId: null,
        permalink: `${REEL}/c/18077000000000203/`,
        author: { name: 'ilvy.strand', profileUrl: profile('ilvy.strand') },
        text: 'Paket kam zerbrochen an.\nDer Kundendienst antwortet seit zwei Wochen nicht. <b>Enttäuschend</b> & teuer.',
        rating: null,
        postedAt: Date.parse('2026-11-21T22:10:05.000Z'),
        postedText: '2 T.',
      },
    ] satisfies RawItem[]);
  });

  test('the German composer and caption are not items', () => {
    const composer = doc.querySelector('textarea') as Element;
    expect(composer.getAttribute('aria-label')).toBe('Kommentieren …');
    expect(instagram.findItems(composer)).toEqual([]);
    expect(instagram.findItems(doc.querySelector('h1') as Element)).toEqual([]);
  });

  test('findItems on the highlighted block finds its copy only', () => {
    const highlighted = doc.querySelector('.x1sxyh0') as Element;
    expect(instagram.findItems(highlighted)).toEqual([elements[0]]);
  });

  test('owner() is the first account of a collaboration, then the caption’s author, else null', () => {
    expect(instagram.owner?.(doc)).toBe(OWNER);
    const copy = load('reel-de.html');
    copy.querySelector('header')?.remove();
    expect(instagram.owner?.(copy)).toBe(OWNER);
    copy.querySelector('h1')?.remove();
    expect(instagram.owner?.(copy)).toBeNull();
  });
});

describe('instagram adapter: URLs', () => {
  test.each([
    ['https://www.instagram.com/p/DQx7Lm2kR4e/', true],
    ['https://www.instagram.com/p/DQx7Lm2kR4e/?img_index=2', true],
    ['https://instagram.com/p/DQx7Lm2kR4e', true],
    ['https://www.instagram.com/reel/DQk5Zp0kW8c/', true],
    ['https://www.instagram.com/tv/CQ1a2B3c4D5/', true],
    ['https://www.instagram.com/tidewater.ceramics/p/DQx7Lm2kR4e/', true],
    ['https://www.instagram.com/p/DQx7Lm2kR4e/c/18060011122233302/', true],
    ['https://www.instagram.com/p/DQx7Lm2kR4e/c/18060011122233302/r/18060011122233311/', true],
    ['https://www.instagram.com/tidewater.ceramics/', false],
    ['https://www.instagram.com/reels/DQk5Zp0kW8c/', false],
    ['https://www.instagram.com/explore/', false],
    ['https://www.instagram.com/stories/tidewater.ceramics/3500000000000000000/', false],
    ['https://www.instagram.com/p/DQx7Lm2kR4e/liked_by/', false],
    ['http://www.instagram.com/p/DQx7Lm2kR4e/', false],
    ['https://m.instagram.com.evil.example/p/DQx7Lm2kR4e/', false],
    ['https://example.org/www.instagram.com/p/DQx7Lm2kR4e/', false],
  ])('%s → %s', (url, ok) => {
    expect(instagram.matches(new URL(url))).toBe(ok);
  });
});

describe('instagram adapter: 2025 blocks with the text beside the header line (post-2025-columns.html)', () => {
  const { items } = readAll(load('post-2025-columns.html'));
  const POST = `${IG}/p/DJq2Lm8vX0a`;

  test('reads the text beside the header, never the like count; a sticker has no text', () => {
    expect(items).toEqual([
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '18011100000000001',
        parentId: null,
        permalink: `${POST}/c/18011100000000001/`,
        author: { name: 'ivo.makes', profileUrl: profile('ivo.makes') },
        text: 'Is the ash glaze food safe?',
        rating: null,
        postedAt: Date.parse('2025-10-02T10:15:00.000Z'),
        postedText: '7w',
      },
      {
        platform: 'instagram',
        kind: 'reply',
        nativeId: '18011100000000009',
        parentId: '18011100000000001',
        permalink: `${POST}/c/18011100000000001/r/18011100000000009/`,
        author: { name: 'saltmarsh.studio', profileUrl: profile('saltmarsh.studio') },
        text: '@ivo.makes yes, every batch is tested 🙂',
        rating: null,
        postedAt: Date.parse('2025-10-02T11:00:00.000Z'),
        postedText: '7w',
      },
      {
        platform: 'instagram',
        kind: 'comment',
        nativeId: '18011100000000002',
        parentId: null,
        permalink: `${POST}/c/18011100000000002/`,
        author: { name: 'nell.fires', profileUrl: profile('nell.fires') },
        text: '',
        rating: null,
        postedAt: Date.parse('2025-10-03T08:00:00.000Z'),
        postedText: '7w',
      },
    ] satisfies RawItem[]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });
});

describe('instagram adapter: a GIF or picture comment', () => {
  test("a picture's alt is no text of the comment; an emoji image's alt is", () => {
    const doc = load('post-page.html');
    const before = readItems(instagram, doc).items;
    const target = before[1] as RawItem;
    const text = [...doc.querySelectorAll('span[dir="auto"]')].find((s) => s.textContent?.trim() === target.text) as Element;
    const gif = doc.createElement('img');
    gif.setAttribute('alt', 'GIF');
    text.replaceChildren(gif);
    const emoji = doc.createElement('img');
    emoji.setAttribute('alt', '🎉');
    expect(readItems(instagram, doc).items[1]?.text).toBe('');
    text.replaceChildren('Congrats ', emoji);
    expect(readItems(instagram, doc).items[1]?.text).toBe('Congrats 🎉');
  });
});

describe('an avatar that is not a link (a span with role="link"): the row is still the smallest ancestor of the time with an img', () => {
  test('every comment and reply is read, with its own author, as with linked avatars', () => {
    const linked = readAll(load('post-page.html')).items;
    const doc = load('post-page.html');
    // Unwrap every avatar link into <span role="link">, as newer pages render it; the name links stay.
    for (const img of doc.querySelectorAll('a[href] > img')) {
      const a = img.parentElement as Element;
      const span = doc.createElement('span');
      span.setAttribute('role', 'link');
      span.append(img);
      a.replaceWith(span);
    }
    const unlinked = readAll(doc).items;
    expect(unlinked.length).toBe(linked.length);
    expect(unlinked.map((i) => [i.nativeId, i.author.name, i.text])).toEqual(linked.map((i) => [i.nativeId, i.author.name, i.text]));
  });
});
