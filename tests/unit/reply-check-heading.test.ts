import { describe, expect, it } from 'vitest';
import { checkHeading } from '../../utils/content/reply-check';

describe('the reply check panel’s heading counts every line it lists', () => {
  it.each([
    [1, 0, 'Keel: one thing not to post in public'],
    [5, 0, 'Keel: 5 things not to post in public'],
    [5, 1, 'Keel: 5 things not to post in public, one more to check'],
    [1, 2, 'Keel: one thing not to post in public, 2 more to check'],
    [0, 1, 'Keel: one thing to check before posting'],
    [0, 3, 'Keel: 3 things to check before posting'],
  ])('%i errors and %i warnings → %s', (errors, warnings, heading) => {
    expect(checkHeading(errors, warnings)).toBe(heading);
  });
});
