/**
 * The police packet as data: every threat of an incident (or of a page), with
 * the author, the links, the times and how each was read, the evidence and its
 * SHA-256, and what was done about it. Written for an officer who has never
 * heard of Keel.
 */
import type { Action, EvidenceRow, Incident, StoredItem } from '../db/types';
import { PLATFORM_NAMES } from '../pages';
import { isDateOnly, isoPosted, isoTime } from './format';
import { actionWhat, platformOf } from './report-model';

export interface PoliceInput {
  /** The incident, or null for "all threats on a page". */
  incident: Incident | null;
  pageUrl: string;
  businessName: string;
  /** Items to consider: only threats are kept. */
  items: readonly StoredItem[];
  actions: readonly Action[];
  evidence: readonly EvidenceRow[];
  now: number;
  /** Who produced the packet (the moderator's name, if set). */
  preparedBy: string;
}

export interface PoliceEvidence {
  id: string;
  capturedAt: number;
  capturedBy: string;
  auto: boolean;
  sha256: string;
  hasScreenshot: boolean;
  /** The text as captured (it may differ from what Keel saw later if the post was edited). */
  text: string;
}

export interface PoliceThreat {
  key: string;
  platformName: string;
  text: string;
  author: string;
  profileUrl: string | null;
  permalink: string | null;
  pageUrl: string;
  postedAt: number | null;
  postedText: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
  /** How the time was read, in plain words. */
  timeNote: string;
  reasons: string[];
  evidence: PoliceEvidence[];
  actions: { at: number; actor: string; what: string }[];
}

export interface PolicePacket {
  title: string;
  businessName: string;
  pageUrl: string;
  platformName: string;
  incidentTitle: string | null;
  preparedBy: string;
  generatedAt: number;
  /** Plain-words paragraphs for the officer, in order. */
  header: string[];
  threats: PoliceThreat[];
}

/** How Keel knows when it was posted. */
export function timeNote(item: Pick<StoredItem, 'postedAt' | 'postedText' | 'firstSeenAt'>): string {
  const seen = isoTime(item.firstSeenAt);
  if (item.postedAt != null && isDateOnly(item.postedAt)) {
    return `The platform showed the date it was posted, without a time of day (${isoPosted(item.postedAt)}). Keel first saw it at ${seen} UTC.`;
  }
  if (item.postedAt != null) {
    return `The platform showed the date and time it was posted (${isoTime(item.postedAt)} UTC). Keel first saw it at ${seen} UTC.`;
  }
  if (item.postedText) {
    return `The platform showed only a relative time, “${item.postedText}”, when Keel first saw it at ${seen} UTC; the time it was posted is worked out from that and is approximate.`;
  }
  return `The platform showed no time. Keel first saw it at ${seen} UTC: it was posted then or earlier.`;
}

export function policeHeader(business: string, platformName: string): string[] {
  return [
    `This packet was produced by Keel, a browser extension that ${business} uses to look after its own ${platformName} page. Keel reads the comments and reviews shown in the browser, labels the ones that look like threats, and keeps a copy on the staff member’s computer. It sends nothing anywhere; this packet was printed from that copy.`,
    'Each threat below is given as the text that was shown, the name and profile link of the account that posted it, and the link to the post itself where the platform gives one. The platform holds the account’s records (sign-up details, IP addresses); the links let it find them.',
    'Where a screenshot was captured, a SHA-256 fingerprint was computed at the moment of capture over the captured text, links, times and the screenshot’s bytes. Any change to any of them gives a different fingerprint, so the fingerprint printed here lets anyone check that nothing was altered since capture.',
    'Times are given in UTC (ISO 8601) and in the local time of the computer that printed this packet. For each item the packet says how the time was read: some platforms show the exact date and time of a post, others only “3 h” or “2 days ago”, in which case the time is worked out from when Keel first saw it and is approximate.',
  ];
}

export function buildPolicePacket(input: PoliceInput): PolicePacket {
  const threats = input.items.filter((i) => i.label === 'threat').sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
  const platform = platformOf(input.pageUrl, threats.length ? threats : input.items);
  const platformName = platform ? (PLATFORM_NAMES[platform] ?? 'web') : 'web';
  const evidenceOf = new Map<string, EvidenceRow[]>();
  for (const e of input.evidence) evidenceOf.set(e.itemKey, [...(evidenceOf.get(e.itemKey) ?? []), e]);
  const actionsOf = new Map<string, Action[]>();
  for (const a of input.actions) if (a.itemKey) actionsOf.set(a.itemKey, [...(actionsOf.get(a.itemKey) ?? []), a]);
  return {
    title: input.incident ? `Threats: ${input.incident.title}` : 'Threats on this page',
    businessName: input.businessName,
    pageUrl: input.pageUrl,
    platformName,
    incidentTitle: input.incident?.title ?? null,
    preparedBy: input.preparedBy,
    generatedAt: input.now,
    header: policeHeader(input.businessName, platformName),
    threats: threats.map((t) => ({
      key: t.key,
      platformName: PLATFORM_NAMES[t.platform] ?? t.platform,
      text: t.text,
      author: t.author.name,
      profileUrl: t.author.profileUrl,
      permalink: t.permalink,
      pageUrl: t.pageUrl,
      postedAt: t.postedAt,
      postedText: t.postedText,
      firstSeenAt: t.firstSeenAt,
      lastSeenAt: t.lastSeenAt,
      timeNote: timeNote(t),
      reasons: t.reasons,
      evidence: (evidenceOf.get(t.key) ?? [])
        .sort((a, b) => a.capturedAt - b.capturedAt)
        .map((e) => ({
          id: e.id,
          capturedAt: e.capturedAt,
          capturedBy: e.capturedBy,
          auto: e.auto,
          sha256: e.sha256,
          hasScreenshot: e.screenshot != null,
          text: e.text,
        })),
      actions: (actionsOf.get(t.key) ?? [])
        .sort((a, b) => a.at - b.at)
        .map((a) => ({ at: a.at, actor: a.actor, what: actionWhat(a) })),
    })),
  };
}
