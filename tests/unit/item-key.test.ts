import { describe, expect, test } from 'vitest';
import { itemKey } from '../../utils/hash';

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
