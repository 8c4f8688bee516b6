import { describe, expect, test } from 'vitest';
import { authorKeyOf, itemKey } from '../../utils/hash';

describe('itemKey', () => {
  const item = (text: string, nativeId: string | null = null) => ({
    platform: 'yelp',
    nativeId,
    author: { name: 'Bob K.', profileUrl: null },
    text,
  });
  const page = 'https://www.yelp.com/biz/harbor-noodle-house-oakland';

  test('an item without an id keeps the key it had when blank lines were read as one line break', () => {
    const before = itemKey(item('Thank you for the feedback.\nPlease come back.'), page);
    expect(before).toMatch(/^yelp:h[0-9a-z]+$/);
    expect(itemKey(item('Thank you for the feedback.\n\nPlease come back.'), page)).toBe(before);
    // Any other difference is another item; a native id is the key whatever the text.
    expect(itemKey(item('Thank you for the feedback. Please come back.'), page)).not.toBe(before);
    expect(itemKey(item('a\n\nb', 'r1'), page)).toBe('yelp:r1');
  });
});

describe('authorKeyOf: one reviewer, whichever country or legacy host their profile was seen on', () => {
  const key = (platform: string, profileUrl: string) => authorKeyOf({ platform, author: { name: 'A. Reviewer', profileUrl } });
  test.each([
    ['trustpilot', 'https://uk.trustpilot.com/users/65b1c2d3e4f5061728394a5b', 'https://www.trustpilot.com/users/65b1c2d3e4f5061728394a5b'],
    ['yelp', 'https://www.yelp.de/user_details?userid=Gh2jK5lZ8xC1vB4nM7qW0e', 'https://www.yelp.com/user_details?userid=Gh2jK5lZ8xC1vB4nM7qW0e'],
    ['yelp', 'https://fr.yelp.ca/user_details?userid=Gh2jK5lZ8xC1vB4nM7qW0e', 'https://www.yelp.com/user_details?userid=Gh2jK5lZ8xC1vB4nM7qW0e'],
    ['x', 'https://twitter.com/harbourbikes', 'https://x.com/harbourbikes'],
    ['google-maps', 'https://www.google.de/maps/contrib/104455667788990011223/reviews?hl=de', 'https://www.google.com/maps/contrib/104455667788990011223'],
    ['google-maps', 'https://maps.google.co.uk/maps/contrib/104455667788990011223?hl=en-GB', 'https://www.google.com/maps/contrib/104455667788990011223'],
  ])('%s: %s is %s', (platform, seen, canonical) => {
    expect(key(platform, seen)).toBe(key(platform, canonical));
    expect(key(platform, canonical)).toBe(`${platform}:${canonical}`);
  });

  test('other sites and other accounts stay apart', () => {
    expect(key('facebook', 'https://m.facebook.com/dana')).not.toBe(key('facebook', 'https://www.facebook.com/dana'));
    expect(key('yelp', 'https://www.yelp.de/user_details?userid=A1')).not.toBe(key('yelp', 'https://www.yelp.de/user_details?userid=B2'));
    expect(key('trustpilot', 'https://www.trustpilot.com.evil.example/users/1')).toBe('trustpilot:https://www.trustpilot.com.evil.example/users/1');
  });

  test('an item without an id has one key on either host', () => {
    const reply = (profileUrl: string) => ({ platform: 'trustpilot', nativeId: null, author: { name: 'Shop', profileUrl }, text: 'Thanks!' });
    expect(itemKey(reply('https://fr.trustpilot.com/review/shop.example'), 'p')).toBe(itemKey(reply('https://www.trustpilot.com/review/shop.example'), 'p'));
  });
});
