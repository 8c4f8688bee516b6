import { describe, expect, test } from 'vitest';
import { DONE_KINDS } from '../../utils/db/types';
import { LABELS, type Label } from '../../utils/labels';
import { incidentMessages, STEP_ID } from '../../utils/messaging/msg-incidents';
import { PLATFORMS, type Platform } from '../../utils/model';
import { PLATFORM_REASONS } from '../../utils/platform-reasons';
import { ackDeadline, ackWords, acknowledgedAt, duration } from '../../utils/playbooks/ack';
import { type ChecklistInput, checklistFor, incidentPlaybook, incidentPlaybookFrom, playbookFor, playbookSteps, stepName, suggestedPlaybook } from '../../utils/playbooks/checklists';
import type { Checklist, Step } from '../../utils/playbooks/types';

const input = (platform: Platform, label: Label, more: Partial<ChecklistInput> = {}): ChecklistInput => ({
  platform,
  kind: platform === 'google-maps' || platform === 'yelp' || platform === 'trustpilot' ? 'review' : 'comment',
  label,
  reasons: [],
  campaign: false,
  ...more,
});
const ids = (c: { steps: Step[] } | Step[]) => (Array.isArray(c) ? c : c.steps).map((s) => s.id);
const step = (c: Checklist, id: string) => c.steps.find((s) => s.id === id);
const kinds = (c: Checklist) => c.steps.map((s) => s.action).filter(Boolean);

describe('checklists for every platform × label', () => {
  const cases = PLATFORMS.flatMap((p) => LABELS.map((l) => [p, l] as const));
  test.each(cases)('%s × %s has chores, stable unique ids, and maps each action kind at most once', (platform, label) => {
    for (const kind of ['comment', 'review'] as const) {
      const c = checklistFor(input(platform, label, { kind }));
      expect(c.steps.filter((s) => !s.rule).length).toBeGreaterThanOrEqual(label === 'supporter' ? 1 : 2);
      expect(new Set(ids(c)).size).toBe(c.steps.length);
      for (const s of c.steps) {
        expect(s.id).toMatch(STEP_ID);
        expect(s.text.length).toBeGreaterThan(5);
        if (s.action) expect(DONE_KINDS).toContain(s.action);
        if (s.rule) expect(s.action).toBeNull();
      }
      expect(new Set(kinds(c)).size).toBe(kinds(c).length);
      expect(c.title).toContain(platform === 'custom' ? 'this site' : '');
    }
  });

  test('Google Maps offers its seven report reasons and Yelp its three, straight from platform-reasons', () => {
    const google = checklistFor(input('google-maps', 'troll', { reasons: ['Profanity or insult: “idiots”.'] }));
    expect(google.report?.reasons).toHaveLength(7);
    expect(google.report?.reasons).toEqual(PLATFORM_REASONS['google-maps'].reasons);
    expect(step(google, 'report')?.how).toContain('Flag as inappropriate');
    expect(step(google, 'report')?.how).toContain('“Bullying or harassment”');
    const yelp = checklistFor(input('yelp', 'spam'));
    expect(yelp.report?.reasons).toHaveLength(3);
    expect(yelp.report?.reasons.map((r) => r.text)).toEqual(['Conflict of interest', 'Not about their own consumer experience', 'Inappropriate material']);
    expect(step(yelp, 'report')?.how).toContain('Report review');
    expect(step(yelp, 'report')?.how).toContain('“Conflict of interest”');
    // Unverified menus say so rather than quote the wording as exact.
    expect(step(checklistFor(input('tiktok', 'spam')), 'report')?.how).toContain('the closest option to');
  });

  test("each platform's own controls name the step", () => {
    const fb = checklistFor(input('facebook', 'troll'));
    expect(ids(fb)).toEqual(['capture', 'dont-engage', 'report', 'hide', 'delete', 'ban']);
    expect(step(fb, 'hide')?.how).toContain('Hide comment');
    expect(step(fb, 'ban')?.how).toContain('Ban from page');
    const rec = checklistFor(input('facebook', 'troll', { kind: 'review' }));
    expect(step(rec, 'report')?.how).toContain('Report recommendation');
    expect(kinds(rec)).not.toContain('deleted');
    expect(kinds(rec)).not.toContain('hidden');
    const ig = checklistFor(input('instagram', 'troll'));
    expect(ids(ig)).toEqual(['capture', 'dont-engage', 'report', 'hide', 'delete', 'ban']);
    expect([step(ig, 'hide')?.how, step(ig, 'ban')?.how]).toEqual([expect.stringContaining('Restrict'), expect.stringContaining('Block')]);
    const x = checklistFor(input('x', 'troll'));
    expect(ids(x)).toEqual(['capture', 'dont-engage', 'report', 'hide', 'ban']);
    expect(step(x, 'hide')?.how).toContain('Hide reply');
    const yt = checklistFor(input('youtube', 'troll'));
    expect(step(yt, 'delete')?.how).toContain('Remove');
    expect(step(yt, 'ban')?.how).toContain('Hide user from channel');
    const tt = checklistFor(input('tiktok', 'troll'));
    expect(ids(tt)).toEqual(['capture', 'dont-engage', 'report', 'delete', 'ban', 'filter']);
    // Review sites: nothing to delete, hide or ban; report it, answer once at most, follow the report.
    for (const p of ['google-maps', 'yelp', 'trustpilot'] as const) {
      const c = checklistFor(input(p, 'troll'));
      expect(ids(c)).toEqual(['capture', 'dont-engage', 'report', 'owner-response', 'follow-report']);
    }
    expect(step(checklistFor(input('google-maps', 'troll')), 'owner-response')?.how).toContain('owner response');
    expect(step(checklistFor(input('trustpilot', 'spam')), 'report')?.how).toContain('Report');
    expect(checklistFor(input('custom', 'troll')).report?.reasons).toEqual([]);
  });

  test('a genuine complaint gets the genuine playbook: acknowledge in time, never delete, nothing that removes it', () => {
    for (const p of PLATFORMS) {
      const c = checklistFor(input(p, 'genuine'));
      expect(c.playbook).toBe('genuine');
      expect(ids(c)).toEqual(['acknowledge', 'reply-offline', 'contact', 'follow-up', 'resolve', 'never-delete']);
      expect(c.steps.find((s) => s.deadline)?.id).toBe('acknowledge');
      expect(step(c, 'never-delete')?.rule).toBe(true);
      for (const k of ['deleted', 'hidden', 'banned', 'reported'] as const) expect(kinds(c)).not.toContain(k);
      expect(c.report).toBeNull();
    }
    expect(step(checklistFor(input('google-maps', 'genuine')), 'reply-offline')?.how).toContain('owner response');
  });

  test('threat and extortion follow their playbooks', () => {
    const threat = checklistFor(input('facebook', 'threat', { reasons: ['Threat wording: “know where you live”.'] }));
    expect(threat.playbook).toBe('threat');
    expect(ids(threat)).toEqual(['capture', 'dont-engage', 'tell-staff', 'police', 'report', 'ban']);
    expect(step(threat, 'report')?.how).toContain('Credible threat of violence');
    const ext = checklistFor(input('google-maps', 'threat', { reasons: ['Threat wording: “or we post”.'] }));
    expect(ext.playbook).toBe('extortion');
    expect(ids(ext)).toEqual(['dont-pay', 'capture', 'gather', 'report-extortion', 'tell-staff']);
    expect(step(ext, 'report-extortion')).toMatchObject({ action: 'reported', how: expect.stringContaining('merchant extortion report form') });
    expect(step(ext, 'dont-pay')?.rule).toBe(true);
  });
});

describe('which playbook fits', () => {
  test.each([
    [{ label: 'genuine', reasons: ['A complaint about their own visit.'], campaign: true }, 'genuine'],
    [{ label: 'genuine', reasons: ['Threat wording: “pay or else”.'], campaign: false }, 'genuine'],
    [{ label: 'threat', reasons: ['Threat wording: “pay or else”.'], campaign: false }, 'extortion'],
    [{ label: 'threat', reasons: ['Threat wording: “in bitcoin or”.'], campaign: true }, 'extortion'],
    [{ label: 'troll', reasons: ['Threat wording: “remove my review or”.'], campaign: false }, 'extortion'],
    [{ label: 'threat', reasons: ['Threat wording: “you will pay”.'], campaign: false }, 'threat'],
    [{ label: 'threat', reasons: ['Threat wording: “burn it down”.'], campaign: true }, 'threat'],
    [{ label: 'troll', reasons: ['One of 12 near-identical comments.'], campaign: true }, 'smear'],
    [{ label: 'spam', reasons: [], campaign: true }, 'smear'],
    [{ label: 'troll', reasons: ['Profanity or insult: “clowns”.'], campaign: false }, null],
    [{ label: 'supporter', reasons: [], campaign: true }, null],
  ] as const)('%o → %s', (item, expected) => {
    expect(playbookFor({ ...item, reasons: [...item.reasons] })).toBe(expected);
  });

  test('an incident: a burst is a smear campaign; a manual one follows the choice, else the items', () => {
    const threatItem = { label: 'threat' as const, reasons: ['Threat wording: “burn it down”.'], platform: 'facebook' as const };
    const extortionItem = { label: 'troll' as const, reasons: ['Threat wording: “or i post”.'], platform: 'google-maps' as const };
    expect(incidentPlaybook({ trigger: 'burst', steps: {} }, [threatItem])).toMatchObject({ id: 'smear', source: 'burst' });
    expect(incidentPlaybook({ trigger: 'manual', steps: {} }, [threatItem])).toMatchObject({ id: 'threat', source: 'suggested' });
    expect(suggestedPlaybook([threatItem, extortionItem])).toBe('extortion');
    expect(suggestedPlaybook([])).toBe('smear');
    const chosen = incidentPlaybook({ trigger: 'manual', steps: { 'playbook:threat': 5, 'playbook:extortion': 9, capture: 7 } }, [threatItem]);
    expect(chosen).toMatchObject({ id: 'extortion', source: 'chosen' });
    expect(ids(chosen.steps)).toEqual(ids(playbookSteps('extortion', 'facebook')));
    // Ids that are not playbooks are ignored.
    expect(incidentPlaybook({ trigger: 'burst', steps: { 'playbook:nonsense': 9 } }, [])).toMatchObject({ id: 'smear', source: 'burst' });
  });

  test('from an incident’s summary (counts, as the popup reads it), the same playbook as from its items', () => {
    const threatItem = { label: 'threat' as const, reasons: ['Threat wording: “burn it down”.'], platform: 'facebook' as const };
    const extortionItem = { label: 'troll' as const, reasons: ['Threat wording: “or i post”.'], platform: 'google-maps' as const };
    const genuineItem = { label: 'genuine' as const, reasons: ['Threat wording: “or i post”.'], platform: 'google-maps' as const };
    const sets = [[], [threatItem], [threatItem, extortionItem], [genuineItem, genuineItem, threatItem], [extortionItem, extortionItem, threatItem]];
    const incidents: Array<{ trigger: 'burst' | 'manual'; steps: Record<string, number> }> = [{ trigger: 'burst', steps: {} }, { trigger: 'manual', steps: {} }, { trigger: 'manual', steps: { 'playbook:threat': 5 } }];
    for (const items of sets) {
      const summary = {
        extortion: items.filter((i) => i.label !== 'genuine' && /or i post/.test(i.reasons.join())).length,
        counts: { threat: items.filter((i) => i.label === 'threat').length },
        platforms: Object.fromEntries(['facebook', 'google-maps'].map((p) => [p, items.filter((i) => i.platform === p).length])),
      };
      for (const incident of incidents) {
        expect(incidentPlaybookFrom(incident, summary, 'yelp'), JSON.stringify([items, incident])).toEqual(incidentPlaybook(incident, items, 'yelp'));
      }
    }
  });

  test('the smear-campaign playbook has its ten parts, rules as rules, and adapts to a review site', () => {
    const fb = playbookSteps('smear', 'facebook');
    expect(ids(fb)).toEqual([
      'capture', 'dispute', 'delete-pile-on', 'ban', 'tell-staff', 'tell-customers', 'no-public-defence', 'let-supporters-speak', 'keep-watching', 'close-report',
    ]);
    expect(fb.filter((s) => s.rule).map((s) => s.id)).toEqual(['no-public-defence', 'let-supporters-speak']);
    expect(fb.find((s) => s.id === 'delete-pile-on')?.action).toBe('deleted');
    const google = playbookSteps('smear', 'google-maps');
    expect(ids(google)).not.toContain('ban');
    expect(google.find((s) => s.id === 'delete-pile-on')).toMatchObject({ action: null, text: expect.stringContaining('cannot delete reviews') });
    expect(ids(playbookSteps('threat', 'x'))).toEqual(['capture', 'dont-engage', 'tell-staff', 'police', 'report', 'ban']);
  });
});

describe('the acknowledgement deadline', () => {
  const seen = Date.UTC(2026, 2, 4, 13, 5);
  const MIN = 60_000;
  test.each([
    // [target, now after first seen (min), acknowledged after (min) | null, overdue, left, late]
    [60, 0, null, false, 60, 0],
    [60, 30, null, false, 30, 0],
    [60, 59.5, null, false, 1, 0],
    [60, 60, null, false, 0, 0],
    [60, 61, null, true, 0, 1],
    [60, 200, null, true, 0, 140],
    [60, 200, 45, false, 0, 0],
    [60, 200, 90, true, 0, 30],
    [0, 1, null, true, 0, 1],
    [240, 10, null, false, 230, 0],
  ] as const)('target %i min, now +%s min, acknowledged %s', (target, after, ack, overdue, left, late) => {
    const d = ackDeadline(seen, target, seen + after * MIN, ack === null ? null : seen + ack * MIN);
    expect(d).toEqual({
      dueAt: seen + target * MIN,
      targetMinutes: target,
      overdue,
      minutesLeft: left,
      minutesLate: late,
      acknowledgedAt: ack === null ? null : seen + ack * MIN,
    });
  });

  test('a reply or a call acknowledges it too: the earliest counts', () => {
    expect(acknowledgedAt(null, {})).toBeNull();
    expect(acknowledgedAt(undefined, { contacted: 9 })).toBe(9);
    expect(acknowledgedAt(7, { 'replied-offline': 5, contacted: 9 })).toBe(5);
    expect(acknowledgedAt(3, { 'replied-offline': 5 })).toBe(3);
  });

  test('in words', () => {
    const t = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    expect(ackWords(ackDeadline(seen, 60, seen + 20 * MIN), t)).toBe('Due by 14:05: 40 min left (target 1 h from first seen).');
    expect(ackWords(ackDeadline(seen, 60, seen + 150 * MIN), t)).toBe('Overdue by 1 h 30 min: it was due at 14:05. Acknowledge it now.');
    expect(ackWords(ackDeadline(seen, 60, seen + 150 * MIN, seen + 30 * MIN), t)).toBe('Acknowledged in time (due 14:05).');
    expect(ackWords(ackDeadline(seen, 60, seen + 150 * MIN, seen + 75 * MIN), t)).toBe('Acknowledged 15 min after the deadline (14:05).');
    expect([duration(45), duration(120), duration(90), duration(3 * 24 * 60)]).toEqual(['45 min', '2 h', '1 h 30 min', '3 days']);
  });
});

describe('ticking an item step records an action', () => {
  const record = incidentMessages['actions/record'].request;
  test('a step is recorded as kind "step" with the step id; bad ids and steps without an item are refused', () => {
    expect(record.safeParse({ itemKey: 'facebook:1', kind: 'step', detail: 'follow-up' }).success).toBe(true);
    expect(record.safeParse({ itemKey: 'facebook:1', kind: 'reported', detail: 'Checklist: Report it' }).success).toBe(true);
    const bad = record.safeParse({ itemKey: 'facebook:1', kind: 'step', detail: 'Follow up <b>' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('step’s id');
    expect(record.safeParse({ itemKey: null, incidentId: 'inc-1', kind: 'step', detail: 'capture' }).success).toBe(false);
    expect(record.safeParse({ itemKey: 'facebook:1', kind: 'step' }).success).toBe(false);
  });

  test('every step of every checklist and playbook has an id the message accepts', () => {
    const all = [
      ...PLATFORMS.flatMap((p) => LABELS.flatMap((l) => checklistFor(input(p, l)).steps)),
      ...PLATFORMS.flatMap((p) => (['smear', 'extortion', 'threat', 'genuine'] as const).flatMap((id) => playbookSteps(id, p))),
    ];
    for (const s of all) expect(record.safeParse({ itemKey: 'k', kind: 'step', detail: s.id }).success).toBe(true);
  });

  test('a step id reads back in words for the log', () => {
    expect(stepName('acknowledge')).toBe('Acknowledge it in time');
    expect(stepName('tell-customers')).toBe('Tell customers privately, if they ask or are affected');
    expect(stepName('playbook:extortion')).toBe('Playbook: Extortion');
    expect(stepName('playbook:nope')).toBe('playbook:nope');
    expect(stepName('made-up')).toBe('made-up');
  });
});
