import { describe, expect, test } from 'vitest';
import { pageKey, stripTracking } from '../../utils/page-key';

describe('pageKey', () => {
  test.each<[string, string]>([
    ['https://www.facebook.com/HarboursideDental/', 'https://www.facebook.com/HarboursideDental'],
    ['https://www.facebook.com/HarboursideDental///', 'https://www.facebook.com/HarboursideDental'],
    ['https://www.facebook.com/HarboursideDental#comments', 'https://www.facebook.com/HarboursideDental'],
    [
      'https://www.facebook.com/permalink.php?story_fbid=123456&id=987654&__cft__[0]=AZX&__tn__=%2CO%2CP-R',
      'https://www.facebook.com/permalink.php?story_fbid=123456&id=987654',
    ],
    [
      'https://www.facebook.com/permalink.php?__tn__=R&id=987654&story_fbid=123456',
      'https://www.facebook.com/permalink.php?story_fbid=123456&id=987654',
    ],
    ['https://www.facebook.com/photo/?fbid=555&set=a.111&ref=share', 'https://www.facebook.com/photo?fbid=555&set=a.111'],
    ['https://www.facebook.com/watch/?v=42&ref=notif', 'https://www.facebook.com/watch?v=42'],
    [
      'https://www.facebook.com/HarboursideDental/posts/pfbid02abc?comment_id=77&__cft__[0]=x#top',
      'https://www.facebook.com/HarboursideDental/posts/pfbid02abc',
    ],
    ['https://www.facebook.com/', 'https://www.facebook.com/'],
    ['https://www.facebook.com/?sk=h_chr', 'https://www.facebook.com/'],
  ])('keys %s as %s', (href, expected) => {
    expect(pageKey(href)).toBe(expected);
  });

  test('the same post reached through different tracking links has one key', () => {
    const a = pageKey('https://www.facebook.com/permalink.php?story_fbid=1&id=2&__cft__[0]=AAA&__tn__=-R');
    const b = pageKey('https://www.facebook.com/permalink.php?id=2&story_fbid=1&__cft__[0]=BBB#c');
    expect(a).toBe(b);
  });

  test('different posts keep different keys', () => {
    expect(pageKey('https://www.facebook.com/permalink.php?story_fbid=1&id=2')).not.toBe(
      pageKey('https://www.facebook.com/permalink.php?story_fbid=3&id=2'),
    );
  });

  test('throws on a relative URL', () => {
    expect(() => pageKey('/HarboursideDental')).toThrow();
  });
});

describe('stripTracking', () => {
  test.each<[string, string]>([
    [
      'https://www.facebook.com/jane.doe?__cft__[0]=AZX&__tn__=%2CO%2CP-R',
      'https://www.facebook.com/jane.doe',
    ],
    // Share and campaign tags on any site (a selector pack's permalinks too).
    [
      'https://www.stayfinder.example/hotel/x/reviews/r1001?utm_source=share&utm_medium=copy',
      'https://www.stayfinder.example/hotel/x/reviews/r1001',
    ],
    ['https://www.example.com/review?id=7&fbclid=IwAR0&gclid=abc&igshid=zz', 'https://www.example.com/review?id=7'],
    [
      'https://www.facebook.com/profile.php?id=1000123&__cft__[0]=AZX&__tn__=R',
      'https://www.facebook.com/profile.php?id=1000123',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456&__cft__[0]=a&__tn__=b',
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
    ],
    ['https://www.facebook.com/jane.doe?ref=br_rs&fref=nf', 'https://www.facebook.com/jane.doe'],
    ['https://www.facebook.com/groups/1/posts/2/?comment_tracking=%7B%22tn%22%3A%22R%22%7D', 'https://www.facebook.com/groups/1/posts/2/'],
    ['https://www.facebook.com/jane.doe#comments', 'https://www.facebook.com/jane.doe'],
    ['https://www.facebook.com/jane.doe?__xts__[0]=1&comment_id=9#x', 'https://www.facebook.com/jane.doe?comment_id=9'],
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
  ])('strips %s to %s', (href, expected) => {
    expect(stripTracking(href)).toBe(expected);
  });

  test('keeps the path as is (only pageKey drops trailing slashes)', () => {
    expect(stripTracking('https://www.facebook.com/HarboursideDental/?__tn__=R')).toBe('https://www.facebook.com/HarboursideDental/');
  });
});

describe('pageKey: a Google Maps place', () => {
  test('is the same page wherever the map is moved or zoomed', () => {
    const a = pageKey('https://www.google.com/maps/place/Harbourside+Dental/@-33.86,151.2,17z/data=!4m8!3m7!1s0x1:0x2');
    const b = pageKey('https://www.google.com/maps/place/Harbourside+Dental/@-33.87,151.21,15z/data=!4m8!3m7!1s0x1:0x2!9m1!1b1');
    expect(a).toBe('https://www.google.com/maps/place/Harbourside+Dental');
    expect(b).toBe(a);
    expect(pageKey('https://www.google.com/maps/place/Other+Clinic/@1,2,3z')).not.toBe(a);
  });
});
