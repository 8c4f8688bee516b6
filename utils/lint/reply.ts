/**
 * The reply linter: what a moderator must not post in public on a business's
 * page. Healthcare practices have been fined for replies that confirmed someone
 * was a patient or named their treatment, visit or bill; any business loses
 * when it argues or threatens in public. Pure: the CLI (`keel lint-reply`), the
 * popup and the in-page checker all run this one function.
 *
 * Each finding names its rule, says why in one line, and quotes the words.
 */
import type { Platform } from '../model';

export interface LintProfile {
  businessName: string;
  services: readonly string[];
  staff: readonly string[];
  /** Who signs the replies: staff too. */
  managerName?: string;
  /** Patients' full names (plain, only in memory: the CLI's profile); naming one is always an error. */
  roster?: readonly string[];
  /** Opening hours as the templates write them: not a visit time. */
  hours?: string;
}

// Opening hours are not a visit: "8:00–17:00", "9am-5pm", "Mon–Fri".
const TIME_RANGE = /\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[–—-]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?/giu;

/** `text` with the business's hours and time ranges blanked out (same length, so excerpts still line up). */
function withoutHours(text: string, hours: string | undefined): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let out = text;
  if (hours?.trim()) out = out.split(hours).join(blank(hours));
  return out.replace(TIME_RANGE, blank);
}

export interface Finding {
  rule: string;
  message: string;
  excerpt: string;
}

export interface LintResult {
  errors: Finding[];
  warnings: Finding[];
}

export interface LintOptions {
  profile?: LintProfile;
  /** Where it will be posted: its length limit applies. */
  platform?: Platform | null;
  /** Whether it answers a negative item; by default, told from the reply's own words (an apology, a concern). */
  negative?: boolean | null;
}

/** The longest reply each platform accepts (characters). */
export const MAX_REPLY_LENGTH: Partial<Record<Platform, number>> = {
  x: 280,
  tiktok: 150,
  instagram: 2_200,
  'google-maps': 4_096,
  yelp: 5_000,
  trustpilot: 2_500,
  youtube: 10_000,
  facebook: 8_000,
};

const words = (list: readonly string[]) => list.map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, "[\\s'’-]*")).join('|');
// Whole words, with plurals ("root canals").
const phrases = (list: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(list)})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');

interface Rule {
  rule: string;
  message: string;
  pattern: RegExp;
}

const ERROR_RULES: Rule[] = [
  {
    rule: 'confirms-patient',
    message: 'Confirms or implies that the person is a patient or customer: say nothing about whether they are.',
    pattern: phrases([
      'your visit', 'your last visit', 'your recent visit', 'your appointment', 'your next appointment', 'your last appointment',
      'your treatment', 'your procedure', 'your care with us', 'your records', 'your record', 'your file', 'your chart',
      'your results', 'your prescription', 'your x-rays', 
      'when you came in', 'when you were in', 'when you were here', 'when you visited', 'while you were here', 'during your stay',
      'our records show', 'our records indicate', 'our records', 'our notes show', 'according to our records', 'our system shows',
      'we have no record', 'we treated you', 'we saw you', 'see you at your next', 'see you next time', 
      'lovely to see you', 'great to see you', 'nice to see you', 'good to see you', 'thank you for coming in', 'thanks for coming in', 'thank you for visiting', 'thanks for visiting', 'thank you for choosing us',
      'as your dentist', 'as your doctor', 'as our patient', 'as a patient of ours', 'valued patient', 'loyal patient',
    ]),
  },
  {
    rule: 'clinical-detail',
    message: 'Names a treatment, procedure, medication, diagnosis or condition: health details never go in a public reply.',
    pattern: phrases([
      'root canal', 'filling', 'fillings', 'crown', 'crowns', 'implant', 'implants', 'extraction', 'wisdom tooth', 'wisdom teeth',
      'cleaning', 'scale and polish', 'whitening', 'braces', 'aligners', 'invisalign', 'veneers', 'dentures', 'bridge work',
      'botox', 'filler', 'fillers', 'lip filler', 'laser', 'peel', 'facial', 'liposuction', 'surgery', 'operation', 'biopsy',
      'x-ray', 'x-rays', 'scan', 'mri', 'blood test', 'vaccination', 'vaccine', 'injection', 'anaesthetic', 'anesthetic', 'sedation',
      'diagnosis', 'diagnosed', 'infection', 'abscess', 'cavity', 'cavities', 'gum disease', 'periodontitis', 'decay', 'cancer',
      'diabetes', 'pregnancy', 'pregnant', 'anxiety', 'depression', 'allergy', 'allergic', 'medication', 'prescription',
      'antibiotics', 'antibiotic', 'painkillers', 'ibuprofen', 'paracetamol', 'amoxicillin', 'opioids', 'therapy', 'physio',
    ]),
  },
  {
    rule: 'visit-time',
    message: 'Gives a date or time of a visit: that confirms someone was there, and when.',
    pattern: new RegExp(
      [
        // A single day ("on Tuesday"), not opening hours ("on Saturdays").
        '(?<![\\p{L}\\p{N}])(?:on|last|this past)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\\p{L}])',
        '(?<![\\p{L}\\p{N}])(?:yesterday|this morning|this afternoon|last night|last week|earlier today|the other day)(?![\\p{L}])',
        '(?<![\\p{L}\\p{N}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}])',
        '(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\\p{L}])',
        '(?<![\\p{N}/])\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\p{N}/])',
        '(?<![\\p{N}])\\d{4}-\\d{2}-\\d{2}(?![\\p{N}])',
        '(?<![\\p{L}\\p{N}])at\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o[’\']clock)',
        '(?<![\\p{N}])\\d{1,2}:\\d{2}\\s*(?:am|pm)?(?![\\p{N}])',
      ].join('|'),
      'giu',
    ),
  },
  {
    rule: 'money',
    message: 'Mentions insurance, a bill or an amount: payment details are private.',
    pattern: new RegExp(
      `(?:[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?|\\d[\\d,]*(?:\\.\\d+)?\\s?(?:dollars|euros|pounds|usd|eur|gbp)(?![\\p{L}])|(?<![\\p{L}\\p{N}])(?:${words([
        'insurance', 'insurer', 'medicaid', 'medicare', 'copay', 'co-pay', 'deductible', 'coverage', 'covered by', 'claim',
        'bill', 'billed', 'billing', 'invoice', 'invoiced', 'charge', 'charged', 'charges', 'balance', 'payment', 'paid', 'refund', 'refunded', 'fee', 'fees', 'cost you',
      ])})(?![\\p{L}\\p{N}]))`,
      'giu',
    ),
  },
  {
    rule: 'arguing',
    message: 'Argues, blames or accuses: in public that only makes it worse; acknowledge and take it offline.',
    pattern: phrases([
      "that's not true", 'that is not true', 'that is false', "that's false", 'not what happened', 'this never happened',
      "you're lying", 'you are lying', 'you lied', 'liar', 'you failed to', 'you forgot to', 'you never told', 'you never called', 'you never showed', 'you never paid', 'you never mentioned', "you didn't bother", 'you did not bother', "you didn't follow", 'you did not follow',
      'you should have', 'you were rude', 'you were late', 'your fault', 'you refused', 'you chose', 'you are wrong', "you're wrong",
      'fake review', 'this review is fake', 'made up', 'clearly never', 'obviously never', 'nonsense', 'ridiculous', 'how dare you',
    ]),
  },
  {
    rule: 'legal-threat',
    message: 'Threatens legal action or demands the review be taken down: report it to the platform instead.',
    pattern: phrases([
      'lawyer', 'lawyers', 'attorney', 'solicitor', 'sue', 'suing', 'lawsuit', 'legal action', 'legal steps', 'court',
      'defamation', 'defamatory', 'libel', 'libelous', 'slander', 'cease and desist',
      'take this down', 'take it down', 'take down this review', 'take down your review', 'take the review down', 'take this review down', 'take your review down', 'take down the review', 'remove this review', 'remove your review',
      'delete this review', 'delete your review', 'retract', 'we will report you',
    ]),
  },
  {
    rule: 'unfilled-placeholder',
    message: 'Has a placeholder that was never filled in.',
    pattern: /\{\{?\s*[\p{L}_][\p{L}\p{N}_ .-]*\s*\}?\}|\[(?:name|first name|patient|customer|date|phone|email|business|manager)[^\]]*\]|<(?:name|date|phone|email)>|\b(?:XXX+|TBD|TODO)\b/giu,
  },
];

const CONTACT = new RegExp(
  [
    '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '\\+?\\(?\\d[\\d\\s().-]{6,}\\d',
    `(?<![\\p{L}])(?:${words(['call us', 'call our', 'phone us', 'ring us', 'email us', 'e-mail us', 'message us', 'contact us', 'contact our', 'get in touch', 'reach us', 'reach out to us', 'send us a message', 'dm us', 'direct message', 'private message', 'speak privately', 'talk privately', 'talk offline'])})(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

// A reply that apologises or responds to a concern answers a negative item.
const NEGATIVE_CUES = phrases([
  'sorry', 'apologise', 'apologize', 'apologies', 'apology', 'regret', 'concern', 'concerns', 'complaint', 'disappointed',
  'disappointing', 'unhappy', 'frustrating', 'frustration', 'not the experience', 'fell short', 'fall short', 'put it right', 'make it right', 'feedback',
]);

const HONORIFIC = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Nurse)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
const GREETING = /(?:^|[\n.!?]\s*)(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Sorry)\s*,?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*\.?)?)(?=\s*[,!.:\n]|\s*$)/gu;
const MENTION = /(?<![\p{L}\p{N}_])@([\p{L}\p{N}_.]{2,30})/gu;
const FULL_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?)(?![\p{L}])/gu;

function allowedNames(profile: LintProfile | undefined): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    const n = s.toLowerCase().replace(/^(?:dr|mr|mrs|ms|miss|mx)\.?\s+/, '').trim();
    if (n) out.add(n);
    for (const part of n.split(/\s+/)) if (part.length > 1) out.add(part);
  };
  for (const s of profile?.staff ?? []) add(s);
  if (profile?.managerName) add(profile.managerName);
  if (profile?.businessName) add(profile.businessName);
  return out;
}

// Capitalised pairs that are not people: the start of common phrases in replies.
const NOT_NAME_WORDS = new Set(['customer', 'customers', 'patient', 'patients', 'guest', 'guests', 'friend', 'friends', 'everyone', 'all', 'team', 'sir', 'madam', 'there', 'folks', 'valued', 'reviewer', 'neighbour', 'neighbor']);
const NOT_NAMES = new Set(['thank you', 'kind regards', 'best regards', 'best wishes', 'warm regards', 'many thanks', 'customer care', 'customer service', 'front desk', 'practice manager', 'patient care', 'google maps', 'good morning', 'good afternoon', 'good evening']);

function namedPeople(text: string, profile: LintProfile | undefined): Finding[] {
  const allowed = allowedNames(profile);
  const isAllowed = (name: string) => {
    const n = name.toLowerCase().replace(/[.,]$/, '');
    return allowed.has(n) || n.split(/\s+/).every((p) => allowed.has(p));
  };
  const out: Finding[] = [];
  const seen = new Set<string>();
  const push = (excerpt: string, name: string, message: string) => {
    const key = name.toLowerCase();
    if (seen.has(key) || isAllowed(name) || NOT_NAMES.has(key) || key.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w))) return;
    seen.add(key);
    out.push({ rule: 'names-person', message, excerpt: excerpt.trim() });
  };
  for (const patient of profile?.roster ?? []) {
    const re = phrases([patient]);
    const m = re.exec(text);
    if (m) push(m[0], patient, 'Names someone on your patient roster: never name a patient in public.');
  }
  for (const m of text.matchAll(HONORIFIC)) push(m[0], m[1] ?? m[0], 'Names a person who is not on your staff list: do not name the reviewer or anyone else.');
  for (const m of text.matchAll(GREETING)) push(m[1] ?? m[0], m[1] ?? m[0], 'Addresses the reviewer by name: a name beside a reply about care tells the world who the patient is.');
  for (const m of text.matchAll(MENTION)) push(m[0], m[1] ?? m[0], 'Tags a person: do not name or tag the reviewer or anyone else.');
  for (const m of text.matchAll(FULL_NAME)) {
    const name = m[1] ?? '';
    // A capitalised pair at the start of a sentence may be ordinary words; a full name mid-sentence is a person.
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[.!?:\n]$/.test(before)) continue;
    push(name, name, 'Names a person who is not on your staff list: do not name the reviewer or anyone else.');
  }
  return out;
}

function findAll(rule: Rule, text: string, also: RegExp | null = null): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const pattern of also ? [rule.pattern, also] : [rule.pattern]) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const excerpt = m[0].trim();
      if (!excerpt || seen.has(excerpt.toLowerCase())) continue;
      seen.add(excerpt.toLowerCase());
      out.push({ rule: rule.rule, message: rule.message, excerpt });
    }
  }
  return out;
}

export function lintReply(raw: string, options: LintOptions = {}): LintResult {
  const { profile, platform } = options;
  // The business's own name is never a finding ("Northside Physio" names no one's treatment):
  // blanked, same length, so excerpts still quote the reply.
  const name = profile?.businessName.trim();
  const text = name ? raw.split(name).join(' '.repeat(name.length)) : raw;
  const errors: Finding[] = [];
  for (const rule of ERROR_RULES) {
    // The workspace's own services count as treatments.
    const services = rule.rule === 'clinical-detail' && profile?.services.length ? phrases(profile.services) : null;
    const found = findAll(rule, rule.rule === 'visit-time' ? withoutHours(text, profile?.hours) : text, services);
    errors.push(...found);
    if (rule.rule === 'confirms-patient') errors.push(...namedPeople(text, profile));
    // "your root canal", "your whitening": a treatment that is theirs says they are a patient.
    if (rule.rule === 'clinical-detail') {
      for (const f of found) {
        const at = text.toLowerCase().indexOf(f.excerpt.toLowerCase());
        const yours = /(?:^|[^\p{L}])(your\s+(?:[\p{L}-]+\s+)?)$/iu.exec(text.slice(Math.max(0, at - 30), at));
        if (yours?.[1]) errors.push({ rule: 'confirms-patient', message: ERROR_RULES[0]?.message ?? '', excerpt: `${yours[1]}${f.excerpt}` });
      }
    }
  }
  const warnings: Finding[] = [];
  NEGATIVE_CUES.lastIndex = 0;
  const negative = options.negative ?? NEGATIVE_CUES.test(text);
  if (negative && !CONTACT.test(text)) {
    warnings.push({
      rule: 'no-offline-route',
      message: 'Answers a negative item without a way to continue privately: add a phone number, an email or “contact us”.',
      excerpt: text.trim().slice(0, 80),
    });
  }
  const limit = platform ? MAX_REPLY_LENGTH[platform] : undefined;
  if (limit !== undefined && [...text].length > limit) {
    warnings.push({
      rule: 'too-long',
      message: `Longer than ${platform} allows (${[...text].length} of ${limit} characters): it will be cut or refused.`,
      excerpt: [...text].slice(limit - 20, limit + 20).join(''),
    });
  }
  return { errors, warnings };
}
