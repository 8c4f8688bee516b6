// The evaluation dev set (tests/eval/devset.jsonl) is itself checked: well-formed,
// in time order, with enough of every label, non-English items and a pile-on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type StreamInput, StreamInputSchema, StreamProfileSchema } from '../../utils/classify/stream';
import { authorKeyOf } from '../../utils/hash';
import { LABELS, type Label } from '../../utils/labels';

const DIR = path.resolve(__dirname, '../eval');
const lines = fs
  .readFileSync(path.join(DIR, 'devset.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const raw = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

const MIN_COUNTS: Record<Label, number> = { genuine: 90, troll: 90, threat: 25, spam: 25, supporter: 40, unclear: 15 };

interface Row {
  input: StreamInput;
  expected: Label;
  campaign?: boolean;
  lang?: string;
}
function toRow(obj: Record<string, unknown>): Row {
  const { expected, campaign, lang, ...rest } = obj;
  return {
    input: StreamInputSchema.parse(rest),
    expected: expected as Label,
    campaign: campaign as boolean | undefined,
    lang: lang as string | undefined,
  };
}

describe('dev set', () => {
  test('has at least 320 items', () => {
    expect(lines.length).toBeGreaterThanOrEqual(320);
  });

  test('every line is a StreamInput once expected/campaign are removed', () => {
    raw.forEach((obj, i) => {
      const { expected: _e, campaign: _c, ...rest } = obj;
      const parsed = StreamInputSchema.safeParse(rest);
      expect(parsed.success, `line ${i + 1}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    });
  });

  test('expected is one of the six labels; campaign and lang are well-typed', () => {
    raw.forEach((obj, i) => {
      expect(LABELS, `line ${i + 1}`).toContain(obj.expected);
      if ('campaign' in obj) expect(typeof obj.campaign, `line ${i + 1}`).toBe('boolean');
      if ('lang' in obj) expect(obj.lang, `line ${i + 1}`).toMatch(/^[a-z]{2,3}$/);
    });
  });

  test('ids are unique', () => {
    const ids = raw.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('postedAt never goes backwards', () => {
    const times = raw.map((o) => Date.parse(String(o.postedAt)));
    for (const t of times) expect(Number.isNaN(t)).toBe(false);
    for (let i = 1; i < times.length; i++) {
      expect(times[i] as number, `line ${i + 1}`).toBeGreaterThanOrEqual(times[i - 1] as number);
    }
  });

  test('has the minimum count of every label', () => {
    const counts: Partial<Record<Label, number>> = {};
    for (const o of raw) counts[o.expected as Label] = (counts[o.expected as Label] ?? 0) + 1;
    for (const l of LABELS) expect(counts[l] ?? 0, l).toBeGreaterThanOrEqual(MIN_COUNTS[l]);
  });

  test('has at least 10 non-English items, marked with lang', () => {
    expect(raw.filter((o) => typeof o.lang === 'string' && o.lang !== 'en').length).toBeGreaterThanOrEqual(10);
  });

  test('contains a pile-on: 80+ troll or threat items from first-time authors within 60 minutes', () => {
    const rows = raw.map(toRow);
    const seen = new Set<string>();
    const times: number[] = [];
    for (const r of rows) {
      const key = authorKeyOf(r.input);
      if (!seen.has(key) && (r.expected === 'troll' || r.expected === 'threat')) times.push(Date.parse(r.input.postedAt));
      seen.add(key);
    }
    let best = 0;
    for (let i = 0, j = 0; j < times.length; j++) {
      while ((times[j] as number) - (times[i] as number) > 60 * 60_000) i++;
      best = Math.max(best, j - i + 1);
    }
    expect(best).toBeGreaterThanOrEqual(80);
    expect(rows.some((r) => r.campaign === true)).toBe(true);
  });

  test('the profile parses and has a roster some reviewers are on', () => {
    const profile = StreamProfileSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, 'profile.json'), 'utf8')));
    expect(profile.roster?.length ?? 0).toBeGreaterThanOrEqual(12);
    const roster = new Set(profile.roster);
    expect(raw.filter((o) => roster.has((o.author as { name: string }).name)).length).toBeGreaterThanOrEqual(5);
  });
});
