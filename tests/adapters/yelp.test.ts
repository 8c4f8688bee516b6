// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { yelp } from '../../utils/adapters/yelp';
import type { RawItem } from '../../utils/model';
import { RawItemSchema } from '../../utils/model';
import { loadFixture, readItems } from './fixture';

// Permalinks fall back to the page's own /biz/<alias>, so each fixture is parsed
// at the address it was saved from.
const windows: Window[] = [];
function load(file: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  windows.push(window);
  const html = fs.readFileSync(path.join(__dirname, '../fixtures/yelp', file), 'utf8');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
});

const HARBOR = 'https://www.yelp.com/biz/harbor-noodle-house-oakland';
const user = (id: string, site = 'https://www.yelp.com') => `${site}/user_details?userid=${id}`;
const DE = 'https://www.yelp.de';
const FR = 'https://www.yelp.fr';
// A date shown without a time is 00:00 UTC of that day (RawItem.postedAt).
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const q = (root: ParentNode, selector: string) => root.querySelector(selector) as Element;
const cardOf = (doc: Document, userId: string) => q(doc, `a[href*="userid=${userId}"]`).closest('li') as Element;

function checkAll(items: RawItem[]) {
  for (const item of items) expect(RawItemSchema.parse(item)).toEqual(item);
}

describe('yelp adapter: the reviews Yelp does not recommend (/not_recommended_reviews/<alias>)', () => {
  test('the same cards, read as on the business page: this business, its ids, its permalinks', () => {
    const onBiz = readItems(yelp, load('biz-legacy.html', HARBOR)).items;
    const filtered = readItems(yelp, load('biz-legacy.html', 'https://www.yelp.com/not_recommended_reviews/harbor-noodle-house-oakland')).items;
    expect(filtered).toEqual(onBiz);
    expect(filtered.map((i) => i.permalink)).toContain(`${HARBOR}?hrid=Kp4dR8sLm2QwXv7nTz9aBc`);
  });
});

describe('yelp adapter: old layout (biz-legacy.html)', () => {
  const doc = load('biz-legacy.html', HARBOR);
  const { elements, items } = readItems(yelp, doc);

  test('finds three reviews and the owner comment, not the "Start your review" item', () => {
    expect(doc.querySelectorAll('ul.reviews > li')).toHaveLength(4);
    expect(elements).toHaveLength(4);
    expect(items.map((i) => [i.kind, i.nativeId ?? i.parentId])).toEqual([
      ['review', 'Kp4dR8sLm2QwXv7nTz9aBc'],
      ['reply', 'Kp4dR8sLm2QwXv7nTz9aBc'],
      ['review', 'Zt6yU3iOp9AsDf2GhJ4kLq'],
      ['review', 'Yh8gT5rEw1QaZs3XdC7vBn'],
    ]);
    checkAll(items);
  });

  test('reads a review and the "Comment from … of …" reply, the reply in full from its hidden copy', () => {
    expect(items.slice(0, 2)).toEqual([
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'Kp4dR8sLm2QwXv7nTz9aBc',
        parentId: null,
        permalink: `${HARBOR}?hrid=Kp4dR8sLm2QwXv7nTz9aBc`,
        author: { name: 'Odalys F.', profileUrl: user('Lr5tQ1wZy8Xc3Vb6Nm0PaQ') },
        text: 'Waited forty minutes for two bowls of dan dan noodles.\n\nWhen they came the broth was lukewarm. Staff were friendly but clearly overwhelmed.',
        rating: 2,
        postedAt: day('2019-03-14'),
        postedText: '3/14/2019',
      },
      {
        platform: 'yelp',
        kind: 'reply',
        nativeId: null,
        parentId: 'Kp4dR8sLm2QwXv7nTz9aBc',
        permalink: null,
        author: { name: 'Bob K.', profileUrl: null },
        text: 'Odalys, thank you for the honest feedback. Friday nights got away from us after two cooks left. We have hired more staff and the broth is now kept at a rolling simmer.\n\nPlease come back and ask for me.',
        rating: null,
        postedAt: day('2019-03-20'),
        postedText: '3/20/2019',
      },
    ] satisfies RawItem[]);
    expect(items[1]?.text).not.toContain('…');
    expect(items[1]?.text).not.toContain('Read more');
  });

  test('reads markup in the text as text, keeps a zero-width space and emoji', () => {
    expect(items[2]).toEqual({
      platform: 'yelp',
      kind: 'review',
      nativeId: 'Zt6yU3iOp9AsDf2GhJ4kLq',
      parentId: null,
      permalink: `${HARBOR}?hrid=Zt6yU3iOp9AsDf2GhJ4kLq`,
      author: { name: 'Tavita M.', profileUrl: user('Mn7bV2cX5zLk8Jh1Gf4DsA') },
      text: 'Best hand-pulled noodles this side of the bay 🍜 The menu literally says <script>alert("spicy")</script> next to the chili oil, which made us laugh. Zero\u200bregrets.',
      rating: 5,
      postedAt: day('2019-02-02'),
      postedText: '2/2/2019',
    } satisfies RawItem);
    expect(doc.body.querySelectorAll('script')).toHaveLength(0);
  });

  test('an updated review: its own stars, date and text; the previous review is no item', () => {
    expect(items[3]).toEqual({
      platform: 'yelp',
      kind: 'review',
      nativeId: 'Yh8gT5rEw1QaZs3XdC7vBn',
      parentId: null,
      permalink: `${HARBOR}?hrid=Yh8gT5rEw1QaZs3XdC7vBn`,
      author: { name: 'Ines V.', profileUrl: user('Pq2wE9rT4yU7iO1pA5sDfG') },
      text: 'Gave them another go after the new cooks started. Much better: hot broth, quick service.',
      rating: 4,
      postedAt: day('2019-11-02'),
      postedText: '11/2/2019',
    } satisfies RawItem);
    expect(yelp.read(q(doc, '.previous-review'))).toBeNull();
  });

  test('the "Start your review" widget is not an item, even read directly', () => {
    const widget = q(doc, '.js-war-link').closest('li') as Element;
    expect(widget.querySelector('a[href*="userid=Vw3iEwr0ViewerXx0001Aq"]')).not.toBeNull();
    expect(yelp.findItems(widget)).toEqual([]);
    expect(yelp.read(widget)).toBeNull();
  });

  test('a node inside the reviewer\'s own li (the old passport) gives back the card', () => {
    const card = elements[0] as Element;
    expect(yelp.findItems(q(card, '.user-display-name'))).toEqual([card]);
    expect(yelp.findItems(q(card, 'p[lang]'))).toEqual([card]);
    expect(yelp.findItems(q(card, '.biz-owner-reply strong'))).toEqual([card, elements[1]]);
    expect(yelp.findItems(card)).toEqual([card, elements[1]]);
    expect(yelp.findItems(q(doc, 'ul.reviews'))).toEqual(elements);
  });

  test('chips go after the reviewer\'s name, and after the reply\'s header line', () => {
    expect(yelp.anchor(elements[0] as Element)).toEqual({ node: q(elements[0] as Element, '.user-display-name'), where: 'afterend' });
    const reply = yelp.anchor(elements[1] as Element);
    expect(reply.where).toBe('afterend');
    expect(reply.node.textContent).toBe('Comment from Bob K. of Harbor Noodle House');
    expect((elements[1] as Element).contains(reply.node)).toBe(true);
  });
});

describe('yelp adapter: React layout, css-* era (biz-2023.html)', () => {
  const doc = load('biz-2023.html', `${HARBOR}?hrid=Wb2nH6yPq0Lx4Rt8Vc1sJk`);
  const { elements, items } = readItems(yelp, doc);
  const [shared, truncated, reply, noId] = elements as [Element, Element, Element, Element];

  test('finds three reviews and one response; the shared review shown twice once', () => {
    expect(doc.querySelectorAll('#reviews li')).toHaveLength(4);
    expect(doc.querySelectorAll('#reviews a[href*="hrid=Wb2nH6yPq0Lx4Rt8Vc1sJk"]')).toHaveLength(2);
    expect(elements).toHaveLength(4);
    expect(items).toHaveLength(4);
    // The first rendering (the one above the list) is kept.
    expect(shared.closest('#reviews > ul')).toBeNull();
    checkAll(items);
  });

  test('reads every field of each item', () => {
    expect(items).toEqual([
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'Wb2nH6yPq0Lx4Rt8Vc1sJk',
        parentId: null,
        permalink: `${HARBOR}?hrid=Wb2nH6yPq0Lx4Rt8Vc1sJk`,
        author: { name: 'Lucía P.', profileUrl: user('Rt4eW8qAz1Sx6Dc9Fv3GbH') },
        text: 'Hand-pulled noodles done right 🍜🔥 The chili oil is worth the trip on its own.',
        rating: 5,
        postedAt: day('2026-11-12'),
        postedText: 'Nov 12, 2026',
      },
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'Ce5vB8nM1qW4eR7tY0uI3o',
        parentId: null,
        permalink: `${HARBOR}?hrid=Ce5vB8nM1qW4eR7tY0uI3o`,
        author: { name: 'Dmitri A.', profileUrl: user('Ju6hY2gTf5Rd8Es1Wa4QzX') },
        text: 'Booked a table for eight for a birthday. The booking was lost, we waited at the bar for an hour.\n\nFood was good once it came, the wontons especially. But nobody apologised and the bill still had the service charge for large groups.\n\nMight try again on a weekday.',
        rating: 2,
        postedAt: day('2026-11-03'),
        postedText: 'Nov 3, 2026',
      },
      {
        platform: 'yelp',
        kind: 'reply',
        nativeId: null,
        parentId: 'Ce5vB8nM1qW4eR7tY0uI3o',
        permalink: null,
        author: { name: 'Bob K.', profileUrl: null },
        text: 'Dmitri, I am sorry about the lost booking. That should never happen. I have sent you a message so we can make it right.',
        rating: null,
        postedAt: day('2026-11-05'),
        postedText: 'Nov 5, 2026',
      },
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: null,
        parentId: null,
        permalink: null,
        author: { name: 'Read M.', profileUrl: user('Ok9iU7yTr3Ew6Qa2Sd5FgH') },
        text: 'There is a card by the register that says "Comment from Bob K. of Harbor Noodle House: Read more on our site". Nobody could tell me who Bob is.',
        rating: 1,
        postedAt: day('2026-10-30'),
        postedText: 'Oct 30, 2026',
      },
    ] satisfies RawItem[]);
    expect(items[1]?.text).not.toContain('Read more');
    expect(items[1]?.text).not.toContain('lost booking');
  });

  test('the widget, the rating filters and sponsored cards are not items', () => {
    const widget = q(doc, '[role="radiogroup"]').parentElement as Element;
    expect(yelp.findItems(widget)).toEqual([]);
    expect(yelp.read(widget)).toBeNull();
    const filters = doc.querySelectorAll('[role="listbox"] > li');
    expect(filters).toHaveLength(3);
    for (const li of filters) expect(yelp.read(li)).toBeNull();
    const ads = q(doc, 'section[aria-label="You Might Also Consider"]');
    expect(ads.querySelectorAll('li')).toHaveLength(2);
    expect(ads.querySelector('a[href*="user_details"]')).not.toBeNull();
    expect(yelp.findItems(ads)).toEqual([]);
    for (const li of ads.querySelectorAll('li')) expect(yelp.read(li)).toBeNull();
  });

  test('a sub-root: inside the response, inside a review, the card, the list', () => {
    expect(reply.matches('[class*="block-quote"]')).toBe(true);
    expect(yelp.findItems(q(reply, 'span[lang]'))).toEqual([truncated, reply]);
    expect(yelp.findItems(q(truncated, 'span[lang]'))).toEqual([truncated]);
    expect(yelp.findItems(truncated)).toEqual([truncated, reply]);
    const list = truncated.parentElement as Element;
    // This list holds the second rendering of the shared review: found here, as nothing else is.
    expect(yelp.findItems(list)).toEqual([list.firstElementChild, truncated, reply, noId]);
    expect(yelp.read(reply)).toEqual(items[2]);
  });

  test('a list wrapped in an outer li (a tab) still gives one card per review', () => {
    const page = load('biz-2023.html', HARBOR);
    const reviews = q(page, '#reviews');
    const tabs = page.createElement('ul');
    const tab = page.createElement('li');
    reviews.replaceWith(tabs);
    tabs.append(tab);
    tab.append(reviews);
    const found = yelp.findItems(page);
    expect(found.map((el) => yelp.read(el))).toEqual(items);
    expect(found).not.toContain(tab);
    expect(yelp.findItems(q(reviews, '#reviews > ul'))).toHaveLength(4);
    expect(yelp.read(tab)).toBeNull();
  });

  test('chips go after the reviewer\'s name link and the owner\'s name', () => {
    for (const el of elements) expect(el.contains(yelp.anchor(el).node)).toBe(true);
    expect(yelp.anchor(shared)).toEqual({ node: q(shared, 'span.fs-block a'), where: 'afterend' });
    expect(yelp.anchor(noId).node.textContent).toBe('Read M.');
    expect(yelp.anchor(reply)).toEqual({ node: q(reply, 'p[data-font-weight="bold"]'), where: 'afterend' });
  });
});

describe('yelp adapter: yelp.de, y-css-* era, German labels (biz-de.html)', () => {
  const doc = load('biz-de.html', 'https://www.yelp.de/biz/b%C3%A4ckerei-lindenhof-berlin');
  const { elements, items } = readItems(yelp, doc);

  test('finds three reviews and two responses; not the widget li, the previous review or the ad', () => {
    expect(doc.querySelectorAll('li')).toHaveLength(5);
    expect(elements).toHaveLength(5);
    expect(items.map((i) => i.kind)).toEqual(['review', 'reply', 'review', 'reply', 'review']);
    checkAll(items);
  });

  test('reads localized stars and dates; links stay on the site the page is on (www.yelp.de)', () => {
    expect(items).toEqual([
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'Dq3wE6rT9yU2iO5pA8sDfG',
        parentId: null,
        permalink: `${DE}/biz/b%C3%A4ckerei-lindenhof-berlin?hrid=Dq3wE6rT9yU2iO5pA8sDfG`,
        author: { name: 'Jannik S.', profileUrl: user('Gh2jK5lZ8xC1vB4nM7qW0e', DE) },
        text: 'Die Franzbrötchen sind die besten im Kiez, noch warm um sieben Uhr früh.\n\nEinziger Minuspunkt: samstags ist die Schlange bis zur Ecke und es gibt nur eine Kasse.',
        rating: 4,
        postedAt: day('2026-11-12'),
        postedText: '12.11.2026',
      },
      {
        platform: 'yelp',
        kind: 'reply',
        nativeId: null,
        parentId: 'Dq3wE6rT9yU2iO5pA8sDfG',
        permalink: null,
        author: { name: 'Margarete L.', profileUrl: null },
        text: 'Danke, Jannik! Ab Dezember öffnen wir samstags eine zweite Kasse.',
        rating: null,
        postedAt: day('2026-11-14'),
        postedText: '14.11.2026',
      },
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'Eu7iO0pA3sD6fG9hJ2kL5z',
        parentId: null,
        permalink: `${DE}/biz/b%C3%A4ckerei-lindenhof-berlin?hrid=Eu7iO0pA3sD6fG9hJ2kL5z`,
        author: { name: 'Aylin K.', profileUrl: user('Qw8eR1tY4uI7oP0aS3dF6g', DE) },
        text: 'Im Brot war ein Stück Plastik 😡 Auf meine Mail kam keine Antwort.',
        rating: 1,
        postedAt: day('2026-11-02'),
        postedText: '2.11.2026',
      },
      {
        platform: 'yelp',
        kind: 'reply',
        nativeId: null,
        parentId: 'Eu7iO0pA3sD6fG9hJ2kL5z',
        permalink: null,
        author: { name: 'Margarete L.', profileUrl: null },
        text: 'Liebe Aylin, das tut uns sehr leid. Bitte melden Sie sich telefonisch, wir erstatten den Kauf.',
        rating: null,
        postedAt: day('2026-11-03'),
        postedText: '3.11.2026',
      },
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: null,
        parentId: null,
        permalink: null,
        author: { name: 'Henrike B.', profileUrl: user('Zx5cV8bN1mQ4wE7rT0yU3i', DE) },
        text: 'Neuer Bäcker, neues Glück: das Roggenbrot ist jetzt hervorragend.',
        rating: 5,
        postedAt: day('2026-10-28'),
        postedText: '28.10.2026',
      },
    ] satisfies RawItem[]);
    expect(items[0]?.text).not.toContain('Weiterlesen');
    expect(items[4]?.text).not.toContain('trocken');
  });

  test('a response with no known block class is found by structure', () => {
    const reply = elements[3] as Element;
    expect(reply.className).toBe('y-css-4ctk7x');
    expect(reply.matches('[class*="block-quote"]')).toBe(false);
    expect(yelp.findItems(q(reply, 'p[lang], span[lang]'))).toEqual([elements[2], reply]);
    expect(yelp.anchor(reply)).toEqual({ node: q(reply, 'p.y-css-w3ea6v'), where: 'afterend' });
  });

  test('the widget li and the previous review are not items', () => {
    const widget = cardOf(doc, 'Vw3iEwr0ViewerXx0001Aq');
    expect(yelp.findItems(widget)).toEqual([]);
    expect(yelp.read(widget)).toBeNull();
    const previous = (elements[4] as Element).querySelector('[class*="block-quote"]') as Element;
    expect(previous.querySelector('[role="img"]')).not.toBeNull();
    expect(yelp.read(previous)).toBeNull();
    expect(yelp.findItems(previous)).toEqual([elements[4]]);
  });
});

describe('yelp adapter: yelp.fr, y-css-* era, French dates, people also viewed (biz-fr-2024.html)', () => {
  const CANAL = 'https://www.yelp.fr/biz/boulangerie-du-canal-paris';
  const doc = load('biz-fr-2024.html', CANAL);
  const { elements, items } = readItems(yelp, doc);
  const expected: RawItem[] = [
    {
      platform: 'yelp',
      kind: 'review',
      nativeId: 'FrQ1w2E3r4T5y6U7i8O9pA',
      parentId: null,
      permalink: 'https://www.yelp.fr/biz/boulangerie-du-canal-paris?hrid=FrQ1w2E3r4T5y6U7i8O9pA',
      author: { name: 'Maëlle R.', profileUrl: user('Fa1Zc8Ud3Lm6Qp9Rs2Tv5W', FR) },
      text: 'Le pain au levain est le meilleur du quartier.\nArrivez avant neuf heures le dimanche, après il n’y a plus de croissants.',
      rating: 5,
      postedAt: day('2024-03-21'),
      postedText: '21 mars 2024',
    },
    {
      platform: 'yelp',
      kind: 'reply',
      nativeId: null,
      parentId: 'FrQ1w2E3r4T5y6U7i8O9pA',
      permalink: null,
      author: { name: 'Gaspard T.', profileUrl: null },
      text: 'Merci Maëlle ! Nous cuisons une deuxième fournée à dix heures depuis ce mois-ci.',
      rating: null,
      postedAt: day('2024-03-23'),
      postedText: '23 mars 2024',
    },
    {
      platform: 'yelp',
      kind: 'review',
      nativeId: null,
      parentId: null,
      permalink: null,
      author: { name: 'سارة م.', profileUrl: user('Fb2Yd7Ve4Kn5Po8Qt1Sw6X', FR) },
      text: 'Baguette pas assez cuite deux fois de suite. Dommage.',
      rating: 2,
      postedAt: day('2024-02-02'),
      postedText: '2 févr. 2024',
    },
    {
      platform: 'yelp',
      kind: 'review',
      nativeId: 'FrZ9x8C7v6B5n4M3q2W1eR',
      parentId: null,
      permalink: 'https://www.yelp.fr/biz/boulangerie-du-canal-paris?hrid=FrZ9x8C7v6B5n4M3q2W1eR',
      author: { name: 'Oskar L.', profileUrl: user('Fc3Xe6Wf5Jo4Nr7Ou0Rx7Y', FR) },
      text: 'Lovely galette des rois on New Year’s Day 👑',
      rating: 4,
      postedAt: day('2024-01-01'),
      postedText: '1er janv. 2024',
    },
  ];

  test('finds three reviews and one response; not the "people also viewed" card (stars, reviewer, quote)', () => {
    expect(doc.querySelectorAll('li')).toHaveLength(4);
    expect(elements).toHaveLength(4);
    expect(items).toEqual(expected);
    checkAll(items);
    const viewed = q(doc, 'section[aria-label="Les internautes ont aussi consulté"]');
    expect(viewed.querySelector('a[href*="user_details"]')).not.toBeNull();
    expect(yelp.findItems(viewed)).toEqual([]);
    expect(yelp.read(q(viewed, 'li'))).toBeNull();
    // The response's chip goes after the owner's name.
    expect(yelp.anchor(elements[1] as Element)).toEqual({ node: q(elements[1] as Element, 'span.y-css-1ujj8qr'), where: 'afterend' });
  });

  test('dates in French (full, cut short, "1er", a <time datetime>) are that day at 00:00 UTC', () => {
    expect(items.map((i) => [i.postedText, i.postedAt === null ? null : new Date(i.postedAt).toISOString()])).toEqual([
      ['21 mars 2024', '2024-03-21T00:00:00.000Z'],
      ['23 mars 2024', '2024-03-23T00:00:00.000Z'],
      ['2 févr. 2024', '2024-02-02T00:00:00.000Z'],
      ['1er janv. 2024', '2024-01-01T00:00:00.000Z'],
    ]);
  });

  test('without #reviews, the other business\'s card is still no review (it links to another /biz/ page)', () => {
    const page = load('biz-fr-2024.html', CANAL);
    q(page, '#reviews').removeAttribute('id');
    const again = readItems(yelp, page);
    expect(again.elements).toHaveLength(4);
    expect(again.items).toEqual(expected);
    const card = q(page, 'section[aria-label="Les internautes ont aussi consulté"] li');
    expect(yelp.read(card)).toBeNull();
    expect(yelp.findItems(card)).toEqual([]);
  });
});

describe('yelp adapter: yelp.de, css-* era, a Qype review and "Kommentar von … von …" (biz-de-2023.html)', () => {
  const BRANDT = 'https://www.yelp.de/biz/praxis-dr-brandt-hamburg';
  const doc = load('biz-de-2023.html', BRANDT);
  const { elements, items } = readItems(yelp, doc);

  test('finds three reviews (one without a profile link) and two responses; not the ad or the star picker', () => {
    expect(doc.querySelectorAll('li')).toHaveLength(4);
    expect(elements).toHaveLength(5);
    expect(items).toEqual([
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'HbR1e2V3i4E5w6I7d8A9bC',
        parentId: null,
        permalink: 'https://www.yelp.de/biz/praxis-dr-brandt-hamburg?hrid=HbR1e2V3i4E5w6I7d8A9bC',
        author: { name: 'Torben W.', profileUrl: user('Hb1Cd2Ef3Gh4Ij5Kl6Mn7O', DE) },
        text: 'Endlich eine Praxis, in der man nicht wie am Fließband behandelt wird. Die Wurzelbehandlung war schmerzfrei.',
        rating: 5,
        postedAt: day('2023-03-14'),
        postedText: '14.03.2023',
      },
      {
        platform: 'yelp',
        kind: 'reply',
        nativeId: null,
        parentId: 'HbR1e2V3i4E5w6I7d8A9bC',
        permalink: null,
        author: { name: 'Ulrike B.', profileUrl: null },
        text: 'Lieber Torben, vielen Dank – wir geben das Lob gern ans Team weiter!',
        rating: null,
        postedAt: day('2023-03-16'),
        postedText: '16.03.2023',
      },
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: 'QyP3e4U5s6E7r8Q9y0P1eZ',
        parentId: null,
        permalink: 'https://www.yelp.de/biz/praxis-dr-brandt-hamburg?hrid=QyP3e4U5s6E7r8Q9y0P1eZ',
        author: { name: 'Qype User (zahnspange…)', profileUrl: null },
        text: 'Nette Helferinnen, kurze Wartezeiten. Parkplätze rar.',
        rating: 4,
        postedAt: day('2012-08-22'),
        postedText: '22.08.2012',
      },
      {
        platform: 'yelp',
        kind: 'review',
        nativeId: null,
        parentId: null,
        permalink: null,
        author: { name: 'Merve A.', profileUrl: user('Hc9Dd8Ee7Ff6Gg5Hh4Ii3J', DE) },
        text: 'Rechnung doppelt so hoch wie der Kostenvoranschlag. 😤',
        rating: 2,
        postedAt: day('2023-01-03'),
        postedText: '3.1.2023',
      },
      {
        platform: 'yelp',
        kind: 'reply',
        nativeId: null,
        parentId: null,
        permalink: null,
        author: { name: 'Ulrike B.', profileUrl: null },
        text: 'Die Differenz ergibt sich aus der zusätzlichen Füllung. Gern erläutern wir das persönlich.',
        rating: null,
        postedAt: day('2023-01-05'),
        postedText: '5.1.2023',
      },
    ] satisfies RawItem[]);
    checkAll(items);
  });

  test('the Qype review is found from its stars, read directly, and takes its chip after its name', () => {
    const qype = elements[2] as Element;
    expect(qype.querySelector('a[href*="user_details"]')).toBeNull();
    expect(yelp.findItems(qype)).toEqual([qype]);
    expect(yelp.findItems(q(qype, 'span[lang]'))).toEqual([qype]);
    expect(yelp.read(qype)).toEqual(items[2]);
    expect(yelp.anchor(qype)).toEqual({ node: q(qype, 'span.css-1m051bw'), where: 'afterend' });
  });

  test('the owner\'s name comes from the photo the response shows, not the localized header line', () => {
    // The line names no element of its own for the name; the photo is described as
    // the reviewers' are ("Foto von Torben W." beside the link "Torben W.").
    expect(q(elements[1] as Element, 'span.css-1p9ibgf').textContent).toBe('Kommentar von Ulrike B. von Praxis Dr. Brandt');
    expect(yelp.read(elements[1] as Element)?.author).toEqual({ name: 'Ulrike B.', profileUrl: null });
    expect(yelp.read(elements[4] as Element)?.author).toEqual({ name: 'Ulrike B.', profileUrl: null });
    // Merve A. has no photo: the wording comes from another reviewer's photo on the page.
    expect((elements[3] as Element).querySelector('a[href*="user_details"] img')).toBeNull();
    // Without a photo: the name as Yelp shows owners, a first name and an initial, in a line of any language.
    const page = load('biz-de-2023.html', BRANDT);
    for (const img of page.querySelectorAll('[class*="block-quote"] img')) img.remove();
    expect(readItems(yelp, page).items[1]?.author.name).toBe('Ulrike B.');
    for (const [line, name] of <Array<[string, string]>>[
      ['Commentaire de Ulrike B. de Praxis Dr. Brandt', 'Ulrike B.'],
      ['Commento di Anna Maria B. del Praxis Dr. Brandt', 'Anna Maria B.'],
      // No name in Yelp's form: the whole line is kept.
      ['Kommentar der Inhaberin', 'Kommentar der Inhaberin'],
    ]) {
      q(page, 'span.css-1p9ibgf').textContent = line;
      expect(readItems(yelp, page).items[1]?.author.name).toBe(name);
    }
  });

  test('a name in an element of its own inside the header line is taken as it stands', () => {
    const page = load('biz-de-2023.html', BRANDT);
    const line = q(page, 'span.css-1p9ibgf');
    line.textContent = 'Kommentar von ';
    const name = page.createElement('b');
    name.textContent = 'Ulla';
    line.append(name, ' von ');
    const biz = page.createElement('a');
    biz.setAttribute('href', '/biz/praxis-dr-brandt-hamburg');
    biz.textContent = 'Praxis Dr. Brandt';
    line.append(biz);
    expect(readItems(yelp, page).items[1]?.author.name).toBe('Ulla');
  });
});

describe('yelp adapter: www.yelp.com, y-css-* era, people also viewed (biz-en-2024.html)', () => {
  const TIDEWATER = 'https://www.yelp.com/biz/tidewater-bike-repair-portland';
  const expected: RawItem[] = [
    {
      platform: 'yelp',
      kind: 'review',
      nativeId: 'TwA1b2C3d4E5f6G7h8I9jK',
      parentId: null,
      permalink: `${TIDEWATER}?hrid=TwA1b2C3d4E5f6G7h8I9jK`,
      author: { name: 'Wendell O.', profileUrl: user('Pb1Qc2Rd3Se4Tf5Ug6Vh7W') },
      text: 'Trued my wheel while I waited and charged less than quoted.',
      rating: 5,
      postedAt: day('2024-03-14'),
      postedText: 'Mar 14, 2024',
    },
    {
      platform: 'yelp',
      kind: 'reply',
      nativeId: null,
      parentId: 'TwA1b2C3d4E5f6G7h8I9jK',
      permalink: null,
      author: { name: 'Rosa K.', profileUrl: null },
      text: 'Thanks Wendell, see you at the spring tune-up!',
      rating: null,
      postedAt: day('2024-03-18'),
      postedText: 'Mar 18, 2024',
    },
    {
      platform: 'yelp',
      kind: 'review',
      nativeId: null,
      parentId: null,
      permalink: null,
      author: { name: 'Keiko N.', profileUrl: user('Pc2Rd3Se4Tf5Ug6Vh7Wi8X') },
      text: 'Bike sat for three weeks with no call back.',
      rating: 1,
      postedAt: day('2023-12-21'),
      postedText: 'Dec 21, 2023',
    },
  ];

  test.each([
    ['with #reviews', true],
    ['without #reviews', false],
  ])('%s: two reviews and a response, never the "People Also Viewed" card', (_, keep) => {
    const doc = load('biz-en-2024.html', TIDEWATER);
    if (!keep) q(doc, '#reviews').removeAttribute('id');
    const { elements, items } = readItems(yelp, doc);
    expect(elements).toHaveLength(3);
    expect(items).toEqual(expected);
    checkAll(items);
    const viewed = q(doc, 'section[aria-label="People Also Viewed"] li');
    expect(viewed.querySelector('[aria-label="4 star rating"]')).not.toBeNull();
    expect(yelp.read(viewed)).toBeNull();
    expect(yelp.findItems(viewed)).toEqual([]);
  });
});

describe('yelp adapter: numeric dates follow the site', () => {
  // biz-legacy.html shows "11/2/2019": 2 November on the US site, 11 February on the others.
  test.each([
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', 'en', '2019-11-02'],
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', 'en-GB', '2019-11-02'],
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', 'fr-FR', '2019-02-11'],
    ['https://www.yelp.co.uk/biz/harbor-noodle-house-oakland', 'en-GB', '2019-02-11'],
    ['https://www.yelp.fr/biz/harbor-noodle-house-oakland', 'fr-FR', '2019-02-11'],
  ])('%s (lang %s): 11/2/2019 is %s; 3/14/2019 is 14 March everywhere', (url, lang, iso) => {
    const doc = load('biz-legacy.html', url);
    doc.documentElement.setAttribute('lang', lang);
    const { items } = readItems(yelp, doc);
    expect(items.map((i) => i.postedText)).toEqual(['3/14/2019', '3/20/2019', '2/2/2019', '11/2/2019']);
    expect(items.map((i) => i.postedAt)).toEqual([day('2019-03-14'), day('2019-03-20'), day('2019-02-02'), day(iso)]);
  });
});

describe('yelp adapter: URLs', () => {
  // adapterFor() is not checked: registering the adapter in utils/adapters/index.ts is a separate change.
  test.each([
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', true],
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland?start=20&sort_by=date_desc', true],
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland?hrid=Wb2nH6yPq0Lx4Rt8Vc1sJk&utm_campaign=www_review_share_popup', true],
    ['https://yelp.com/biz/harbor-noodle-house-oakland/', true],
    ['https://m.yelp.com/biz/harbor-noodle-house-oakland', true],
    ['https://www.yelp.de/biz/b%C3%A4ckerei-lindenhof-berlin', true],
    ['https://www.yelp.fr/biz/boulangerie-du-canal-paris', true],
    ['https://fr.yelp.ca/biz/boulangerie-du-canal-montreal', true],
    ['https://www.yelp.co.uk/biz/harbour-chippy-leeds', true],
    ['https://www.yelp.com.au/biz/harbour-chippy-sydney', true],
    ['https://www.yelp.com/', false],
    ['https://www.yelp.com/search?find_desc=noodles', false],
    ['https://www.yelp.com/biz_photos/harbor-noodle-house-oakland', false],
    ['https://www.yelp.com/user_details?userid=Lr5tQ1wZy8Xc3Vb6Nm0PaQ', false],
    ['https://www.yelp.com/not_recommended_reviews/harbor-noodle-house-oakland', true],
    ['https://biz.yelp.com/biz/harbor-noodle-house-oakland', false],
    ['http://www.yelp.com/biz/harbor-noodle-house-oakland', false],
    ['https://www.yelp.com.evil.example/biz/harbor-noodle-house-oakland', false],
    ['https://notyelp.com/biz/harbor-noodle-house-oakland', false],
  ])('%s → %s', (url, ok) => {
    expect(yelp.matches(new URL(url))).toBe(ok);
  });
});

describe('yelp adapter: the business average (rating)', () => {
  test.each([
    ['biz-2023.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland', { average: 4.5, count: 134 }],
    // German: "Bewertung mit 4,5 von 5 Sternen", "(37 Beiträge)".
    ['biz-de.html', 'https://www.yelp.de/biz/b%C3%A4ckerei-lindenhof-berlin', { average: 4.5, count: 37 }],
    // The old layout: the i-stars title, the .review-count text.
    ['biz-legacy.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland', { average: 4.5, count: 134 }],
  ])('%s → %o', (file, url, expected) => {
    expect(yelp.rating?.(load(file, url))).toEqual(expected);
  });

  test('a rounded count ("1.2k reviews") is null, the average still read', () => {
    const doc = load('biz-2023.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland');
    const link = doc.querySelector('a[href="#reviews"]');
    if (link) link.textContent = '1.2k reviews';
    doc.querySelector('[aria-label="4.5 star rating"]')?.setAttribute('aria-label', '3.5 star rating');
    expect(yelp.rating?.(doc)).toEqual({ average: 3.5, count: null });
  });

  test('without the header, the "Overall rating" above the reviews is the same average', () => {
    const doc = load('biz-2023.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland');
    doc.querySelector('h1')?.parentElement?.querySelector('[role="img"]')?.remove();
    expect(yelp.rating?.(doc)).toEqual({ average: 4.5, count: 134 });
  });

  test('no business average shown: null, never a review’s stars, a sponsored card’s or the star picker', () => {
    const doc = load('biz-2023.html', 'https://www.yelp.com/biz/harbor-noodle-house-oakland');
    for (const el of doc.querySelectorAll('[role="img"][aria-label$="star rating"]')) if (!el.closest('li')) el.remove();
    expect(doc.querySelectorAll('li [role="img"][aria-label$="star rating"]').length).toBeGreaterThan(4);
    expect(doc.querySelectorAll('[role="radio"][aria-label$="star rating"]').length).toBeGreaterThan(0);
    expect(yelp.rating?.(doc)).toBeNull();
  });
});

describe('yelp adapter: an old-layout response whose words carry no toggle class and no language', () => {
  test('its words are the last element of words after its header, not the bold name line nor the date', () => {
    const doc = loadFixture('yelp', 'biz-legacy.html');
    const before = readItems(yelp, doc).items.filter((i) => i.kind === 'reply');
    const body = doc.querySelector('.biz-owner-reply-body') as Element;
    for (const t of body.querySelectorAll('.js-content-toggleable, .js-expandable-comment-toggle')) t.remove();
    const words = doc.createElement('span');
    words.className = 'biz-owner-reply-text';
    words.textContent = 'We have changed the supplier since. Please ask for me next time.';
    body.append(words);
    const after = readItems(yelp, doc).items.filter((i) => i.kind === 'reply');
    expect(after).toHaveLength(before.length);
    expect(after[0]?.text).toBe('We have changed the supplier since. Please ask for me next time.');
    expect(after[0]?.author.name).toBe('Bob K.');
  });
});
