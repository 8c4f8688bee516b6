/**
 * The templates workflow as pure functions: versions in a lineage, draft →
 * approved → retired, approval refused on linter errors, the built-in set
 * (every scenario of issue #6, each clean under the linter), seeding, and which
 * approved replies fit an item or a page.
 */
import { describe, expect, test } from 'vitest';
import type { TemplateRow } from '../../utils/db/types';
import { BUILTIN_TEMPLATES } from '../../utils/templates/builtin';
import {
  checkTemplate,
  lineages,
  offers,
  planApprove,
  planRetire,
  planSave,
  seedRows,
  TemplateError,
} from '../../utils/templates/store';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const profile = DEFAULT_WORKSPACE.profile;
let n = 0;
const ids = () => `id${++n}`;

const row = (over: Partial<TemplateRow>): TemplateRow => ({
  id: 'r1', workspaceId: 'default', lineage: 'L', name: 'Offline', scenario: '', body: 'Please call {phone}. — {businessName}', labels: ['genuine'],
  status: 'draft', version: 1, approvedBy: null, approvedAt: null, createdAt: 1, updatedAt: 1, ...over,
});

describe('the built-in set', () => {
  test('covers every scenario of the issue', () => {
    const by = Object.fromEntries(BUILTIN_TEMPLATES.map((t) => [t.id, t]));
    expect(by['builtin-offline-complaint']?.labels).toEqual(['genuine']);
    // Patient or not: one wording for both, so the reply itself says nothing about which.
    expect(BUILTIN_TEMPLATES.filter((t) => /negative review/i.test(t.name))).toHaveLength(1);
    expect(by['builtin-negative-review']?.labels).toEqual(expect.arrayContaining(['genuine', 'unclear']));
    expect(by['builtin-thank-supporter']?.labels).toEqual(['supporter']);
    expect(by['builtin-holding-statement']?.body).toMatch(/we are aware .* gathering the facts/i);
    expect(by['builtin-holding-statement']?.labels).toEqual([]);
    expect(by['builtin-answer-question']?.body).toMatch(/thanks for asking/i);
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s fills and passes the linter with no error or warning', (_id, t) => {
    const check = checkTemplate(t.body, profile, t.labels);
    expect(check.missing).toEqual([]);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  test('the thanks to a supporter does not confirm anyone is a patient', () => {
    const t = BUILTIN_TEMPLATES.find((b) => b.id === 'builtin-thank-supporter');
    expect(t?.body).not.toMatch(/visit|coming in|patient|appointment|treat/i);
  });
});

describe('planSave', () => {
  test('a new template is a draft v1 of a new lineage', () => {
    const { row: r, details } = planSave([], { name: ' Offline ', scenario: '', body: ' Call {phone} ', labels: ['genuine', 'genuine'] }, 'ws', 5, ids);
    expect(r).toMatchObject({ workspaceId: 'ws', name: 'Offline', body: 'Call {phone}', labels: ['genuine'], status: 'draft', version: 1, approvedBy: null, createdAt: 5 });
    expect(r.lineage).not.toBe(r.id);
    expect(details).toEqual(['Template “Offline” v1: new draft']);
  });

  test('a draft is edited in place and keeps its version; an unchanged save changes nothing', () => {
    const draft = row({});
    const { row: r, rows } = planSave([draft], { id: 'r1', name: 'Offline', scenario: '', body: 'Call us at {phone}.', labels: ['genuine'] }, 'default', 9, ids);
    expect(r).toMatchObject({ id: 'r1', version: 1, status: 'draft', body: 'Call us at {phone}.', updatedAt: 9 });
    expect(rows).toHaveLength(1);
    expect(planSave([draft], { id: 'r1', name: 'Offline', scenario: '', body: draft.body, labels: ['genuine'] }, 'default', 9, ids).rows).toEqual([]);
  });

  test('editing an approved version makes a new draft v+1; the approved one is not touched', () => {
    const v1 = row({ status: 'approved', approvedBy: 'Ada', approvedAt: 2 });
    const { row: r, rows, details } = planSave([v1], { id: 'r1', name: 'Offline', scenario: '', body: 'New words {phone}.' }, 'default', 9, ids);
    expect(r).toMatchObject({ lineage: 'L', version: 2, status: 'draft', approvedBy: null, approvedAt: null, body: 'New words {phone}.' });
    expect(r.id).not.toBe('r1');
    expect(rows).toEqual([r]);
    expect(details[0]).toBe('Template “Offline” v2: new draft from approved v1; v1 stays approved until this one is');
  });

  test('only one open draft per lineage: editing the approved one again is refused', () => {
    const v1 = row({ status: 'approved', approvedBy: 'Ada', approvedAt: 2 });
    const v2 = row({ id: 'r2', version: 2 });
    expect(() => planSave([v1, v2], { id: 'r1', name: 'x', scenario: '', body: 'y' }, 'default', 9, ids)).toThrow('A draft of this template is open already (“Offline” v2): edit that one.');
  });

  test('a retired one edited: the next version after the newest', () => {
    const rows = [row({ status: 'retired' }), row({ id: 'r3', version: 3, status: 'retired' })];
    expect(planSave(rows, { id: 'r1', name: 'x', scenario: '', body: 'y' }, 'default', 9, ids).row.version).toBe(4);
  });

  test('refuses an unknown id and an empty body', () => {
    expect(() => planSave([], { id: 'nope', name: 'x', scenario: '', body: 'y' }, 'default', 9, ids)).toThrow(TemplateError);
    expect(() => planSave([], { name: 'x', scenario: '', body: '   ' }, 'default', 9, ids)).toThrow('A template needs its reply text.');
  });
});

describe('planApprove', () => {
  test('records who, when; retires the lineage’s approved version', () => {
    const v1 = row({ status: 'approved', approvedBy: 'Ada', approvedAt: 2 });
    const v2 = row({ id: 'r2', version: 2, body: 'Please contact {managerName} at {phone}. — {businessName}' });
    const plan = planApprove([v1, v2], 'r2', profile, 'Bea Quinn', 50);
    expect(plan.row).toMatchObject({ id: 'r2', status: 'approved', approvedBy: 'Bea Quinn', approvedAt: 50, version: 2 });
    expect(plan.rows.find((r) => r.id === 'r1')).toMatchObject({ status: 'retired', approvedBy: 'Ada', approvedAt: 2 });
    expect(plan.details).toEqual(['Template “Offline” v2: approved by Bea Quinn', 'Template “Offline” v1: retired, replaced by v2']);
  });

  test('refused when the filled reply confirms a patient or gives a visit time; nothing is planned', () => {
    const bad = row({ body: 'Sorry about your visit on Tuesday. Please call {phone}.' });
    expect(() => planApprove([bad], 'r1', profile, 'Bea', 50)).toThrow(
      'Not approved: filled from the profile, “Offline” v1 confirms a patient (“your visit”); gives a date or time (“on Tuesday”).',
    );
  });

  test('refused when a placeholder has no value in the profile', () => {
    const r = row({ body: 'Please call {phone}. — {businessName}' });
    expect(() => planApprove([r], 'r1', { ...profile, phone: '' }, 'Bea', 50)).toThrow('has an unfilled placeholder (“{phone}”)');
    expect(() => planApprove([row({ body: 'Hi {firstName}, call {phone}.' })], 'r1', profile, 'Bea', 50)).toThrow('unfilled placeholder');
  });

  test('the business’s own name and the manager who signs are never findings', () => {
    const physio = { ...profile, businessName: 'Northside Physio', managerName: 'Ada Byrne', staff: [] };
    const r = row({ body: 'We are sorry to read this. Please contact {managerName} at {phone}. — {businessName}' });
    expect(checkTemplate(r.body, physio, ['genuine']).errors).toEqual([]);
    expect(planApprove([r], 'r1', physio, 'Bea', 50).row.status).toBe('approved');
    // Anyone else named is still an error.
    const errors = checkTemplate('Please contact Ada Byrne or Mr Jones at {phone}.', physio, ['genuine']).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.rule === 'names-person' && /Jones/.test(e.excerpt) && !/Ada|Byrne/.test(e.excerpt))).toBe(true);
  });

  test('warnings are allowed, and said in the log', () => {
    const r = row({ body: 'We are sorry to read this. — {businessName}' });
    const plan = planApprove([r], 'r1', profile, 'Bea', 50);
    expect(plan.row.status).toBe('approved');
    expect(plan.details[0]).toBe('Template “Offline” v1: approved by Bea with a warning (no-offline-route)');
  });

  test('an approved or retired version cannot be approved', () => {
    expect(() => planApprove([row({ status: 'approved' })], 'r1', profile, 'Bea', 50)).toThrow('is approved already');
    expect(() => planApprove([row({ status: 'retired' })], 'r1', profile, 'Bea', 50)).toThrow('is retired');
  });
});

describe('planRetire', () => {
  test('retires an approved or draft version, once', () => {
    expect(planRetire([row({ status: 'approved' })], 'r1', 7).row).toMatchObject({ status: 'retired', updatedAt: 7 });
    expect(planRetire([row({})], 'r1', 7).details).toEqual(['Template “Offline” v1: retired (was draft)']);
    expect(() => planRetire([row({ status: 'retired' })], 'r1', 7)).toThrow('retired already');
  });
});

describe('seedRows', () => {
  test('the built-in set as drafts, once per workspace; a lineage already there (even retired) is not seeded again', () => {
    const first = seedRows([], 'ws', 100, ids);
    expect(first).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(first.every((r) => r.status === 'draft' && r.version === 1 && r.approvedBy === null && r.workspaceId === 'ws')).toBe(true);
    expect(first.map((r) => r.lineage)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(seedRows(first, 'ws', 200, ids)).toEqual([]);
    const retired = first.map((r) => ({ ...r, status: 'retired' as const }));
    expect(seedRows(retired.slice(1), 'ws', 200, ids).map((r) => r.lineage)).toEqual([BUILTIN_TEMPLATES[0]?.id]);
    // Another workspace's rows do not count.
    expect(seedRows(first, 'other', 200, ids)).toHaveLength(BUILTIN_TEMPLATES.length);
  });
});

describe('offers', () => {
  const approved = (id: string, name: string, labels: TemplateRow['labels'], body = 'Call {phone}. — {businessName}') =>
    row({ id, lineage: id, name, labels, body, status: 'approved', approvedBy: 'Ada', approvedAt: 1 });
  const rows = [
    approved('a', 'Answer', ['unclear', 'genuine']),
    approved('b', 'Holding', []),
    approved('c', 'Thanks', ['supporter']),
    row({ id: 'd', lineage: 'd', name: 'Draft', labels: ['genuine'] }),
    row({ id: 'e', lineage: 'e', name: 'Old', labels: ['genuine'], status: 'retired' }),
  ];

  test('only approved versions, filled from the profile', () => {
    const all = offers(rows, profile);
    expect(all.map((o) => o.row.id).sort()).toEqual(['a', 'b', 'c']);
    expect(all[0]?.text).toBe('Call (555) 010-4477. — Harbourside Dental');
  });

  test('for an item: only those answering its label', () => {
    expect(offers(rows, profile, { label: 'genuine' }).map((o) => o.row.id)).toEqual(['a']);
    expect(offers(rows, profile, { label: 'supporter' }).map((o) => o.row.id)).toEqual(['c']);
    expect(offers(rows, profile, { label: 'troll' })).toEqual([]);
  });

  test('for an item: the replies made for its label alone come first', () => {
    const both = [approved('x', 'A general answer', ['genuine', 'unclear', 'supporter']), approved('y', 'Z complaint', ['genuine'])];
    expect(offers(both, profile, { label: 'genuine' }).map((o) => o.row.id)).toEqual(['y', 'x']);
  });

  test('for a page under a pile-on the statement comes first; otherwise answers to the commonest labels', () => {
    expect(offers(rows, profile, { pileOn: true, counts: { supporter: 3 } }).map((o) => [o.row.id, o.fits])).toEqual([['b', true], ['c', true], ['a', false]]);
    expect(offers(rows, profile, { counts: { genuine: 1, supporter: 4 } }).map((o) => [o.row.id, o.fits])).toEqual([['c', true], ['a', true], ['b', false]]);
  });

  test('a reply too long for the platform, or with a placeholder the profile lacks, does not fit', () => {
    const long = approved('l', 'Long', ['genuine'], `${'We hear you. '.repeat(30)}{phone}`);
    expect(offers([long], profile, { label: 'genuine', platform: 'x' })[0]).toMatchObject({ fits: false, tooLong: true });
    expect(offers([long], profile, { label: 'genuine', platform: 'facebook' })[0]).toMatchObject({ fits: true, tooLong: false });
    expect(offers([long], { ...profile, phone: '' }, { label: 'genuine' })[0]).toMatchObject({ fits: false, missing: ['phone'] });
  });
});

describe('lineages', () => {
  test('one entry per lineage: the open draft first, else the approved one; versions newest first', () => {
    const list = lineages([
      row({ id: 'a1', lineage: 'A', status: 'approved', createdAt: 1 }),
      row({ id: 'a2', lineage: 'A', version: 2, createdAt: 5 }),
      row({ id: 'b1', lineage: 'B', status: 'retired', createdAt: 2 }),
    ]);
    expect(list.map((l) => [l.lineage, l.head.id, l.approved?.id ?? null, l.draft?.id ?? null, l.versions.map((v) => v.id)])).toEqual([
      ['A', 'a2', 'a1', 'a2', ['a2', 'a1']],
      ['B', 'b1', null, null, ['b1']],
    ]);
  });
});
