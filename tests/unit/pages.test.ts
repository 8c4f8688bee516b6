import { describe, expect, test } from 'vitest';
import type { Pack } from '../../utils/packs/schema';
import { originOf, pageCovers, pageTarget } from '../../utils/pages';

const pack: Pack = {
  format: 'keel-pack/1',
  id: 'smile-reviews',
  name: 'Smile Reviews',
  version: 1,
  matches: ['https://www.smile-reviews.example/clinic/*'],
  kind: 'review',
  selectors: { item: 'article.review', text: 'p' },
};

const target = (input: string) => {
  const r = pageTarget(input, [pack]);
  if (!r.ok) throw new Error(r.error);
  return r.target;
};

describe('pageTarget: what adding an address means', () => {
  test.each([
    ['https://www.facebook.com/HarboursideDental/posts/pfbid02abc?__cft__[0]=x', 'https://www.facebook.com/HarboursideDental', 'facebook'],
    ['facebook.com/HarboursideDental', 'https://facebook.com/HarboursideDental', 'facebook'],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=100064', 'https://www.facebook.com/profile.php?id=100064', 'facebook'],
    ['https://www.google.com/maps/place/Harbourside+Dental/@-33.86,151.2,17z/data=!4m8', 'https://www.google.com/maps/place/Harbourside+Dental', 'google-maps'],
    ['https://www.google.de/maps/place/Harbourside+Zahnarzt/@52.5,13.4,17z', 'https://www.google.de/maps/place/Harbourside+Zahnarzt', 'google-maps'],
    ['https://www.instagram.com/harbourside.dental/', 'https://www.instagram.com/harbourside.dental', 'instagram'],
    ['https://twitter.com/HarbourDental/status/1988', 'https://twitter.com/HarbourDental', 'x'],
    ['https://www.youtube.com/@harbourside/videos', 'https://www.youtube.com/@harbourside', 'youtube'],
    ['https://www.youtube.com/watch?v=abc123&t=30s', 'https://www.youtube.com/watch?v=abc123', 'youtube'],
    ['https://www.yelp.de/biz/harbourside-dental-berlin?osq=Zahnarzt', 'https://www.yelp.de/biz/harbourside-dental-berlin', 'yelp'],
    ['https://www.tiktok.com/@harbourside/video/7300000000000000001', 'https://www.tiktok.com/@harbourside', 'tiktok'],
    ['https://de.trustpilot.com/review/harbourside-dental.example?page=2', 'https://de.trustpilot.com/review/harbourside-dental.example', 'trustpilot'],
    ['https://www.smile-reviews.example/clinic/harbourside/', 'https://www.smile-reviews.example/clinic/harbourside', 'smile-reviews'],
    // Pages without a username are known by their number.
    ['https://www.facebook.com/people/Harbourside-Dental/100083475839123/', 'https://www.facebook.com/profile.php?id=100083475839123', 'facebook'],
    ['https://www.facebook.com/p/Harbourside-Dental-100083475839123/', 'https://www.facebook.com/profile.php?id=100083475839123', 'facebook'],
    ['https://www.facebook.com/100083475839123/posts/pfbid0abc', 'https://www.facebook.com/profile.php?id=100083475839123', 'facebook'],
  ])('%s → %s (%s)', (input, url, adapter) => {
    const t = target(input);
    expect(t.url).toBe(url);
    expect(t.adapter).toBe(adapter);
    expect(t.covers).not.toBe('');
  });

  test('asks for the platform hosts it redirects between, and the host given, never every site', () => {
    expect(target('https://web.facebook.com/HarboursideDental').origins).toEqual([
      'https://www.facebook.com/*',
      'https://web.facebook.com/*',
      'https://facebook.com/*',
    ]);
    expect(target('https://www.yelp.de/biz/a').origins).toEqual(['https://www.yelp.com/*', 'https://www.yelp.de/*']);
    expect(target('https://www.smile-reviews.example/clinic/x').origins).toEqual(['https://www.smile-reviews.example/*']);
    for (const input of ['https://www.facebook.com/A', 'https://www.google.com/maps/place/A', 'https://x.com/a']) {
      for (const origin of target(input).origins) expect(origin).not.toMatch(/^https:\/\/\*\//);
    }
  });

  test.each([
    ['not a url at all', /not a web address/],
    ['javascript:alert(1)', /not a web address/],
    ['https://www.facebook.com/groups/123', /which Facebook account/],
    ['https://www.facebook.com/photo.php?fbid=1&set=a.2', /which Facebook account/],
    ['https://www.facebook.com/events/55/', /which Facebook account/],
    ['https://www.facebook.com/hashtag/dentist', /which Facebook account/],
    ['https://www.instagram.com/reels/Cabc/', /which Instagram account/],
    ['https://www.instagram.com/stories/someone/', /which Instagram account/],
    ['https://x.com/explore', /which X account/],
    ['https://x.com/notifications', /which X account/],
    ['https://www.instagram.com/p/Cabc/', /which Instagram account/],
    ['https://www.google.com/search?q=dentist', /which Google Maps account/],
    ['https://unknown.example/reviews', /no adapter for unknown.example.*selector pack/],
  ])('refuses %s with a clear reason', (input, message) => {
    const r = pageTarget(input, [pack]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('pageCovers: which addresses are the page', () => {
  test.each([
    ['https://www.facebook.com/HarboursideDental', 'https://web.facebook.com/HarboursideDental/posts/pfbid0x?comment_id=1', true],
    ['https://www.facebook.com/HarboursideDental', 'https://www.facebook.com/harboursidedental/reviews', true],
    ['https://www.facebook.com/HarboursideDental', 'https://www.facebook.com/HarboursideDentalFans/posts/1', false],
    ['https://www.facebook.com/HarboursideDental', 'https://www.facebook.com/OtherClinic/posts/1', false],
    ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/permalink.php?story_fbid=9&id=100064', true],
    ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/permalink.php?story_fbid=9&id=100065', false],
    ['https://www.google.com/maps/place/Harbourside+Dental', 'https://www.google.com/maps/place/Harbourside%20Dental/@1,2,17z/data=!9m1!1b1', true],
    ['https://www.google.com/maps/place/Harbourside+Dental', 'https://www.google.com/maps/place/Harbourside+Dental+Care/', false],
    ['https://twitter.com/HarbourDental', 'https://x.com/harbourdental/status/1988', true],
    ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc&t=1', true],
    ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abd', false],
    ['https://www.tiktok.com/@harbourside', 'https://www.tiktok.com/@harbourside/video/1', true],
    ['https://www.tiktok.com/@harbourside', 'https://www.tiktok.evil.example/@harbourside/video/1', false],
    ['https://www.trustpilot.com/review/a.example', 'https://www.trustpilot.com/review/a.example?page=3', true],
    // Yelp's list of the reviews it does not recommend is the business page's.
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', 'https://www.yelp.com/not_recommended_reviews/harbor-noodle-house-oakland?not_recommended_start=10', true],
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', 'https://www.yelp.com/not_recommended_reviews/harbor-noodle-bar-oakland', false],
    ['https://www.yelp.com/biz/harbor-noodle-house-oakland', 'https://www.yelp.com/not_recommended_reviewsx/harbor-noodle-house-oakland', false],
    // A numbered Page: its own addresses only, not any address that carries ?id=.
    ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/100064/posts/pfbid0x', true],
    ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/story.php?story_fbid=1&id=100064', true],
    ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/OtherClinic/posts/1?id=100064', false],
    ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/groups/9/?id=100064', false],
    // An encoded slash does not climb out of the page.
    ['https://www.smile-reviews.example/clinic/a', 'https://www.smile-reviews.example/clinic/a%2F..%2F..%2Fother', false],
  ])('%s covers %s: %s', (page, href, expected) => {
    expect(pageCovers(page, href)).toBe(expected);
  });

  test('a post whose address does not name the account is covered when its owner is the page', () => {
    const page = 'https://www.instagram.com/harbourside.dental';
    expect(pageCovers(page, 'https://www.instagram.com/p/Cabc123/')).toBe(false);
    expect(pageCovers(page, 'https://www.instagram.com/p/Cabc123/', 'https://www.instagram.com/harbourside.dental/')).toBe(true);
    expect(pageCovers(page, 'https://www.instagram.com/p/Cabc123/', 'https://www.instagram.com/someone.else/')).toBe(false);
    // The owner must be on the same site as the page.
    expect(pageCovers(page, 'https://www.instagram.com/p/C/', 'https://evil.example/harbourside.dental')).toBe(false);
  });

  test('a pack that matches a built-in platform’s address stands in for its adapter (a repair)', () => {
    const repair: Pack = { ...pack, id: 'fb-repair', name: 'Facebook repair', matches: ['https://www.facebook.com/*'] };
    const r = pageTarget('https://www.facebook.com/HarboursideDental/posts/1', [repair]);
    expect(r.ok && r.target).toMatchObject({ url: 'https://www.facebook.com/HarboursideDental', adapter: 'fb-repair' });
  });

  test('a pack page asks only for the hosts of the patterns that cover it', () => {
    const wide: Pack = { ...pack, matches: ['https://www.smile-reviews.example/clinic/*', 'https://reviews.other.example/*'] };
    const r = pageTarget('https://www.smile-reviews.example/clinic/harbourside', [wide]);
    expect(r.ok && r.target.origins).toEqual(['https://www.smile-reviews.example/*']);
  });

  test('originOf turns a pack pattern into a host permission', () => {
    expect(originOf('https://*.example.com/reviews/*')).toBe('https://*.example.com/*');
    expect(originOf('http://localhost:8080/x')).toBe('http://localhost/*');
    expect(originOf('nonsense')).toBeNull();
  });
});
