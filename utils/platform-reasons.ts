/**
 * Each platform's own reasons for reporting a comment or review, in the
 * platform's words, and which one to pick for an item given Keel's label and
 * reasons. The dispute CSV, the incident report and the per-platform checklists
 * use it, so a moderator picks the same reason Keel would explain.
 *
 * Keel only suggests: the moderator chooses in the platform's own dialog.
 * Platforms reword these menus without notice; where a wording could not be
 * checked here it is marked `verified: false`, and the UI should say "the
 * closest option" rather than quote it as exact.
 *
 * Sources (looked up 2026, nothing was checked against a live page from this machine):
 * - Google Maps / Business Profile, seven reasons with their descriptions:
 *   Search Engine Land / Joy Hawkins' write-up of the "flag a review" form, as
 *   reported at thrivesearch.com/google-my-business-has-updated-flag-review-feature/
 *   and sproutmedialab.com/3-changes-to-the-google-my-business-flag-review-feature/;
 *   localguidesconnect.com/t/how-and-when-to-report-reviews-on-google-maps/246605. Verified (two sources agree).
 * - Yelp, three reasons: yelp-support.com "When should I report a review?"
 *   (conflict of interest; not the reviewer's own consumer experience;
 *   inappropriate material: hate speech, lewd commentary, threatening language,
 *   private information). Verified as Yelp's three grounds; the flag dialog's
 *   exact wording may differ.
 * - Trustpilot (business account, "five reasons"): support.trustpilot.com
 *   articles 207312357 "Reporting reviews from your business account" and
 *   202194328 (harmful or illegal, with sub-reasons hate speech or
 *   discrimination / terrorism / threats or violence / obscenity / defamation;
 *   personal information; advertising or promotional; not based on a genuine
 *   experience). The fifth, "About a different business", is from a business
 *   user's notes dated 2024-10-16 (jasmeow.me/books/trustpilot). Verified except the fifth.
 * - X: help.twitter.com "Report abusive behavior" confirms the symptoms-first
 *   flow (who it is for, then what is happening); the category names below are
 *   those of X's 2023+ report flow, not confirmed by a stored source. Not verified.
 * - Facebook, Instagram, YouTube, TikTok: the search corpus had only generic
 *   how-to pages (no list of the dialog's options). The names below follow each
 *   platform's report dialog as last known (Meta's 2024 flow; YouTube's comment
 *   "Report" dialog; TikTok's comment report categories). Not verified.
 */
import type { Label } from './labels';
import type { Platform } from './model';

/** What an option is for, in Keel's terms: the mapping below matches grounds, not words. */
export type Ground =
  | 'threat'
  | 'harassment'
  | 'hate'
  | 'profanity'
  | 'personal-info'
  | 'spam'
  | 'fake'
  | 'off-topic'
  | 'conflict'
  | 'wrong-business';

export interface ReportReason {
  /** The option as the platform words it (a sub-option after " → "). */
  text: string;
  /** What the platform says it covers, shortened. */
  covers: string;
  /** The grounds it fits, best fit first. */
  grounds: readonly Ground[];
}

export interface PlatformReasons {
  platform: Platform;
  /** Where the option is: the menu path a moderator follows. */
  where: string;
  reasons: readonly ReportReason[];
  /** Whether the wording was confirmed against a stored source (see the doc block). */
  verified: boolean;
}

const r = (text: string, covers: string, grounds: readonly Ground[]): ReportReason => ({ text, covers, grounds });

export const PLATFORM_REASONS: Readonly<Record<Exclude<Platform, 'custom'>, PlatformReasons>> = {
  'google-maps': {
    platform: 'google-maps',
    where: 'Review menu (⋮) → Report review (owners: Business Profile → Reviews → Flag as inappropriate)',
    verified: true,
    reasons: [
      r('Off topic', 'Review doesn’t pertain to an experience at or with this business', ['off-topic']),
      r('Spam', 'Review is from a bot, a fake account, or contains ads and promotions', ['spam', 'fake']),
      r('Conflict of interest', 'Review is from someone affiliated with the business or a competitor’s business', ['conflict']),
      r('Profanity', 'Swear words, sexually explicit language, or details of graphic violence or other illegal activity', ['profanity']),
      r('Bullying or harassment', 'Review personally attacks a specific individual', ['harassment', 'threat']),
      r('Discrimination or hate speech', 'Harmful language about an individual or group based on identity', ['hate']),
      r('Personal information', 'Contains personal information such as an address or phone number', ['personal-info']),
    ],
  },
  yelp: {
    platform: 'yelp',
    where: 'Review menu (…) → Report review',
    verified: true,
    reasons: [
      r('Conflict of interest', 'A competitor, a former employee, someone affiliated or paid, or promoting a business', ['conflict', 'spam']),
      r(
        'Not about their own consumer experience',
        'Someone else’s experience, a media-fuelled story, a dispute with another review, another business, or copied',
        ['off-topic', 'fake', 'wrong-business'],
      ),
      r('Inappropriate material', 'Hate speech, lewd commentary, threatening language, or private information about staff or patrons', [
        'threat',
        'hate',
        'personal-info',
        'harassment',
        'profanity',
      ]),
    ],
  },
  trustpilot: {
    platform: 'trustpilot',
    where: 'Business account → Reviews → Service reviews → Report',
    verified: true,
    reasons: [
      r('It’s harmful or illegal → Threats or violence', 'Serious threats, intimidation, stalking, calls to harass people or businesses', ['threat', 'harassment']),
      r('It’s harmful or illegal → Hate speech or discrimination', 'Attacks on a person or group for who they are', ['hate']),
      r('It’s harmful or illegal → Obscenity', 'Graphic violent, sexual or gory content', ['profanity']),
      r('It contains personal information', 'Names, phone numbers, addresses, email addresses of others', ['personal-info']),
      r('It’s advertising or promotional', 'A promotional code, a call to action, or adverts for another business', ['spam']),
      r('It’s not based on a genuine experience', 'An employee, a competitor, paid, or not a real experience', ['fake', 'off-topic', 'conflict']),
      r('About a different business', 'The review is about another business or domain', ['wrong-business']),
    ],
  },
  facebook: {
    platform: 'facebook',
    where: 'Comment menu (…) → Report comment',
    verified: false,
    reasons: [
      r('Violent, hateful or disturbing content → Credible threat of violence', 'Threats to hurt people or damage property', ['threat']),
      r('Bullying, harassment or abuse', 'Attacks, insults or harassment of a person', ['harassment', 'profanity', 'off-topic']),
      r('Violent, hateful or disturbing content → Hate speech', 'Attacks on people for who they are', ['hate']),
      r('Bullying, harassment or abuse → Sharing private images or information', 'Someone’s address, phone or other private details', ['personal-info']),
      r('Scam, fraud or spam', 'Spam, scams, fake accounts', ['spam', 'fake']),
    ],
  },
  instagram: {
    platform: 'instagram',
    where: 'Comment: swipe left or press and hold (…) → Report',
    verified: false,
    reasons: [
      r('Violence, hate or exploitation → Credible threat to safety', 'Threats of violence', ['threat']),
      r('Bullying or unwanted contact', 'Harassment or insults aimed at a person', ['harassment', 'profanity', 'off-topic']),
      r('Violence, hate or exploitation → Hate speech', 'Attacks on people for who they are', ['hate']),
      r('Bullying or unwanted contact → Sharing private information', 'Someone’s private details', ['personal-info']),
      r('Scam, fraud or spam', 'Spam, scams, fake engagement', ['spam', 'fake']),
    ],
  },
  x: {
    platform: 'x',
    where: 'Post menu (…) → Report post',
    verified: false,
    reasons: [
      r('Violent Speech', 'Threats, incitement or wishes of harm', ['threat']),
      r('Abuse & Harassment', 'Insults, targeted harassment, unwanted contact', ['harassment', 'profanity', 'off-topic']),
      r('Hate', 'Attacks on people for protected characteristics', ['hate']),
      r('Privacy', 'Sharing private information (doxxing)', ['personal-info']),
      r('Spam', 'Fake engagement, scams, repetitive or misleading posts', ['spam', 'fake']),
    ],
  },
  youtube: {
    platform: 'youtube',
    where: 'Comment menu (⋮) → Report',
    verified: false,
    reasons: [
      r('Harassment or bullying', 'Threats, insults or harassment of a person', ['threat', 'harassment', 'personal-info', 'off-topic']),
      r('Hate speech or graphic violence', 'Attacks on people for who they are, graphic violence', ['hate', 'profanity']),
      r('Unwanted commercial content or spam', 'Spam, scams, promotion', ['spam', 'fake']),
    ],
  },
  tiktok: {
    platform: 'tiktok',
    where: 'Press and hold the comment → Report',
    verified: false,
    reasons: [
      r('Violence, abuse, and criminal exploitation', 'Threats of violence', ['threat']),
      r('Hate and harassment', 'Insults, harassment, hate speech', ['harassment', 'hate', 'profanity', 'off-topic']),
      r('Sharing personal information', 'Someone’s private details', ['personal-info']),
      r('Deceptive behavior and spam', 'Spam, fake engagement', ['spam', 'fake']),
      r('Frauds and scams', 'Scams', ['spam']),
    ],
  },
};

export interface ReasonPick {
  reason: ReportReason | null;
  /** Plain words: why this option, or why none. */
  why: string;
  /** The wording was confirmed (false: "the closest option" in the platform's dialog). */
  verified: boolean;
}

const DOXX = /\b(?:address|where you live|your house|nice house|your kids|your children|your family|phone number|doxx)/i;
const CAMPAIGN = /near-identical|pile-on|campaign|hashtags|not a customer|no experience of your business|off-topic|mocking/i;
const PROFANITY = /profanity|insult/i;
const HATE = /\bhate\b|slur|discriminat/i;
const PROMO = /promotion|contains a link|spammer/i;

/** The grounds an item gives for a report, most serious and most likely to succeed first. */
export function groundsFor(label: Label, reasons: readonly string[]): Ground[] {
  const all = reasons.join('\n');
  const out: Ground[] = [];
  const add = (g: Ground, when = true) => {
    if (when && !out.includes(g)) out.push(g);
  };
  if (label === 'threat') {
    add('threat');
    add('personal-info', DOXX.test(all));
    add('harassment');
  } else if (label === 'troll') {
    add('personal-info', DOXX.test(all));
    add('hate', HATE.test(all));
    // A review-bomb from people who were never customers: the review platforms remove those as off topic.
    add('off-topic', CAMPAIGN.test(all));
    add('fake', /near-identical|copied/i.test(all));
    add('harassment');
    add('profanity', PROFANITY.test(all));
    add('off-topic');
  } else if (label === 'spam') {
    add('spam');
    add('fake');
    add('conflict', PROMO.test(all));
  }
  return out;
}

/**
 * The platform's report reason that fits an item best, or null with the reason
 * why not (a patient's complaint is never reported; a site read by a selector
 * pack has no known menu).
 */
export function pickReportReason(platform: Platform, label: Label, reasons: readonly string[]): ReasonPick {
  if (label === 'genuine') return { reason: null, why: 'A patient or customer: do not report it, reply offline.', verified: true };
  if (label === 'supporter') return { reason: null, why: 'A supporter: nothing to report.', verified: true };
  if (label === 'unclear') return { reason: null, why: 'Unclear: read it yourself before reporting anything.', verified: true };
  if (platform === 'custom') return { reason: null, why: 'A site read by a selector pack: Keel does not know its report menu.', verified: false };
  const menu = PLATFORM_REASONS[platform];
  for (const ground of groundsFor(label, reasons)) {
    const reason = menu.reasons.find((x) => x.grounds.includes(ground));
    if (reason) return { reason, why: `${reason.covers}.`, verified: menu.verified };
  }
  return { reason: null, why: 'No report reason of this platform fits.', verified: menu.verified };
}
