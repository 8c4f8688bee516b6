/**
 * An author's history in words, for the chip and the popup: "3 comments on 2
 * pages · labelled Troll twice · banned 12 Nov". Pure, without Zod: the
 * content script uses it.
 */
import { ACTION_WORDS } from '../action-words';
import { LABEL_TEXT, type Label } from '../labels';
import { PLATFORM_NAMES } from '../pages';
import type { AuthorHistory, HistoryAction, HistoryItem, HistoryReply, PossibleMatch } from './schema';

/** "12 Nov", with the year when it is not this year's. */
export function shortDate(ms: number, now: number): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString(undefined, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const platformName = (p: string) => PLATFORM_NAMES[p] ?? 'another site';

/** What was done, as a past participle: "banned", "hidden". */
const DONE_WORDS: Partial<Record<HistoryAction['kind'], string>> = {
  banned: 'banned',
  reported: 'reported',
  hidden: 'hidden',
  deleted: 'deleted',
  escalated: 'escalated',
  captured: 'evidence captured',
};

function itemsNoun(items: HistoryItem[], n: number): string {
  const kinds = new Set(items.map((i) => (i.kind === 'review' ? 'review' : 'comment')));
  if (kinds.size === 1 && kinds.has('review')) return plural(n, 'review', 'reviews');
  if (kinds.size === 1) return plural(n, 'comment', 'comments');
  return plural(n, 'item', 'items');
}

/** One line about the author, in words. */
export function historySummary(h: AuthorHistory, now: number): string {
  const a = h.author;
  const parts: string[] = [];
  if (a.itemCount <= 1) parts.push('First time Keel has seen them');
  else parts.push(`${itemsNoun(h.items, a.itemCount)} on ${plural(a.pageCount, 'page', 'pages')}`);
  // With one item, its label is what the chip already says.
  if (a.itemCount > 1) {
    for (const label of ['threat', 'troll', 'spam'] as const) {
      const n = a.labels[label] ?? 0;
      if (n > 0) parts.push(`labelled ${LABEL_TEXT[label].name} ${times(n)}`);
    }
  }
  if (a.moderatorLabel) parts.push(`you said: ${LABEL_TEXT[a.moderatorLabel].name}`);
  const seen = new Set<string>();
  for (const act of h.actions) {
    const word = DONE_WORDS[act.kind];
    if (!word || act.undone || seen.has(word) || seen.size >= 3) continue;
    seen.add(word);
    parts.push(`${word} ${shortDate(act.at, now)}`);
  }
  const reply = h.replies[0];
  if (reply) parts.push(`${replyVerb(reply)} ${shortDate(reply.at, now)}`);
  return parts.join(' · ');
}

function replyVerb(r: HistoryReply): string {
  if (r.via === 'page') return 'you replied';
  return r.via === 'contacted' ? 'contacted' : 'replied offline';
}

/** "Same name on Google Maps and Yelp: maybe the same person (not merged)", or null. */
export function matchesSummary(h: AuthorHistory): string | null {
  if (!h.matches.length) return null;
  const where = [...new Set(h.matches.map((m) => platformName(m.platform)))];
  const list = where.length > 1 ? `${where.slice(0, -1).join(', ')} and ${where[where.length - 1]}` : where[0];
  return `Same name on ${list}: maybe the same person, maybe not (not merged).`;
}

export function matchLine(m: PossibleMatch, now: number): string {
  const label = m.moderatorLabel ? ` · you said: ${LABEL_TEXT[m.moderatorLabel].name}` : '';
  return `${m.names[0] ?? 'No name'} on ${platformName(m.platform)} · ${plural(m.itemCount, 'item', 'items')}, last seen ${shortDate(m.lastSeenAt, now)}${label}`;
}


/** "Labelled: troll → genuine · 12 Nov · by Sam". */
export function actionLine(act: HistoryAction, now: number): string {
  const detail = act.kind === 'labelled' ? labelledDetail(act.detail) : act.detail;
  return `${ACTION_WORDS[act.kind]}${detail ? `: ${detail}` : ''} · ${shortDate(act.at, now)} · by ${act.actor}${act.undone ? ' (undone)' : ''}`;
}

/** "troll → genuine" in words: "Troll → Patient / customer". */
function labelledDetail(detail: string): string {
  return detail.replace(/\b(threat|troll|spam|genuine|supporter|unclear)\b/g, (l) => LABEL_TEXT[l as Label].name);
}

export function replyLine(r: HistoryReply, now: number): string {
  if (r.via === 'page') return `${shortDate(r.at, now)} · your reply: ${r.text}`;
  return `${shortDate(r.at, now)} · ${r.via === 'contacted' ? 'Contacted' : 'Replied offline'} by ${r.actor}${r.detail ? `: ${r.detail}` : ''}`;
}

/** "Troll · 12 Nov · this page: …"; `here` is the page the reader is on. */
export function itemLine(i: HistoryItem, now: number, here: string | null = null): string {
  return `${LABEL_TEXT[i.label].name} · ${shortDate(i.at, now)} · ${i.pageUrl === here ? 'this page' : pagePlace(i.pageUrl)}: ${i.text}`;
}

/** Where an item is, short: "facebook.com/HarboursideDental/posts/…". */
export function pagePlace(pageUrl: string): string {
  try {
    const u = new URL(pageUrl);
    const where = `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
    return where.length > 48 ? `${where.slice(0, 47)}…` : where;
  } catch {
    return pageUrl.slice(0, 48);
  }
}
