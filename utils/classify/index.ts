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
import {
  EXPERIENCE_PHRASES,
  PILE_ON_PHRASES,
  PRAISE_PHRASES,
  SPAM_PHRASES,
  THREAT_PHRASES,
} from './lexicon';
import { allMatches, normalizeForMatch, type PhraseMatcher, phraseMatcher } from './normalize';
import { findProfanity } from './profanity';

export interface ClassifyInput {
  text: string;
  rating: number | null;
  author?: { name: string };
}

export interface ClassifyContext {
  profile: Pick<WorkspaceProfile, 'businessName' | 'services' | 'staff'>;
}

export interface ClassifyResult {
  label: Label;
  confidence: number;
  reasons: string[];
}

const THREAT = phraseMatcher(THREAT_PHRASES);
const SPAM = phraseMatcher(SPAM_PHRASES);
const EXPERIENCE = phraseMatcher(EXPERIENCE_PHRASES);
const PRAISE = phraseMatcher(PRAISE_PHRASES);
const PILE_ON = phraseMatcher(PILE_ON_PHRASES);
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|xyz|biz|ru|ly)\b/i;
const HASHTAG = /(?:^|\s)#[\p{L}\d_]{2,}/u;
const DIRECTED = /(?<![a-z])(?:you|your|you're|youre|u|ur|they|them|these people|this place|this clinic|this practice)(?![a-z])/;
const QUESTION = /\?\s*$|^(?:do|does|are|is|can|could|how|what|when|where|which|will|would)\b/;

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

export function classify(item: ClassifyInput, ctx: ClassifyContext): ClassifyResult {
  const business = ctx.profile.businessName.trim().toLowerCase();
  if (business && item.author?.name.trim().toLowerCase() === business) {
    return { label: 'supporter', confidence: 0.9, reasons: [`Posted by your own page (${ctx.profile.businessName}).`] };
  }
  const norm = normalizeForMatch(item.text);
  if (norm.length === 0 && item.rating === null) {
    return { label: 'unclear', confidence: 0.2, reasons: ['No text to go on.'] };
  }

  const threats = allMatches(THREAT, norm);
  if (threats.length) {
    return {
      label: 'threat',
      confidence: Math.min(0.95, 0.8 + 0.05 * threats.length),
      reasons: [`Threat wording: ${quote(threats)}.`, 'Keep the evidence; do not reply; tell staff and, if credible, the police.'],
    };
  }

  const reasons: string[] = [];
  const ownService = ownServiceMatcher(ctx.profile);
  const experience = [...new Set([...allMatches(EXPERIENCE, norm), ...(ownService ? allMatches(ownService, norm) : [])])];
  const businessMatch = businessMatcher(ctx.profile);
  const mentions = businessMatch ? allMatches(businessMatch, norm) : [];
  if (experience.length) reasons.push(`Speaks of their own experience: ${quote(experience)}.`);
  if (mentions.length) reasons.push(`Mentions your business, services or staff: ${quote(mentions)}.`);
  const ownExperience = experience.length > 0;
  const specific = ownExperience || mentions.length > 0;

  const spam = allMatches(SPAM, norm);
  const link = LINK.exec(item.text)?.[0];
  if ((spam.length || link) && !ownExperience) {
    const why = [spam.length ? `Promotion wording: ${quote(spam)}.` : '', link ? `Contains a link: “${link.slice(0, 60)}”.` : ''];
    return { label: 'spam', confidence: spam.length && link ? 0.9 : 0.7, reasons: why.filter(Boolean) };
  }

  const profanity = findProfanity(item.text);
  const pileOn = allMatches(PILE_ON, norm);
  const hashtags = HASHTAG.test(item.text);
  const directed = DIRECTED.test(norm);
  const lowRating = item.rating !== null && item.rating <= 2;
  if (profanity.length) reasons.push(`Profanity or insult: ${quote(profanity.map((p) => p.word))}.`);
  if (pileOn.length) reasons.push(`Pile-on wording: ${quote(pileOn)}.`);
  if (hashtags) reasons.push('Uses hashtags, as campaigns do.');
  if (lowRating) reasons.push(`${item.rating}-star rating.`);

  if (ownExperience) {
    const negative = profanity.length > 0 || lowRating || pileOn.length > 0;
    if (negative) reasons.push('A complaint about their own visit: treat as a patient or customer, even if rude.');
    return { label: 'genuine', confidence: negative ? 0.65 : 0.75, reasons };
  }

  const praise = allMatches(PRAISE, norm);
  const hostile = profanity.length > 0 || pileOn.length > 0 || hashtags;
  if (praise.length && !hostile && !lowRating) {
    reasons.push(`Praise or defence: ${quote(praise)}.`);
    return { label: 'supporter', confidence: mentions.length ? 0.7 : 0.6, reasons };
  }

  // A question about your services may be phrased any way; any other question needs its "?".
  if ((specific ? QUESTION.test(norm) : /\?\s*$/.test(norm)) && !hostile && !lowRating) {
    reasons.push(specific ? 'Asks a question about your business.' : 'Asks a question.');
    return { label: 'genuine', confidence: specific ? 0.6 : 0.45, reasons };
  }

  if (pileOn.length || (profanity.some((p) => p.insult) && directed) || (profanity.length && directed && !specific)) {
    reasons.push('Abuse with no experience of your business behind it.');
    return { label: 'troll', confidence: pileOn.length && profanity.length ? 0.85 : 0.7, reasons };
  }

  if (profanity.length || hashtags || lowRating) {
    reasons.push('Negative, but not clearly abuse or a real experience: read it yourself.');
    return { label: 'unclear', confidence: 0.4, reasons };
  }

  if (mentions.length) {
    return { label: 'genuine', confidence: 0.5, reasons };
  }
  reasons.push('No strong signal either way.');
  return { label: 'unclear', confidence: 0.3, reasons };
}
