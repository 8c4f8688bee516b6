/**
 * Each platform's own moderation controls, in its own words, so a checklist
 * step can say where to click. null: the platform gives a business no such
 * control (nobody can delete a Google review; X has no delete for others'
 * replies). Menus are reworded without notice; like utils/platform-reasons.ts,
 * nothing here was checked against a live page from this machine.
 *
 * Sources: Google Business Profile Help "Report negative review extortion scams
 * on your Business Profile" (support.google.com/business/answer/16404809, the
 * merchant extortion report form); the platforms' help pages as last known for
 * the rest (Facebook hide / delete / ban from Page; Instagram restrict; X hide
 * reply; YouTube "Hide user from channel"; TikTok comment filters).
 */
import type { Platform } from '../model';

export interface Controls {
  /** The business's public reply (an owner response, a reply as the page). */
  reply: string;
  /** Hides it from everyone but its author and their friends, or restricts it. */
  hide: string | null;
  delete: string | null;
  /** Keeps its author away: ban, block, hide user from channel. */
  ban: string | null;
  /** Stops more of the same words (TikTok's comment filter). */
  filter: string | null;
  /** Where a demand for money is reported. */
  extortion: string;
  /** How a business disputes a wave of reviews or comments. */
  dispute: string;
  /** A review site: the business cannot remove anything itself, only report and reply. */
  reviews: boolean;
}

export const CONTROLS: Readonly<Record<Platform, Controls>> = {
  'google-maps': {
    reply: 'Business Profile → Reviews → Reply (the owner response, public)',
    hide: null,
    delete: null,
    ban: null,
    filter: null,
    extortion: 'Google’s merchant extortion report form (Business Profile Help → “Report negative review extortion scams”), then flag each review',
    dispute: 'Flag each review as inappropriate, then follow each one in Google’s Reviews management tool and appeal any flag turned down',
    reviews: true,
  },
  yelp: {
    reply: 'Yelp for Business → Reviews → Respond publicly (or Send a private message)',
    hide: null,
    delete: null,
    ban: null,
    filter: null,
    extortion: 'Report review → Inappropriate material, and tell Yelp’s support team about the demand (Yelp for Business → Support)',
    dispute: 'Report each review (Review menu → Report review); tell Yelp’s support team it is a coordinated wave',
    reviews: true,
  },
  trustpilot: {
    reply: 'Business account → Reviews → Reply',
    hide: null,
    delete: null,
    ban: null,
    filter: null,
    extortion: 'Report → It’s harmful or illegal, and tell Trustpilot’s support team about the demand',
    dispute: 'Report each review from the business account; tell Trustpilot’s support team it is a coordinated wave',
    reviews: true,
  },
  facebook: {
    reply: 'Reply as the page',
    hide: 'Comment menu (…) → Hide comment (its author and their friends still see it)',
    delete: 'Comment menu (…) → Delete',
    ban: 'Comment menu (…) → Ban from page (or the page’s settings → People → Banned)',
    filter: null,
    extortion: 'Report comment → Scam, fraud or spam (or the threat, if it threatens); keep the messages',
    dispute: 'Report each comment or recommendation; Meta Business Support for a coordinated attack',
    reviews: false,
  },
  instagram: {
    reply: 'Reply',
    hide: 'Press and hold the comment → Restrict (their comments show only to them until you approve)',
    delete: 'Swipe left on the comment (or press and hold) → Delete',
    ban: 'Press and hold the comment → Block',
    filter: null,
    extortion: 'Report → Scam, fraud or spam (or the threat, if it threatens); keep the messages',
    dispute: 'Report each comment; limit interactions (Settings → Limited interactions) during a wave',
    reviews: false,
  },
  x: {
    reply: 'Reply',
    hide: 'Reply menu (…) → Hide reply',
    delete: null,
    ban: 'Post menu (…) → Block',
    filter: null,
    extortion: 'Report post → Violent Speech or Abuse & Harassment; keep the messages',
    dispute: 'Report each post; limit who can reply to your post while it lasts',
    reviews: false,
  },
  youtube: {
    reply: 'Reply',
    hide: null,
    delete: 'Comment menu (⋮) → Remove',
    ban: 'Comment menu (⋮) → Hide user from channel (removes their comments, now and later)',
    filter: null,
    extortion: 'Comment menu (⋮) → Report → Harassment or bullying; keep the messages',
    dispute: 'Report each comment; hold comments for review (YouTube Studio → Settings → Community) during a wave',
    reviews: false,
  },
  tiktok: {
    reply: 'Reply',
    hide: null,
    delete: 'Press and hold the comment → Delete',
    ban: 'Their profile → Share (↗) → Block',
    filter: 'Settings and privacy → Privacy → Comments → Filter keywords (add the words they repeat)',
    extortion: 'Press and hold → Report → Frauds and scams; keep the messages',
    dispute: 'Report each comment; turn on comment filters during a wave',
    reviews: false,
  },
  custom: {
    reply: 'Reply as the business, where the site allows',
    hide: 'The site’s own hide or moderation control, if it has one',
    delete: 'The site’s own delete or remove control, if it has one',
    ban: 'The site’s own block or ban control, if it has one',
    filter: null,
    extortion: 'The site’s own report or contact form; keep the messages',
    dispute: 'The site’s own report option, or its support contact',
    reviews: false,
  },
};

/** Facebook's recommendations are reviews: the page cannot delete them, only report them. */
export const FACEBOOK_RECOMMENDATION = 'Recommendation menu (…) → Report recommendation';
