// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterFor } from '../../utils/adapters';
import { facebook } from '../../utils/adapters/facebook';
import { type RawItem, RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

const load = (file: string) => loadFixture('facebook', file);

function readAll(doc: Document): { elements: number; items: RawItem[] } {
  const { elements, items } = readItems(facebook, doc);
  return { elements: elements.length, items };
}

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

describe('facebook adapter: Page post in the post dialog (page-post.html)', () => {
  const doc = load('page-post.html');
  const { elements, items } = readAll(doc);

  test('finds every comment and reply, the hidden duplicate once, never the composer or the post', () => {
    expect(elements).toBe(9);
    expect(items.map((i) => i.nativeId)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008']);
  });

  test('reads every field of a comment', () => {
    expect(items[0]).toEqual({
      platform: 'facebook',
      kind: 'comment',
      nativeId: '1001',
      parentId: null,
      permalink: `${POST}?comment_id=1001`,
      author: { name: 'Dana Whitlow', profileUrl: 'https://www.facebook.com/dana.whitlow.52' },
      text: 'I waited two hours for my appointment and then got charged twice for the same cleaning. This is bullshit and nobody at the front desk would help.',
      rating: null,
      postedAt: new Date(2026, 10, 16, 13, 5).getTime(),
      postedText: '3h',
    } satisfies RawItem);
  });

  test('reads replies with their parent, profile.php authors and relative links', () => {
    expect(items[1]).toMatchObject({ kind: 'reply', nativeId: '1002', parentId: '1001', author: { name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/HarboursideDental' } });
    expect(items[2]).toEqual({
      platform: 'facebook',
      kind: 'reply',
      nativeId: '1003',
      parentId: '1001',
      permalink: `${POST}?comment_id=1001&reply_comment_id=1003`,
      author: { name: 'Rex Marlowe', profileUrl: 'https://www.facebook.com/profile.php?id=100094455661' },
      text: 'Watch your back, we know where you live. 🔥',
      rating: null,
      postedAt: null,
      postedText: '1h',
    } satisfies RawItem);
  });

  test('keeps emoji images as text, reads localized labels structurally, joins blocks with newlines', () => {
    expect(items[3]?.text).toBe('Best dentists in town, Dr. Okafor is so kind ❤️ leave them alone!');
    expect(items[6]).toMatchObject({ nativeId: '1007', kind: 'comment', author: { name: 'Wren Adeyemi' } });
    expect(items[7]?.text).toBe('Hmm.\nInteresting.');
    for (const item of items) {
      expect(item.author.name).not.toBe('');
      expect(item.permalink).not.toMatch(/__cft__|__tn__/);
    }
  });

  test('a sticker opened by a comment_id link of its own is not the timestamp', () => {
    const copy = load('page-post.html');
    const time = [...copy.querySelectorAll('a[href*="comment_id=1001"]')].find((a) => a.textContent?.trim() === '3h') as Element;
    const article = time.closest('[role="article"]') as Element;
    const sticker = copy.createElement('a');
    sticker.setAttribute('href', `${POST}?comment_id=1001&sticker=1`);
    const img = copy.createElement('img');
    img.setAttribute('alt', 'Waving hand sticker');
    sticker.append(img);
    article.querySelector('[dir="auto"]')?.before(sticker);
    const read = facebook.read(article);
    expect(read).toMatchObject({ nativeId: '1001', postedText: '3h', permalink: `${POST}?comment_id=1001` });
  });

  test('a badge linked to the page’s badges ("Author", "Top fan") before the name is never the author', () => {
    const copy = load('page-post.html');
    const badge = (article: Element, words: string, href: string) => {
      const a = copy.createElement('a');
      a.setAttribute('href', href);
      a.setAttribute('role', 'link');
      a.textContent = words;
      article.querySelector('.xcomment')?.prepend(a);
    };
    const articles = [...copy.querySelectorAll('[role="article"]')];
    const byLabel = (start: string) => articles.find((a) => a.getAttribute('aria-label')?.startsWith(start)) as Element;
    badge(byLabel('Reply by Harbourside Dental'), 'Author', '/HarboursideDental/badges/?__cft__[0]=AZx');
    badge(byLabel('Comment by Priya Castellanos'), 'Fan destacado', 'https://www.facebook.com/HarboursideDental/badges/');
    const read = readAll(copy).items;
    expect(read.map((i) => i.author)).toEqual(items.map((i) => i.author));
    expect(read.find((i) => i.nativeId === '1002')?.author).toEqual({ name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/HarboursideDental' });
  });

  test('puts the chip right after the author name', () => {
    const first = facebook.findItems(doc)[0] as Element;
    const { node, where } = facebook.anchor(first);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Dana Whitlow');
  });
});

describe('facebook adapter: single-comment permalink view, Indonesian (permalink-view.html)', () => {
  const doc = load('permalink-view.html');
  const { elements, items } = readAll(doc);

  test('finds the comment, its sibling reply and a sticker comment; not the composer', () => {
    expect(elements).toBe(3);
    expect(items).toHaveLength(3);
  });

  test('reads every field, skipping the See more button', () => {
    const base = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Zz9&id=61550001';
    expect(items).toEqual([
      {
        platform: 'facebook',
        kind: 'comment',
        nativeId: '2001',
        parentId: null,
        permalink: `${base}&comment_id=2001`,
        author: { name: 'Ayu Pratiwi', profileUrl: 'https://www.facebook.com/ayu.pratiwi.9' },
        text: 'My crown fell out two days after the appointment and nobody called me back. I have left three messages',
        cut: true,
        rating: null,
        postedAt: new Date(2026, 10, 16, 10, 15).getTime(),
        postedText: '1 j',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '2002',
        parentId: '2001',
        permalink: `${base}&comment_id=2001&reply_comment_id=2002`,
        author: { name: 'Bram Kusuma', profileUrl: 'https://www.facebook.com/profile.php?id=100077788899' },
        text: 'Same here, terrible service.',
        rating: null,
        postedAt: null,
        postedText: '30 mnt',
      },
      {
        platform: 'facebook',
        kind: 'comment',
        nativeId: '2003',
        parentId: null,
        permalink: `${base}&comment_id=2003`,
        author: { name: 'Citra Lestari', profileUrl: 'https://www.facebook.com/citra.lestari' },
        text: '👍',
        rating: null,
        postedAt: null,
        postedText: '5 mnt',
      },
    ] satisfies RawItem[]);
  });
});

describe('facebook adapter: Page reviews tab, English (reviews-tab.html)', () => {
  const doc = load('reviews-tab.html');
  const { elements, items } = readAll(doc);
  const stories = [...doc.querySelectorAll('[aria-posinset]')];

  test('finds each recommendation and every comment under it; not the Page post, the empty slot or the composers', () => {
    expect(elements).toBe(7);
    expect(items.map((i) => [i.kind, i.nativeId, i.recommends])).toEqual([
      ['review', 'pfbid0Rv7Aq1', true],
      ['reply', '4101', undefined],
      ['reply', '4102', undefined],
      ['review', 'pfbid0Rv7Bq2', false],
      ['reply', '4201', undefined],
      ['review', null, true],
      ['comment', '4401', undefined],
    ]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
    const found = facebook.findItems(doc);
    expect(found.slice(0, 3)).toEqual([stories[0], ...stories[0]?.querySelectorAll('[role="article"]') ?? []]);
    expect(found).not.toContain(stories[3]); // the Page's own post: its heading is only a name
    expect(found).not.toContain(stories[4]); // an empty virtualized slot
    expect(facebook.read(stories[3] as Element)).toBeNull();
    expect(facebook.read(stories[4] as Element)).toBeNull();
    for (const box of doc.querySelectorAll('[contenteditable="true"]')) {
      expect(found.some((el) => el.contains(box) && !stories.includes(el))).toBe(false);
      expect(facebook.read(box)).toBeNull();
    }
  });

  test('reads every field of a recommendation: absolute date, emoji, "See more" skipped, no rating', () => {
    expect(items[0]).toEqual({
      platform: 'facebook',
      kind: 'review',
      nativeId: 'pfbid0Rv7Aq1',
      parentId: null,
      permalink: 'https://www.facebook.com/marisol.quenby/posts/pfbid0Rv7Aq1',
      author: { name: 'Marisol Quenby', profileUrl: 'https://www.facebook.com/marisol.quenby' },
      text: 'I was terrified of dentists for twenty years. Dr. Okafor talked me through every step 🦷 and the whole team was patient.\nOnly downside is the parking on Quay Street, which…',
      cut: true,
      rating: null,
      recommends: true,
      postedAt: new Date(2026, 10, 13, 18, 40).getTime(),
      postedText: '3d',
    } satisfies RawItem);
  });

  test("a comment under a recommendation (the Page's response) is a reply to it; a reply to that comment, to the comment", () => {
    expect(items[1]).toEqual({
      platform: 'facebook',
      kind: 'reply',
      nativeId: '4101',
      parentId: 'pfbid0Rv7Aq1',
      permalink: 'https://www.facebook.com/marisol.quenby/posts/pfbid0Rv7Aq1?comment_id=4101',
      author: { name: 'Harbourside Dental', profileUrl: 'https://www.facebook.com/HarboursideDental' },
      text: 'Thank you Marisol, we passed your kind words on to Dr. Okafor!',
      rating: null,
      postedAt: null,
      postedText: '2d',
    } satisfies RawItem);
    expect(items[2]).toEqual({
      platform: 'facebook',
      kind: 'reply',
      nativeId: '4102',
      parentId: '4101',
      permalink: 'https://www.facebook.com/marisol.quenby/posts/pfbid0Rv7Aq1?comment_id=4101&reply_comment_id=4102',
      author: { name: 'Marisol Quenby', profileUrl: 'https://www.facebook.com/marisol.quenby' },
      text: 'See you in March for the check-up 😊',
      rating: null,
      postedAt: null,
      postedText: '1d',
    } satisfies RawItem);
  });

  test('reads "doesn’t recommend", a profile.php author, a permalink.php story and hostile-looking text as text', () => {
    expect(items[3]).toEqual({
      platform: 'facebook',
      kind: 'review',
      nativeId: 'pfbid0Rv7Bq2',
      parentId: null,
      permalink: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Rv7Bq2&id=100081234567',
      author: { name: 'Otto Brennan', profileUrl: 'https://www.facebook.com/profile.php?id=100081234567' },
      text: 'Charged twice for one filling. Their "secure" payment page literally showed <script>steal()</script> at the top.\u200b Avoid.',
      rating: null,
      recommends: false,
      postedAt: new Date(2026, 10, 10, 8, 5).getTime(),
      postedText: '1w',
    } satisfies RawItem);
  });

  test('a story that is not role=article, with its timestamp link still "#": no id, no permalink, the time as shown', () => {
    expect(items[5]).toEqual({
      platform: 'facebook',
      kind: 'review',
      nativeId: null,
      parentId: null,
      permalink: null,
      author: { name: 'Fenna Achterberg', profileUrl: 'https://www.facebook.com/fenna.achterberg' },
      text: 'Quick emergency appointment on a Sunday. Thank you!',
      rating: null,
      recommends: true,
      postedAt: null,
      postedText: '2w',
    } satisfies RawItem);
    expect(items[6]).toMatchObject({ kind: 'comment', nativeId: '4401', author: { name: 'Ines Calloway' } });
  });

  test('findItems on a sub-root gives the items holding it and the items in it, in document order', () => {
    const [first, second, third] = stories as [Element, Element, Element];
    const [comment, reply] = [...first.querySelectorAll('[role="article"]')] as [Element, Element];
    expect(facebook.findItems(first.querySelector('[data-ad-rendering-role="story_message"] div') as Element)).toEqual([first]);
    expect(facebook.findItems(first.querySelector('[data-ad-rendering-role="profile_name"] b') as Element)).toEqual([first]);
    expect(facebook.findItems(reply.querySelector('div[dir="auto"]') as Element)).toEqual([first, reply]);
    expect(facebook.findItems(first.querySelector('ul') as Element)).toEqual([first, comment, reply]);
    expect(facebook.findItems(first)).toEqual([first, comment, reply]);
    expect(facebook.findItems(second)).toEqual([second, second.querySelector('[role="article"]')]);
    expect(facebook.findItems(third)).toEqual([third]);
    expect(facebook.findItems(doc.querySelector('.x1hc1fzr') as Element)).toEqual(facebook.findItems(doc));
  });

  test("puts a recommendation's chip right after the reviewer's name", () => {
    const { node, where } = facebook.anchor(stories[0] as Element);
    expect(where).toBe('afterend');
    expect(node.textContent).toBe('Marisol Quenby');
    expect(stories[0]?.querySelector('[data-ad-rendering-role="profile_name"]')?.contains(node)).toBe(true);
    const fresh = load('reviews-tab.html');
    const story = facebook.findItems(fresh)[0] as Element;
    expect(facebook.anchor(story).node.textContent).toBe('Marisol Quenby'); // before any read()
  });

  test.each([
    ['recommends', true],
    ["doesn't recommend", false],
    ['does not recommend', false],
    ['recomienda', true],
    ['no recomienda', false],
    ['recommande', true],
    ['ne recommande pas', false],
    ['recomenda', true],
    ['não recomenda', false],
    ['merekomendasikan', true],
    ['tidak merekomendasikan', false],
    ['empfiehlt', true],
    ['poleca', true],
    ['nie poleca', false],
    ['rekommenderar', true],
    ['rekommenderar inte', false],
    ['anbefaler', true],
    ['anbefaler ikke', false],
    ['consiglia', true],
    ['non consiglia', false],
    ['tavsiye ediyor', true],
    ['tavsiye etmiyor', false],
    ['recomandă', true],
    ['nu recomandă', false],
    ['suosittelee', true],
    ['ei suosittele', false],
    ['рекомендует', true],
    ['не рекомендует', false],
    // A language Keel has no words for: still a recommendation, its verdict unknown.
    ['ajánlja', null],
  ])('the heading verb "%s" → recommends %s', (words, recommends) => {
    const fresh = load('reviews-tab.html');
    const heading = fresh.querySelector('[data-ad-rendering-role="profile_name"]') as Element;
    (heading.querySelectorAll('b')[1] as Element).textContent = words;
    const story = facebook.findItems(fresh)[0] as Element;
    expect(story).toBe(fresh.querySelector('[aria-posinset]'));
    expect(facebook.read(story)).toMatchObject({ kind: 'review', recommends, nativeId: 'pfbid0Rv7Aq1' });
  });

  test('German puts "nicht" after the Page: "X empfiehlt Y nicht." does not recommend', () => {
    const fresh = load('reviews-tab.html');
    const heading = fresh.querySelector('[data-ad-rendering-role="profile_name"]') as Element;
    (heading.querySelectorAll('b')[1] as Element).textContent = 'empfiehlt';
    (heading.lastChild as Text).textContent = ' nicht.';
    const story = facebook.findItems(fresh)[0] as Element;
    expect(facebook.read(story)).toMatchObject({ kind: 'review', recommends: false, author: { name: 'Marisol Quenby' } });
  });

  test.each([
    [' aan.', true],
    [' niet aan.', false],
  ])('Dutch splits the verb around the Page: "X raadt Y%s" → recommends %s', (tail, recommends) => {
    const fresh = load('reviews-tab.html');
    const heading = fresh.querySelector('[data-ad-rendering-role="profile_name"]') as Element;
    (heading.querySelectorAll('b')[1] as Element).textContent = 'raadt';
    (heading.lastChild as Text).textContent = tail;
    const story = facebook.findItems(fresh)[0] as Element;
    expect(facebook.read(story)).toMatchObject({ kind: 'review', recommends, author: { name: 'Marisol Quenby' } });
  });

  test('a two-part heading with unknown words is not a recommendation', () => {
    const fresh = load('reviews-tab.html');
    const heading = fresh.querySelector('[data-ad-rendering-role="profile_name"]') as Element;
    (heading.querySelectorAll('b')[1] as Element).textContent = 'ajánlja';
    heading.querySelectorAll('b')[2]?.remove();
    const story = fresh.querySelector('[aria-posinset]') as Element;
    expect(facebook.findItems(fresh)).not.toContain(story);
    expect(facebook.read(story)).toBeNull();
  });
});

describe('facebook adapter: Page reviews in Spanish, one opened in the dialog (reviews-es.html)', () => {
  const doc = load('reviews-es.html');
  const { elements, items } = readAll(doc);
  const base = 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Es2Bb&id=100070000002';

  test('the recommendation in the feed and in the dialog, and its comment shown twice, are one item each', () => {
    expect(elements).toBe(7);
    expect(items).toHaveLength(5);
    const dialogStory = facebook.findItems(doc.querySelector('[role="dialog"]') as Element)[0] as Element;
    expect(facebook.read(dialogStory)).toMatchObject({
      kind: 'review',
      nativeId: 'pfbid0Es2Bb',
      recommends: false,
      text: 'Me cobraron una limpieza que no me hicieron. Llamé tres veces y nadie me devolvió la llamada.',
    });
    expect(facebook.read(doc.querySelector('[role="textbox"]') as Element)).toBeNull();
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads every field, "recomienda" / "no recomienda", the "Ver más" button skipped', () => {
    expect(items).toEqual([
      {
        platform: 'facebook',
        kind: 'review',
        nativeId: 'pfbid0Es1Aa',
        parentId: null,
        permalink: 'https://www.facebook.com/lucia.ferrandiz.5/posts/pfbid0Es1Aa',
        author: { name: 'Lucía Ferrándiz', profileUrl: 'https://www.facebook.com/lucia.ferrandiz.5' },
        text: 'Me hicieron una endodoncia sin dolor y me explicaron el presupuesto desde el principio 👏',
        rating: null,
        recommends: true,
        // The link's Spanish tooltip, "lunes, 16 de noviembre de 2026, 10:20", in the browser's time.
        postedAt: new Date(2026, 10, 16, 10, 20).getTime(),
        postedText: '2 d',
      },
      {
        platform: 'facebook',
        kind: 'review',
        nativeId: 'pfbid0Es2Bb',
        parentId: null,
        permalink: base,
        author: { name: 'Tomás Echeverri', profileUrl: 'https://www.facebook.com/tomas.echeverri' },
        text: 'Me cobraron una limpieza que no me hicieron…',
        cut: true,
        rating: null,
        recommends: false,
        postedAt: null,
        postedText: '5 h',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '5201',
        parentId: 'pfbid0Es2Bb',
        permalink: `${base}&comment_id=5201`,
        author: { name: 'Clínica Sonrisa', profileUrl: 'https://www.facebook.com/ClinicaSonrisaMadrid' },
        text: 'Hola Tomás, lo sentimos. Escríbenos por privado y lo revisamos hoy.',
        rating: null,
        postedAt: null,
        postedText: '3 h',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '5202',
        parentId: '5201',
        permalink: `${base}&comment_id=5201&reply_comment_id=5202`,
        author: { name: 'Tomás Echeverri', profileUrl: 'https://www.facebook.com/tomas.echeverri' },
        text: 'Ya os escribí dos veces por privado.',
        rating: null,
        postedAt: null,
        postedText: '2 h',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '5203',
        parentId: 'pfbid0Es2Bb',
        permalink: `${base}&comment_id=5203`,
        author: { name: 'Pilar Anzures', profileUrl: 'https://www.facebook.com/pilar.anzures' },
        text: 'A mí me pasó lo mismo en octubre.',
        rating: null,
        postedAt: null,
        postedText: '1 h',
      },
    ] satisfies RawItem[]);
  });
});

describe('facebook adapter: links in comments, deleted accounts, nested replies, Polish (post-links.html)', () => {
  const doc = load('post-links.html');
  const { elements, items } = readAll(doc);
  const post = 'https://www.facebook.com/GabinetPromyk/posts/pfbid0Pl4KxQ7';
  const comment = (over: Partial<RawItem> & Pick<RawItem, 'nativeId' | 'author' | 'text' | 'postedText'>): RawItem => ({
    platform: 'facebook',
    kind: 'comment',
    parentId: null,
    permalink: `${post}?comment_id=${over.nativeId}`,
    rating: null,
    postedAt: null,
    ...over,
  });
  const JAN = { name: 'Jan Wilk', profileUrl: 'https://www.facebook.com/profile.php?id=100077700011' };
  const DELETED = { name: 'Użytkownik Facebooka', profileUrl: null };

  test('every comment once, each with its own id: comment links in the words (a caption, a comment) never count', () => {
    expect(elements).toBe(8);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['comment', '7001', null],
      ['comment', '7101', null],
      ['comment', '7102', null],
      ['comment', '7103', null],
      ['reply', '7104', '7103'],
      ['reply', '7105', '7104'],
      ['comment', '7106', null],
      ['comment', '7107', null],
    ]);
    const postArticle = doc.querySelector('[role="dialog"] [aria-posinset]') as Element;
    expect(facebook.findItems(doc)).not.toContain(postArticle);
    expect(facebook.findItems(postArticle.querySelector('[data-ad-rendering-role="story_message"] a') as Element)).toEqual([]);
    expect(facebook.read(postArticle)).toBeNull();
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test('reads every field; a pasted link to another comment (another Page, or this very post) stays text', () => {
    expect(items.slice(0, 4)).toEqual([
      // Behind the dialog, a comment of another post of the same Page (the timeline is
      // aria-hidden): read, with its own post's permalink.
      comment({
        nativeId: '7001',
        permalink: 'https://www.facebook.com/GabinetPromyk/posts/pfbid0Wt3Old?comment_id=7001',
        author: { name: 'Zofia Kral', profileUrl: 'https://www.facebook.com/zofia.kral.5' },
        text: 'Wesołych świąt dla całego zespołu!',
        postedText: '3 tyg.',
      }),
      comment({
        nativeId: '7101',
        author: { name: 'Marek Nowicki', profileUrl: 'https://www.facebook.com/marek.nowicki.3' },
        text: 'Tanie wybielanie tutaj biel-szybko.example/promo 💯 #usmiech',
        postedText: '5 godz.',
      }),
      comment({
        nativeId: '7102',
        author: { name: 'Ewa Sadowska', profileUrl: 'https://www.facebook.com/ewa.sadowska' },
        text: 'Moje doświadczenie z innym gabinetem: https://www.facebook.com/InnyGabinet/posts/pfbid0Other9?comment_id=9990001',
        postedText: '4 godz.',
      }),
      comment({
        nativeId: '7103',
        author: JAN,
        text: `Zgadzam się z tym, co pisał Marek: ${post}?comment_id=7101`,
        postedText: '3 godz.',
      }),
    ]);
    const ewa = facebook.findItems(doc)[2] as Element;
    expect(facebook.anchor(ewa).node.textContent).toBe('Ewa Sadowska');
  });

  test('a reply nested in a reply of the same thread is a reply to that reply (its link names only the top comment)', () => {
    expect(items.slice(4, 6)).toEqual([
      comment({
        kind: 'reply',
        nativeId: '7104',
        parentId: '7103',
        permalink: `${post}?comment_id=7103&reply_comment_id=7104`,
        author: { name: 'Gabinet Stomatologiczny Promyk', profileUrl: 'https://www.facebook.com/GabinetPromyk' },
        text: 'Dziękujemy, Panie Janie! Pozdrawiamy cały zespół.',
        postedText: '2 godz.',
      }),
      comment({
        kind: 'reply',
        nativeId: '7105',
        parentId: '7104',
        permalink: `${post}?comment_id=7103&reply_comment_id=7105`,
        author: JAN,
        text: 'A w soboty też przyjmujecie?',
        postedText: '1 godz.',
      }),
    ]);
    // Read alone (no earlier read of its parent), the same.
    const fresh = load('post-links.html');
    const found = facebook.findItems(fresh);
    expect(facebook.read(found[5] as Element)).toMatchObject({ nativeId: '7105', parentId: '7104' });
  });

  test('a deleted account (no profile link) under a localized label: the name shown, never a link in the words', () => {
    expect(items.slice(6)).toEqual([
      comment({ nativeId: '7106', author: DELETED, text: 'Byłam u was w czwartek, Marek Nowicki ma rację. Rejestracja nie odbiera…', postedText: '2 dni', cut: true }),
      comment({ nativeId: '7107', author: DELETED, text: 'Polecam dr Lis.', postedText: '1 tydz.' }),
    ]);
    const [deleted, badged] = facebook.findItems(doc).slice(6) as [Element, Element];
    expect(facebook.anchor(deleted)).toMatchObject({ where: 'afterend', node: { textContent: 'Użytkownik Facebooka' } });
    expect(facebook.anchor(badged).node.textContent).toBe('Użytkownik Facebooka'); // not the "Najlepszy fan" badge above it
  });

  test('with no label at all, the name is the header text right above the words', () => {
    const fresh = load('post-links.html');
    const badged = facebook.findItems(fresh)[7] as Element;
    badged.removeAttribute('aria-label');
    expect(facebook.read(badged)?.author).toEqual(DELETED);
    expect(facebook.anchor(badged).node.textContent).toBe('Użytkownik Facebooka');
  });

});

describe("facebook adapter: the Page's responses under recommendations, a deleted reviewer (reviews-owner.html)", () => {
  const doc = load('reviews-owner.html');
  const { elements, items } = readAll(doc);
  const stories = [...doc.querySelectorAll('[aria-posinset]')];
  const PAGE = { name: 'Larkspur Dental', profileUrl: 'https://www.facebook.com/LarkspurDental' };

  test('every recommendation, response and comment, each once', () => {
    expect(elements).toBe(8);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['review', 'pfbid0LkPo1', null],
      ['reply', '8801', 'pfbid0LkPo1'],
      ['reply', '8802', '8801'],
      ['review', 'pfbid0LkFu2', null],
      ['reply', '8901', 'pfbid0LkFu2'],
      ['review', null, null],
      ['reply', '9001', null],
      ['comment', '9101', null],
    ]);
    for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
  });

  test("the Page's response is a reply to the recommendation; the reviewer's answer, a reply to the response", () => {
    expect(items.slice(1, 3)).toEqual([
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '8801',
        parentId: 'pfbid0LkPo1',
        permalink: 'https://www.facebook.com/priya.olsen.4/posts/pfbid0LkPo1?comment_id=8801',
        author: PAGE,
        text: 'Thank you Priya! We will pass this on to Dr. Hale.',
        rating: null,
        postedAt: null,
        postedText: '6d',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '8802',
        parentId: '8801',
        permalink: 'https://www.facebook.com/priya.olsen.4/posts/pfbid0LkPo1?comment_id=8801&reply_comment_id=8802',
        author: { name: 'Priya Olsen', profileUrl: 'https://www.facebook.com/priya.olsen.4' },
        text: 'Will do, see you in May 🦷',
        rating: null,
        postedAt: null,
        postedText: '5d',
      },
    ] satisfies RawItem[]);
    // The response read on its own, before its recommendation: the same parent.
    const fresh = load('reviews-owner.html');
    const found = facebook.findItems(fresh);
    expect(facebook.read(found[1] as Element)).toMatchObject({ kind: 'reply', parentId: 'pfbid0LkPo1' });
  });

  test("a reviewer with no profile gets no profile link, never the Page's; the chip goes after the name shown", () => {
    expect(items[3]).toEqual({
      platform: 'facebook',
      kind: 'review',
      nativeId: 'pfbid0LkFu2',
      parentId: null,
      permalink: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0LkFu2&id=100090000002',
      author: { name: 'Facebook user', profileUrl: null },
      text: 'Waited an hour past my slot and nobody said why.',
      rating: null,
      recommends: false,
      postedAt: null,
      postedText: '2w',
    } satisfies RawItem);
    expect(items[4]).toMatchObject({ kind: 'reply', parentId: 'pfbid0LkFu2', author: PAGE });
    const fresh = load('reviews-owner.html');
    const story = facebook.findItems(fresh).find((el) => el.getAttribute('aria-posinset') === '2') as Element;
    expect(facebook.anchor(story)).toMatchObject({ where: 'afterend', node: { textContent: 'Facebook user' } }); // before any read()
    expect(facebook.anchor(stories[1] as Element).node.textContent).toBe('Facebook user');
  });

  test('under a recommendation with no id yet (link still "#"), a response is a reply with no parent id; under a Page post, a comment', () => {
    expect(items.slice(5)).toEqual([
      {
        platform: 'facebook',
        kind: 'review',
        nativeId: null,
        parentId: null,
        permalink: null,
        author: { name: 'Arne Vik', profileUrl: 'https://www.facebook.com/arne.vik' },
        text: 'Kind with my kids.',
        rating: null,
        recommends: true,
        postedAt: null,
        postedText: '3w',
      },
      {
        platform: 'facebook',
        kind: 'reply',
        nativeId: '9001',
        parentId: null,
        permalink: 'https://www.facebook.com/arne.vik/posts/pfbid0LkAv3?comment_id=9001',
        author: PAGE,
        text: 'Thanks Arne!',
        rating: null,
        postedAt: null,
        postedText: '3w',
      },
      {
        platform: 'facebook',
        kind: 'comment',
        nativeId: '9101',
        parentId: null,
        permalink: 'https://www.facebook.com/LarkspurDental/posts/pfbid0LkPost4?comment_id=9101',
        author: { name: 'Rosa Imbert', profileUrl: 'https://www.facebook.com/rosa.imbert' },
        text: 'Good to know, thanks.',
        rating: null,
        postedAt: null,
        postedText: '4w',
      },
    ] satisfies RawItem[]);
  });

  test('a story link that gets its href later gives the responses read after it their parent', () => {
    const fresh = load('reviews-owner.html');
    const found = facebook.findItems(fresh);
    const story = fresh.querySelector('[aria-posinset="3"]') as Element;
    expect(facebook.read(story)?.nativeId).toBeNull();
    story.querySelector('a[attributionsrc]')?.setAttribute('href', 'https://www.facebook.com/arne.vik/posts/pfbid0LkAv3?__cft__[0]=AZo3');
    expect(facebook.read(story)?.nativeId).toBe('pfbid0LkAv3');
    expect(facebook.read(found.find((el) => story.contains(el) && el !== story) as Element)).toMatchObject({ nativeId: '9001', parentId: 'pfbid0LkAv3' });
  });
});

describe('facebook adapter: a review heading whose links hold the names, a time with no link', () => {
  // The heading's link may wrap the name (<a><b>…</b></a>) as well as sit in it; a review not
  // opened as a post shows its time in a labelled span only.
  const story = (name: string, profile: string, time: string, text: string) =>
    `<div aria-posinset="1"><div class="x1yztbdb"><div data-ad-rendering-role="profile_name"><h2><span>` +
    `<a href="${profile}${profile.includes('?') ? '&amp;' : '?'}__cft__[0]=AZ&amp;__tn__=R" role="link"><b>${name}</b></a> <b>recommends</b> ` +
    `<a href="https://www.facebook.com/harbourbakes?__cft__[0]=AZ" role="link"><b>Harbour Bakes</b></a>.</span></h2></div>` +
    `<div>${time} · <svg aria-label="Shared with Public" role="img"></svg></div>` +
    `<div data-ad-rendering-role="story_message"><div dir="auto"><div dir="auto">${text}</div></div></div></div></div>`;
  const doc = new DOMParser().parseFromString(
    `<html><body><div role="main"><div role="feed">${story('Ines Faro', 'https://www.facebook.com/ines.faro.7', '<span aria-label="1 month ago">4w</span>', 'Best rye in town.')}${story('Tom Bell', 'https://www.facebook.com/profile.php?id=100023456789012', '<span aria-label="2 weeks ago">2w</span>', 'Lovely staff.')}</div></div></body></html>`,
    'text/html',
  );
  const { items } = readAll(doc);

  test("reads each reviewer's profile link, never the Page's, and the time the page shows", () => {
    expect(items.map((i) => [i.kind, i.author.name, i.author.profileUrl, i.recommends, i.postedText, i.text])).toEqual([
      ['review', 'Ines Faro', 'https://www.facebook.com/ines.faro.7', true, '4w', 'Best rye in town.'],
      ['review', 'Tom Bell', 'https://www.facebook.com/profile.php?id=100023456789012', true, '2w', 'Lovely staff.'],
    ]);
  });
});

describe('facebook adapter: a tenth outside review (avatars before names in other languages, scrambled review times)', () => {
  // A comment whose header shows the avatar link first, labelled in the page's language, then the name's link.
  const comment = (id: string, label: string, avatar: string, name: string, profile: string, text: string) =>
    `<li><div role="article" aria-label="${label}"><div><a aria-label="${avatar}" href="${profile}?__cft__[0]=AZ&amp;__tn__=-R" role="link">` +
    `<div><img alt="" src="https://scontent.xx.fbcdn.net/a.jpg"></div></a></div><div><span><a href="${profile}?__cft__[0]=AZ&amp;__tn__=-R" role="link">` +
    `<span dir="auto">${name}</span></a></span><div dir="auto"><div dir="auto">${text}</div></div>` +
    `<a href="${POST}?comment_id=${id}&amp;__cft__[0]=AZ" role="link"><span>2 Std.</span></a></div></div></li>`;
  const post = new DOMParser().parseFromString(
    `<html><body><div role="dialog"><ul>${comment('7001', 'Kommentar von Greta Lind vor 2 Stunden', 'Profilbild von Greta Lind', 'Greta Lind', 'https://www.facebook.com/greta.lind.9', 'Die Brötchen sind super.')}${comment('7002', 'Commentaire de Paul Morel il y a 2 heures', 'Photo de profil de Paul Morel', 'Paul Morel', 'https://www.facebook.com/paul.morel.22', 'Très bon accueil.')}</ul></div></body></html>`,
    'text/html',
  );

  test('the name comes from the link that shows it, not the avatar before it, in any language', () => {
    expect(readAll(post).items.map((i) => [i.nativeId, i.author.name, i.author.profileUrl, i.text])).toEqual([
      ['7001', 'Greta Lind', 'https://www.facebook.com/greta.lind.9', 'Die Brötchen sind super.'],
      ['7002', 'Paul Morel', 'https://www.facebook.com/paul.morel.22', 'Très bon accueil.'],
    ]);
  });

  // A review's time link whose letters are shuffled spans put in order by CSS: its words are noise.
  const scrambledLink = (label: string | null, letters: string) =>
    `<a attributionsrc="/privacy_sandbox/comet/register/source/?xt=AZ" href="#" role="link"${label ? ` aria-label="${label}"` : ''}><span style="display: flex;">` +
    [...letters].map((c, i) => `<span style="order: ${(i * 7) % letters.length};">${c}</span>`).join('') +
    '</span></a>';
  const review = (name: string, profile: string, time: string, text: string) =>
    `<div aria-posinset="1"><div><div data-ad-rendering-role="profile_name"><h2><span>` +
    `<b><a href="${profile}?__cft__[0]=AZ" role="link">${name}</a></b> <b>doesn't recommend</b> ` +
    `<b><a href="https://www.facebook.com/harbourbakes?__cft__[0]=AZ" role="link">Harbour Bakes</a></b>.</span></h2></div>` +
    `<div>${time}</div><div data-ad-rendering-role="story_message"><div dir="auto"><div dir="auto">${text}</div></div></div></div></div>`;
  const reviews = new DOMParser().parseFromString(
    `<html><body><div role="main"><div role="feed">${review('Ada Quill', 'https://www.facebook.com/ada.quill', scrambledLink('3 days ago', 'Sponsoredxq81'), 'Cold coffee.')}${review('Bo Reyes', 'https://www.facebook.com/bo.reyes.4', scrambledLink(null, 'Sponsoredkz27'), 'Rude at the till.')}</div></div></body></html>`,
    'text/html',
  );

  test("a scrambled review time is read from its label, or not at all: never as the letters' noise", () => {
    expect(readAll(reviews).items.map((i) => [i.author.name, i.recommends, i.postedAt, i.postedText])).toEqual([
      ['Ada Quill', false, null, '3 days ago'],
      ['Bo Reyes', false, null, null],
    ]);
  });
});

describe('facebook adapter: URLs', () => {
  test.each([
    ['https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9', true],
    ['https://web.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/HarboursideDental/reviews', true],
    ['https://www.facebook.com/marisol.quenby/posts/pfbid0Rv7Aq1', true],
    ['http://www.facebook.com/x', false],
    ['https://www.facebook.com.evil.example/x', false],
    ['https://example.org/facebook.com/x', false],
  ])('%s → %s', (url, ok) => {
    expect(facebook.matches(new URL(url))).toBe(ok);
    expect(adapterFor(url) === facebook).toBe(ok);
  });
});

describe('facebook adapter: no average rating', () => {
  test('a recommendation share ("96% recommend") is not an average out of 5: no rating is read', () => {
    expect(loadFixture('facebook', 'reviews-tab.html').body.textContent).toContain('96% recommend (214 Reviews)');
    expect(facebook.rating).toBeUndefined();
  });
});

describe('facebook adapter: replies that follow their comment instead of sitting in it', () => {
  // Each article is followed by a block of its replies (siblings, not nested): the links
  // name only the thread's top comment; the blocks say which reply answers which.
  const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid0Th';
  const article = (label: string, name: string, query: string, text: string) =>
    `<div role="article" aria-label="${label}"><span><a href="/${name.replace(' ', '.').toLowerCase()}?__cft__[0]=Z" role="link"><span dir="auto">${name}</span></a></span>` +
    `<div dir="auto">${text}</div><ul><li><a href="${POST}?${query}&amp;__cft__[0]=Z" role="link">1d</a></li></ul></div>`;
  const page = (replies: string) =>
    new DOMParser().parseFromString(
      `<div role="article" aria-posinset="1"><div dir="auto">Open on Saturday.</div><div>` +
        `<div><div>${article('Comment by Ola Berg 2 days ago', 'Ola Berg', 'comment_id=801', 'Thanks for fitting me in!')}</div>${replies}</div>` +
        `<div><div>${article('Comment by Sami Lund 1 day ago', 'Sami Lund', 'comment_id=901', 'Do you take walk-ins?')}</div></div>` +
        `</div></div>`,
      'text/html',
    );
  const parents = (doc: Document) => readItems(facebook, doc).items.map((i) => [i.nativeId, i.kind, i.parentId]);

  test('a reply in the replies block after a reply answers that reply; replies side by side answer the comment', () => {
    const doc = page(
      `<div><div>${article("Reply by Harbourside Dental to Ola Berg's comment 1 day ago", 'Harbourside Dental', 'comment_id=801&amp;reply_comment_id=802', 'Any time, Ola!')}` +
        `<div><div>${article("Reply by Ola Berg to Harbourside Dental's reply 20 hours ago", 'Ola Berg', 'comment_id=801&amp;reply_comment_id=803', 'See you in March.')}</div></div>` +
        `</div><div>${article("Reply by Ines Vik to Ola Berg's comment 10 hours ago", 'Ines Vik', 'comment_id=801&amp;reply_comment_id=804', 'Same here, great team.')}</div></div>`,
    );
    expect(parents(doc)).toEqual([
      ['801', 'comment', null],
      ['802', 'reply', '801'],
      ['803', 'reply', '802'],
      ['804', 'reply', '801'],
      ['901', 'comment', null],
    ]);
  });

  test('replies each in a wrapper of their own, one after another, all answer the comment', () => {
    const reply = (id: string, name: string) => `<div><div>${article(`Reply by ${name} to Ola Berg's comment 1 day ago`, name, `comment_id=801&amp;reply_comment_id=${id}`, 'Agreed.')}</div></div>`;
    const doc = page(`<div>${reply('811', 'Ines Vik')}${reply('812', 'Tor Dahl')}${reply('813', 'Kai Moe')}</div>`);
    expect(parents(doc)).toEqual([
      ['801', 'comment', null],
      ['811', 'reply', '801'],
      ['812', 'reply', '801'],
      ['813', 'reply', '801'],
      ['901', 'comment', null],
    ]);
  });
});
