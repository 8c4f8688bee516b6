/**
 * Checklists and playbooks: plain data a moderator follows at 3 a.m. A step is
 * either a chore (ticked, which writes the audit log) or a rule (shown, never
 * ticked: "never delete" is not something you finish).
 */
import type { DoneKind } from '../db/types';
import type { Label } from '../labels';
import type { Platform } from '../model';
import type { ReasonPick } from '../platform-reasons';

export const PLAYBOOK_IDS = ['smear', 'extortion', 'threat', 'genuine'] as const;
export type PlaybookId = (typeof PLAYBOOK_IDS)[number];

export const PLAYBOOK_NAMES: Record<PlaybookId, string> = {
  smear: 'Smear campaign',
  extortion: 'Extortion',
  threat: 'Threat',
  genuine: 'Genuine complaint',
};

export interface Step {
  /**
   * Stable: it is what the audit log stores (an item's `step` action's detail,
   * an incident's `steps` key). Never rename one; add a new step instead.
   */
  id: string;
  /** What to do, in a few plain words. */
  text: string;
  /** Where to do it: the platform's own control, in its words. */
  how?: string;
  /**
   * The audit-log kind ticking it records on the item (so ticking "Reported"
   * marks the item reported, and an item already reported shows it ticked).
   * null: recorded as a `step` action naming this step's id.
   */
  action: DoneKind | null;
  /** A rule to keep, not a chore: shown, not ticked. */
  rule?: boolean;
  /** The acknowledgement deadline applies to this step (genuine complaints). */
  deadline?: boolean;
}

/** The report step's details: the platform's menu, all its reasons, and the one that fits this item. */
export interface ReportInfo {
  where: string;
  reasons: readonly { text: string; covers: string }[];
  pick: ReasonPick;
  verified: boolean;
}

/** The steps for one item: its platform × label, or the playbook it calls for. */
export interface Checklist {
  platform: Platform;
  label: Label;
  /** The playbook this item calls for, if any (its steps are the checklist's). */
  playbook: PlaybookId | null;
  title: string;
  /** One sentence on why these steps. */
  summary: string;
  steps: Step[];
  report: ReportInfo | null;
}
