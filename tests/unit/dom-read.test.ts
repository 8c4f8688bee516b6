// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { parseDateOnly } from '../../utils/adapters/dates';
import { absoluteUrl, parseAbsoluteDate, postedAtOf, readText } from '../../utils/adapters/dom';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('readText', () => {
  test.each<[string, string, string]>([
    ['plain text', '<span>Hello there</span>', 'Hello there'],
    ['skips a role=button "See more"', '<span>I waited two hours… <div role="button">See more</div></span>', 'I waited two hours…'],
    ['skips a role=button span inline', 'Great team <span role="button" tabindex="0">See more</span>', 'Great team'],
    ['includes emoji image alt text', '<span>Thanks <img alt="😊" src="e.png"> team</span>', 'Thanks 😊 team'],
    ['ignores images without alt', 'A<img src="x.png">B', 'AB'],
    ['separates block elements with newlines', '<div>First line</div><div>Second line</div>', 'First line\nSecond line'],
    ['separates paragraphs and list items', '<p>Intro</p><ul><li>one</li><li>two</li></ul>', 'Intro\none\ntwo'],
    ['turns <br> into a newline', 'line one<br>line two', 'line one\nline two'],
    ['skips contenteditable editors', '<div>Real comment</div><div contenteditable="true">Write a reply…</div>', 'Real comment'],
    ['skips script, style and template', 'Hi<script>alert(1)</script><style>.x{}</style><template>t</template> there', 'Hi there'],
    ['skips our own chips', 'Text<keel-chip>troll</keel-chip>', 'Text'],
    ['collapses runs of spaces, tabs and nbsp', 'a \t\u00a0  b', 'a b'],
    ['collapses blank lines and trims', '<div>  </div><div>  a  </div><p></p><div>b</div>  ', 'a\nb'],
    ['keeps inline markup together', 'k<b>i</b>l<i>l</i> you', 'kill you'],
    ['reads through blocks nested one in another', '<div dir="auto"><div dir="auto">One <b>two</b><br>three</div></div>', 'One two\nthree'],
    ['a sole nested block that is a button is skipped', '<div><div role="button">See more</div></div>', ''],
    ['a nested block with text beside it keeps its lines', '<div>Lead<div>inner</div>tail</div>', 'Lead\ninner\ntail'],
    ['keeps a blank line the text holds, one at most', '<span>one\n\n\n\ntwo</span>', 'one\n\ntwo'],
    ['a line of spaces is a blank line', '<span>one \n \t\u00a0\n two</span>', 'one\n\ntwo'],
    ['two <br> make a blank line, three too', 'one<br><br>two<br>\n<br><br>three', 'one\n\ntwo\n\nthree'],
    ['a blank line in the text of a block is kept', '<div><p>one\n\ntwo</p><p>three</p></div>', 'one\n\ntwo\nthree'],
    ['a blank line of the text is kept; indentation and empty blocks between blocks make none', '<div>one\n\ntwo</div>\n<div></div><p> </p>\n<div>three</div>', 'one\n\ntwo\nthree'],
  ])('%s', (_name, html, expected) => {
    expect(readText(el(html))).toBe(expected);
  });

  test('keeps a blank line with inline blocks too (X)', () => {
    expect(readText(el('Keep it.\n\n<div style="display:inline-flex"><a href="/a">@a</a></div> knows'), { inlineBlocks: true })).toBe('Keep it.\n\n@a knows');
  });

  test('does not modify the element', () => {
    const e = el('<div>a</div><div role="button">See more</div>');
    const before = e.innerHTML;
    readText(e);
    expect(e.innerHTML).toBe(before);
  });

  test('empty element reads as empty string', () => {
    expect(readText(el(''))).toBe('');
  });
});

describe('absoluteUrl', () => {
  const base = 'https://www.facebook.com/HarboursideDental/posts/1';

  test.each<[string | null, string | null]>([
    ['https://www.facebook.com/jane.doe', 'https://www.facebook.com/jane.doe'],
    ['http://example.com/x', 'http://example.com/x'],
    ['/jane.doe?__tn__=R', 'https://www.facebook.com/jane.doe?__tn__=R'],
    ['jane.doe', 'https://www.facebook.com/HarboursideDental/posts/jane.doe'],
    ['//cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
    ['#comments', 'https://www.facebook.com/HarboursideDental/posts/1#comments'],
  ])('resolves %j to %j', (href, expected) => {
    expect(absoluteUrl(href, base)).toBe(expected);
  });

  test.each<[string | null]>([
    ['javascript:alert(1)'],
    ['JavaScript:void(0)'],
    [' javascript:alert(1)'],
    ['data:text/html,<b>x</b>'],
    ['mailto:care@harbourside-dental.example'],
    ['ftp://example.com/file'],
    [''],
    [null],
    ['https://exa mple.com:99999/'],
  ])('rejects %j', (href) => {
    expect(absoluteUrl(href, base)).toBeNull();
  });

  test('rejects a relative href against an unusable base', () => {
    expect(absoluteUrl('/x', 'not a url')).toBeNull();
  });
});

describe('parseAbsoluteDate', () => {
  test.each<[string, number]>([
    ['Monday, 16 November 2026 at 13:05', new Date(2026, 10, 16, 13, 5).getTime()],
    ['Monday, 16 November 2026 at 14:05', new Date(2026, 10, 16, 14, 5).getTime()],
    ['Senin, 16 November 2026 pukul 10.15', new Date(2026, 10, 16, 10, 15).getTime()],
    ['November 16, 2026 at 2:05 PM', new Date(2026, 10, 16, 14, 5).getTime()],
    ['November 16, 2026 at 2:05 AM', new Date(2026, 10, 16, 2, 5).getTime()],
    ['November 16, 2026 at 12:30 PM', new Date(2026, 10, 16, 12, 30).getTime()],
    ['November 16, 2026 at 12:30 AM', new Date(2026, 10, 16, 0, 30).getTime()],
    ['Monday, November 16, 2026 at 2:05pm', new Date(2026, 10, 16, 14, 5).getTime()],
    ['  1 January 2027 at 00:00  ', new Date(2027, 0, 1, 0, 0).getTime()],
    ['29 February 2028 at 9:00', new Date(2028, 1, 29, 9, 0).getTime()],
    // Tooltips in other languages, and numbers in the order the clock's form tells (12-hour: month first)
    ['środa, 12 marca 2025 o 14:05', new Date(2025, 2, 12, 14, 5).getTime()],
    ['Mittwoch, 12. März 2025 um 14:05', new Date(2025, 2, 12, 14, 5).getTime()],
    ['miércoles, 12 de marzo de 2025 a las 14:05', new Date(2025, 2, 12, 14, 5).getTime()],
    ['12 Mart 2025 Çarşamba 14:05', new Date(2025, 2, 12, 14, 5).getTime()],
    ['2025年3月12日 14:05', new Date(2025, 2, 12, 14, 5).getTime()],
    ['3/12/2025, 2:05 PM', new Date(2025, 2, 12, 14, 5).getTime()],
    ['12.03.2025 14:05', new Date(2025, 2, 12, 14, 5).getTime()],
    ['2026-11-16T13:05:00Z', Date.UTC(2026, 10, 16, 13, 5)],
    ['2026-11-16T13:05:00.000+02:00', Date.UTC(2026, 10, 16, 11, 5)],
  ])('parses %j', (text, expected) => {
    expect(parseAbsoluteDate(text)).toBe(expected);
  });

  test.each<[string | null]>([
    [null],
    [''],
    ['yesterday'],
    ['2h'],
    ['Just now'],
    ['16 Smarch 2026'],
    ['16 November 2026'], // a date without a time is not precise enough
    ['Monday, 16 November 2026'],
    ['31 February 2026 at 10:00'],
    ['16 November 2026 at 25:00'],
    ['16 November 2026 at 13:75'],
    ['November 16, 2026 at 13:05 PM'],
    ['February 30, 2026 at 1:00 PM'],
    ['2026-13-45T99:99:99Z'],
    ['lorem ipsum dolor'],
  ])('returns null for %j', (text) => {
    expect(parseAbsoluteDate(text)).toBeNull();
  });
});

describe('postedAtOf: the tooltip\'s moment, else a date shown without a time (00:00 UTC), else null', () => {
  test.each<[string | null, string | null, number | null]>([
    ['Monday, 16 November 2026 at 14:05', '2h', new Date(2026, 10, 16, 14, 5).getTime()],
    ['Monday, 16 November 2026', '2h', Date.UTC(2026, 10, 16)],
    [null, '12 marca 2025', Date.UTC(2025, 2, 12)],
    [null, 'March 12, 2025', Date.UTC(2025, 2, 12)],
    [null, '2h', null],
    [null, 'March 12', null], // no year: not guessed
    ['Just now', '1 min', null],
    [null, null, null],
  ])('%j / %j', (label, shown, expected) => {
    expect(postedAtOf(label, shown)).toBe(expected);
  });
});

describe('parseDateOnly: a date without a time is 00:00 UTC of that date', () => {
  test.each<[string, number]>([
    ['2023-11-2', Date.UTC(2023, 10, 2)],
    ['2022-4-19', Date.UTC(2022, 3, 19)],
    ['2022-04-19', Date.UTC(2022, 3, 19)],
    [' 2024-2-29 ', Date.UTC(2024, 1, 29)],
    ['2026-12-31', Date.UTC(2026, 11, 31)],
  ])('parses %j', (text, expected) => {
    expect(parseDateOnly(text)).toBe(expected);
    // The ISO form keeps the date as shown, whatever the time zone of the browser.
    expect(new Date(parseDateOnly(text) as number).toISOString().slice(0, 10)).toBe(new Date(expected).toISOString().slice(0, 10));
  });

  test.each<[string | null]>([
    [null],
    [''],
    ['11-2'], // no year: not guessed from the clock
    ['3d ago'],
    ['2 Std.'],
    ['vor 3 Tg.'],
    ['2023-2-30'],
    ['2023-13-1'],
    ['2023-0-10'],
    ['1969-12-31'],
    ['2023-11-2 14:05'],
    ['2023-11-2T14:05:00Z'],
    ['12023-11-2'],
    ['2023/11/2'],
    ['2.11.2023'],
  ])('returns null for %j', (text) => {
    expect(parseDateOnly(text)).toBeNull();
  });
});
