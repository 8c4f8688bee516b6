import { describe, expect, it } from 'vitest';
import { countsInWords, duration, localTime, slugOfPage } from '@/utils/export/format';
import { buildReport, buildTimeline, MAX_SPAN_MS, platformOf } from '@/utils/export/report-model';
import { LABELS } from '@/utils/labels';
import { action, evidence, INCIDENT, item, MIN, T0 } from './export-fixtures';

const items = [
  item(1, 'threat'),
  item(2, 'troll', { labelSource: 'moderator' }),
  item(3, 'troll', { done: { hidden: T0 + 40 * MIN } }),
  item(4, 'troll'),
  item(12, 'threat', { done: { reported: T0 + 50 * MIN, captured: T0 + 20 * MIN } }),
  item(25, 'genuine'),
  item(31, 'spam'),
];

describe('buildReport', () => {
  const actions = [
    action(3, T0 + 50 * MIN, 'reported', 'facebook:c12', { detail: 'as a credible threat' }),
    action(1, T0 + 20 * MIN, 'captured', 'facebook:c12'),
    action(2, T0 + 40 * MIN, 'hidden', 'facebook:c3'),
    action(4, T0 + 60 * MIN, 'undone', 'facebook:c3', { undoes: 2 }),
    action(5, T0 + 61 * MIN, 'note', null, { detail: 'Called the practice manager' }),
  ];
  const ev = [
    evidence('e2', 'facebook:c12', T0 + 20 * MIN, { screenshot: new Blob([new Uint8Array([1, 2])]) }),
    evidence('e1', 'facebook:c1', T0 + 2 * MIN),
  ];
  const m = buildReport({ incident: INCIDENT, items, actions, evidence: ev, ratings: [], now: T0 + 120 * MIN });

  it('counts items by label, in numbers and in words, threats first', () => {
    expect(m.counts).toEqual({ threat: 2, troll: 3, spam: 1, genuine: 1, supporter: 0, unclear: 0 });
    expect(m.countsText).toBe('2 threats, 3 trolls, 1 spam item and 1 patient or customer');
    expect(m.total).toBe(7);
  });

  it('counts as handled what a person labelled or acted on', () => {
    expect(m.handled).toBe(3);
    expect(m.steps).toBe(2);
  });

  it('carries the status, times and who opened it', () => {
    expect(m).toMatchObject({ status: 'contained', trigger: 'burst', openedBy: 'Keel', openedAt: T0 + 5 * MIN, containedAt: T0 + 95 * MIN, resolvedAt: null });
    expect(m.platform).toBe('facebook');
    expect(m.platformName).toBe('Facebook');
  });

  it('lists actions oldest first, with the item they touched and an undo in words', () => {
    expect(m.actions.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(m.actions[2]).toMatchObject({ what: 'Reported to the platform: as a credible threat', item: 'Author 12: Comment number 12', cause: 'moderator' });
    expect(m.actions[3]?.what).toBe('Undid action #2');
    expect(m.actions[4]).toMatchObject({ what: 'Note: Called the practice manager', item: '' });
  });

  it('lists evidence oldest first and says which has a screenshot', () => {
    expect(m.evidence.map((e) => [e.id, e.hasScreenshot])).toEqual([
      ['e1', false],
      ['e2', true],
    ]);
  });
});

describe('buildTimeline', () => {
  it('puts every item in one bucket of its label, and the buckets cover the span', () => {
    const t = buildTimeline(items, [], []);
    expect(t.bucketMs).toBe(5 * MIN);
    expect(t.starts[0]).toBe(T0);
    expect(t.starts.length).toBe(7);
    for (const l of LABELS) {
      expect(t.byLabel[l].length).toBe(t.starts.length);
      expect(t.byLabel[l].reduce((a, b) => a + b, 0)).toBe(items.filter((i) => i.label === l).length);
    }
    // item 12 (12 min after T0) is in the third 5-minute bucket
    expect(t.byLabel.threat).toEqual([1, 0, 1, 0, 0, 0, 0]);
  });

  it('chooses wider buckets for a longer span, never more than 40', () => {
    const spread = Array.from({ length: 50 }, (_, i) => item(i, 'troll', { at: T0 + i * 7 * 60 * MIN }));
    const t = buildTimeline(spread, [], []);
    expect(t.starts.length).toBeLessThanOrEqual(40);
    expect(t.bucketMs).toBe(720 * MIN);
    expect(t.byLabel.troll.reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('charts at most the last 30 days and counts older items as earlier', () => {
    const old = [item(1, 'troll', { at: T0 - MAX_SPAN_MS - 86_400_000 }), item(2, 'troll', { at: T0 }), item(3, 'threat', { at: T0 - 86_400_000 })];
    const t = buildTimeline(old, [], []);
    expect(t.earlier).toBe(1);
    expect(t.byLabel.troll.reduce((a, b) => a + b, 0) + t.byLabel.threat.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('marks the actions inside the window, leaving settings changes out', () => {
    const acts = [
      action(1, T0 + 10 * MIN, 'hidden', 'facebook:c3'),
      action(2, T0 + 11 * MIN, 'configured', null),
      action(3, T0 + 500 * MIN, 'note', null),
    ];
    expect(buildTimeline(items, acts, []).actions).toEqual([{ at: T0 + 10 * MIN, kind: 'hidden', actor: 'Dana (front desk)' }]);
  });

  it('keeps the rating points in the window and the last one before it', () => {
    const ratings = [
      { pageKey: 'p', at: T0 - 3 * 86_400_000, average: 4.8, count: 100 },
      { pageKey: 'p', at: T0 - 86_400_000, average: 4.7, count: 101 },
      { pageKey: 'p', at: T0 + 20 * MIN, average: 4.1, count: 130 },
      { pageKey: 'p', at: T0 + 10 * 86_400_000, average: 3.9, count: 150 },
    ];
    expect(buildTimeline(items, [], ratings).rating).toEqual([
      { at: T0 - 86_400_000, average: 4.7 },
      { at: T0 + 20 * MIN, average: 4.1 },
    ]);
  });

  it('is empty without items', () => {
    expect(buildTimeline([], [], []).starts).toEqual([]);
  });
});

describe('platformOf', () => {
  it('takes the platform most items came from, else the address', () => {
    expect(platformOf('https://x.com/a', [{ platform: 'yelp' }, { platform: 'yelp' }, { platform: 'x' }])).toBe('yelp');
    expect(platformOf('https://www.google.com/maps/place/Harbourside', [])).toBe('google-maps');
    expect(platformOf('https://www.yelp.co.uk/biz/harbourside', [])).toBe('yelp');
    expect(platformOf('https://example.org/reviews', [])).toBeNull();
    expect(platformOf('not a url', [])).toBeNull();
  });
});

describe('format', () => {
  it.each([
    [{ threat: 1 }, '1 threat'],
    [{ troll: 2, spam: 1 }, '2 trolls and 1 spam item'],
    [{}, 'no items'],
    [{ unclear: 3, supporter: 1, genuine: 2 }, '2 patients or customers, 1 supporter and 3 unclear items'],
  ])('counts %j in words', (counts, words) => {
    expect(countsInWords(counts)).toBe(words);
  });

  it('gives local time with its offset', () => {
    expect(localTime(Date.UTC(2026, 2, 4, 14, 5), 'Asia/Kolkata')).toBe('4 Mar 2026, 19:35 (GMT+5:30)');
    expect(localTime(Date.UTC(2026, 6, 4, 14, 5), 'America/New_York')).toBe('4 Jul 2026, 10:05 (GMT-4)');
  });

  it('gives durations and file-safe page names', () => {
    expect(duration(45 * MIN)).toBe('45 min');
    expect(duration(125 * MIN)).toBe('2 h 5 min');
    expect(duration(5 * 86_400_000)).toBe('5 days');
    expect(slugOfPage('https://www.facebook.com/HarboursideDental/posts/123?x=1')).toBe('facebook-com-harboursidedental-posts-123');
    expect(slugOfPage('../../etc/passwd')).toBe('etc-passwd');
  });
});
