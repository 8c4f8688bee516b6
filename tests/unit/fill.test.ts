import { describe, expect, test } from 'vitest';
import type { WorkspaceProfile } from '../../utils/model';
import { BUILTIN_TEMPLATES } from '../../utils/templates/builtin';
import { fillTemplate } from '../../utils/templates/fill';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const profile = DEFAULT_WORKSPACE.profile;

describe('fillTemplate', () => {
  test.each<[string, string]>([
    ['{businessName}', 'Harbourside Dental'],
    ['{practiceName}', 'Harbourside Dental'],
    ['{managerName}', 'Theo Lindqvist'],
    ['{phone}', '(555) 010-4477'],
    ['{email}', 'care@harbourside-dental.example'],
    ['{hours}', 'Mon–Fri 8:00–17:00'],
  ])('fills %s from the profile', (body, expected) => {
    expect(fillTemplate(body, profile)).toEqual({ text: expected, missing: [] });
  });

  test('fills every placeholder in a longer body, repeated ones too', () => {
    const r = fillTemplate('Call {managerName} on {phone}, or {managerName} at {email} ({hours}). — {businessName}', profile);
    expect(r.missing).toEqual([]);
    expect(r.text).toBe(
      'Call Theo Lindqvist on (555) 010-4477, or Theo Lindqvist at care@harbourside-dental.example (Mon–Fri 8:00–17:00). — Harbourside Dental',
    );
  });

  test.each<[string, string, string[]]>([
    ['Hi {patientName}', 'Hi {patientName}', ['patientName']],
    ['{unknown} and {phone}', '{unknown} and (555) 010-4477', ['unknown']],
    ['{a}{b}', '{a}{b}', ['a', 'b']],
  ])('leaves unknown placeholder visible in %j and reports it', (body, text, missing) => {
    expect(fillTemplate(body, profile)).toEqual({ text, missing });
  });

  // Placeholder names are looked up as own fields only: Object.prototype names are not fields.
  test.each<[string, string, string[]]>([
    ['{toString}', '{toString}', ['toString']],
    ['{constructor}', '{constructor}', ['constructor']],
  ])('leaves Object.prototype name %j visible and reports it', (body, text, missing) => {
    expect(fillTemplate(body, profile)).toEqual({ text, missing });
  });

  test.each<[keyof WorkspaceProfile, string]>([
    ['phone', ''],
    ['email', '   '],
    ['managerName', ''],
  ])('leaves {%s} visible and reports it when the profile value is %j', (field, value) => {
    const p = { ...profile, [field]: value } as WorkspaceProfile;
    const r = fillTemplate(`Contact {${field}} — {businessName}`, p);
    expect(r.text).toBe(`Contact {${field}} — Harbourside Dental`);
    expect(r.missing).toEqual([field]);
  });

  test('trims profile values', () => {
    expect(fillTemplate('[{phone}]', { ...profile, phone: '  555  ' }).text).toBe('[555]');
  });

  test('text without placeholders is unchanged', () => {
    const body = 'Thanks! {not a placeholder} { phone } {}';
    expect(fillTemplate(body, profile)).toEqual({ text: body, missing: [] });
  });

  test('does not mutate the profile', () => {
    const copy = structuredClone(profile);
    fillTemplate('{phone} {email}', copy);
    expect(copy).toEqual(profile);
  });
});

describe('BUILTIN_TEMPLATES', () => {
  test('there are some and their ids are unique', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThan(0);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s fills completely with the default profile', (_id, t) => {
    const r = fillTemplate(t.body, profile);
    expect(r.missing).toEqual([]);
    expect(r.text).not.toMatch(/\{\w+\}/);
    expect(r.text).toContain(profile.businessName);
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is marked example and described', (_id, t) => {
    expect(t.example).toBe(true);
    expect(t.name.trim()).not.toBe('');
    expect(t.scenario.trim()).not.toBe('');
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s reports its contact placeholders when the profile is empty', (_id, t) => {
    const empty: WorkspaceProfile = { ...profile, businessName: '', managerName: '', phone: '', email: '', hours: '' };
    const r = fillTemplate(t.body, empty);
    const placeholders = [...t.body.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(r.missing).toEqual(placeholders);
    expect(r.text).toBe(t.body);
  });
});
