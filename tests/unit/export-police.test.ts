import { describe, expect, it } from 'vitest';
import { buildPolicePacket, timeNote } from '@/utils/export/police-model';
import { action, evidence, INCIDENT, item, MIN, PAGE, T0 } from './export-fixtures';

describe('police packet', () => {
  const items = [
    item(5, 'threat', { text: 'second threat', postedAt: Date.UTC(2026, 2, 4, 9, 4), postedText: null }),
    item(1, 'threat', { text: 'first threat' }),
    item(2, 'troll'),
    item(3, 'genuine'),
  ];
  const packet = buildPolicePacket({
    incident: INCIDENT,
    pageUrl: PAGE,
    businessName: 'Harbourside Dental',
    items,
    actions: [
      action(1, T0 + 9 * MIN, 'reported', 'facebook:c5'),
      action(2, T0 + 8 * MIN, 'captured', 'facebook:c5'),
      action(3, T0 + 7 * MIN, 'hidden', 'facebook:c2'),
    ],
    evidence: [
      evidence('e1', 'facebook:c5', T0 + 8 * MIN, { sha256: 'b'.repeat(64), screenshot: new Blob([new Uint8Array([1])]) }),
      evidence('e0', 'facebook:c5', T0 + 6 * MIN, { auto: true }),
    ],
    now: T0 + 200 * MIN,
    preparedBy: 'Dana (front desk)',
  });

  it('holds only the threats, oldest first', () => {
    expect(packet.threats.map((t) => t.text)).toEqual(['first threat', 'second threat']);
  });

  it('gives each threat its author, links, evidence and actions', () => {
    const t = packet.threats[1];
    expect(t).toMatchObject({
      author: 'Author 5',
      profileUrl: 'https://www.facebook.com/author5',
      permalink: `${PAGE}?comment_id=c5`,
      platformName: 'Facebook',
    });
    expect(t?.evidence.map((e) => [e.id, e.auto, e.hasScreenshot, e.sha256])).toEqual([
      ['e0', true, false, 'a'.repeat(64)],
      ['e1', false, true, 'b'.repeat(64)],
    ]);
    expect(t?.actions.map((a) => a.what)).toEqual(['Evidence captured', 'Reported to the platform']);
    expect(packet.threats[0]?.evidence).toEqual([]);
  });

  it('explains itself to an officer: what Keel is, the hashes and the times', () => {
    const text = packet.header.join('\n');
    expect(text).toContain('Harbourside Dental');
    expect(text).toContain('Facebook');
    expect(text).toMatch(/SHA-256/);
    expect(text).toMatch(/nothing was altered/);
    expect(text).toMatch(/UTC/);
    expect(packet).toMatchObject({ title: 'Threats: Pile-on under the March post', preparedBy: 'Dana (front desk)', incidentTitle: INCIDENT.title });
  });

  it('says how each time was read', () => {
    expect(timeNote({ postedAt: Date.UTC(2026, 2, 4, 9, 4), postedText: null, firstSeenAt: T0 + 5 * MIN })).toBe(
      'The platform showed the date and time it was posted (2026-03-04T09:04:00Z UTC). Keel first saw it at 2026-03-04T09:05:00Z UTC.',
    );
    // A date shown without a time of day (TikTok's "2026-3-4") is not given a time it never had.
    expect(timeNote({ postedAt: Date.UTC(2026, 2, 4), postedText: '2026-3-4', firstSeenAt: T0 })).toBe(
      'The platform showed the date it was posted, without a time of day (2026-03-04). Keel first saw it at 2026-03-04T09:00:00Z UTC.',
    );
    expect(timeNote({ postedAt: null, postedText: '3 h', firstSeenAt: T0 })).toMatch(/only a relative time, “3 h”.*approximate/);
    expect(timeNote({ postedAt: null, postedText: null, firstSeenAt: T0 })).toMatch(/showed no time.*posted then or earlier/);
  });

  it('is empty, not wrong, without threats', () => {
    const none = buildPolicePacket({ incident: null, pageUrl: PAGE, businessName: 'B', items: [item(1, 'troll')], actions: [], evidence: [], now: T0, preparedBy: 'x' });
    expect(none.threats).toEqual([]);
    expect(none.title).toBe('Threats on this page');
  });
});
