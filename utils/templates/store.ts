/**
 * Reply templates' workflow, as pure functions over rows (the background
 * stores what they return, the pages rank and fill what they read):
 *
 * - every version of one template shares a lineage; a version is a draft, then
 *   approved (who, when), then retired;
 * - a draft is edited in place; editing an approved (or retired) version makes a
 *   new draft, version + 1, and the approved one stays one click until the new
 *   one is approved: then it is retired;
 * - approving needs the reply, filled from the workspace's profile, to pass the
 *   linter without errors (warnings are shown, and allowed);
 * - only approved versions are offered to copy, those that fit the item's label
 *   (or, for a statement to the page, a pile-on) first.
 */
import type { TemplateRow } from '../db/types';
import type { Label } from '../labels';
import { type Finding, lintReply, MAX_REPLY_LENGTH } from '../lint/reply';
import type { Platform, WorkspaceProfile } from '../model';
import { BUILTIN_TEMPLATES } from './builtin';
import { fillTemplate } from './fill';
import { nameOf } from './name';

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Labels whose items a moderator answers with a reply; threats, trolls and spam are never answered. */
export const REPLY_LABELS: readonly Label[] = ['genuine', 'supporter', 'unclear'];

export const labelsOf = (row: Pick<TemplateRow, 'labels'>): readonly Label[] => row.labels ?? [];

/** "“Take a complaint offline” v2": how the audit log and messages name one version. */
export { nameOf } from './name';

/** What the linter says of a template filled from a profile. */
export interface TemplateCheck {
  text: string;
  /** Placeholders the profile has no value for (left visible in `text`). */
  missing: string[];
  errors: Finding[];
  warnings: Finding[];
}

/** Whether replies with these labels answer something negative (the linter then wants a private route). */
function answersNegative(labels: readonly Label[]): boolean {
  return labels.length === 0 || labels.some((l) => l !== 'supporter');
}

/** Fills `body` from `profile` and lints the result as the reply it would be. */
export function checkTemplate(body: string, profile: WorkspaceProfile, labels: readonly Label[] = [], platform: Platform | null = null): TemplateCheck {
  const { text, missing } = fillTemplate(body, profile);
  const lint = lintReply(text, {
    profile: { businessName: profile.businessName, services: profile.services, staff: profile.staff, managerName: profile.managerName, hours: profile.hours },
    negative: answersNegative(labels),
    platform,
  });
  return { text, missing, errors: lint.errors, warnings: lint.warnings };
}

export interface SaveInput {
  /** The version edited; none for a new template. */
  id?: string;
  name: string;
  scenario: string;
  body: string;
  labels?: Label[];
}

export interface Planned {
  /** Rows to store (put). */
  rows: TemplateRow[];
  /** The audit log's sentence for each change. */
  details: string[];
}

/** The lineage's versions, newest first. */
export function versionsOf(rows: readonly TemplateRow[], lineage: string): TemplateRow[] {
  return rows.filter((r) => r.lineage === lineage).sort((a, b) => b.version - a.version);
}

const sameLabels = (a: readonly Label[], b: readonly Label[]) => a.length === b.length && a.every((l) => b.includes(l));

/**
 * Saving a draft. `rows` are the template's workspace's rows (all lineages or
 * at least the edited one's). Returns the one row to store.
 */
export function planSave(
  rows: readonly TemplateRow[],
  input: SaveInput,
  workspaceId: string,
  now: number,
  newId: () => string,
): Planned & { row: TemplateRow } {
  const fields = {
    name: input.name.trim(),
    scenario: input.scenario.trim(),
    body: input.body.trim(),
    labels: [...new Set(input.labels ?? [])],
  };
  if (!fields.name) throw new TemplateError('A template needs a name.');
  if (!fields.body) throw new TemplateError('A template needs its reply text.');
  if (input.id === undefined) {
    const row: TemplateRow = {
      id: newId(),
      workspaceId,
      lineage: newId(),
      ...fields,
      status: 'draft',
      version: 1,
      approvedBy: null,
      approvedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    return { row, rows: [row], details: [`Template ${nameOf(row)}: new draft`] };
  }
  const from = rows.find((r) => r.id === input.id);
  if (!from) throw new TemplateError('No such template.');
  if (from.status === 'draft') {
    const unchanged =
      from.name === fields.name && from.scenario === fields.scenario && from.body === fields.body && sameLabels(labelsOf(from), fields.labels);
    if (unchanged) return { row: from, rows: [], details: [] };
    const row: TemplateRow = { ...from, ...fields, updatedAt: now };
    return { row, rows: [row], details: [`Template ${nameOf(row)}: draft edited`] };
  }
  const versions = versionsOf(rows, from.lineage);
  const open = versions.find((r) => r.status === 'draft');
  if (open) throw new TemplateError(`A draft of this template is open already (${nameOf(open)}): edit that one.`);
  const row: TemplateRow = {
    id: newId(),
    workspaceId: from.workspaceId,
    lineage: from.lineage,
    ...fields,
    status: 'draft',
    version: (versions[0]?.version ?? from.version) + 1,
    approvedBy: null,
    approvedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const still = from.status === 'approved' ? `; v${from.version} stays approved until this one is` : '';
  return { row, rows: [row], details: [`Template ${nameOf(row)}: new draft from ${from.status} v${from.version}${still}`] };
}

/** A rule's name as the moderator reads it. */
const RULE_WORDS: Record<string, string> = {
  'confirms-patient': 'confirms a patient',
  'names-person': 'names a person',
  'clinical-detail': 'names a treatment or condition',
  'visit-time': 'gives a date or time',
  money: 'mentions money or insurance',
  arguing: 'argues',
  'legal-threat': 'threatens legal action',
  'staff-private': "shares a colleague's private life",
  'unfilled-placeholder': 'has an unfilled placeholder',
};

export const ruleWords = (rule: string) => RULE_WORDS[rule] ?? rule;

/**
 * Approving a draft: the linter must find no error in it, filled from
 * `profile`. Every other approved version of the lineage is retired.
 */
export function planApprove(rows: readonly TemplateRow[], id: string, profile: WorkspaceProfile, approver: string, now: number): Planned & { row: TemplateRow } {
  const from = rows.find((r) => r.id === id);
  if (!from) throw new TemplateError('No such template.');
  if (from.status === 'approved') throw new TemplateError(`${nameOf(from)} is approved already.`);
  if (from.status === 'retired') throw new TemplateError(`${nameOf(from)} is retired: edit it to make a new draft, then approve that.`);
  const check = checkTemplate(from.body, profile, labelsOf(from));
  if (check.errors.length) {
    const what = check.errors.map((e) => `${ruleWords(e.rule)} (“${e.excerpt}”)`).join('; ');
    throw new TemplateError(`Not approved: filled from the profile, ${nameOf(from)} ${what}.`);
  }
  const row: TemplateRow = { ...from, status: 'approved', approvedBy: approver, approvedAt: now, updatedAt: now };
  const retired = versionsOf(rows, from.lineage)
    .filter((r) => r.status === 'approved' && r.id !== id)
    .map((r): TemplateRow => ({ ...r, status: 'retired', updatedAt: now }));
  const warned = check.warnings.length ? ` with ${check.warnings.length === 1 ? 'a warning' : `${check.warnings.length} warnings`} (${check.warnings.map((w) => w.rule).join(', ')})` : '';
  return {
    row,
    rows: [row, ...retired],
    details: [`Template ${nameOf(row)}: approved by ${approver}${warned}`, ...retired.map((r) => `Template ${nameOf(r)}: retired, replaced by v${row.version}`)],
  };
}

/** Retiring a version (an approved one leaves the one-click lists; a draft is set aside). */
export function planRetire(rows: readonly TemplateRow[], id: string, now: number): Planned & { row: TemplateRow } {
  const from = rows.find((r) => r.id === id);
  if (!from) throw new TemplateError('No such template.');
  if (from.status === 'retired') throw new TemplateError(`${nameOf(from)} is retired already.`);
  const row: TemplateRow = { ...from, status: 'retired', updatedAt: now };
  return { row, rows: [row], details: [`Template ${nameOf(row)}: retired (was ${from.status})`] };
}

/** The built-in examples a workspace does not have yet, as drafts: a manager approves them. Idempotent. */
export function seedRows(existing: readonly TemplateRow[], workspaceId: string, now: number, newId: () => string): TemplateRow[] {
  const have = new Set(existing.filter((r) => r.workspaceId === workspaceId).map((r) => r.lineage));
  return BUILTIN_TEMPLATES.filter((t) => !have.has(t.id)).map((t, i) => ({
    id: newId(),
    workspaceId,
    lineage: t.id,
    name: t.name,
    scenario: t.scenario,
    body: t.body,
    labels: [...t.labels],
    status: 'draft',
    version: 1,
    approvedBy: null,
    approvedAt: null,
    // In the built-in order.
    createdAt: now + i,
    updatedAt: now + i,
  }));
}

/** What the replies are for: an item (its label, its platform), or a page (its platform, whether a pile-on is under way). */
export interface Situation {
  label?: Label | null;
  platform?: Platform | null;
  /** A pile-on or an open incident on the page: statements for the page come first. */
  pileOn?: boolean;
  /** The labels of the page's items, with their counts: answers to the commonest come first. */
  counts?: Partial<Record<Label, number>>;
}

export interface Offer {
  row: TemplateRow;
  text: string;
  /** Placeholders the profile has no value for: not offered to copy until the profile has them. */
  missing: string[];
  /** Whether it fits the situation (shown first, and marked). */
  fits: boolean;
  /** Longer than the platform accepts. */
  tooLong: boolean;
}

/**
 * The approved replies, filled, ranked for a situation: those that fit first.
 * For an item (`label` given), only those that answer its label.
 */
export function offers(rows: readonly TemplateRow[], profile: WorkspaceProfile, situation: Situation = {}): Offer[] {
  const { label = null, platform = null, pileOn = false, counts = {} } = situation;
  const limit = platform ? MAX_REPLY_LENGTH[platform] : undefined;
  const scored = rows
    .filter((r) => r.status === 'approved' && (label === null || labelsOf(r).includes(label)))
    .map((row) => {
      const { text, missing } = fillTemplate(row.body, profile);
      const tooLong = limit !== undefined && [...text].length > limit;
      const labels = labelsOf(row);
      const statement = labels.length === 0;
      // An item: the replies made for its label alone first. A page: a statement during a pile-on, else the answers to the labels most seen on it.
      const weight = label !== null ? 10 - labels.length : statement ? (pileOn ? 1_000_000 : 0) : Math.max(0, ...labels.map((l) => counts[l] ?? 0));
      const fits = weight > 0 && !tooLong && missing.length === 0;
      return { offer: { row, text, missing, fits, tooLong }, weight: fits ? weight : 0 };
    });
  scored.sort((a, b) => b.weight - a.weight || a.offer.row.name.localeCompare(b.offer.row.name) || a.offer.row.createdAt - b.offer.row.createdAt);
  return scored.map((s) => s.offer);
}

export interface Lineage {
  lineage: string;
  /** The version to show first: the open draft, else the approved one, else the newest. */
  head: TemplateRow;
  approved: TemplateRow | null;
  draft: TemplateRow | null;
  /** Every version, newest first. */
  versions: TemplateRow[];
}

/** A workspace's templates, one entry per lineage, in the order they were first made. */
export function lineages(rows: readonly TemplateRow[]): Lineage[] {
  const by = new Map<string, TemplateRow[]>();
  for (const r of rows) by.set(r.lineage, [...(by.get(r.lineage) ?? []), r]);
  return [...by.entries()]
    .map(([lineage, list]) => {
      const versions = list.sort((a, b) => b.version - a.version);
      const draft = versions.find((r) => r.status === 'draft') ?? null;
      const approved = versions.find((r) => r.status === 'approved') ?? null;
      const head = draft ?? approved ?? (versions[0] as TemplateRow);
      return { lineage, head, approved, draft, versions, first: Math.min(...versions.map((v) => v.createdAt)) };
    })
    .sort((a, b) => a.first - b.first || a.lineage.localeCompare(b.lineage))
    .map(({ first: _first, ...l }) => l);
}
