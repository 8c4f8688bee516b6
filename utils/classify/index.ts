/**
 * Keel's first classifier: a pure function of (item, context). No DOM, no
 * browser APIs, no clock. Every label carries the reasons that produced it, as
 * sentences a moderator can check against the text.
 *
 * The costly mistake is calling a real patient a troll, so a complaint about
 * one's own visit stays `genuine` however angry or profane it is, and profanity
 * alone is never enough for `troll`: without a target it is `unclear`.
 */
import type { Label, WorkspaceProfile } from '../model';
import type { BurstState } from './burst';
import {
  CARE_PEOPLE,
  CARE_WORDS,
  DEFENCE_PHRASES,
  EXPERIENCE_PHRASES,
  FIRST_PERSON,
  NAMED_TARGETS,
  NOT_CUSTOMER_PHRASES,
  OFF_TOPIC_PHRASES,
  PILE_ON_PHRASES,
  PRAISE_PHRASES,
  PRONOUN_TARGETS,
  SPAM_PHRASES,
  THREAT_PHRASES,
  VIOLENT_VERBS,
  VIOLENT_VERBS_NAMED_ONLY,
} from './lexicon';
import { NEAR_COPY_CAP } from './minhash';
import { allMatches, multiMatcher, normalizeForMatch, type PhraseMatcher, phraseMatcher, tokens } from './normalize';
import { findProfanity } from './profanity';

export interface ClassifyInput {
  text: string;
  rating: number | null;
  /** Facebook-style recommendation instead of stars. */
  recommends?: boolean | null;
  author?: { name: string };
  /** Posted by the business itself (its page, channel or account, or an owner's response). */
  byBusiness?: boolean;
}

export interface ClassifyContext {
  profile: Pick<WorkspaceProfile, 'businessName' | 'services' | 'staff'>;
  history?: ItemHistory;
}

export interface ClassifyResult {
  label: Label;
  confidence: number;
  reasons: string[];
  /** Part of a detected campaign (a burst or a run of near-copies). */
  campaign: boolean;
  /** Negative in tone or rating: counts towards the page's burst detection. */
  negative: boolean;
}

// Every fixed phrase list, matched in one pass over a text's words.
const LISTS = multiMatcher({
  threat: [
    ...THREAT_PHRASES,
    ...VIOLENT_VERBS.flatMap((v) => [...PRONOUN_TARGETS, ...NAMED_TARGETS].map((t) => `${v} ${t}`)),
    ...VIOLENT_VERBS_NAMED_ONLY.flatMap((v) => NAMED_TARGETS.map((t) => `${v} ${t}`)),
  ],
  defence: DEFENCE_PHRASES,
  care: CARE_WORDS,
  people: CARE_PEOPLE,
  experience: EXPERIENCE_PHRASES,
  spam: SPAM_PHRASES,
  praise: PRAISE_PHRASES,
  pileOn: PILE_ON_PHRASES,
  offTopic: OFF_TOPIC_PHRASES,
  notCustomer: NOT_CUSTOMER_PHRASES,
});
const FIRST_PERSON_WORDS = new Set(FIRST_PERSON);
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|xyz|biz|ru|ly)\b/i;
// Promotion that phrase lists miss: "@handle" plugs and discounts.
const PROMO = /\bfollow\s+@\w+|\b\d{1,2}\s?%\s*off\b|\b(?:dm|message|text)\s+(?:me|us)\s+for\b/i;
const HASHTAG = /(?:^|\s)#[\p{L}\d_]{2,}/u;
// Abuse aimed at the reader: second person only ("they" is how patients describe staff).
const DIRECTED = /(?<![a-z])(?:you|your|you're|youre|u|ur|y'all|yall)(?![a-z])/;
const QUESTION = /\?|^(?:do|does|are|is|can|could|how|what|when|where|which|will|would|random question|apakah|est-ce|¿)/;
const POSITIVE_EMOJI = /^(?:[\s\p{P}]|❤️|❤|💙|💚|💜|🧡|💛|👏|🙌|🙏|👍|💪|🎉|✨|😊|😍|🥰|⭐|🌟)+$/u;

// Matchers for a profile are compiled once per profile object.
const profileCache = new WeakMap<ClassifyContext['profile'], PhraseMatcher | null>();
function businessMatcher(profile: ClassifyContext['profile']): PhraseMatcher | null {
  let re = profileCache.get(profile);
  if (re === undefined) {
    // Staff are matched by any part of their name longer than a title ("Okafor", "Theo").
    const staffParts = profile.staff.flatMap((s) => s.split(/\s+/).filter((w) => w.replace(/\W/g, '').length > 3));
    const terms = [profile.businessName, ...profile.services, ...staffParts].filter((t) => t.trim().length > 2);
    re = terms.length ? phraseMatcher(terms) : null;
    profileCache.set(profile, re);
  }
  return re;
}

// "my <service>" ("my crown") is the writer's own treatment, however it is worded.
const ownServiceCache = new WeakMap<ClassifyContext['profile'], PhraseMatcher | null>();
function ownServiceMatcher(profile: ClassifyContext['profile']): PhraseMatcher | null {
  let re = ownServiceCache.get(profile);
  if (re === undefined) {
    const services = profile.services.map((s) => s.trim()).filter((s) => s.length > 2);
    re = services.length ? phraseMatcher(services.map((s) => `my ${s}`)) : null;
    ownServiceCache.set(profile, re);
  }
  return re;
}

const quote = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

const CAMPAIGN_COPIES = 2;

/** What the classifier knows from before this item: the only non-text signals. */
export interface ItemHistory {
  /** This author on this page before now; absent when unknown. */
  author?: { itemsBefore: number; labels: Partial<Record<Label, number>>; moderatorLabel: Label | null };
  /** The author's name hashes to an entry of the workspace's patient roster. */
  onRoster?: boolean;
  /** Near-copies of this text among the page's recent items. */
  nearDuplicates?: number;
  /** The page's burst state when this item arrived. */
  burst?: BurstState | null;
}

function campaignReasons(h: ItemHistory, firstTime: boolean): string[] {
  const out: string[] = [];
  if (h.burst?.active && firstTime) {
    out.push(
      `Part of a burst: ${h.burst.count} negative items from first-time authors in ${h.burst.windowMinutes} minutes (this page usually sees ${h.burst.baseline.toFixed(1)}).`,
    );
  } else if (h.burst?.ongoing && firstTime) {
    const hours = Math.max(1, Math.round((h.burst.sinceBurstMinutes ?? 0) / 60));
    out.push(`A first-time author while a pile-on on this page is still going (the last burst was ${hours} h ago).`);
  }
  const copies = h.nearDuplicates ?? 0;
  if (copies >= CAMPAIGN_COPIES) {
    out.push(copies >= NEAR_COPY_CAP ? `One of more than ${NEAR_COPY_CAP} near-identical recent items.` : `One of ${copies + 1} near-identical recent items.`);
  }
  return out;
}

export function classify(item: ClassifyInput, ctx: ClassifyContext): ClassifyResult {
  const h = ctx.history ?? {};
  if (item.byBusiness) return result('supporter', 1, ['Posted by your business (its own page or reply).']);
  const business = ctx.profile.businessName.trim().toLowerCase();
  if (business && item.author?.name.trim().toLowerCase() === business) {
    return result('supporter', 0.9, [`Posted by your own page (${ctx.profile.businessName}).`]);
  }
  const norm = normalizeForMatch(item.text);
  const lowRating = (item.rating != null && item.rating <= 2) || item.recommends === false;
  const highRating = (item.rating != null && item.rating >= 4) || item.recommends === true;
  const firstTime = h.author ? h.author.itemsBefore === 0 : true;
  const copies = (h.nearDuplicates ?? 0) >= CAMPAIGN_COPIES;
  // During a burst, or in the days after one: a smear campaign has a long tail.
  const inBurst = (h.burst?.active === true || h.burst?.ongoing === true) && firstTime;

  if (norm.length === 0 && item.rating == null && item.recommends == null) {
    return result('unclear', 0.2, ['No text to go on.']);
  }

  const found = LISTS(norm);
  const threats = found.threat;
  if (threats.length) {
    return result(
      'threat',
      Math.min(0.95, 0.8 + 0.05 * threats.length),
      [`Threat wording: ${quote(threats)}.`, 'Keep the evidence; do not reply; tell staff and, if credible, the police.', ...campaignReasons(h, firstTime)],
      { campaign: inBurst || copies, negative: true },
    );
  }

  const reasons: string[] = [];
  const ownService = ownServiceMatcher(ctx.profile);
  const businessMatch = businessMatcher(ctx.profile);
  const mentions = businessMatch ? allMatches(businessMatch, norm) : [];
  const care = found.care;
  const firstPerson = tokens(norm).some((w) => FIRST_PERSON_WORDS.has(w));
  // Own experience: said in so many words, or first person plus the vocabulary of a visit.
  const strong = [...found.experience, ...(ownService ? allMatches(ownService, norm) : [])];
  const weak = firstPerson ? [...care, ...found.people, ...mentions] : [];
  // "I've never been a patient here, but …" is the opposite of an experience; and
  // first person plus a care word is no experience when the text is about a video.
  const notCustomer = found.notCustomer.length > 0;
  const aboutSomethingElse = found.pileOn.length > 0 || found.offTopic.length > 0;
  const experience = notCustomer ? [] : [...new Set([...strong, ...(aboutSomethingElse ? [] : weak)])];
  if (notCustomer) reasons.push(`Says they are not a customer: ${quote(found.notCustomer)}.`);
  if (experience.length) reasons.push(`Speaks of their own experience: ${quote(experience)}.`);
  if (mentions.length) reasons.push(`Mentions your business, services or staff: ${quote(mentions)}.`);
  const ownExperience = experience.length > 0;
  const specific = ownExperience || mentions.length > 0 || care.length > 0;

  const promo = PROMO.exec(item.text)?.[0];
  const spam = promo ? [...found.spam, promo] : found.spam;
  const link = LINK.exec(item.text)?.[0];
  const moderator = h.author?.moderatorLabel ?? null;
  if ((spam.length || link) && !ownExperience && moderator !== 'genuine') {
    const why = [spam.length ? `Promotion wording: ${quote(spam)}.` : '', link ? `Contains a link: “${link.slice(0, 60)}”.` : ''];
    return result('spam', spam.length && link ? 0.9 : 0.7, why.filter(Boolean), { campaign: copies });
  }

  const profanity = findProfanity(item.text);
  const pileOn = found.pileOn;
  const hashtags = HASHTAG.test(item.text);
  const directed = DIRECTED.test(norm);
  if (profanity.length) reasons.push(`Profanity or insult: ${quote(profanity.map((p) => p.word))}.`);
  const offTopic = found.offTopic;
  if (pileOn.length) reasons.push(`Pile-on wording: ${quote(pileOn)}.`);
  if (offTopic.length) reasons.push(`Off-topic or mocking: ${quote(offTopic)}.`);
  if (hashtags) reasons.push('Uses hashtags, as campaigns do.');
  if (item.rating != null && item.rating <= 2) reasons.push(`${item.rating}-star rating.`);
  if (item.recommends === false) reasons.push('Does not recommend.');
  const hostile = profanity.length > 0 || pileOn.length > 0 || hashtags || notCustomer;
  const negative = hostile || lowRating;
  const defence = found.defence;

  // The moderator decides: their earlier word on this author outweighs any wording.
  if (moderator === 'genuine' || moderator === 'supporter') {
    reasons.unshift(moderator === 'genuine' ? 'You marked this author as a patient or customer before.' : 'You marked this author as a supporter before.');
    return result(moderator, 0.85, reasons, { negative });
  }
  if (moderator === 'troll' || moderator === 'spam') {
    reasons.unshift(`You marked this author as ${moderator === 'troll' ? 'a troll' : 'a spammer'} before.`);
    return result(moderator, 0.8, reasons, { negative, campaign: (inBurst && negative) || copies });
  }

  if (h.onRoster) {
    reasons.unshift('Name matches a patient on your roster: treat as a patient, never as a troll.');
    return result('genuine', 0.85, reasons, { negative });
  }

  if (defence.length && !lowRating) {
    reasons.push(`Defends your business: ${quote(defence)}.`);
    return result('supporter', 0.75, reasons);
  }

  if (ownExperience) {
    if (copies && inBurst && (hashtags || pileOn.length > 0)) {
      // The same "experience", word for word, from strangers, with campaign tags.
      reasons.push(...campaignReasons(h, firstTime), 'A copied "experience" posted with campaign tags during a pile-on.');
      return result('troll', 0.7, reasons, { negative, campaign: true });
    }
    if (copies && (inBurst || hostile)) {
      // Reads like a visit, but copied many times during a pile-on: a person must look.
      reasons.push(...campaignReasons(h, firstTime), 'Reads like a real experience, but was copied: read it yourself.');
      return result('unclear', 0.5, reasons, { negative, campaign: true });
    }
    if (negative) reasons.push('A complaint about their own visit: treat as a patient or customer, even if rude.');
    else if (QUESTION.test(norm)) reasons.push('Asks a question about your business.');
    return result('genuine', negative ? 0.65 : 0.75, reasons, { negative });
  }

  const praise = found.praise;
  if (praise.length && !hostile && !lowRating) {
    reasons.push(`Praise: ${quote(praise)}.`);
    // Praise of a treatment ("new smile thanks to the whitening") is a patient's own visit.
    if (care.length) return result('genuine', 0.6, reasons);
    return result('supporter', mentions.length ? 0.7 : 0.6, reasons);
  }
  if (!hostile && !lowRating && (POSITIVE_EMOJI.test(item.text.trim()) || (highRating && norm.length === 0))) {
    return result('supporter', 0.5, [norm.length ? 'Only warm emoji.' : `${item.rating ?? 5}-star rating with no text.`]);
  }

  // A question about your services may be phrased any way; any other question needs its "?".
  if ((specific ? QUESTION.test(norm) : norm.includes('?')) && !hostile && !lowRating && !copies) {
    reasons.push(specific ? 'Asks a question about your business.' : 'Asks a question.');
    return result('genuine', mentions.length ? 0.6 : specific ? 0.55 : 0.45, reasons);
  }

  const campaign = campaignReasons(h, firstTime);
  if ((negative || offTopic.length > 0) && (inBurst || copies)) {
    reasons.push(...campaign, 'No experience of your business behind it.');
    return result('troll', copies && inBurst ? 0.9 : 0.8, reasons, { negative, campaign: true });
  }

  if (
    pileOn.length ||
    (profanity.some((p) => p.insult) && directed) ||
    (profanity.length && directed && !specific) ||
    (offTopic.length && (profanity.length || hashtags || lowRating))
  ) {
    reasons.push('Abuse with no experience of your business behind it.');
    return result('troll', pileOn.length && profanity.length ? 0.85 : 0.7, reasons, { negative: true });
  }

  if (negative && (h.author?.labels.troll ?? 0) > 0) {
    reasons.push('This author’s earlier items here were labelled troll.');
    return result('troll', 0.6, reasons, { negative });
  }

  if (negative) {
    reasons.push('Negative, but not clearly abuse or a real experience: read it yourself.');
    return result('unclear', 0.4, reasons, { negative });
  }

  if (inBurst && !specific) {
    reasons.push(...campaign, 'Posted during a pile-on by a first-time author: read it yourself.');
    return result('unclear', 0.35, reasons, { campaign: true });
  }
  if (mentions.length) return result('genuine', 0.5, reasons);
  reasons.push('No strong signal either way.');
  return result('unclear', 0.3, reasons);
}

function result(
  label: Label,
  confidence: number,
  reasons: string[],
  extra: { campaign?: boolean; negative?: boolean } = {},
): ClassifyResult {
  return { label, confidence: Math.round(confidence * 100) / 100, reasons, campaign: extra.campaign ?? false, negative: extra.negative ?? false };
}
