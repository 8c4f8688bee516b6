/**
 * Which steps an item calls for (its platform × label, or the playbook it
 * fits), and which playbook an incident follows. Pure: no DOM, no storage, no
 * clock.
 */
import type { Incident } from '../db/types';
import { LABEL_TEXT, type Label } from '../labels';
import type { ItemKind, Platform } from '../model';
import { SITE_NAMES } from '../pages';
import { PLATFORM_REASONS, pickReportReason } from '../platform-reasons';
import { extortionSteps, genuineSteps, smearSteps, spamSteps, supporterSteps, threatSteps, trollSteps, unclearSteps, type Where, whereFor } from './steps';
import { type Checklist, PLAYBOOK_IDS, PLAYBOOK_NAMES, type PlaybookId, type ReportInfo, type Step } from './types';

/** Platform names for checklists: a site read by a selector pack is "this site". */
export const PLATFORM_NAMES: Record<Platform, string> = { ...SITE_NAMES, custom: 'this site' };

/** What the classifier says when an item demands money (utils/classify/lexicon.ts, "Extortion"), or a moderator's note of it. */
const EXTORTION =
  /extort|ransom|blackmail|bitcoin|gift card|\bpay (?:or|up)\b|better pay|remove my review or|\bor (?:i|we)(?:'ll| will)? (?:post|keep posting)|more (?:one-star |1-star |bad )?reviews/i;

export function mentionsExtortion(reasons: readonly string[]): boolean {
  return reasons.some((r) => EXTORTION.test(r));
}

export interface ChecklistInput {
  platform: Platform;
  kind: ItemKind;
  label: Label;
  reasons: readonly string[];
  /** Part of a detected campaign. */
  campaign: boolean;
}

/** The playbook an item calls for: genuine complaint, extortion, threat, or (a campaign item) smear campaign; null for none. */
export function playbookFor(item: Pick<ChecklistInput, 'label' | 'reasons' | 'campaign'>): PlaybookId | null {
  if (item.label === 'genuine') return 'genuine';
  if (item.label === 'supporter') return null;
  if (mentionsExtortion(item.reasons)) return 'extortion';
  if (item.label === 'threat') return 'threat';
  return item.campaign ? 'smear' : null;
}

function reportInfo(input: ChecklistInput): ReportInfo | null {
  if (input.label === 'genuine' || input.label === 'supporter' || input.label === 'unclear') return null;
  const pick = pickReportReason(input.platform, input.label, input.reasons);
  if (input.platform === 'custom') return { where: 'The site’s own report option', reasons: [], pick, verified: false };
  const menu = PLATFORM_REASONS[input.platform];
  return { where: menu.where, reasons: menu.reasons, pick, verified: menu.verified };
}

function reportStep(info: ReportInfo, where: Where): Step {
  const reason = info.pick.reason ? ` Pick ${info.verified ? '' : 'the closest option to '}“${info.pick.reason.text}”.` : '';
  return { id: 'report', text: 'Report it to the platform', how: `${where.report}.${reason}`, action: 'reported' };
}

/** The checklist for one item on its platform, for its label. */
export function checklistFor(input: ChecklistInput): Checklist {
  const info = reportInfo(input);
  // A Facebook recommendation is a review: reported from its own menu, never deleted by the page.
  const where = whereFor(input.platform, info?.where ?? '', input.platform === 'facebook' && input.kind === 'review');
  const reportWhere = info ? { ...info, where: where.report } : null;
  const rs = reportWhere ? reportStep(reportWhere, where) : null;
  const playbook = playbookFor(input);
  const on = PLATFORM_NAMES[input.platform];
  const name = LABEL_TEXT[input.label].name;
  const make = (title: string, summary: string, steps: Step[]): Checklist => ({
    platform: input.platform,
    label: input.label,
    playbook,
    title,
    summary,
    steps,
    report: reportWhere,
  });
  if (playbook === 'genuine') {
    return make(`${PLAYBOOK_NAMES.genuine} on ${on}`, 'A real person with a real experience, however angry: answer it, take it offline, put it right.', genuineSteps(where));
  }
  if (playbook === 'extortion' && rs) {
    return make(`${PLAYBOOK_NAMES.extortion} on ${on}`, 'Someone wants money, goods or a removed review in exchange for stopping: never pay.', extortionSteps(where));
  }
  if (input.label === 'threat' && rs) {
    return make(`${PLAYBOOK_NAMES.threat} on ${on}`, 'Harm to people or property: keep the evidence, keep people safe, say nothing to its author.', threatSteps(where, rs));
  }
  const campaign = playbook === 'smear' ? ' Part of a pile-on: the incident’s smear-campaign playbook covers the rest.' : '';
  if (input.label === 'troll' && rs) return make(`${name} on ${on}`, `Not a customer speaking of a visit: do not engage.${campaign}`, trollSteps(where, rs));
  if (input.label === 'spam' && rs) return make(`${name} on ${on}`, `Promotion or a scam: take it down.${campaign}`, spamSteps(where, rs));
  if (input.label === 'supporter') return make(`${name} on ${on}`, 'Someone speaking up for you.', supporterSteps(where));
  return make(`${name} on ${on}`, `Too little to go on: look before you act.${campaign}`, unclearSteps());
}

/** The incident's playbook as a step key in `Incident.steps`: the choice is stored (and logged) as a ticked step. */
export const PLAYBOOK_KEY = 'playbook:';

/** The playbook a moderator chose for an incident (the latest choice), if any. */
export function chosenPlaybook(steps: Record<string, number>): PlaybookId | null {
  let best: { id: PlaybookId; at: number } | null = null;
  for (const [key, at] of Object.entries(steps)) {
    if (!key.startsWith(PLAYBOOK_KEY)) continue;
    const id = key.slice(PLAYBOOK_KEY.length) as PlaybookId;
    if ((PLAYBOOK_IDS as readonly string[]).includes(id) && (!best || at > best.at)) best = { id, at };
  }
  return best?.id ?? null;
}

/** What the incident's items suggest: extortion if any demands money, else threat if any threatens, else a smear campaign. */
export function suggestedPlaybook(items: readonly Pick<ChecklistInput, 'label' | 'reasons'>[]): Exclude<PlaybookId, 'genuine'> {
  return suggestedFrom({
    extortion: items.filter((i) => i.label !== 'genuine' && i.label !== 'supporter' && mentionsExtortion(i.reasons)).length,
    threats: items.filter((i) => i.label === 'threat').length,
  });
}

/** The same suggestion from counts (an incident's summary): extortion, else threats, else a smear campaign. */
export function suggestedFrom(n: { extortion: number; threats: number }): Exclude<PlaybookId, 'genuine'> {
  if (n.extortion > 0) return 'extortion';
  if (n.threats > 0) return 'threat';
  return 'smear';
}

export interface IncidentPlaybook {
  id: PlaybookId;
  /** How it was decided: the moderator's choice, a burst (always a smear campaign), or Keel's suggestion from the items. */
  source: 'chosen' | 'burst' | 'suggested';
  steps: Step[];
}

/** The playbook an incident follows: a burst is a smear campaign; a manual incident follows the moderator's choice, else Keel's suggestion. */
export function incidentPlaybook(
  incident: Pick<Incident, 'trigger' | 'steps'>,
  items: readonly Pick<ChecklistInput, 'label' | 'reasons' | 'platform'>[],
  /** The incident page's platform, for an incident with no items yet. */
  pagePlatform: Platform = 'custom',
): IncidentPlaybook {
  return playbookOf(incident, () => suggestedPlaybook(items), mainPlatform(items, pagePlatform));
}

/** The same from an incident's summary: counts, not items. */
export function incidentPlaybookFrom(
  incident: Pick<Incident, 'trigger' | 'steps'>,
  summary: { extortion: number; counts: Partial<Record<Label, number>>; platforms: Partial<Record<Platform, number>> },
  pagePlatform: Platform = 'custom',
): IncidentPlaybook {
  return playbookOf(incident, () => suggestedFrom({ extortion: summary.extortion, threats: summary.counts.threat ?? 0 }), mainPlatformOf(summary.platforms, pagePlatform));
}

function playbookOf(incident: Pick<Incident, 'trigger' | 'steps'>, suggest: () => PlaybookId, platform: Platform): IncidentPlaybook {
  const chosen = chosenPlaybook(incident.steps);
  const id = chosen ?? (incident.trigger === 'burst' ? 'smear' : suggest());
  const source = chosen ? 'chosen' : incident.trigger === 'burst' ? 'burst' : 'suggested';
  return { id, source, steps: playbookSteps(id, platform) };
}

/** The platform most of the items are on (`fallback` when there are none). */
export function mainPlatform(items: readonly Pick<ChecklistInput, 'platform'>[], fallback: Platform = 'custom'): Platform {
  const counts: Partial<Record<Platform, number>> = {};
  for (const i of items) counts[i.platform] = (counts[i.platform] ?? 0) + 1;
  return mainPlatformOf(counts, fallback);
}

/** The platform with the most items in a tally (`fallback` when it is empty). */
export function mainPlatformOf(counts: Partial<Record<Platform, number>>, fallback: Platform = 'custom'): Platform {
  return ((Object.entries(counts) as [Platform, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]?.[0]) ?? fallback;
}

/** A playbook's steps for a whole incident on `platform`. */
export function playbookSteps(id: PlaybookId, platform: Platform): Step[] {
  const report = platform === 'custom' ? 'The site’s own report option' : PLATFORM_REASONS[platform].where;
  const where = whereFor(platform, report, false);
  const rs: Step = { id: 'report', text: 'Report it to the platform', how: where.report, action: 'reported' };
  if (id === 'smear') return smearSteps(where);
  if (id === 'extortion') return extortionSteps(where);
  if (id === 'threat') return threatSteps(where, rs);
  return genuineSteps(where);
}

let names: Map<string, string> | null = null;

/** A step id in words, for a log line ("acknowledge" → "Acknowledge it in time"); the id itself when unknown. */
export function stepName(id: string): string {
  if (id.startsWith(PLAYBOOK_KEY)) {
    const pb = id.slice(PLAYBOOK_KEY.length);
    return (PLAYBOOK_IDS as readonly string[]).includes(pb) ? `Playbook: ${PLAYBOOK_NAMES[pb as PlaybookId]}` : id;
  }
  if (!names) {
    const all = new Map<string, string>();
    const platforms = Object.keys(PLATFORM_NAMES) as Platform[];
    for (const platform of platforms) {
      for (const label of Object.keys(LABEL_TEXT) as Label[]) for (const s of checklistFor({ platform, label, kind: 'comment', reasons: [], campaign: false }).steps) if (!all.has(s.id)) all.set(s.id, s.text);
      for (const pb of PLAYBOOK_IDS) for (const s of playbookSteps(pb, platform)) if (!all.has(s.id)) all.set(s.id, s.text);
    }
    names = all;
  }
  return names.get(id) ?? id;
}
