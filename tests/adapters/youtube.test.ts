// @vitest-environment happy-dom

import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { youtube } from '../../utils/adapters/youtube';
import type { RawItem } from '../../utils/model';
import { RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('youtube', file);

function readAll(doc: Document): { elements: number; items: RawItem[] } {
  const { elements, items } = readItems(youtube, doc);
  return { elements: elements.length, items };
}

const WATCH = 'https://www.youtube.com/watch?v=Bw7kQ2xLm9A';
const TOP = 'UgwA1tobiasRenner9xAaABAg';

describe('youtube adapter: 2024+ view-model layout (view-model.html)', () => {
  const doc = load('view-model.html');
  const { elements, items } = readAll(doc);

  test('finds every comment and reply, never the comment box or a reply draft', () => {
    expect(elements).toBe(5);
    expect(items.map((i) => i.nativeId)).toEqual([
      TOP,
      `${TOP}.9zQ1brightReply01`,
      `${TOP}.9zQ1quillonReply02`,
      'UgxB2marisolKent7kAaABAg',
      'UgyC3haldorBrix2pAaABAg',
    ]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads every field of a truncated comment: full text, no "Read more"', () => {
    expect(items[0]).toEqual({
      platform: 'youtube',
      kind: 'comment',
      nativeId: TOP,
      parentId: null,
      permalink: `${WATCH}&lc=${TOP}`,
      author: { name: '@tobias_renner', profileUrl: 'https://www.youtube.com/@tobias_renner' },
      text: 'Paid for the full service in October and the rear brake squeals exactly like before. At 1:02 you say you bed in the pads, which nobody did on mine.\nThree emails, zero answers. I will be telling everyone at the club to go elsewhere.',
      rating: null,
      postedAt: null,
      postedText: '2 days ago',
    } satisfies RawItem);
  });

  test('an edited comment: its time without the edit marker, in any language', () => {
    const page = load('view-model.html');
    const link = page.querySelector('#published-time-text a') as Element;
    const read = () => youtube.read(youtube.findItems(page)[0] as Element)?.postedText;
    for (const [shown, time] of [
      ['2 days ago (edited)', '2 days ago'],
      ['1 か月前（編集済み）', '1 か月前'],
      ['vor 3 Tagen (bearbeitet)', 'vor 3 Tagen'],
      ['2 days ago', '2 days ago'],
    ]) {
      link.textContent = shown as string;
      expect(read()).toBe(time);
    }
  });

  test('reads both replies with the thread’s top comment as parent, the owner’s name from the badge', () => {
    expect(items[1]).toEqual({
      platform: 'youtube',
      kind: 'reply',
      nativeId: `${TOP}.9zQ1brightReply01`,
      parentId: TOP,
      permalink: `${WATCH}&lc=${TOP}.9zQ1brightReply01`,
      author: { name: '@brightwaterbikes', profileUrl: 'https://www.youtube.com/@brightwaterbikes' },
      text: 'Sorry to hear that, Tobias. Email service@brightwater.example with your order number and we will book you in this week.',
      rating: null,
      postedAt: null,
      postedText: '1 day ago',
    } satisfies RawItem);
    expect(items[2]).toEqual({
      platform: 'youtube',
      kind: 'reply',
      nativeId: `${TOP}.9zQ1quillonReply02`,
      parentId: TOP,
      // The link's pp= parameter is dropped: one comment, one permalink.
      permalink: `${WATCH}&lc=${TOP}.9zQ1quillonReply02`,
      author: { name: '@quillon.ferris', profileUrl: 'https://www.youtube.com/@quillon.ferris' },
      text: 'Same thing happened to me, they are all talk 😡',
      rating: null,
      postedAt: null,
      postedText: '20 hours ago',
    } satisfies RawItem);
  });

  test('takes the id from the time link, not from a comment link in the text; ignores a reply draft', () => {
    expect(items[3]).toEqual({
      platform: 'youtube',
      kind: 'comment',
      nativeId: 'UgxB2marisolKent7kAaABAg',
      parentId: null,
      permalink: `${WATCH}&lc=UgxB2marisolKent7kAaABAg`,
      author: { name: '@marisol-kent', profileUrl: 'https://www.youtube.com/@marisol-kent' },
      text: 'Had the opposite experience to this comment, my gears have never shifted so cleanly.',
      rating: null,
      postedAt: null,
      postedText: '5 hours ago',
    } satisfies RawItem);
    expect(items[4]).toEqual({
      platform: 'youtube',
      kind: 'comment',
      nativeId: 'UgyC3haldorBrix2pAaABAg',
      parentId: null,
      permalink: `${WATCH}&lc=UgyC3haldorBrix2pAaABAg`,
      author: { name: '@haldor_brix', profileUrl: 'https://www.youtube.com/channel/UCq8Hb2rXhaldorBrix0001' },
      text: 'You clowns overcharge everyone. Hope your shop floods.',
      rating: null,
      postedAt: null,
      postedText: '1 hour ago',
    } satisfies RawItem);
  });

  test('a node added inside a comment finds that comment; the comment box finds nothing', () => {
    const more = doc.querySelector('tp-yt-paper-button#more') as Element;
    expect(youtube.findItems(more).map((el) => youtube.read(el)?.nativeId)).toEqual([TOP]);
    const replies = doc.querySelector('#replies') as Element;
    expect(youtube.findItems(replies)).toHaveLength(2);
    expect(youtube.findItems(doc.querySelector('ytd-comment-simplebox-renderer') as Element)).toEqual([]);
    const draft = doc.querySelector('#contenteditable-root') as Element;
    expect(youtube.read(draft)).toBeNull();
  });

  test('puts the chip right after the author link, or after the owner badge when the link is hidden', () => {
    const [first, ownerReply] = youtube.findItems(doc) as [Element, Element];
    const a = youtube.anchor(first);
    expect(a.where).toBe('afterend');
    expect(a.node.id).toBe('author-text');
    expect(a.node.textContent?.trim()).toBe('@tobias_renner');
    const b = youtube.anchor(ownerReply);
    expect(b.where).toBe('afterend');
    expect(b.node.localName).toBe('ytd-author-comment-badge-renderer');
    expect(b.node.textContent?.trim()).toBe('@brightwaterbikes');
  });
});

describe('youtube adapter: older ytd-comment-renderer layout (comment-renderer.html)', () => {
  const doc = load('comment-renderer.html');
  const { elements, items } = readAll(doc);
  const watch = 'https://www.youtube.com/watch?v=Kp3dVn8sQ1E';

  test('finds both comments and the reply', () => {
    expect(elements).toBe(3);
    expect(items).toHaveLength(3);
  });

  test('reads every field: display names, /channel/ links, runs and <br>, class-only time link', () => {
    expect(items).toEqual([
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: 'Ugz9oldFosse01AAaABAg',
        parentId: null,
        permalink: `${watch}&lc=Ugz9oldFosse01AAaABAg`,
        author: { name: 'Wendeline Fosse', profileUrl: 'https://www.youtube.com/channel/UCw3nDfosseWendeline0001' },
        text: "Ordered a custom dinner set for my mother's birthday. Eleven weeks later it has still not shipped.\nThe studio looks lovely in the video, shame about the customer service.",
        rating: null,
        postedAt: null,
        postedText: '1 year ago',
      },
      {
        platform: 'youtube',
        kind: 'reply',
        nativeId: 'Ugz9oldFosse01AAaABAg.9kRtKiln0001',
        parentId: 'Ugz9oldFosse01AAaABAg',
        permalink: `${watch}&lc=Ugz9oldFosse01AAaABAg.9kRtKiln0001`,
        author: { name: '@kilnkeeper', profileUrl: 'https://www.youtube.com/@kilnkeeper' },
        text: 'Mine took nine weeks but arrived perfect. Worth emailing them.',
        rating: null,
        postedAt: null,
        postedText: '11 months ago',
      },
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: 'UgxQuist02BBaABAg',
        parentId: null,
        permalink: `${watch}&lc=UgxQuist02BBaABAg`,
        author: { name: 'Barnaby Quist', profileUrl: 'https://www.youtube.com/channel/UCr7TgBarnabyQuist00002' },
        text: 'The glaze demo at 4:05 is worth the whole video 👏',
        rating: null,
        postedAt: null,
        postedText: '3 years ago',
      },
    ] satisfies RawItem[]);
  });

  test('puts the chip right after the author link', () => {
    const reply = youtube.findItems(doc)[1] as Element;
    const { node, where } = youtube.anchor(reply);
    expect(where).toBe('afterend');
    expect(node.id).toBe('author-text');
    expect(node.textContent?.trim()).toBe('@kilnkeeper');
  });

  test('a reply whose thread markup is missing still names its parent from its id', () => {
    const reply = youtube.findItems(doc)[1] as Element;
    const lone = doc.createElement('div');
    lone.append(reply.cloneNode(true));
    const copy = lone.firstElementChild as Element;
    expect(youtube.read(copy)).toMatchObject({ kind: 'reply', parentId: 'Ugz9oldFosse01AAaABAg' });
  });
});

describe('youtube adapter: comments by the channel owner, view-model layout (view-model-owner.html)', () => {
  const doc = load('view-model-owner.html');
  const { elements, items } = readAll(doc);
  const watch = 'https://www.youtube.com/watch?v=Hy7nLm3KqP0';
  const owner = { name: '@brookfieldvets', profileUrl: 'https://www.youtube.com/@brookfieldvets' };
  const T2 = 'UgyMarenHolt02kAaABAg';

  test('reads every field: the owner’s name once, from the badge’s name field, never its tooltip; blank lines kept', () => {
    expect(elements).toBe(5);
    expect(items).toEqual([
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: 'UgxPinnedBrookfield01AaABAg',
        parentId: null,
        permalink: `${watch}&lc=UgxPinnedBrookfield01AaABAg`,
        // The author link is hidden and empty; the badge holds the name and a tooltip repeating it.
        author: owner,
        text: 'New for December: Saturday morning clinics, 9 to 12. Book online or call the desk.',
        rating: null,
        postedAt: null,
        postedText: '3 days ago',
      },
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: T2,
        parentId: null,
        permalink: `${watch}&lc=${T2}`,
        author: { name: '@maren.holt', profileUrl: 'https://www.youtube.com/@maren.holt' },
        // Three blank lines in the text: one is kept.
        text: "Day 1 after Pippa's dental: she would not touch her food and nobody called back.\n\nDay 30: she is fine now, but the aftercare sheet said nothing about soft food.\nPlease fix the sheet.",
        rating: null,
        postedAt: null,
        postedText: '3 days ago',
      },
      {
        platform: 'youtube',
        kind: 'reply',
        nativeId: `${T2}.A1brookfieldR1`,
        parentId: T2,
        permalink: `${watch}&lc=${T2}.A1brookfieldR1`,
        // The name field is empty (its title holds the name); the tooltips say the name and "Verified".
        author: owner,
        text: 'Sorry Maren. We have rewritten the aftercare sheet this week, thank you for telling us.',
        rating: null,
        postedAt: null,
        postedText: '2 days ago',
      },
      {
        platform: 'youtube',
        kind: 'reply',
        nativeId: `${T2}.A1brookfieldR2`,
        parentId: T2,
        permalink: `${watch}&lc=${T2}.A1brookfieldR2`,
        // No name field at all: the hidden author link, which still holds the name.
        author: owner,
        text: 'PS: ask for Dr Ilse when you come in for the check-up.',
        rating: null,
        postedAt: null,
        postedText: '2 days ago',
      },
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: 'UgzSaulOkeke03pAaABAg',
        parentId: null,
        permalink: `${watch}&lc=UgzSaulOkeke03pAaABAg`,
        author: { name: '@saul_okeke', profileUrl: 'https://www.youtube.com/channel/UCs4ulOkekeBrookfield0003' },
        // A line of spaces is a blank line.
        text: 'Great team.\n\nFriendly reception too.',
        rating: null,
        postedAt: null,
        postedText: '3 days ago',
      },
    ] satisfies RawItem[]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('the name is read from one place even when the tooltips differ from it; the chip goes after the badge', () => {
    const copy = load('view-model-owner.html');
    const [pinned, , reply1, reply2] = youtube.findItems(copy) as [Element, Element, Element, Element];
    for (const tip of copy.querySelectorAll('tp-yt-paper-tooltip #tooltip')) tip.textContent = 'Channel owner';
    expect([pinned, reply1, reply2].map((el) => youtube.read(el)?.author.name)).toEqual(['@brookfieldvets', '@brookfieldvets', '@brookfieldvets']);
    const { node, where } = youtube.anchor(pinned);
    expect(where).toBe('afterend');
    expect(node.localName).toBe('ytd-author-comment-badge-renderer');
  });
});

describe('youtube adapter: comments by the channel owner, older layout (comment-renderer-owner.html)', () => {
  const doc = load('comment-renderer-owner.html');
  const { elements, items } = readAll(doc);
  const watch = 'https://www.youtube.com/watch?v=Rt6wPq2ZcH4';
  const owner = { name: 'Thornbury Ceramics', profileUrl: 'https://www.youtube.com/channel/UCth0rnburyCeramics000001' };

  test('reads every field: the owner’s display name once, paragraph breaks as one blank line', () => {
    expect(elements).toBe(3);
    expect(items).toEqual([
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: 'UgwThornburyOwner01AaABAg',
        parentId: null,
        permalink: `${watch}&lc=UgwThornburyOwner01AaABAg`,
        author: owner,
        text: 'Thanks for watching! The spring throwing course opens for booking on Monday.',
        rating: null,
        postedAt: null,
        postedText: '2 years ago',
      },
      {
        platform: 'youtube',
        kind: 'comment',
        nativeId: 'UgxIngridBasset02AaABAg',
        parentId: null,
        permalink: `${watch}&lc=UgxIngridBasset02AaABAg`,
        author: { name: 'Ingrid Basset', profileUrl: 'https://www.youtube.com/channel/UCingr1dBassetPottery0002' },
        // <br><br> between runs.
        text: 'Took the beginners course in March. Loved the teacher.\n\nThe kiln firing was delayed three weeks though, and nobody told us until we asked.',
        rating: null,
        postedAt: null,
        postedText: '2 years ago',
      },
      {
        platform: 'youtube',
        kind: 'reply',
        nativeId: 'UgxIngridBasset02AaABAg.9xThornReply01',
        parentId: 'UgxIngridBasset02AaABAg',
        permalink: `${watch}&lc=UgxIngridBasset02AaABAg.9xThornReply01`,
        author: owner,
        // A blank line inside one run.
        text: 'Sorry Ingrid, that was our fault.\n\nWe now email everyone the firing dates on the first day.',
        rating: null,
        postedAt: null,
        postedText: '2 years ago',
      },
    ] satisfies RawItem[]);
  });
});

describe('youtube adapter: URLs', () => {
  test.each([
    ['https://www.youtube.com/watch?v=Bw7kQ2xLm9A', true],
    ['https://www.youtube.com/watch?v=Bw7kQ2xLm9A&lc=UgwA1tobiasRenner9xAaABAg', true],
    ['https://youtube.com/watch?v=Bw7kQ2xLm9A&t=30s', true],
    ['https://www.youtube.com/watch', false],
    ['https://m.youtube.com/watch?v=Bw7kQ2xLm9A', false],
    ['https://www.youtube.com/shorts/Bw7kQ2xLm9A', false],
    ['https://www.youtube.com/@brightwaterbikes', false],
    ['https://studio.youtube.com/channel/UC1/comments', false],
    ['http://www.youtube.com/watch?v=Bw7kQ2xLm9A', false],
    ['https://www.youtube.com.evil.example/watch?v=Bw7kQ2xLm9A', false],
  ])('%s → %s', (url, ok) => {
    expect(youtube.matches(new URL(url))).toBe(ok);
  });
});

describe('youtube adapter: the video’s channel (owner)', () => {
  const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
  test.each([
    ['the owner block under the video', '<ytd-video-owner-renderer><a class="yt-simple-endpoint" href="/@harbourside/videos">Harbourside</a></ytd-video-owner-renderer>', 'https://www.youtube.com/@harbourside'],
    ['the channel name link', '<div id="owner"><ytd-channel-name id="channel-name"><a href="/channel/UCabc-123">Harbourside</a></ytd-channel-name></div>', 'https://www.youtube.com/channel/UCabc-123'],
    ['not the microdata (it is not updated when moving to another video)', '<span itemprop="author" itemscope><link itemprop="url" href="http://www.youtube.com/@harbourside.dental"></span>', null],
    ['a comment by the creator', '<ytd-author-comment-badge-renderer creator><a id="name" href="/@harbourside">@harbourside</a></ytd-author-comment-badge-renderer>', 'https://www.youtube.com/@harbourside'],
    ['nothing that names the channel', '<a href="/@someone-commenting">x</a><ytd-author-comment-badge-renderer><a href="/@not-creator">y</a></ytd-author-comment-badge-renderer>', null],
    ['a link off YouTube', '<ytd-video-owner-renderer><a href="https://evil.example/@harbourside">x</a></ytd-video-owner-renderer>', null],
  ])('%s', (_, body, expected) => {
    expect(youtube.owner?.(doc(body))).toBe(expected);
  });

  test('the owner block of another video (still shown after moving) does not count', () => {
    const html = '<!doctype html><body><ytd-watch-flexy video-id="OLD"></ytd-watch-flexy><ytd-video-owner-renderer><a href="/@other">x</a></ytd-video-owner-renderer></body>';
    const window = new Window({ url: 'https://www.youtube.com/watch?v=NEW' });
    const stale = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    expect(youtube.owner?.(stale)).toBeNull();
    const current = new window.DOMParser().parseFromString(html.replace('OLD', 'NEW'), 'text/html') as unknown as Document;
    expect(youtube.owner?.(current)).toBe('https://www.youtube.com/@other');
    void window.happyDOM.close();
  });

  test('the view-model fixture: the creator’s reply names the channel', () => {
    expect(youtube.owner?.(load('view-model.html'))).toBe('https://www.youtube.com/@brightwaterbikes');
  });
});
