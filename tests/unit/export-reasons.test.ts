import { describe, expect, it } from 'vitest';
import type { Label } from '@/utils/labels';
import type { Platform } from '@/utils/model';
import { groundsFor, PLATFORM_REASONS, pickReportReason } from '@/utils/platform-reasons';

describe('platform report reasons', () => {
  it('has Google Maps’ seven review reasons, Yelp’s three, Trustpilot’s five grounds', () => {
    expect(PLATFORM_REASONS['google-maps'].reasons.map((r) => r.text)).toEqual([
      'Off topic',
      'Spam',
      'Conflict of interest',
      'Profanity',
      'Bullying or harassment',
      'Discrimination or hate speech',
      'Personal information',
    ]);
    expect(PLATFORM_REASONS.yelp.reasons).toHaveLength(3);
    expect(new Set(PLATFORM_REASONS.trustpilot.reasons.map((r) => r.text.split(' → ')[0]))).toEqual(
      new Set(['It’s harmful or illegal', 'It contains personal information', 'It’s advertising or promotional', 'It’s not based on a genuine experience', 'About a different business']),
    );
  });

  it('gives every platform a reason for a threat, a troll and spam', () => {
    for (const [platform, menu] of Object.entries(PLATFORM_REASONS)) {
      for (const label of ['threat', 'troll', 'spam'] as const) {
        const pick = pickReportReason(platform as Platform, label, []);
        expect(pick.reason, `${platform} ${label}`).not.toBeNull();
        expect(menu.reasons).toContain(pick.reason);
        expect(pick.verified).toBe(menu.verified);
      }
    }
  });

  it.each<[Platform, Label, string[], string]>([
    ['google-maps', 'threat', ['Threat wording: “burn it down”.'], 'Bullying or harassment'],
    ['google-maps', 'threat', ['Threat wording: “nice house on Elm Road”.'], 'Bullying or harassment'],
    ['google-maps', 'troll', ['Pile-on wording: “fire her”.'], 'Off topic'],
    ['google-maps', 'troll', ['Profanity or insult: “idiot”.'], 'Bullying or harassment'],
    ['google-maps', 'troll', ['Mentions your address: “your house”.'], 'Personal information'],
    ['google-maps', 'spam', ['Contains a link: “cheap.example”.'], 'Spam'],
    ['yelp', 'troll', ['Abuse with no experience of your business behind it.'], 'Not about their own consumer experience'],
    ['yelp', 'threat', [], 'Inappropriate material'],
    ['yelp', 'spam', [], 'Conflict of interest'],
    ['trustpilot', 'threat', [], 'It’s harmful or illegal → Threats or violence'],
    ['trustpilot', 'troll', ['One of 9 near-identical recent items.'], 'It’s not based on a genuine experience'],
    ['trustpilot', 'spam', [], 'It’s advertising or promotional'],
    ['facebook', 'troll', ['Pile-on wording: “boycott”.'], 'Bullying, harassment or abuse'],
    ['x', 'threat', [], 'Violent Speech'],
    ['x', 'troll', ['Mentions where you live: “your kids”.'], 'Privacy'],
    ['youtube', 'spam', [], 'Unwanted commercial content or spam'],
    ['tiktok', 'troll', [], 'Hate and harassment'],
    ['instagram', 'threat', [], 'Violence, hate or exploitation → Credible threat to safety'],
  ])('%s, %s, %j → %s', (platform, label, reasons, text) => {
    expect(pickReportReason(platform, label, reasons).reason?.text).toBe(text);
  });

  it.each<[Label, RegExp]>([
    ['genuine', /do not report/i],
    ['supporter', /nothing to report/i],
    ['unclear', /read it yourself/i],
  ])('never reports a %s item', (label, why) => {
    const pick = pickReportReason('google-maps', label, ['Profanity or insult: “idiot”.']);
    expect(pick.reason).toBeNull();
    expect(pick.why).toMatch(why);
  });

  it('knows no menu for a selector-pack site', () => {
    expect(pickReportReason('custom', 'threat', []).reason).toBeNull();
  });

  it('orders the grounds: a threat is a threat first; doxxing is personal information', () => {
    expect(groundsFor('threat', ['Threat wording: “we know your address”.'])).toEqual(['threat', 'personal-info', 'harassment']);
    expect(groundsFor('troll', [])).toEqual(['harassment', 'off-topic']);
    expect(groundsFor('genuine', ['anything'])).toEqual([]);
  });
});
