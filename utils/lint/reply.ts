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

// Opening hours are not a visit: "8:00–17:00", "9am-5pm", "9am to 5:30pm" (never part of a date such as 2024-11-05).
const TIME_RANGE =
  /(?<![\p{N}:/.-])\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:[–—-]|to|till|until)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?![\p{N}/-])/giu;
// "das 8h às 17h", "dalle 9 alle 18", "van 9 tot 17 uur", "von 8 bis 12 Uhr": opening hours in other languages.
const HOURS_RANGE_INTL =
  /(?<![\p{L}])(?:das|dalle|de|van|von|desde)\s+\d{1,2}(?:[:h.]\d{2})?\s*h?\s+(?:às|as|alle|a|tot|bis|hasta|à)\s+\d{1,2}(?:[:h.]\d{2})?\s*(?:h|uhr|uur)?(?![\p{L}\p{N}])/giu;
// "until 7pm", "from 8am", "opens at 9": a time of opening, not of a visit.
const OPENING_TIME = /(?<![\p{L}])(?:until|till|til|from|opens?|opening|closes?|closing|before|after|by)\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?![\p{N}/.:-])/giu;
// "reopens January 3", "closed on Monday": the business's days, not a visit.
const OPENING_DAY =
  /(?<![\p{L}])(?:(?:re)?open(?:s|ing)?|closed?|closes|closing|until|till|starting|through|back on)\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\p{L}\p{N}])/giu;

/** `text` as a pattern that matches it literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name` wherever it stands as words of its own, never inside another word (a business called "A" leaves "Aetna" alone). */
const wholeWords = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');

/** The 30 characters before position `at`: where a word's owner ("your", "Max's") or an offer ("off your first") stands. */
const lookBehind = (text: string, at: number) => text.slice(Math.max(0, at - 30), at);

/** Spaces as long as `m`: blanked text keeps its length, so excerpts still quote the reply. */
const blank = (m: string) => ' '.repeat(m.length);

// What ends a sentence: "!", "?", a line break, a point, but not a point between digits ("8.30", "£4.50").
const END = String.raw`[!?\n]|(?<!\p{N})\.|\.(?!\p{N})`;
// A sentence, up to and with its end.
const SENTENCE = new RegExp(`(?:(?!${END})[^])+[.!?\\n]*`, 'gu');
const END_HERE = new RegExp(END, 'uy');

/** `text` with every sentence that is `about` something and says nothing personal ("your", "you came") blanked out. */
function blankSentences(text: string, about: RegExp): string {
  return text.replace(SENTENCE, (sentence) => (about.test(sentence) && !PERSONAL.test(sentence) && !FEELING.test(sentence) ? blank(sentence) : sentence));
}
// An apology or a wish in the sentence makes it about someone: "Sorry about the fluoride taste, we have bubblegum now".
const FEELING = /(?<![\p{L}])(?:sorry|apologi[sz]e|apologies|hope|hoping|glad|unfortunately|get well)(?![\p{L}])/iu;

/** `text` with the business's hours and time ranges blanked out. */
function withoutHours(text: string, hours: string | undefined): string {
  let out = text;
  if (hours?.trim()) out = out.split(hours).join(blank(hours));
  // A sentence about the business's own calendar (a closure, a holiday, an event) dates no one's visit.
  out = blankSentences(out, SCHEDULE);
  return out.replace(DAY_RANGE, blank).replace(HOURS_RANGE_INTL, blank).replace(TIME_RANGE, blank).replace(OPENING_TIME, blank).replace(OPENING_DAY, blank);
}

// "We offer Botox, dermal fillers and HydraFacials": what the business does, about no one.
const OFFER = /(?<![\p{L}])(?:(?:we|we also|we['’]re able to)\s+(?:offer|provide|specialise in|specialize in|perform|carry out|do|have)|our (?:services|treatments|menu) (?:include|are|cover)|our (?:team|staff|clinicians|practitioners|counsell?ors|therapists|doctors|nurses) (?:includes?|are trained|are qualified|are certified|is trained|is qualified|is certified)|(?:trained|qualified|certified|accredited) in|ofrecemos|proponons|nous proposons|nous offrons|wir bieten|bieten wir|offriamo|oferecemos|(?:is|are) (?:among|one of|part of) (?:the |our )?(?:services|treatments)|services (?:we )?offered|(?:work|works|help|helps) with (?:a (?:wide )?range of|many|all kinds of|many different) (?:concerns|issues|conditions|needs|difficulties)|tra i nostri servizi|entre (?:nuestros|los) servicios|parmi nos (?:services|soins)|(?:zu|unter) unseren leistungen|entre os nossos serviços)(?![\p{L}])/iu;
// "Best Physiotherapy Clinic", "Chartered Society of Physiotherapy": a name of three capitalised words or more.
const TITLE_RUN = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|&|the|de)\s+)?\p{Lu}[\p{L}'’-]*){2,}/gu;

const PRIVACY_STATEMENT =
  /(?<![\p{L}])(?:can['’]?t|cannot|can not|unable to|not able to|never)\s+(?:discuss|share|comment on|talk about|disclose)|privacy (?:reasons|laws|rules)|for (?:privacy|confidentiality)(?![\p{L}])/iu;
// A sentence about what the business offers in general: a modal, a generality, an offer, a price list.
const GENERIC =
  /(?<![\p{L}])(?:can|may help|helps|help (?:prevent|reduce|relieve|release|protect|restore)|in general|as a rule|var(?:y|ies) (?:by|with|depending on|from)|anyone (?:who|with|experiencing)|anybody who|people (?:who|with)|(?:is|are) (?:real|normal|common|natural|very common)|recommends?|recommended|everyone|anyone['’]s|yearly|annual|are here|is here|now available|in stock|disponíveis|disponiveis|disponibles|disponibili|verfügbar|beschikbaar|todos os dias|todos los días|ogni giorno|per\s+\p{L}+|(?:through|thru)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|new (?:patients?|clients?|customers?)|we take|faq|for anyone wondering|for readers|things like|such as|typically|usually|generally|most|many|all|every|available|offers?|offering|provides?|providing|now accepting|accepting new|ask (?:us )?about|learn more|did you know|free|special|starts? at|starting at|we accept|accepts?|in-network|in network|safe for|takes? (?:just |only )?(?:a few|\d+)|walk-ins|costs|prices?|price list|if (?:you|u) (?:go ahead|decide|choose|would like|['’]d like|want|wish|need|book|prefer)|if (?:anyone|anybody|someone)|(?:anyone|anybody) (?:has|needs|wants)|open to (?:all|anyone|anybody|everyone|everybody)|no referral|for (?:all\s+)?(?:puppies|kittens|dogs|cats|pets|adults|children|kids|teens|teenagers|seniors|babies)|(?:desde|a partir de|à partir de|a partire da|ab)\s+\d|por (?:sesión|sesion|sessão|sessao|persona)|par séance|pro (?:sitzung|behandlung)|per (?:seduta|sessione)|precios|tarifs?|preise|prezzi|preços|precos|prijzen|prijslijst|cennik)(?![\p{L}])|\d+\s?% off/iu;
// …unless it tells of an event or of how someone is: then it is about a person.
const EVENTFUL =
  /(?<![\p{L}])(?:was|were|had|did(?! you know)|got|went|came|you (?:paid|chose|signed|bought|ordered|collected)|experienced|received|underwent|noticed|felt|suffered|developed|happen(?:s|ed)?|saw|seen|told|treated|performed|denied|caused|sorry|hope|hoping|glad|congrat\w*|yesterday|today|tonight|last (?:week|month|night|time|visit|year|weekend|\p{L}+day)|ago|recover\w*|feeling|still|again|unfortunately|understand|difficult|hard|normal|settle|settles|ease|eases|dissolve|uncomfortable|stick with|side effects?|reaction|living with|concerns?|worried|worry|recorded|showed|measured|detected|è stat[oa]|fue|fueron|ha sido|a été|wurde|wurden|foi|werd|can (?:make|cause|feel|take|hurt|lead|trigger|affect|sting|ache))(?![\p{L}])/iu;

// "the plastic surgery association", "the national immunisation schedule": a field named in a body's or a programme's name,
// not anyone's treatment (unless the sentence speaks to them: "the GLP-1 program isn't easy and you crushed it").
const BODY_AFTER =
  /^\s+(?:association|society|board|college|academy|council|federation|institute|foundation|journal|conference|congress|awards?|schedule|programmes?|programs?|guidelines?|campaigns?|awareness)(?![\p{L}])/iu;
const namesABody = (text: string, end: number) => BODY_AFTER.test(text.slice(end, end + 20)) && !YOU_WORD.test(sentenceAround(text, end));
// "how frightening a sudden injury or infection can be": what may happen to anyone, in a sentence that says nothing of theirs.
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|any|every)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const MAY_HAPPEN = /(?<![\p{L}])(?:can|could|may|might)\s+(?:be|happen|strike|affect|come)(?![\p{L}])/iu;
function anyonesCase(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  return INDEFINITE_BEFORE.test(lookBehind(text, at)) && MAY_HAPPEN.test(sentence) && !YOU_WORD.test(sentence) && !FEELING.test(sentence);
}

// "Any customer can ask for a copy of their prescription", "for everyone to leave happy with their glasses":
// a "their" that is everyone's, the sentence saying nothing to the reader of theirs.
const EVERYONE_BEFORE =
  /(?<![\p{L}])(?:every(?:one|body)|any(?:one|body)|(?:any|every|each|all)\s+(?:of (?:our|the)\s+)?(?:patients?|customers?|clients?|guests?|members?|families|parents?|persons?|people))(?![\p{L}])[^.!?]*$/iu;
const THEIR_BEFORE = /(?:^|[^\p{L}])their\s+(?:[\p{L}-]+\s+)?$/iu;
const THEIR_HERE = /^their\s/iu;
/** Whether the words at `at` are said of a "their" (just before, or starting there) that is everyone's. */
function everyonesOwn(text: string, at: number): boolean {
  if (!THEIR_HERE.test(text.slice(at, at + 6)) && !THEIR_BEFORE.test(lookBehind(text, at))) return false;
  const before = text.slice(sentenceStart(text, at), at);
  return EVERYONE_BEFORE.test(before) && !YOU_WORD.test(before);
}

/** Whether the finding at `at` sits in a sentence of general information, not said of anyone. */
function generalInformation(text: string, at: number): boolean {
  const before = lookBehind(text, at);
  if (AHEAD_YOURS.test(before)) return true;
  const sentence = sentenceAround(text, at);
  if (!GENERIC.test(sentence) || EVENTFUL.test(sentence)) return false;
  return !OWNED_BEFORE.test(before) || PROMO_YOUR.test(before);
}
// Whose a word is, just before it: "your", "his", "su", "votre", "Max's" (a name in capitals, so case is spelt out).
const OWNER_WORDS = "[Yy]our|[Uu]r|[Hh]is|[Hh]er|[Tt]heir|[Ss]us?|[Tt]us?|[Vv]otre|[Vv]os|[Ii]hre?[nms]?|\\p{Lu}\\p{Ll}+['’]s";
const OWNED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${OWNER_WORDS})\\s+(?:[\\p{L}-]+\\s+)?$`, 'u');
// "20% off your first facial": an offer to anyone.
const PROMO_YOUR = /(?:off|on|towards?)\s+your\s+(?:first|next)\s+$/iu;
// "to check your coverage", "depending on your surgeon": anyone's, said ahead.
const AHEAD_YOUR = /(?:check|verify|confirm|maximi[sz]e|understand|depending on|talk to|ask|any\s+(?:questions?|queries|concerns?)\s+(?:about|regarding|on|with))\s+$/iu;
function saidAhead(text: string, f: Finding): boolean {
  const at = locate(text, f);
  const before = text.slice(Math.max(0, at - 20), at);
  // "before you come in", "book their first exam": ahead of a visit anyone may make.
  if (/^before you come/iu.test(f.excerpt)) return true;
  return AHEAD_YOUR.test(before) || (/^(?:your|their)\s+(?:first|next)(?![\p{L}])/iu.test(f.excerpt) && /(?:off|on|towards?|for|book|schedule)\s+$/iu.test(before));
}
// "your local urgent care", "your neighbourhood clinic": the place is everyone's.
const EVERYONES_PLACE = /^your\s+(?:local|friendly|neighbou?rhood|community|hometown|nearest)\s/iu;
// "confident in your own skin": a saying, no one's skin.
const IDIOM_BEFORE = /(?:confident|comfortable|happy|at home|at ease|good)\s+in\s+$/iu;
const AHEAD_YOURS = /(?:check|verify|confirm|maximi[sz]e|depending on)\s+your\s+(?:[\p{L}-]+\s+)?$/iu;

/** `text` with service menus and names of awards and bodies blanked out. */
function withoutServiceNames(text: string): string {
  const offers = blankSentences(text, OFFER);
  // German capitalises every noun: three in a row are no title there ("die Gleitsichtgläser Ihnen Kopfschmerzen").
  return isGerman(text) ? offers : offers.replace(TITLE_RUN, blank);
}

const SCHEDULE =
  /(?<![\p{L}])(?:closed|closing|closure|closures|reopen(?:s|ing)?|opens|opening|holidays?|workshops?|events?|seminars?|webinars?|classes|open day|open evening|sale|promotion|our stand|gift cards?|launch(?:es|ing)?|marathon|fundraiser|cerrad[oa]s?|fermée?s?|fermeture|geschlossen|join us|tours?|gala|market|memorial|(?:rabies|vaccine|vaccination|flu|shot|walk-in) clinics?|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays|screenings?|buy-?back|bbq|barbecue|socials?|support group|mark your calendars?|candlelight|remembrance|open again|now open|horario|horaires|öffnungszeiten|orari|horário|openingstijden|reminder|free [\p{L}\s]{0,30}checks|podcast|live music|live jazz|jazz|tune in|check-?in|check-?out|served|daily|every day|everyday|each day|every (?:mon|tues|wednes|thurs|fri|satur|sun)day|every weekend|weekly|nightly|no appointment needed|walk-?ins?|ogni giorno|tous les jours|todos los d[ií]as|t[äa]glich|(?:we['’]re|we are|is|are|stay|stays) open|(?:will|['’]ll) be (?:at|running|holding|hosting|giving|offering|visiting|covering)|(?:is|are) (?:holding|hosting|running|giving) (?:a|an|our|free)|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:mornings|afternoons|evenings|nights))(?![\p{L}])/iu;

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

const words = (list: readonly string[]) => list.map((p) => escapeRegExp(p.trim()).replace(/\s+/g, "[\\s'’-]*")).join('|');
// Whole words, with plurals ("root canals").
const phrases = (list: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(list)})(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
/** Whole-word matches of regular-expression sources (written here, never from input) or of plain phrases. */
const anyOf = (sources: readonly string[], plain: readonly string[] = []) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...sources, ...(plain.length ? [`(?:${words(plain)})(?:e?s)?`] : [])].join('|')})(?![\\p{L}\\p{N}])`, 'giu');

interface Rule {
  rule: string;
  message: string;
  pattern: RegExp;
  /** Matched as well, with its own flags (say, case-sensitive). */
  also?: RegExp;
}

// Nouns of someone's care or custom: "your visit", "your Saturday appointment", "their check-up".
const CARE_NOUNS =
  'visits?|appointments?|treatments?|procedures?|care(?!\\s+team)|records?|files?|charts?|notes|account|results|prescriptions?|x-?rays?|check-?ups?|consultations?|consults?|exams?|examinations?|checks?(?!\\s+(?:out|in|with|back))|sessions?|stay|cleanings?|smile|teeth|tooth|mouth|skin|recovery|healing|follow-?up|booking|bookings|sesh|programme|program|plan of care|exercises|rehab|rehabilitation|knee|shoulder|hip|ankle|neck|jaw|gums|face|lips|eyes?|eyesight|ears?|feet|foot|wrist|elbow|brace|braces|wires?|aligners?|retainers?|dentist|doctor|hygienist|therapist|provider|surgeon|time with us|time in the chair|' +
  // Their bill is theirs too: "your deductible", "your Cigna plan".
  'deductible|invoice|bill|claim|plan|coverage|insurance|co-?pay|balance|payment|refund|recheck|re-?eval|re-?evaluation|intake|chart|workers[’\']? comp|' +
  'cycle|shot|dose|pickup|physiotherapist|physio|optician|optometrist|insurer|voucher|slot|funding|fittings?|prescriptions?|order|gp|referral(?: letter)?|contract|donor(?: match)?|lenses|embryos?|counsell?or|psychiatrist|psychologist|assessments?|audiograms?|hearing aids?|scores|journey|therapy|counsell?ing|wedding|big day|birthday|room|booking|repair|brake job|oil change|' +
  'experience (?:with|at) (?:us|our|dr\\.?|doctor|the (?:team|office|practice|clinic|surgery))';
// Said of someone: their care ("your appointment"), or their coming in. A "your" of anyone ("answer ur q's") is not.
const PERSONAL = new RegExp(`(?<![\\p{L}])(?:(?:your|ur)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${CARE_NOUNS})|you\\s+(?:were|came|had|visited|saw|booked|called))(?![\\p{L}])`, 'iu');
// Care words a possessive name is followed by: "Max's recheck", "Noah's first appointment".
const CARE_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${CARE_NOUNS})(?![\\p{L}])`, 'iu');
// People and animals in someone's care: a vet's patients, a children's dentist's.
const DEPENDANTS =
  'carer|caregiver|rescue|dog|dogs|cat|cats|pup|pups|puppy|kitten|pet|pets|bunny|rabbit|horse|daughter|son|child|children|kid|kids|little one|little guy|little girl|baby|toddler|newborn|infant|kiddo|teen|teenager|twins|mom|mum|dad|mother|father|husband|wife|partner|grandson|granddaughter|boy|girl';
const YOUR = "your|ur|yr|his|her|their|the kids['’]?|your (?:child|son|daughter|little one|family)['’]?s?";
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS_NL = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
// Spanish, French and German: the day names and months of a visit.
const WEEKDAYS_INTL =
  'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça|quarta|quinta|sexta';
const ANY_DAY = `(?:${WEEKDAYS}|${WEEKDAYS_INTL}|${WEEKDAYS_NL}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)`;
/** "Monday to Saturday", "van maandag tot en met zaterdag", "lunes a viernes", "Mon–Fri": the business's week, in any of its languages. */
const DAY_RANGE = new RegExp(
  `(?<![\\p{L}])${ANY_DAY}\\.?\\s*(?:[–—-]|to|through|thru|till|until|tot(?: en met)?|t/m|bis|a|à|al|au|alle?|e|até|hasta|jusqu['’]au)\\s*${ANY_DAY}(?![\\p{L}])`,
  'giu',
);
const MONTHS_INTL =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januar|februar|märz|maerz|april|juni|juli|august|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro';
// Polish months as a date writes them ("12 maja"): only after a day's number, since "marca" is also a brand in Portuguese.
const MONTHS_PL = 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia';
// "you waited", "you've been waiting": their wait, which says they were there (confirms-patient) and, with its length, when (visit-time).
const THEY_WAITED = "(?:you|u)(?:['’]ve| have)?\\s+";
const WAIT_VERB = 'waited|had to wait|were (?:kept\\s+|left\\s+)?waiting|been waiting';
const NUMBER_WORD = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|a few|couple|a couple|couple of|a couple of|several|\\d{1,2}';

// Endings of medicines' international names: -mab antibodies, -pril and -sartan for blood pressure, -statin, -azole, -cillin …
const DRUG_ENDINGS =
  'mab|nib|pril|sartan|olol|statin|vastatin|azol|cillin|cilin|mycin|micin|cyclin|ciclin|oxacin|tretinoin|prazol|tidin|azepam|zepam|zolam|triptan|dronat|gliptin|glutid|gliflozin|afil|ciclovir|clovir|parin|xaban|gatran|semid|thiazid|tiazid|dipin|profen|codon|morphin|morfin|setron|oxetin|tralin|pramin|triptylin|peridon|apin|lukast|sonid|metason|olimus|isolon';
// Endings of conditions and operations: arthritis, appendectomy, rhinoplasty, endoscopy, neuralgia, anaemia, fibrosis, melanoma.
const CONDITION_ENDINGS = 'itis|itides|ectom(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|oplast(?:y|ies)|oscop(?:y|ies)|algia|opath(?:y|ies)|aemia|emia|osis|iasis|oma|omas';
// Everyday words with those endings.
const NOT_CLINICAL = '(?:nostalgia|academia|diploma|aroma|oklahoma|paloma|sonoma|tacoma|idioma|osmosis|symbiosis|bohemia|thomas|lol(?:ol)+)(?![\\p{L}])';

const CONFIRMS_MESSAGE = 'Confirms or implies that the person is (or is not) a patient or customer: say nothing about whether they are.';
const CLINICAL_MESSAGE = 'Names a treatment, procedure, medication, diagnosis or condition: health details never go in a public reply.';

const ERROR_RULES: Rule[] = [
  {
    rule: 'confirms-patient',
    message: CONFIRMS_MESSAGE,
    pattern: anyOf(
      [
        // Their care: "your visit", "your Saturday appointment", "your family's care".
        `(?:${YOUR})\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${CARE_NOUNS})`,
        // Someone in their care, spoken of as seen or treated: "your cat was never left", "your daughter's", "tell your little guy".
        `(?:your|ur)\\s+(?:${DEPENDANTS})(?:['’]s|\\s+(?:was|were|is|had|has|did|got|seemed|looked|went|came|isn['’]t|wasn['’]t|did not|didn['’]t))`,
        '(?:tell|give|hug|kiss)\\s+(?:your\\s+)?little (?:guy|one|girl|man|lady|boy|dude)',
        'give\\s+\\p{Lu}\\p{Ll}+\\s+(?:a|some)\\s+(?:big\\s+|good\\s+|little\\s+)?(?:belly rub|hug|treat|pat|cuddle|scratch|squeeze)',
        // Things done for them, or words had with their people: "we've applied your discount", "spoken to your carer", "did our best with your dog".
        "(?:we(?:['’]ve| have)?|i(?:['’]ve| have)?)\\s+(?:already\\s+)?(?:arranged|applied|added|booked|scheduled|sent|posted|delivered|dispensed|filled|prepared|processed|updated|passed on|forwarded|set up)\\s+your|(?:spoken|spoke|talked|chatted)\\s+(?:to|with)\\s+your|(?:did|do|tried|try)\\s+(?:our|my)\\s+(?:very\\s+)?best\\s+(?:with|for)\\s+(?:you|your)|(?:couldn['’]t|could not|didn['’]t|did not|forgot to|failed to|never)\\s+(?:call|ring|phone|get back to|email|text)\\s+(?:you|u)|(?:the\\s+)?(?:wait(?:ing)?|waited)\\s+for\\s+(?:your\\s+|the\\s+)?(?:results|test results|scan results)|(?:a )?care(?:r|giver)s?\\s+(?:told|said|called|rang)",
        // Care given, or money and bookings handled for them.
        "(?:we(?:['’]ve| have)?|i(?:['’]ve| have)?)\\s+(?:already\\s+)?(?:moved|rescheduled|rebooked|refunded|credited|waived|reversed|resubmitted|adjusted|voided|reimbursed|comped|discounted|cancelled|canceled)\\s+(?:your|the|it|that|[$£€]\\s?\\d[\\d,.]*|\\d+)",
        '(?:has|have|was|were)\\s+been\\s+(?:refunded|credited|waived|reversed|resubmitted|rescheduled|adjusted|voided|reimbursed)|(?:was|were)\\s+(?:resubmitted|refunded|credited|waived|reversed)',
        'sorry for your loss|(?:pleasure|privilege|joy|honou?r)\\s+(?:of\\s+)?(?:working with|treating|caring for|seeing|having|looking after|helping|meeting)\\s+(?:you|u)|working with you (?:these|this|over|for|the past)',
        "your before[\\s-]*(?:&|and|n['’]?)?[\\s-]*after|you(?:['’]re| are) the one who",
        "see (?:you|u)\\s+(?:at|for)\\s+(?:your|ur)\\s+next|(?:we|i|he|she|they|[\\p{L}.]+)\\s+remembers?\\s+(?:you|u)\\b|(?:loved|enjoyed|love|enjoy)\\s+(?:working with|treating|caring for|seeing|having|meeting|helping|hosting)\\s+(?:you|u)",
        "thank(?:s| you) for your (?:business|custom|patronage|loyalty)|(?:for|on) bringing (?:[\\p{L}'’-]+\\s+){0,3}?in\\b|(?:for )?being with us since|been with us (?:since|for)|(?:made|helped) you feel|(?:spent|spend) (?:[\\p{L}\\d]+\\s+){0,4}?with you|(?:the )?care you (?:received|got|had)|(?:we(?:['’]ll| will)|i(?:['’]ll| will)) (?:call|contact|reach out to|phone|text|email) you|(?:lovely|great|nice|loved|enjoyed|(?:a |such a )?(?:joy|pleasure|treat|delight))\\s+(?:meeting|seeing|having|to meet|to see)\\s+(?:your|you|him|her|them)(?![\\p{L}])|feel better soon|get well soon|speedy recovery|hope (?:you|he|she|they)(?:['’]re| are| is|['’]s)? feeling better|you were (?:served|seen|helped|treated|given|attended to|checked in)|(?:best|favou?rite|bravest|sweetest|best[- ]behaved)\\s+(?:patient|client|guest|customer)s?|one of our\\s+(?:[\\p{L}-]+\\s+)?(?:patients|clients|customers|regulars|guests)",
        "(?:staying|stayed)\\s+(?:with|w/?)\\s+us|(?:for|on)\\s+(?:staying|celebrating|dining|eating|shopping|choosing|getting|spending)\\s+(?:[\\p{L}\\d'’#-]+\\s+){0,5}?with us|(?:host|hosting|hosted)\\s+(?:you|your)|(?:honou?r|pleasure|privilege)\\s+to\\s+(?:host|have|welcome)",
        "(?:a sua|o seu|sua|seu|la sua|il suo|la tua|il tuo)\\s+(?:[\\p{L}]+\\s+)?(?:extração|extracao|consulta|cirurgia|tratamento|carro|esame|visita|appuntamento|trattamento|auto|macchina|cane|gatto)|uw\\s+(?:[\\p{L}]+\\s+)?(?:bezoek|afspraak|behandeling|kroon|röntgenfoto|rontgenfoto|koppeling|auto|reparatie|hond|kat|operatie|controle)|tot (?:bij )?de volgende|(?:ihrem|ihre|ihren)\\s+(?:knöchel|knie|rücken|schulter|zahn|zähne|hüfte|hund|katze|auto)|hospedarse|hospedarte|(?:su|tu) (?:estancia|estadía|pérdida|perdida)|votre séjour|vous revoir|au plaisir de vous|rivederl[ao]|rivederti|il (?:suo|tuo) soggiorno|ihren aufenthalt|ci vediamo (?:al|alla|il|lo|la|a|ai)|nos vemos (?:en|el) (?:su|tu|la) próxim|(?:ihr|ihre)\\s+(?:spermiogramm|befund|ergebnis|ergebnisse|zyklus)",
        // Having been there: "when you came in", "you were seen", "stopping by", "meeting you".
        "(?:when|while|after|before|since|each time|every time|the last time|last time)\\s+you\\s+(?:came|come|were|visited|stopped|dropped|popped|arrived|left|checked|called|booked|sat|had)(?:\\s+(?:in|by|here|with us|to see us))?",
        "you(?:['’]ve| have)?\\s+(?:came in|come in|visited us|been (?:coming|seeing|visiting|with|a (?:patient|customer|client)|our)|been here|were here|were seen|were in|were treated|had (?:your|a|an) (?:visit|appointment|treatment|procedure))",
        "(?:for|you|you['’]re|you were)\\s+(?:coming|stopping|dropping|popping|came|stopped|dropped|popped)\\s+(?:in|by)",
        'visiting us|(?:meeting|treating|having|chatting with|caring for)\\s+you|(?:see|seeing|saw|welcome|welcoming|have|having|had) you\\s+(?:again|back|every|regularly|next)',
        '(?:get|got|fit|squeeze|squeezed|see|saw)\\s+you\\s+in(?!\\s+person)',
        'see you\\s+(?:again|next|in\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?|years?))',
        'welcome back|(?:patients?|customers?|clients?|guests?|families|people) like you',
        // A wait of theirs: "sorry you had to wait so long", "you were kept waiting".
        `${THEY_WAITED}(?:${WAIT_VERB}|sat waiting)|your wait(?:ing time)?(?![\\p{L}])`,
        '(?:valued|loyal|long-?time|longtime|regular|returning)\\s+(?:patient|customer|client|guest|member)s?',
        // Help already given, a meeting had, a record searched: "glad we could help", "lovely to finally meet you".
        "(?:glad|happy|pleased|delighted|thrilled)\\s+(?:that\\s+)?we\\s+(?:could|were able to|managed to)\\s+(?:help|get|sort|fix|see)|(?:to\\s+(?:finally\\s+)?meet|met)\\s+(?:you|u)|(?:lovely|great|nice|good|wonderful|a (?:joy|pleasure|treat))\\s+to\\s+(?:finally\\s+)?(?:meet|see)\\s+your|(?:lov|lik)ed\\s+having\\s+(?:you|u)(?:\\s+in)?|(?:come|coming)\\s+back\\s+soon|(?:lovely|great|nice|good|wonderful)\\s+to\\s+see\\s+(?:the\\s+(?:whole\\s+)?family|you all|all of you)",
        // Thirteenth review: Swedish "see you" (their next visit), Romanian missed sessions and "your" care, Portuguese records.
        "vi ses (?:igen|snart|nästa|på)|a[țt]i lipsit|(?:ședin[țt]\\p{L}*|sedin[țt]\\p{L}*|programare\\p{L}*|tratament\\p{L}*|vizit\\p{L}*)\\s+(?:dumneavoastră|dumneavoastra|dvs)|segundo o nosso regist[oa]|(?:faltou|faltaram)\\s+(?:à|a|às)\\s+(?:consulta|sessão|sessao|marcação|marcacao)",
        // Things done with them or for them, told as a thing of theirs: "the coping strategies we worked on", "the lenses we fitted",
        // "the moulds you ordered", "our sessions together", "the doctor suggested you…", "we referred you".
        "(?:the|those|these|your|ur)\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:that\\s+|which\\s+)?(?:we|i)\\s+(?:worked on|practi[sc]ed|fitted|fit|sent(?: out| over)?|posted|loaned|lent|ordered|prescribed|dispensed|adjusted|repaired|fixed|made for you|set for you)(?:\\s+(?:you|u))?(?![\\p{L}])(?!\\s+(?:a|an|the|our|to|in|on|at|into|with)(?![\\p{L}]))|(?:the|those|these)\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:that\\s+|which\\s+)?(?:you|u)\\s+(?:ordered|bought|purchased|picked up|collected|rented|hired|borrowed|tried on|left (?:behind|here|with us))(?![\\p{L}])",
        "(?:our|the)\\s+(?:[\\p{L}]+\\s+)?(?:sessions?|appointments?|visits?|time|work|conversations?|meetings?|consultations?|chats?)\\s+together|(?:part of|with you (?:on|through))\\s+(?:your|ur)\\s+(?:[\\p{L}-]+\\s+)?journey|(?:opening|opened|open)\\s+up\\s+to\\s+(?:us|me)|(?:we|i)\\s+(?:(?:have|['’]ve|really)\\s+)?missed\\s+(?:you|u|seeing you)(?![\\p{L}])",
        "(?:we|i|he|she|they|dr\\.?\\s+\\p{L}+)\\s+(?:referred|discharged|fitted|tested|assessed|diagnosed|examined|scanned|measured|prescribed)\\s+(?:you|u)(?![\\p{L}])|(?:the|our|your)\\s+(?:doctor|dentist|nurse|therapist|counsell?or|audiologist|optometrist|optician|consultant|specialist|hygienist|physio|clinician|technician)\\s+(?:suggested|recommended|advised|told|asked|explained|said|mentioned|noticed|found)",
        "see (?:you|u)\\s+(?:at|for|on)\\s+(?:your|ur|the next)(?![\\p{L}])|next time (?:you|u)(?:['’]re| are)?\\s+(?:in|here|come|visit|pop|stop|drop)|bring (?:your|ur)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:along\\s+|with you\\s+)?next time|trust(?:ed|ing)?\\s+(?:our|the)\\s+(?:team|staff|clinic|practice|doctors?|dentists?|practitioners?)\\s+with",
        "you\\s+(?:were|weren['’]t|was|wasn['’]t)\\s+(?:(?:never|not|actually|already|only|just|ever)\\s+){0,2}(?:booked(?:\\s+in)?|registered|enrolled|scheduled|discharged|referred|fitted|tested|assessed|diagnosed|examined)(?![\\p{L}])",
        "volgens (?:ons|onze) (?:dossier|dossiers|gegevens|administratie)|in ons dossier|selon (?:notre|nos) (?:dossiers?|fichiers?)|dans (?:notre|nos) dossiers?|seg[uú]n (?:nuestro|nuestros) (?:expedientes?|archivos?)|en nuestros (?:registros|archivos)|secondo (?:la nostra|le nostre) (?:cartell[ae]|schede?)|nei nostri (?:registri|archivi)|laut (?:unserer|unseren) (?:akten?|kartei)|in unseren (?:akten|unterlagen)|(?:segundo|de acordo com) (?:o nosso|os nossos) (?:registos|registros|ficheiros?)",
        "(?:looked|looking|went|gone|checked)\\s+(?:back\\s+)?(?:through|at|over|into)\\s+(?:our|the|your)\\s+(?:notes|records?|files?|charts?|history|system|booking system|database|appointment book)",
        "(?:in|from|on|through|under|checked|searched)\\s+(?:our|the)\\s+(?:client|patient|customer|booking|appointment)s?\\s+(?:database|records?|system|list|book|files?)|(?:no one|nobody|anyone|anybody|no record|any record)\\s+(?:by|under|with)\\s+that\\s+name|(?:can['’]t|cannot|could not|couldn['’]t|unable to)\\s+find\\s+(?:you|anyone|anybody|a record|any record|your)",
        'as (?:your|our) (?:dentist|doctor|patient|customer|client|provider|practice)|as a (?:patient|customer|client) of ours',
        'thank you for choosing|thanks for choosing|for choosing us|you chose us|trusting us|trust(?:ed)? us with|(?:for|in) (?:your|the) trust',
        // Contact already had: "as we discussed", "we have tried to reach you".
        'on your behalf|as (?:we )?discussed|when we spoke|(?:our|your) (?:conversation|phone call|call) (?:with|earlier|yesterday)',
        "(?:we(?:['’]ve| have)?|i(?:['’]ve| have)?)\\s+(?:tried to |been trying to )?(?:contact(?:ed)?|call(?:ed)?|emailed|reach(?:ed)?(?: out to)?|spoke(?:n)? (?:to|with)|texted|messaged)\\s+you",
        // Our records of them, or their absence: either way says whether they are a patient.
        'laut unseren unterlagen|unseren unterlagen zufolge|selon nos (?:dossiers|registres)|según nuestros registros|segun nuestros registros|secondo i nostri registri|volgens onze (?:gegevens|administratie)|segundo os nossos registos|zgodnie z (?:naszą|nasza) dokumentacją|zgodnie z (?:naszą|nasza) dokumentacja|według (?:naszej|naszych) (?:dokumentacji|danych|akt)|uw gegevens (?:nagekeken|bekeken|gecontroleerd)|(?:patiënt|patient|cliënt|client|klant)\\s+bij\\s+ons',
        // Twelfth review: progress watched, a pet adored, words had at the time, a visit thanked for in more languages.
        "(?:watching|seeing|following|watched|seen)\\s+your\\s+(?:progress|journey|recovery|growth)|your\\s+(?:kitty|kitten|pup|puppy|doggo|dog|cat|bunny|rabbit|horse|pet|fur ?baby|boy|girl|little one)\\s+(?:is|was|has been|will always be)\\s+(?:one of\\s+)?(?:our|a|the)\\s+(?:(?:absolute|real|total)\\s+)?(?:favou?rites?|stars?|joy|delight|sweetheart)|give (?:that|your) good (?:boy|girl)|(?:as|like)\\s+(?:dr\\.?\\s+)?[\\p{L}]+\\s+explained\\s+to\\s+you|explained to you (?:at the time|during|in (?:the|your))|you\\s+stopped\\s+(?:attending|coming|your)|prescribe\\s+you|(?:děkujeme|dekujeme)\\s+za\\s+(?:vaši\\s+|vasi\\s+)?(?:návštěvu|navstevu)|tak\\s+for\\s+(?:dit|jeres|dig)?\\s*besøg|tack\\s+för\\s+(?:ditt|ert)?\\s*besök|takk\\s+for\\s+besøket|(?:dziękujemy|dziekujemy)\\s+za\\s+(?:wizytę|wizyte)|(?:foi um prazer|adoramos)\\s+cuidar\\s+d[oa]s?|(?:pani|pana)\\s+(?:terapeut\\p{L}*|lekar\\p{L}*|dentyst\\p{L}*)\\s+(?:poświęcił\\p{L}*|poswiecil\\p{L}*)|sie haben (?:die |den |ihre |ihren )?(?:\\p{L}+\\s+)?(?:termin\\p{L}*|nachsorge\\p{L}*|behandlung\\p{L}*)\\s+(?:selbst\\s+)?abgesagt",
        '(?:our|the) (?:records?|notes|files?|charts?|system|database|schedule|appointment book)\\s+(?:show|shows|indicate|indicates|say|says|confirm|confirms)',
        'according to our (?:records?|notes|files?|system)',
        '(?:was|is|were|are|has|have)\\s+(?:never|not)\\s+(?:been\\s+)?(?:a|one of our|our)\\s+(?:patient|customer|client)s?|our records|we have no record|no record of (?:you|your|this|a|an|any)|never been (?:a |our )?(?:patient|customer|client|here|to (?:our|the|this))|not (?:a|one of our) (?:patients?|customers?|clients?)|(?:has|have) never (?:visited|been (?:seen|treated))',
        // Spanish, French and German.
        // Portuguese and Italian: "obrigado por ter vindo", "grazie per essere venuto".
        "(?:obrigad[oa]|grat[oa])\\s+por\\s+(?:ter\\s+vindo|nos\\s+visitar|a\\s+sua\\s+visita|sua\\s+visita)|(?:seu|sua|seus|suas)\\s+(?:[\\p{L}]+\\s+)?(?:visita|consulta|sessão|tratamento|preenchimento|procedimento|atendimento|recuperação|recuperacao|cirurgia|exame|gato|cão|cao|cachorro|filho|filha|bebê|bebé|bebe)|(?:atendimento|consulta|cirurgia)\\s+d[oa]\\s+(?:seu|sua|\\p{Lu})|grazie\\s+per\\s+(?:essere\\s+venut[oaie]|la\\s+(?:sua|tua)\\s+visita|averci\\s+scelt[oi])|(?:la\\s+sua|il\\s+suo|la\\s+tua|il\\s+tuo)\\s+(?:visita|seduta|appuntamento|trattamento|bambin[oa]|piccol[oa]|figli[oa])|(?:powrotu|wróci\\p{L}*|wraca\\p{L}*)\\s+do\\s+zdrowia|(?:pani|pana)\\s+(?:wizyt\\p{L}*|zabieg\\p{L}*|leczeni\\p{L}*|syn\\p{L}*|córk\\p{L}*|dzieck\\p{L}*)|rivederla|(?:le|la)\\s+esperamos|la\\s+próxima\\s+sesión|su\\s+rehabilitación",
        // Help already given by the team, or how they are since: "glad our team could help you", "you're hearing so much better".
        "(?:glad|happy|pleased|delighted|thrilled)\\s+(?:that\\s+)?(?:our\\s+[\\p{L}]+|the\\s+(?:team|staff))\\s+(?:could|was able to|were able to|managed to)\\s+(?:help|get|sort|fix|see)|you(?:['’]re| are)\\s+(?:feeling|hearing|seeing|sleeping|walking|moving|doing|eating|breathing)\\s+(?:(?:so|a lot|much|far|loads|even)\\s+)*better",
        // German "Ihrer Katze", "bei der nächsten Kontrolle"; Polish "Pani psa"; Indonesian "telinga Anda" (the owner after the noun);
        // Turkish "randevunuz", "köpeğiniz" (the owner a suffix).
        "(?:ihrem|ihre|ihren|ihrer|ihres)\\s+(?:neue[nrsm]?\\s+)?(?:geräte?n?|geräts|hörgerät\\p{L}*|brille|termin\\p{L}*|behandlung|befund\\p{L}*|kontrolle|besuch\\p{L}*|kind\\p{L}*|sohn\\p{L}*|tochter|operation|therapie|aufenthalt\\p{L}*|katze|hund\\p{L}*|tier\\p{L}*)|(?:bei|zur|zu)\\s+(?:der|ihrer|ihrem)\\s+nächsten\\s+(?:kontrolle|untersuchung|termin|behandlung|sitzung|anpassung|sprechstunde|impfung)|bis zum nächsten (?:mal|termin|besuch)",
        "(?:pani|pana)\\s+(?:psa|psem|psu|pies|kot\\p{L}*|zwierz\\p{L}*|wnucz\\p{L}*)|(?:perawatan|pengobatan|operasi|kunjungan|janji temu|gigi|telinga|kulit|mata|anjing|kucing|hewan|anak|resep|obat|tagihan|asuransi|hasil)\\s+(?:[\\p{L}]+\\s+)?anda|(?:randevu|tedavi|ziyaret|köpeğ|kedi|hayvan|cihaz|fatura|reçete|ameliyat|muayene|sonuç)(?:ı|i|u|ü)?(?:nız|niz|nuz|nüz)\\p{L}*",
        '(?:su|sus|tu|tus)\\s+(?:[\\p{L}]+\\s+)?(?:visita|cita|tratamiento|consulta|expediente|historial|hijo|hija|bebé|bebe|niñ[oa]|perro|gato|mascota|operación|operacion|cirugía|cirugia)|cuando (?:vino|nos visit[óo])|gracias por (?:venir|visitarnos|elegirnos|su visita)|hasta su próxima',
        "(?:votre|vos)\\s+(?:[\\p{L}]+\\s+)?(?:visite|rendez-vous|traitement|consultation|dossier|soins|séances?|seances?|rééducation|reeducation|opération|operation|chirurgie|chien|chat|enfant|bébé|bebe|petite?|nourrisson|fils|fille|suivi|bilan|appareillage)|d['’]être venue?s?|merci de nous avoir (?:choisis|rendu visite)|merci pour votre visite",
        '(?:ihr|ihre|ihren|ihrem|ihres)\\s+(?:[\\p{L}]+\\s+)?(?:krankenkasse|versicherung|\\p{L}*werte|besuch(?:s|es)?|termin(?:s|es)?|behandlung|untersuchung|akte|physiotherapie|therapie|operation|hund|hundes|katze|kind|kindes|sohn|tochter|therapeutin|therapeut|psychiater|psychiaterin|sitzung(?:en)?|rezept|brille|linsen)|danke für ihren besuch|(?:bis zum|zum|ihrem) nächsten termin|dass sie bei uns waren|nach der behandlung|(?:in der|bei der|zur) nächsten sitzung',
        // A course of care with them: "after three cycles with us", "dopo le sedute con noi".
        '(?:after|over|following|in|through)\\s+(?:[\\p{L}\\d]+\\s+){0,2}(?:cycles?|sessions?|rounds?|treatments?|transfers?|attempts?|appointments?)\\s+with us|(?:sedute|sessioni|cicli|trattamenti)\\s+con\\s+noi|(?:sesiones|ciclos|tratamientos)\\s+con\\s+nosotros|(?:séances|cycles|traitements)\\s+avec\\s+nous',
        // Italian, Spanish, French, Dutch, Swedish and Polish: their body, their clinician, their prescription.
        '(?:la\\s+sua|il\\s+suo|la\\s+tua|il\\s+tuo|i\\s+suoi|le\\s+sue)\\s+(?:[\\p{L}]+\\s+)?(?:tendinite|spalla|ginocchio|schiena|terapia|ricetta|occhiali|lenti|ciclo|cicli|psichiatra|terapeuta)|(?:su|sus|tu|tus)\\s+(?:[\\p{L}]+\\s+)?(?:sesión|sesion|sesiones|psiquiatra|terapeuta|receta|gafas|lentillas|ciclo|rodilla|espalda)|(?:votre|vos)\\s+(?:[\\p{L}]+\\s+)?(?:examen|ponction|cycle|psychiatre|lunettes|lentilles|genou|dos)|(?:uw|je)\\s+(?:[\\p{L}]+\\s+)?(?:psychiater|dossier|therapeut|behandelaar|hamstring|knie|sessie|sessies|recept|bril|lenzen|cyclus)|(?:din|ditt|dina)\\s+(?:[\\p{L}]+\\s+)?(?:tid|behandling|besök|journal|depression|knä|rygg|recept|glasögon|linser|terapeut|psykiater|session|sessioner)|(?:pani|pana)\\s+(?:recept\\p{L}*|okular\\p{L}*|soczew\\p{L}*|terapi\\p{L}*|sesj\\p{L}*)',
      ],
      ['when you came in', 'when you were in', 'when you were here', 'while you were here', 'during your stay', 'we treated you', 'we saw you', 'lovely to see you', 'great to see you', 'nice to see you', 'good to see you', 'pleasure to meet you', 'nice to meet you', 'thank you for visiting', 'thanks for visiting', 'in the chair', 'in our chair', 'in our waiting room'],
    ),
  },
  {
    rule: 'clinical-detail',
    message: CLINICAL_MESSAGE,
    pattern: phrases([
      // Dental.
      'root canal', 'filling', 'crown', 'implant', 'extraction', 'wisdom tooth', 'wisdom teeth', 'cleaning', 'deep cleaning', 'scale and polish',
      'scaling', 'whitening', 'braces', 'aligners', 'invisalign', 'retainer', 'veneer', 'dentures', 'bridge work', 'night guard', 'mouthguard',
      'orthodontic', 'orthodontics', 'gum graft', 'bone graft', 'aftercare', 'periodontal', 'toothache', 'tooth sensitivity', 'sensitive teeth', 'cracked tooth', 'broken tooth',
      'novocaine', 'novocain', 'numbing', 'nitrous', 'laughing gas', 'local anaesthetic', 'local anesthetic', 'tmj', 'tmd', 'bruxism', 'teeth grinding',
      // Aesthetics.
      'botox', 'filler', 'lip filler', 'dermal filler', 'kybella', 'microneedling', 'laser', 'peel', 'chemical peel', 'hydrafacial', 'facial',
      'coolsculpting', 'liposuction', 'lip flip', 'thread lift', 'prp', 'iv drip', 'tattoo removal', 'hair removal',
      // Physiotherapy and musculoskeletal.
      'sciatica', 'acl', 'reconstruction', 'tendonitis', 'tendinitis', 'tendinopathy', 'sprain', 'whiplash', 'plantar fasciitis', 'frozen shoulder',
      'rotator cuff', 'herniated disc', 'slipped disc', 'scoliosis', 'concussion', 'dry needling', 'acupuncture', 'shockwave', 'rehab', 'rehabilitation',
      'post-op', 'postoperative', 'pelvic girdle', 'pelvic floor', 'hip replacement', 'knee replacement', 'flare-up', 'flare up', 'flared up', 'soreness', 'stiffness',
      // Aesthetics, as people say it.
      'tox', 'neurotoxin', 'dysport', 'juvederm', 'restylane', 'sculptra', 'crow’s feet', "crow's feet", 'wrinkles', 'fine lines', 'glp-1', 'semaglutide',
      'ozempic', 'wegovy', 'tirzepatide', 'mounjaro', 'weight loss injections', 'rosacea', 'acne', 'eczema', 'psoriasis', 'melasma', 'hyperpigmentation',
      'alopecia', 'hair loss', 'varicose', 'spider veins', 'sclerotherapy', 'ipl', 'the new lips', 'your lips',
      // Medical.
      'ivf', 'menopause', 'hrt', 'testosterone', 'thyroid', 'cholesterol', 'dementia', 'stroke', 'bruising', 'swelling', 'numbness', 'needles',
      'surgery', 'operation', 'biopsy', 'x-ray', 'scan', 'mri', 'ct scan', 'ultrasound', 'blood test', 'blood work', 'bloodwork', 'vaccination', 'vaccine',
      'injection', 'flu shot', 'numbing shot', 'stitches', 'sutures', 'anaesthetic', 'anesthetic', 'anaesthesia', 'anesthesia', 'sedation', 'sedated', 'physio', 'physiotherapy', 'therapy',
      'diagnosis', 'diagnosed', 'infection', 'infected', 'abscess', 'cavity', 'cavities', 'gum disease', 'gingivitis', 'periodontitis', 'decay',
      'cancer', 'tumour', 'tumor', 'diabetes', 'diabetic', 'pregnancy', 'pregnant', 'miscarriage', 'anxiety', 'depression', 'adhd', 'autism', 'asthma',
      'hypertension', 'blood pressure', 'arthritis', 'migraine', 'covid', 'allergy', 'allergic', 'fracture', 'injury', 'std', 'sti', 'hiv',
      'medication', 'prescription', 'prescribed', 'antibiotics', 'antibiotic', 'painkillers', 'ibuprofen', 'paracetamol', 'acetaminophen',
      'amoxicillin', 'opioids', 'valium', 'xanax',
      // As people say it, and a vet's and a children's dentist's work.
      'microblading', 'touch-up', 'touch up', 'fluoride', 'sealant', 'spacer', 'crutches', 'dizzy spells', 'dizziness', 'vertigo',
      'neuter', 'neutered', 'spay', 'spayed', 'incision', 'euthanasia', 'put to sleep', 'heartworm', 'dental disease',
      'bracket', 'brackets', 'tightening', 'elastics', 'rubber bands', 'expander', 'white spots', 'decalcification', 'poking wire',
      'broken wire', 'loose wire', 'follicle', 'follicles', 'progesterone', 'estrogen', 'oestrogen', 'egg retrieval', 'retrieval',
      'embryo', 'embryos', 'embryo transfer', 'bfp', 'stims', 'trigger shot', 'iui', 'ovulation', 'uterus', 'sperm', 'semen analysis',
      'infertility', 'fertility treatment', 'fertility journey', 'egg freezing', 'shingles', 'booster', 'dose', 'side effects',
      // Common medicines and conditions by name.
      'insulin', 'metformin', 'adderall', 'ritalin', 'vyvanse', 'eliquis', 'warfarin', 'lisinopril', 'atorvastatin', 'statins', 'prozac',
      'zoloft', 'sertraline', 'fluoxetine', 'lexapro', 'wellbutrin', 'antidepressant', 'antidepressants', 'ssri', 'oxycodone',
      'hydrocodone', 'tramadol', 'gabapentin', 'prednisone', 'steroids', 'albuterol', 'inhaler', 'epipen', 'birth control', 'plan b',
      'viagra', 'cialis', 'accutane', 'tretinoin', 'methotrexate', 'humira', 'chemo', 'chemotherapy', 'radiation therapy', 'dialysis',
      'clomid', 'letrozole', 'gonal-f', 'menopur', 'endometriosis', 'pcos', 'fibroids', 'adenomyosis', 'ibs', "crohn's", 'celiac',
      'lupus', 'multiple sclerosis', "parkinson's", "alzheimer's", 'epilepsy', 'seizure', 'seizures', 'bipolar', 'ptsd', 'ocd',
      'anorexia', 'bulimia', 'eating disorder', 'trastorno alimentario', 'trouble alimentaire', 'disturbo alimentare', 'essstörung',
      'ataque de pánico', 'ataques de pánico', 'attacco di panico', 'attacchi di panico', 'crise de panique', 'panikattacke', 'panikattacken',
      'zahnsanierung', 'disidratato', 'disidratata', 'deshidratado', 'déshydraté', 'dehydriert', 'hepatitis', 'uti', 'yeast infection', 'strep', 'pneumonia', 'bronchitis', 'glaucoma',
      'cataract', 'cataracts', 'macular degeneration', 'shingles vaccine', 'std test', 'sti test', 'pregnancy test',
      'molar', 'molars', 'rash', 'a cast', 'the cast', 'limp', 'limping', 'meds', 'pills', 'out of pain', 'kidney failure', 'kidney disease',
      'dehydration', 'iv fluids', 'sprain', 'sprained', 'stomach bug', 'ear infection', 'hip dysplasia', 'labs', 'lab results',
      'soro na veia', 'desidratação', 'desidratacao', 'esame del sangue', 'displasia', "displasia dell'anca", 'verstauchung', 'operatie',
      'hysteroscopy', 'laparoscopy', 'colposcopy', 'smear test', 'emergency contraception', 'morning-after pill', 'morning after pill',
      'contraception', 'contraceptive', 'the pill', 'kennel cough', 'parvo', 'hay fever', 'flu jab', 'covid jab', 'taping', 'kinesio',
      'amh', 'pgt-a', 'pgt', 'frozen transfer', 'frozen embryo', 'icsi', 'egg collection', 'antibiotico', 'antibiótico', 'antibiotique',
      'antibiotika', 'metformina', 'receta', 'rezept', 'ricetta', 'ordonnance', 'receita', 'recept', 'fisioterapia', 'kinésithérapie',
      'röntgenfoto', 'rontgenfoto', 'kroon', 'vulling', 'ontsteking', 'extração', 'extracao', 'otturazione', 'carie', 'vacina', 'vacuna',
      // Spanish, French and German.
      'endodoncia', 'empaste', 'extracción', 'limpieza dental', 'ortodoncia', 'blanqueamiento', 'carillas', 'implante', 'caries', 'cirugía', 'embarazo', 'ansiedad',
      'détartrage', 'dévitalisation', 'plombage', 'couronne', 'blanchiment', 'carie', 'chirurgie', 'grossesse', 'anxiété',
      'dolor lumbar', 'fisioterapia', 'rehabilitación', 'preenchimento', 'preenchimento labial', 'fisioterapia', 'dor nas costas', 'riabilitazione',
      'wurzelbehandlung', 'füllung', 'zahnreinigung', 'implantat', 'krone', 'bleaching', 'karies', 'schwangerschaft',
      'sedación', 'sedacion', 'láser', 'peeling', 'tratamiento de láser', 'rééducation', 'reeducation', 'kinésithérapie', 'kinesitherapie',
      'physiotherapie', 'hüft-op', 'knie-op', 'recuperação', 'recuperacao', 'tornozelo', 'cirurgia', 'tratamento',
      'vaccino', 'antinfluenzale', 'spermiogramm', 'spermiogram', 'transferencia de embriones', 'transferencia', 'fiv', 'ovulación',
      // Eyes, ears, sleep and the mind: an optician's, an audiologist's, a sleep clinic's, a counsellor's work.
      'progressive lenses', 'progressives', 'varifocals', 'varifocal', 'bifocals', 'multifocals', 'dilation', 'dilating drops', 'eye drops',
      'cataract', 'macular degeneration', 'astigmatism', 'myopia', 'short-sighted', 'long-sighted', 'nearsighted', 'farsighted', 'lasik',
      'lazy eye', 'amblyopia', 'dry eye', 'conjunctivitis', 'retina', 'retinal', 'floaters', 'hearing aid', 'hearing loss', 'tinnitus',
      'audiogram', 'hearing test', 'hearing assessment', 'earwax', 'ear wax', 'microsuction', 'cochlear implant', 'ear moulds', 'ear molds',
      'custom moulds', 'sleep apnoea', 'sleep apnea', 'apnoea', 'apnea', 'cpap', 'bipap', 'insomnia', 'sleep study', 'polysomnography',
      'narcolepsy', 'melatonin', 'restless legs', 'sleeping pills', 'zopiclone', 'zolpidem', 'ambien', 'grief', 'bereavement',
      'couples therapy', 'couples counselling', 'couples counseling', 'marriage counselling', 'cbt', 'emdr', 'trauma', 'panic attack',
      'self-harm', 'suicidal', 'addiction', 'burnout', 'postnatal depression', 'postpartum', 'obsessive-compulsive', 'coping strategies',
      'gleitsichtgläser', 'gleitsichtbrille', 'hörgerät', 'hörgeräte', 'hörverlust', 'schlafapnoe', 'schlaflosigkeit', 'paartherapie',
      'audífono', 'audífonos', 'pérdida auditiva', 'insomnio', 'apnea del sueño', 'terapia de pareja', 'lentes progresivas', 'lentillas',
      'verres progressifs', 'appareil auditif', 'appareils auditifs', 'perte auditive', 'acouphènes', 'apnée', 'insomnie', 'thérapie de couple',
      'perda auditiva', 'aparelho auditivo', 'aparelhos auditivos', 'lentes progressivas', 'insónia', 'insônia', 'apneia', 'terapia de casal',
      'apparecchio acustico', 'apparecchi acustici', 'perdita uditiva', 'acufene', 'insonnia', 'lenti progressive', 'terapia di coppia',
      'disturbo ossessivo', 'gehoorapparaat', 'gehoorapparaten', 'gehoorverlies', 'slaapapneu', 'slapeloosheid', 'relatietherapie',
      // Feet, children, cosmetic surgery and urgent care: a podiatrist's, a paediatrician's, a plastic surgeon's, a walk-in clinic's work.
      'ingrown toenail', 'ingrown nail', 'toenail', 'toenails', 'nail avulsion', 'avulsion', 'verruca', 'verrucas', 'plantar wart', 'heel spur',
      'flat feet', 'bunion', 'bunions', 'orthotics', 'orthotic', 'insoles', 'corns', 'callus', 'calluses', 'fungal nail', 'nail fungus',
      "athlete's foot", 'gout', 'neuroma', 'diabetic foot', 'wound dressing', 'croup', 'newborn check', 'well-baby check', 'well-child',
      'immunisation', 'immunisations', 'immunization', 'immunizations', 'vaccinations', 'jabs', 'tetanus', 'fever', 'high temperature', 'chickenpox',
      'measles', 'bronchiolitis', 'rsv', 'colic', 'reflux', 'tonsillitis', 'tonsils', 'tongue tie', 'tongue-tie', 'jaundice', 'nappy rash',
      'diaper rash', 'speech delay', 'developmental delay', 'growth chart', 'rhinoplasty', 'nose job', 'blepharoplasty', 'eyelid surgery',
      'facelift', 'face lift', 'breast augmentation', 'breast reduction', 'breast implants', 'boob job', 'tummy tuck', 'abdominoplasty', 'bbl',
      'brazilian butt lift', 'mommy makeover', 'lipo', 'otoplasty', 'compression garment', 'surgical drains', 'keloid', 'keloids', 'scarring', 'scar',
      'scars', 'graft', 'grafts', 'hair transplant', 'laceration', 'splint', 'sling', 'nebuliser', 'nebulizer', 'urine test', 'covid test',
      'rinoplastia', 'rhinoplastie', 'rinoplastica', 'liposucción', 'liposuccion', 'liposuzione', 'lipoaspiração', 'lipoaspiracion',
      'blefaroplastia', 'blépharoplastie', 'abdominoplastie', 'inflamación', 'hinchazón', 'cicatriz', 'cicatrice', 'cicatrices', 'bronchiolite',
      'bronquiolitis', 'otite', 'otitis', 'fièvre', 'fiebre', 'febbre', 'febre', 'vacunas', 'vaccins', 'vaccinazioni', 'vacinas', 'pós-operatório',
      'pós-operatória', 'pós-operatórias', 'postoperatorio', 'postoperatoire', 'hielspoor', 'steunzolen', 'ingegroeide teennagel', 'likdoorn', 'eelt',
      'wrat', 'zabieg', 'zabiegu', 'liposukcja', 'liposukcji', 'wkładki ortopedyczne', 'wkładki', 'paznokieć', 'paznokcia', 'gorączka', 'gorączki',
      'szczepienie', 'szczepienia', 'operacja', 'operacji', 'fratura', 'fractura', 'frattura', 'złamanie', 'złamania', 'breuk',
      // A physio's, an optometrist's, a fertility clinic's and a psychiatrist's words, in several languages.
      'achilles', 'achilles tendon', 'hamstring', 'calf strain', 'shockwave therapy', 'toric', 'toric lenses', 'blurry vision', 'blurred vision',
      'donor match', 'egg donor', 'sperm donor', 'donor eggs', 'donor sperm', 'stimulation protocol', 'ovarian stimulation', 'ponction',
      'ponction ovocytaire', 'tendinite', 'myopie', 'psychiatre', 'psychiater', 'psichiatra', 'psiquiatra', 'recepta', 'receptu',
      // An ear's, a neutering's, a vaccination's words in more languages.
      'eardrum', 'perforated eardrum', 'ear drum', 'kastration', 'kastriert', 'sterilisation', 'impfung', 'impfungen', 'zahnsteinentfernung',
      'castration', 'castratie', 'castración', 'castrazione', 'castração', 'kastrering', 'sterilisatie', 'esterilización', 'sterilizzazione',
      'vaccinatie', 'vaccinering', 'cukrzyca', 'cukrzycy', 'cukrzycą', 'kotoran telinga', 'pembersihan telinga', 'vaksin', 'vaksinasi',
      'sterilisasi', 'kebiri', 'kısırlaştırma', 'aşı', 'ameliyat', 'nazorg',
      // An eye clinic's, an orthodontist's, a fertility clinic's words in more languages (eleventh review).
      'headache', 'headaches', 'eye pressure', 'the drops', 'your drops', 'xalatan', 'lumigan', 'travatan', 'latanoprost', 'ohss',
      'congiuntivite', 'conjuntivitis', 'conjuntivite', 'bindehautentzündung', 'progesterona', 'progestérone', 'progesteron', 'injeções',
      'injecções', 'inyecciones', 'iniezioni', 'injections', 'zahnspange', 'beugel', 'eizellentnahme', 'embryotransfer', 'punción ovárica',
      // Thirteenth review: acupuncture, glaucoma, eggs frozen, hormone levels, hyaluronic filler, mesotherapy in more languages.
      'akupunktur', 'akupunkturen', 'acupuntura', 'agopuntura', 'fizioterapie', 'kinetoterapie', 'fizjoterapia', 'sjukgymnastik', 'glaucome',
      'glaukom', 'cataratta', 'catarata', 'cataracte', 'grå starr', 'ovocytes', 'ovociti', 'ovocitos', 'ovócitos', 'fivet',
      'hormonwerte', 'hormonspiegel', 'valori ormonali', 'niveles hormonales', 'taux hormonaux', 'ácido hialurónico', 'acido ialuronico',
      'acide hyaluronique', 'hyaluronsäure', 'mezoterapia', 'mesoterapia', 'mesotherapie', 'mésothérapie', 'stimolazione',
    ]),
    // Pain, however it is named: "chronic pain", "dolor lumbar", "Knieschmerzen", "douleurs"; a treatment in German, French, Spanish, Italian, Portuguese.
    also: anyOf([
      '(?:chronic|back|neck|knee|shoulder|hip|joint|jaw|tooth|nerve|lower back|pelvic(?: girdle)?|muscle|post-?op(?:erative)?|period|chest)\\s+pain',
      // Dutch and Polish compounds and cases: "laserbehandeling", "zapalenie ucha".
      '\\p{L}+behandeling(?:en)?|zapaleni[\\p{L}]*\\s+[\\p{L}]+',
      '\\p{L}*(?:schmerz(?:en)?|verletzung(?:en)?)|dolor(?:es|e|i)?\\s+(?:de\\s+|al\\s+|alla\\s+)?\\p{L}+|douleurs?(?:\\s+\\p{L}+)?|dores?\\s+(?:nas?|no|de)\\s+\\p{L}+',
      // Medicines and conditions by the endings their names share in every language (international
      // nonproprietary names: isotretinoin, omeprazol, amoxicilina; -itis, -ectomy, -oma), so one
      // never listed is still seen.
      `(?!${NOT_CLINICAL})\\p{L}{3,}(?:${DRUG_ENDINGS})(?:a|e|o|um|s|es)?`,
      `(?!${NOT_CLINICAL})\\p{L}{3,}(?:${CONDITION_ENDINGS})`,
    ]),
  },
  {
    rule: 'visit-time',
    message: 'Gives a date or time of a visit: that confirms someone was there, and when.',
    pattern: anyOf([
      // A single day ("on Tuesday", "Monday afternoon"), not opening hours ("on Saturdays").
      `(?:on|last|this past|this|that)\\s+(?:${WEEKDAYS})`,
      `(?:${WEEKDAYS})\\s+(?:morning|afternoon|evening|night|lunchtime)`,
      `(?:${WEEKDAYS})\\s+(?:appointment|visit|booking|slot|session|cleaning|check-?up|consultation)`,
      '(?:meeting|seeing|met|saw|treating|treated|having|had)\\s+you(?:\\s+here)?\\s+(?:today|tonight|this (?:morning|afternoon|evening))',
      "(?:your|ur|the)\\s+\\d{1,2}[.:]\\d{2}(?![\\p{N}])",
      'the other (?:morning|afternoon|evening|night)|a fortnight ago|last fortnight|',
      'yesterday|this morning|this afternoon|last night|last week|last month|last weekend|this past weekend|over the weekend|earlier today|earlier this (?:week|month)|the other day|the other week',
      `(?:${NUMBER_WORD})\\s+(?:\\w+\\s+)?(?:days?|weeks?|fortnights?|months?|hours?)\\s+ago`,
      // How long they waited: "you waited 45 minutes", "your two-hour wait".
      `${THEY_WAITED}(?:${WAIT_VERB}|sat)\\s+(?:for\\s+)?(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+|about\\s+|around\\s+|close to\\s+)?(?:${NUMBER_WORD}|\\d+)\\s+(?:minutes|mins|hours|hrs)|your\\s+(?:${NUMBER_WORD}|\\d+)[\\s-]+(?:minute|min|hour|hr)\\s+wait`,
      `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?`,
      `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})`,
      'on the \\d{1,2}(?:st|nd|rd|th)',
      // Not "24/7": always open.
      '(?!24/7(?![\\p{N}/]))\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\p{N}/])',
      '\\d{4}-\\d{2}-\\d{2}',
      '\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}',
      // A time of day: "at 3pm", "the 2pm slot", "10:30".
      "(?:at|the|your|an?|for)\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o['’]clock)",
      '\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)\\s+(?:slot|appointment|booking|visit|session)',
      '\\d{1,2}:\\d{2}\\s*(?:am|pm)?',
      // Spanish, French and German: "el martes pasado", "le 5 mars", "am Dienstag", "gestern".
      `(?:el|este|pasado|ce|am|letzten|letzte|vergangenen|di|il|lo|na|no|nesta|neste|questo|quel)\\s+(?:${WEEKDAYS_INTL})`,
      `(?:de|en|a|à|di|im|in)\\s+(?:${MONTHS_INTL})`,
      `(?:${WEEKDAYS_INTL})(?:abend|morgen|mittag|nachmittag|vormittag)`,
      '(?:às|as|alle|om|um)\\s+\\d{1,2}(?:[:h.]\\d{2})?\\s*(?:h|uhr|uur)?',
      `(?:${WEEKDAYS_NL})(?:ochtend|middag|avond|nacht)?|gisteren(?:ochtend|middag|avond)?|(?:vorige|afgelopen) (?:week|maand|weekend)|la settimana scorsa|ieri sera`,
      `(?:${WEEKDAYS_INTL})\\s+(?:pasado|dernier|passé|scorso|scorsa|passato|passada|passado)`,
      // Swedish: "på tisdag", "i fredags", "nästa måndag".
      '(?:på|i|nästa|förra|till|om)\\s+(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:s|en)?',
      `\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTHS_INTL}|${MONTHS_PL})`,
      'ayer|la semana pasada|la semaine dernière|gestern|letzte woche|ontem|ieri|hier soir|la semana pasada|semana passada|(?:del|el|este) (?:sábado|sabado|domingo|lunes|martes|miércoles|miercoles|jueves|viernes)',
    ]),
  },
  {
    rule: 'money',
    message: 'Mentions insurance, a bill or an amount: payment details are private.',
    pattern: new RegExp(
      `(?:[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?|\\d[\\d.,]*\\s?[€£](?![\\p{L}])|\\d[\\d,.]*\\s?(?:dollars?|euros?|pounds?|usd|eur|gbp|chf|franken|bucks|quid|grand|zł|zl|pln|złotych|zlotych|libras?|libbre|sterlin\\p{L}*|liras?|reais|pesos?|dolar\\p{L}*|dólares|dolares|dollari|kronor|kroner|kr|sek|nok|dkk|rupees?|inr|rupiah|tl)(?![\\p{L}])|(?:rp|inr|tl)\\.?\\s?\\d[\\d.,]*|${anyOf(
        [
          'out[- ]of[- ]pocket',
          // Amounts in words: "two hundred dollars", "fifty quid".
          '(?:\\p{L}+[ -])?(?:hundred|thousand|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a few|few)\\s+(?:dollars|pounds|euros|bucks|quid)',
          '(?:waived|refunded|returned|kept|took|taken)\\s+(?:the|your|a)\\s+(?:excess|deposit|fee|charge|payment)|(?:the|your)\\s+(?:excess|deposit)',
          "(?:plan|policy|insurance|insurer|voucher|scheme|funding)\\s+(?:doesn['’]t|does not|didn['’]t|did not|won['’]t|will not|wouldn['’]t|would not)\\s+cover",
          "(?:is|was|isn['’]t|wasn['’]t|not|be|been|are|were)\\s+covered",
          // A funder's decision on their case: "the VA didn't approve the replacement".
          "(?:didn['’]t|did not|won['’]t|wouldn['’]t|would not|refused to|declined to)\\s+(?:approve|authori[sz]e|pre-?approve|fund)\\s+(?:the|your|it|this|that|a)|(?:prior|pre-?)\\s?authori[sz]ation",
          '(?:the|your|a|this|that)\\s+(?:cost|price|quote|estimate)',
          // Not "in charge"; French insurance, not "our assurance".
          '(?<!in\\s)(?<!en\\s)(?:charge[sd]?|overcharged)',
          // A payment, but not a warning about scams asking for payment details.
          '(?:payments?|paid)(?!\\s+(?:details|information|info|card))',
          "(?:votre|l['’]|son|mon|une|notre)\\s?assurance",
          // Who paid for their care: "your funding from the health board", "had to be self-funded"; Swedish charges.
          '(?:your|the)\\s+funding|self-?fund\\p{L}*|self-?pay|privately funded|debiter\\p{L}*|återbetalning\\p{L}*|avgift\\p{L}*',
        ],
        [
          'insurance', 'insurer', 'insured', 'medicaid', 'medicare', 'copay', 'co-pay', 'copayment', 'deductible', 'coverage', 'covered by', 'claim',
          'tricare', 'delta dental', 'cigna', 'aetna', 'humana', 'metlife', 'blue cross', 'blue shield', 'bupa', 'unitedhealthcare', 'united healthcare', 'kaiser',
          'bill', 'billed', 'billing', 'invoice', 'invoiced', 'balance', 'refund', 'refunded', 'fee', 'cost you',
          'financing', 'payment plan', 'collections',
          'seguro', 'factura', 'cobro', 'reembolso', 'pago', 'mutuelle', 'facture', 'paiement', 'remboursement', 'versicherung',
          'krankenkasse', 'rechnung', 'zahlung', 'erstattung', 'depozito', 'depozitoyu', 'iade', 'fatura', 'faturanız', 'sigorta', 'ödediğiniz',
          'ödemeniz', 'cobrado', 'cobrada', 'cobrou', 'cobramos', 'tagihan', 'asuransi', 'pembayaran',
        ],
      ).source})`,
      'giu',
    ),
  },
  {
    rule: 'arguing',
    message: 'Argues, blames or accuses: in public that only makes it worse; acknowledge and take it offline.',
    pattern: anyOf(
      [
        "(?:that|this|it|which|what you (?:say|said|wrote|describe))(?:['’]s| is| was)\\s+(?:simply |just |completely |totally |entirely |absolutely )?(?:not (?:true|accurate|correct|the case|what happened|how it happened)|untrue|false|inaccurate|incorrect|a lie|a misrepresentation)",
        '(?:this|the|your) (?:review|post|comment|account|story|version)\\s+(?:is|was)\\s+(?:simply |completely |totally |entirely |a bit |quite |very )?(?:false|fake|untrue|inaccurate|misleading|unfair|a lie|lies|made up|fabricated|a fabrication|dishonest|not (?:true|accurate|fair))',
        "(?:did not|didn['’]t)\\s+happen|never happened|not what happened|never took place|not how it happened",
        // Twelfth review: the fault handed back, a put-down, sarcasm about their money or their expertise.
        "you\\s+(?:were|was)\\s+(?:the one\\s+)?(?:shouting|yelling|screaming|swearing|raising your voice)|you(?:['’]re| are)\\s+the problem|(?<=,\\s{0,2})not\\s+(?:us|him|her|them|we|me|the (?:clinic|practice|team|staff|doctor|dentist|vet))(?=\\s*[.!])|funny how (?:this|your|the) (?:review|post|comment)|(?:this|your) review (?:appeared|showed up|came) (?:right |just )?after|(?:perhaps|maybe)\\s+(?:[\\p{L}'’]+\\s+){0,4}?(?:isn['’]t|is not|wasn['’]t|just isn['’]t)\\s+for you|(?:more|better)\\s+(?:within|suited to)\\s+your\\s+budget|(?:try to |manage to )?survive without your (?:business|custom|money)|thanks for the expert opinion|run (?:our|my|all our) (?:\\p{L}+\\s+)?decisions (?:past|by) you|we\\s+(?:completely\\s+|totally\\s+|strongly\\s+|firmly\\s+)?reject\\s+(?:this|these|your|that)|se\\s+(?:avesse|aveste|avessi)\\s+(?:\\p{L}+\\s+){0,4}?prima|vous avez manqué\\s+(?:\\p{L}+\\s+){0,2}?rendez-vous|(?:o senhor|a senhora|você|voce)\\s+chegou\\s+(?:\\p{L}+\\s+){0,3}?atrasad[oa]|\\d+\\s+minutos\\s+atrasad[oa]",
        "(?:our|the|my) (?:staff|team|dentist|doctor|hygienist|nurse|receptionist|employees?)(?: members?)?\\s+(?:did nothing wrong|(?:acted|behaved|handled (?:it|this|the situation)) (?:appropriately|professionally|correctly|properly)|(?:was|were) not (?:rude|at fault|to blame)|(?:would|will) never|followed (?:the|our|all|every|proper|standard))",
        "(?:no one|nobody|none of us)\\s+(?:on|in|at) our (?:team|staff|office|practice)\\s+would|would never (?:say|do|treat|speak)",
        "(?:if you had(?:n['’]t)?|if you['’]d|had you(?: not)?)\\s+(?:only\\s+|just\\s+)?(?:arrived|called|read|followed|listened|told|checked|come|shown|paid|bothered|asked|been on time|worn|used|done|taken|attended|rested|stuck to)",
        "(?:a )?history of (?:making |posting |leaving )?(?:false|fake|malicious|unfounded) (?:complaints|reviews|claims|accusations)|malicious (?:review|post|complaint|comment)s?|det stämmer inte|du kom (?:för )?sent|(?:no es justo|no es correcto) (?:culparnos|culpar)|usted (?:faltó|falto|llegó tarde|llego tarde|no vino|no asistió|no asistio)",
        "you(?:['’]re| are| were)\\s+(?:lying|wrong|mistaken|rude|late|aggressive|abusive)|you lied|you failed to|you forgot to|you refused|you chose (?:not )?to|you should have|you should(?:n['’]t)? (?:be|know)|you need to (?:understand|calm|read)|you (?:never|didn['’]t|did not) (?:told|tell|call|called|show|showed|pay|paid|mention|mentioned|bother|follow|read|arrive|keep|kept|bring|brought|wear|wore|attend|attended|do|collect|collected|complete|completed|return|returned|fill|sign|signed|finish|finished|cancel|turn up|show up|rest|stop|use|apply|take|listen|stick)(?![\\p{L}])",
        // Turkish, Dutch and Scandinavian: a lie called, their part in it pointed out.
        "yalan(?:dır)?|doğru değil(?:dir)?|iftira\\p{L}*|gerçeği yansıtm\\p{L}*|(?:dat|het|dit) klopt (?:\\p{L}+\\s+)?niet|u heeft (?:[\\p{L}-]+\\s+){0,4}?niet (?:opgevolgd|gelezen|betaald|gebeld|gedragen|gevolgd|nageleefd|gebruikt|gemeld)|u bent (?:te laat|niet (?:gekomen|verschenen))|det (?:er|är) (?:ikke|inte) (?:sant|sandt|rigtigt|riktigt|korrekt)|det (?:passer|stemmer) ikke|lögn|løgn",
        '(?:your|the customer[’\']?s|the patient[’\']?s) (?:own )?(?:fault|responsibility|mistake|choice)',
        'you (?:claim|claimed|allege|alleged|say you|insist)|(?:false|baseless|unfounded) (?:claims?|accusations?|allegations?|statements?|information)|misrepresent\\w*|mischaracteri[sz]\\w*|exaggerat\\w*|twist(?:ing|ed) (?:the|our) (?:facts|words|story)',
        "(?:find it |it(?:['’]s| is) )?(?:hard|difficult) to believe|(?:doesn['’]t|does not|do not|don['’]t) (?:match|reflect|align with) (?:ours|our|what)|your account of (?:events|what happened)",
        "(?:isn['’]t|is not|wasn['’]t|was not|hardly)\\s+(?:an?\\s+)?(?:accurate|fair|true|honest|correct|complete|full)\\s+(?:account|description|picture|reflection|representation|version|summary)|one (?:version|side) of (?:events|the story)|your side of the story",
        "(?:perhaps|maybe)\\s+(?:reflect|consider how|if|next time you)|(?:had|have)\\s+actually\\s+been\\s+(?:followed|done|read)|if you had actually|(?:suggests?|shows?) (?:most|other) people|most people see (?:things|it)|(?:deserve|deserves) better than this|won['’]t be responding to",
        'for the record|(?:set|setting) the record straight|the (?:truth|fact|reality) is|the facts are|contrary to (?:what|your)|your version of events',
        // Blame put back on them, however politely: "you were told", "which we explained at intake", "you're the one who".
        "you(?:['’]re| are) the one who|you were (?:told|informed|advised|warned|made aware|given|shown|offered|notified|reminded)|you (?:agreed|consented) to|you signed|you (?:declined|refused|left before|walked out|no-?showed|no showed)|no-?showed|(?:as|which|what) we (?:explained|told you|informed you|made clear|stated|outlined)|as (?:was )?explained (?:to you|at|during|before)",
        // Their lateness, absences and cancellations held against them: "you were 15 minutes late", "you missed three appointments".
        "you(?:['’]re| are| were)\\s+(?:[\\p{L}\\d]+\\s+){1,4}?late(?![\\p{L}])|you (?:missed|skipped|didn['’]t attend|did not attend)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:appointments|sessions|visits|doses|check-?ups|follow-?ups)(?![\\p{L}])|you (?:cancell?ed|rescheduled)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:with|at|on)\\s+(?:less than|under|short|only|the last)|not because of (?:anything|something) (?:we|our)|(?:proves?|prove) (?:it|that|this|otherwise)(?![\\p{L}])",
        "(?:because|since|as) you (?:arrived|came|showed up|turned up|got here|were)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?late|you (?:arrived|came|showed up|turned up)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?late|(?:as )?per (?:our )?(?:policy|policies|terms)|the fee applies",
        // Defending the staff or the work instead of listening: "X followed protocol", "did nothing wrong", "not anyone's fault".
        "followed (?:all |every |our |the |standard |proper |correct |safety )*(?:protocols?|procedures?|policy|policies|guidelines|the rules)|did (?:nothing|not do anything) wrong|(?:not|isn['’]t|wasn['’]t) (?:anyone|anybody|any one|our|the clinic['’]s|the practice['’]s)['’]?s? fault|no one['’]s fault|nobody['’]s fault|(?:was|were)(?: not|n['’]t) (?:caused by|due to|the fault of)|(?:he|she|they|we)\\s+(?:did not|didn['’]t|never)\\s+(?:raise|yell|shout|say|touch|leave|ignore|refuse|rush|push|lie)|handled (?:your|the|her|him|them)\\s+(?:[\\p{L}'’-]+\\s+)?(?:gently|carefully|appropriately|professionally|properly)",
        // Insisting on what was done, or the evidence against them: "he did explain", "you did sign", "we checked the cameras".
        "(?:he|she|they|we|you|the [\\p{L}]+|our [\\p{L}]+)\\s+did\\s+(?:explain|counsel|tell|warn|inform|mention|discuss|go over|advise|sign|agree|receive|get|book|pay|call|try)|(?:checked|reviewed|looked at|pulled|watched)\\s+(?:the|our)\\s+(?:cameras?|footage|cctv|recordings?|logs?|call logs?|video)",
        "not being (?:honest|truthful|fair)|end of story|we stand by|(?:we|our team|our staff|i)\\s+(?:did not|didn['’]t|never)\\s+(?:damage|break|cause|scratch|lose|hurt|miss)|the (?:photos|footage|records?|pictures|video) (?:prove|show|confirm)s?|(?:that['’]s|those are) the facts|causad[oa]s? por (?:usted|ti)|causati da (?:lei|te)|(?:noted|understood|appreciated)[,;]?\\s+(?:however|but)|(?:this|your|the) (?:review|complaint|post) is (?:just )?(?:an attempt|a ploy|a scam|a way)|attempt to get (?:something|a free|free|a refund|money|compensation)",
        // Contradiction and rebuttal openers: "Not true.", "With all due respect", "We'd like to clarify".
        "(?:^|[.!?]\\s+)not (?:true|accurate|correct)|all due respect|(?:^|[.!?\\n]\\s*)(?:with respect|respectfully|frankly|to be fair),|(?:we(?:['’]d| would) like to|we want to|let us|let me|just to|to) clarify|,\\s*not us\\b",
        'some people (?:write|post|leave|just|will|like to|love to)|without knowing the facts|(?:reported|flagged) (?:this|your) (?:review|post|comment)|as fake|(?:fake|fraudulent|false) review|not a real (?:patient|customer|review)',
        // Showing them the door, or the fault elsewhere: "maybe take your business elsewhere", "the surgery's mistake, not ours".
        "take your (?:business|custom|dog|pet|car|money) elsewhere|(?:go|look|shop) elsewhere|some people (?:are|will) never (?:be )?(?:happy|satisfied|pleased)|(?:can['’]t|cannot) please everyone|(?<=,\\s*)not (?:ours|our\\s+[\\p{L}]+)|(?:mistake|error|fault) was (?:the [\\p{L}]+['’]s|theirs|yours|on your (?:end|side))",
        // Their care of it blamed: "they weren't cleaned as instructed"; "Lei sta mentendo".
        "(?:not|never|\\p{L}+n['’]t)\\s+(?:been\\s+)?(?:[\\p{L}]+\\s+){0,4}?(?:as|like)\\s+(?:instructed|directed|advised|prescribed|shown|explained|told|recommended)|(?:sta|stai|está|estás|estão|está a)\\s+(?:a\\s+)?ment(?:endo|iendo|indo|ir)|u liegt|je liegt|lügen sie",
        // Cause denied, policy cited at them: "not caused by our surgeons", "the fee applies to every family".
        "not (?:caused by|due to|the result of|a result of|down to)\\s+(?:our|us|anything we)(?![\\p{L}])|(?:fee|charge|policy|policies|rules?)\\s+(?:applies|apply)\\s+to\\s+(?:all|every|everyone|everybody|each)(?![\\p{L}])",
        // Other languages: a lie called, the fault put back on them.
        "(?:^|[.!?¡]\\s*)(?:mentira|mensonge|bugia|menzogna|kłamstwo|leugen)(?![\\p{L}])|(?:to|jest|są)\\s+(?:nieprawda|nieprawdziw\\p{L}*|kłamstwo)|(?:la\\s+)?colpa non è (?:nostra|mia)|(?:la\\s+)?culpa no es (?:nuestra|mía|mia)|(?:a\\s+)?culpa não é (?:nossa|minha)|ce n['’]est (?:\\p{L}+\\s+)?pas (?:de\\s+)?notre faute|vous (?:êtes|etes) (?:arrivée?s?|venue?s?) en retard|(?:sie sind|sie kamen) (?:\\p{L}+\\s+){0,3}?zu spät|(?:lei è|è) arrivat[oa] in ritardo|(?:você|voce|o senhor|a senhora) (?:chegou|veio) atrasad[oa]|nicht unsere schuld|niet onze schuld|nie (?:z\\s+)?naszej winy|to nie (?:nasza|moja) wina|(?:o senhor|a senhora|você|voce)\\s+(?:recebeu|foi informad[oa]|foi avisad[oa]|assinou|concordou)|(?:lei|tu)\\s+non\\s+ha(?:i)?\\s+(?:portato|seguito|letto|pagato|chiamato|rispettato)|vous n['’]avez pas (?:suivi|respecté|apporté|lu|payé)",
        // Thirteenth review: the fault handed back ("it was you who"), their notes held against them, an eye-roll,
        // the small print, "Noted."; in Swedish, Romanian, Turkish, French, Italian and German too.
        "it (?:was|is) (?:you|u) (?:who|that)|(?:documented|noted|recorded|wrote down|written down) that (?:you|u)(?![\\p{L}])|(?:that|this|it|which)\\s+(?:was|were)\\s+(?:all\\s+|clearly\\s+|fully\\s+)?explained to (?:you|u)|(?:read|reading|check|checking)\\s+the\\s+(?:small|fine)\\s+print|(?:next time|maybe|perhaps),?\\s+(?:try\\s+)?(?:read|reading|check|checking)\\s+(?:the|our)\\s+(?:terms|instructions|label|policy|website)|(?:this|your) (?:review|post|comment) (?:can['’]t|cannot|couldn['’]t|could not) (?:be|have been) (?:about|true|genuine|real)|(?<=(?:^|[.!?])\\s*)noted\\.?\\s*$",
        "(?:ni|du) har fel|det (?:visar|bevisar) (?:vårt|våra|vår)|nu (?:este|e) (?:adevărat|adevarat|corect)|minciun\\p{L}*|geç (?:geldiniz|kaldınız)|(?:gerçeği )?çarpıt\\p{L}*|(?:cet|votre) avis (?:est )?(?:injuste|faux|mensonger|diffamatoire)|(?:ne (?:pouvons|pouvez) pas|refusons d['’])\\s*accepter|non (?:è |e )?(?:stat[oa] )?(?:per )?colpa nostra|falsità|sie haben (?:[\\p{L}]+\\s+){0,3}?(?:nicht|nie) (?:gemacht|befolgt|bezahlt|abgeholt|gelesen)",
        // Spanish, French and German.
        'das stimmt (?:\\p{L}+ )?nicht|no es (?:cierto|verdad)|eso no es lo que pasó|usted lo sabe|non è (?:\\p{L}+ )?(?:vero|cos[iì]|corretto)|não é verdade|das ist nicht wahr|nicht der wahrheit|entspricht nicht|es (?:falso|mentira)|usted miente|miente|c[’\']est faux|ce n[’\']est pas vrai|c[’\']est un mensonge|vous mentez|das stimmt nicht|(?:ist|sind) falsch|sie lügen|eine lüge',
      ],
      ['liar', 'you lied', 'your fault', 'made up', 'clearly never', 'obviously never', 'nonsense', 'ridiculous', 'how dare you', 'shame on you', '🙄', '😒'],
    ),
  },
  {
    rule: 'legal-threat',
    message: 'Threatens legal action or demands the review be taken down: report it to the platform instead.',
    pattern: anyOf(
      [
        'injunction|(?:juridische|gerechtelijke) stappen|rechtszaak|aanklagen|smaad|laster|advocaat|advocaten|verwijder (?:deze|uw|je) (?:recensie|review|beoordeling)|process(?:ar|á-l[ao]|a-l[ao]|aremos|á-lo|a-lo)|difamação|difamacao|rechtliche schritte|gerichtlich|einstweilige verfügung|medidas legales|vía judicial|via judicial|action en justice|mesures juridiques|vie legali|azioni legali|(?:legal|law)\\s+(?:team|department|counsel|firm|action|steps|options|recourse|remedies|proceedings|advice|advisers?|advisors?)|our counsel|pursue legal|further legal action',
        '(?:forced|obliged|compelled)\\s+to\\s+(?:take|pursue|escalate|act)|reserve (?:the|our|all)\\s+rights?|(?:pursue|seek)\\s+(?:all|any|every|appropriate)\\s+(?:remedies|options|avenues|action)|(?:appropriate|relevant)\\s+authorities',
        "(?:apague|remova|retire)\\s+(?:esta|sua|a)\\s+(?:avaliação|avaliacao|publicação|review)|(?:rimuova|cancelli|elimini)\\s+(?:questa|la)\\s+recensione|avvocat[oi]|querela|diffamazione|advogad[oa]s?|processo judicial",
        // Polish: "usunięcie tej opinii", a lawyer, a lawsuit.
        '(?:usunięcie|usuniecie|usunąć|usunac|usunie|usuń|usun)\\s+(?:(?:tej|tego|tę|te|swojej|swojego|swoją|pani|pana|pan)\\s+){0,2}(?:opinii|opinię|opinie|recenzji|recenzję|komentarza|komentarz|wpisu|wpis|oceny|ocenę)|prawni\\p{L}*|(?:trafi|skierujemy|pójdzie|pojdzie)\\s+do\\s+sądu|do sądu|pozew|pozwiemy|zniesławieni\\p{L}*|kroki prawne',
        // "Kindly delete this post", "remove your review", "take the review down", "we expect it retracted".
        '(?:delete|remove|retract|withdraw|take down)\\s+(?:this|your|that)\\s+(?:[\\p{L}-]+\\s+)?(?:review|post|comment|rating|statement|content)s?',
        '(?:edit|amend|update|correct|change)\\s+your\\s+(?:[\\p{L}-]+\\s+)?(?:review|post|comment|rating)s?',
        '(?:take|taking)\\s+(?:this|your|the|that|it)\\s+(?:(?:review|post|comment)\\s+)?down|retract\\w*|retraction',
        // Asked in the passive: "this review must be removed", "we expect the post to be deleted".
        "(?:review|post|comment|rating|content|statement|it)s?(?:\\s+[^.!?\\s]+){0,8}?\\s+(?:must|should|needs? to|has to|have to|is to|will have to)\\s+be\\s+(?:removed|deleted|taken down|withdrawn|edited|amended)|(?:expect|ask|request|require|want|insist)\\s+(?:that\\s+)?(?:this|your|the|that)\\s+(?:[\\p{L}-]+\\s+)?(?:review|post|comment|rating)s?\\s+(?:to\\s+)?be\\s+(?:removed|deleted|taken down|withdrawn)",
        "(?:you(?:['’]ll| will)\\s+(?:be\\s+)?hear(?:ing)?\\s+from)\\s+(?:our|my)\\s+\\w+|(?:report|reported|reporting)\\s+you\\s+to|(?:the\\s+)?police|cease and desist",
        // Spanish, French and German.
        'abogados?|demandar(?:emos|le)?|una demanda|difamaci[óo]n|(?:elimine|borre|retire|quite)\\s+(?:esta|su|la)\\s+reseña|acciones legales|avocats?|(?:porter|déposer) plainte|diffamation|(?:supprimer|retirer|supprimez|retirez)\\s+(?:cet|votre|cette|ce)\\s+(?:avis|commentaire)|poursuites|anwalt|anwältin|rechtsanw\\p{L}+|anwälte|advokat\\p{L}*|ta bort (?:den här |denna |din |er )?(?:recension|omdöme)\\p{L}*|(?:rättsliga|juridiska) åtgärder|fjern (?:denne |din )?anmeldelse\\p{L}*|(?:retslige|rettslige) skridt|søksmål|avukat\\p{L}*|dava aç\\p{L}*|yasal (?:işlem|yol)\\p{L}*|hukuki (?:işlem|süreç)\\p{L}*|yorum(?:unuzu|u) (?:silin|kaldırın)|pengacara|kuasa hukum|jalur hukum|hapus (?:ulasan|review)\\p{L}*|klage|verleumdung|rufschädigung|(?:löschen|entfernen)\\s+sie',
        // "sue" as the verb only: not the name Sue, nor Italian "sue" (her, your); a court of law, not a squash court.
        "(?:will|would|shall|going to|gonna|may|might|could|can|to|and|or|not|we['’]ll|i['’]ll)\\s+sue|sue\\s+(?:you|u|them|him|her|for|over)|(?<!(?:squash|tennis|basketball|netball|badminton|food|royal)\\s)courts?",
        // Romanian: a lawyer, legal steps, the review deleted.
        'măsuri legale|masuri legale|acțiuni legale|actiuni legale|avocat(?:ul|ului|ii)?|(?:ștergeți|stergeti|ștergeti|retrageți|retrageti)\\s+(?:această|aceasta|recenzia|comentariul)',
      ],
      ['lawyer', 'attorney', 'solicitor', 'suing', 'sued', 'lawsuit', 'legal action', 'defamation', 'defamatory', 'libel', 'libelous', 'slander', 'slanderous'],
    ),
  },
  {
    // Not the reviewer's privacy but the team's: a colleague's health, family, leave, home or private number in public.
    rule: 'staff-private',
    message: 'Shares a staff member’s private life (health, family, leave, home, personal number): keep it inside the team.',
    pattern: anyOf([
      '(?:off|out|home)\\s+sick|(?:on|from|off)\\s+(?:sick|maternity|paternity|parental|compassionate|bereavement|medical|stress)\\s+leave|(?:with|had|has|due to|because of)\\s+a\\s+family emergency',
      '(?:going|been going|gone|went)\\s+through\\s+(?:a\\s+|her\\s+|his\\s+|their\\s+)?(?:divorce|separation|break-?up|bereavement|miscarriage)',
      '(?:his|her|their)\\s+own\\s+(?:health|illness|mental health|diagnosis|treatment|condition|struggles|surgery|pregnancy)',
      '(?:his|her|their)\\s+(?:personal|private|own|home)\\s+(?:mobile|phone|cell|number|email|address|line)|personal (?:mobile|cell)',
      '(?:works|working|has|holds)\\s+(?:a\\s+)?(?:second|another|other|night)\\s+job',
    ]),
    // Where someone lives ("Grace lives just round the corner on Elm Street"): names in capitals, so case-sensitive.
    also: /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+)\s+lives\s+(?:just\s+)?(?:round|around|near|on|in|off|down|up|next to)\s+(?:the\s+)?(?:corner|street|road|block|\p{Lu}\p{Ll}+)/gu,
  },
  {
    rule: 'unfilled-placeholder',
    message: 'Has a placeholder that was never filled in.',
    pattern: new RegExp(
      [
        '\\{\\{?\\s*[\\p{L}_][\\p{L}\\p{N}_ .-]*\\s*\\}?\\}',
        '\\$\\{[^}]*\\}',
        // Mailchimp, Salesforce, numbered and bracketed slots: *|FNAME|*, {!Contact.FirstName}, {0}, (name), (___) ___-____.
        '\\*\\|[A-Z0-9_:]+\\|\\*',
        '\\{![^}]{1,60}\\}',
        '\\{\\d{1,2}\\}',
        '\\(\\s*(?:name|first name|last name|full name|customer name|patient name|client name|phone|phone number|email|date|manager)\\s*\\)',
        '_{3,}',
        '%[a-z][a-z0-9_]*%',
        '\\[\\s*(?:insert|add|enter|your|their|the|first|last|full|patient|customer|client|reviewer)\\b[^\\]\\n]{0,40}\\]',
        '\\[(?:name|first name|patient|customer|date|phone|email|business|manager|parent|guardian|child|pet|owner|client|guest|member|staff|doctor|provider|clinic|location|address|time|amount|contact|number)[^\\]]*\\]',
        '<\\s*(?:name|date|phone|email|number|manager|business|first[ _]name)[^>]{0,20}>',
        '<\\s*(?:client|customer|patient|reviewer|owner|pet|your|their|insert|staff|agent)\\b[^<>\\n]{0,30}>',
        '<<\\s*[\\p{L}_ ]{2,30}\\s*>>',
        '(?<![\\p{L}])\\d[\\d().\\s-]*x{2,}(?![\\p{L}])',
        'lorem ipsum',
      ].join('|'),
      'giu',
    ),
    // In capitals only: "[NAME]", "__PHONE__", "XXX", "TBD" (not Spanish "todo").
    also: /\[\s*\p{Lu}[\p{Lu}\p{N} _/-]{1,30}\]|__[A-Z][A-Z0-9_]*__|\b(?:XXX+|TBD|TODO|FIXME)\b|\b(?:INSERT|ADD|ENTER)\s+[A-Z][A-Z ]{1,30}\b/gu,
  },
];
/** The clinical rule's own pattern, for words said of a named person. */
const CLINICAL = (ERROR_RULES.find((r) => r.rule === 'clinical-detail') as Rule).pattern;

const CONTACT = new RegExp(
  [
    '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '\\+?\\(?\\d[\\d\\s().-]{6,}\\d',
    `(?<![\\p{L}])(?:${words(['call us', 'call our', 'phone us', 'ring us', 'email us', 'e-mail us', 'message us', 'contact us', 'contact our', 'get in touch', 'reach us', 'reach out to us', 'send us a message', 'dm us', 'direct message', 'private message', 'speak privately', 'talk privately', 'talk offline', 'give us a call', 'give us a ring', 'drop us a line', 'drop us an email', 'drop us a message'])})(?![\\p{L}])`,
    '(?<![\\p{L}])(?:call|ring|phone|contact|email|e-mail|message)\\s+(?:the|our)\\s+(?:clinic|practice|office|surgery|front desk|reception|team|manager|practice manager|branch|store|shop|hotel)(?![\\p{L}])',
  ].join('|'),
  'iu',
);

// A reply that apologises or responds to a concern answers a negative item.
const NEGATIVE_CUES = phrases([
  'sorry', 'apologise', 'apologize', 'apologies', 'apology', 'regret', 'concern', 'concerns', 'complaint', 'disappointed',
  'disappointing', 'unhappy', 'frustrating', 'frustration', 'not the experience', 'fell short', 'fall short', 'put it right', 'make it right', 'feedback',
  'upset', 'inconvenience', 'unacceptable', 'take this seriously', 'look into this',
  // The same in the languages replies are written in.
  'lamentamos', 'désolé', 'désolés', 'désolée', 'nous regrettons', 'es tut uns leid', 'bedauern', 'ci dispiace',
  'spiacenti', 'het spijt ons', 'przepraszamy', 'przykro nam', 'beklager', 'vi beklagar', 'omlouváme', 'özür dileriz', 'sentimos',
]);

// Titles before a name; those of other languages in lower case too, as written mid-sentence ("señora Olsen").
const HONORIFIC = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Nurse|Sr|[Ss]ra|[Ss]rta|Mme|Mlle|Herr|Frau|[Mm]adame|[Mm]onsieur|[Mm]ademoiselle|[Ss]eñora|[Ss]eñor|[Ss]eñorita|[Ss]ignora|[Ss]ignor|[Ss]ignorina|Dona|[Dd]oña|Don|[Ss]enhora|[Ss]enhor|[Mm]evrouw|[Mm]eneer|Pani|Panie|Pana|Panu)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
// A greeting or thanks, then a name: "Hi Sarah", "Thanks so much, Aisha!", "Hola Carmen", "hi maria,".
const GREETING_WORDS =
  "hi|hello|hey|dear|hej|hejsan|tack|hoi|witam|cześć|merhaba|bună|buna|salve|thanks|thank you|sorry|welcome|grazie|grazie mille|bedankt|dank je|dziękuję|dziekuje|hola|buenos días|buenas tardes|estimad[oa]|querid[oa]|gracias|bonjour|bonsoir|salut|cher|chère|merci|hallo|liebe|lieber|danke|ciao|olá|obrigad[oa]";
const GREETING = new RegExp(
  `(?:^|[\\n.!?¡¿,]\\s*)(?:(?:a+w+|oh+|omg|wow|yay|ah+|hey)[!,.]*\\s+)?(?:${GREETING_WORDS})(?:\\s+(?:so much|very much|again|a lot|so|muchas|beaucoup|vielmals))?\\s*,?\\s+([\\p{L}][\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)?)(?=\\s*[,!.:;¡¿?\\n—–]|\\s*$|\\s+-\\s|\\s+(?:for|and|so|we|you|x+)(?![\\p{L}]))`,
  'giu',
);
// A name said to the reader at the start or end of a sentence: "Jessica, we're sorry", "We're sorry, John."
const VOCATIVE_START = /(?:^|[\n.!?¡¿]\s*)(\p{Lu}[\p{Ll}'’-]+)(?=\s*,\s)/gu;
// Polish verbs of "we" (-my: odpowiemy, sprawdzimy, zapraszamy, dziękujemy), never a first name.
const WE_VERB = /^\p{Lu}\p{Ll}{3,}(?:iemy|ujemy|imy|ymy|amy)$/u;
const DATE_WORD_END = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|${WEEKDAYS})$`, 'iu');
const VOCATIVE_END = /,\s+(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?(?:\s+(?:&|and)\s+\p{Lu}[\p{Ll}'’-]+|\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?)?)(?=\s*(?:[.!?]+|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|\s*$))/gu;
// "our hygienist Rachel", "your husband David": a role, then a name.
const ROLE_NAME =
  /(?<![\p{L}])(?:[Oo]ur|[Yy]our|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}(?:hygienist|dentist|doctor|nurse|receptionist|assistant|technician|therapist|physio|physiotherapist|practitioner|injector|aesthetician|esthetician|specialist|coordinator|consultant|advisor|adviser|agent|representative|trainer|instructor|manager|surgeon|stylist|husband|wife|son|daughter|mother|mom|mum|father|dad|partner|child|friend|colleague|brother|sister|boyfriend|girlfriend|grandson|granddaughter|baby)(?:\s*,\s*|\s+)(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?)?)/gu;
// "little Oliver", "J. Morrison": a child named, a name behind an initial.
const LITTLE_NAME =
  /(?<![\p{L}])(?:little|baby|young|wee|[Tt]ell|[Gg]randma|[Gg]randpa|[Gg]ranny|[Nn]ana|[Aa]untie|[Aa]unt|[Uu]ncle|[Ff]amilia|[Ff]amily|[Ff]amille|[Ff]amiglia|[Ff]amilie|(?:[Ss]ay (?:hi|hello) to)|(?:you|u) (?:and|&))\s+(\p{Lu}[\p{Ll}'’-]+)/gu;
const INITIAL_NAME = /(?<![\p{L}.])(\p{Lu}\.\s?\p{Lu}[\p{Ll}'’-]+)/gu;
// "Mike from our billing team", "Ana at the front desk".
const NAME_FROM = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:(?:from|at|in|on)\s+(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:team|office|desk|department|clinic|practice|reception)|on\s+(?:reception|the desk|front desk|the front desk))(?![\p{L}])/gu;
const MENTION = /(?<![\p{L}\p{N}_])@([\p{L}\p{N}_.]{2,30})/gu;
// A sign-off: "— Stephanie, Guest Services", "-Tyler (on behalf of …)", "Best,\nStephanie", "Thanks! - Tyler".
/** Words as a pattern that takes their first letter in either case ("Best" or "best"), the rest as written. */
const eitherCase = (list: readonly string[]) => list.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const SIGN_OFF = new RegExp(
  `(?:(?:^|\\s)[-–—~]+\\s*|(?:^|[\\n.!?]\\s*)(?:${eitherCase(['best', 'warmly', 'regards', 'kind regards', 'best regards', 'warm regards', 'cheers', 'sincerely', 'thanks', 'thank you', 'many thanks', 'take care', 'love', 'with love', 'xo', 'xx'])})[,!.]?\\s*\\n?\\s*)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.?)?)(?=\\s*(?:[,(]|[.!]?\\s*$|\\n))`,
  'gu',
);
// Introducing oneself: "this is Jordan from customer care", "Jordan here".
const SELF_NAMED = /(?<![\p{L}])(?:this is|it['’]s|my name is|i['’]m|i am)\s+(\p{Lu}\p{Ll}+)(?=\s+(?:from|w\/|with|at|on|in|here)\b|\s*[,!.])/gu;
// "Noah's first extraction", "Max's ear infection": someone's own, by name.
const POSSESSIVE_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s(?=\s+\p{Ll})/gu;
// "Glad Sophie loved it", "We hope Biscuit is feeling better": how a named person is, or what they did.
const NAMED_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?:${eitherCase(['glad', 'hope', 'hoping', 'happy', 'so happy', 'sorry', 'sad', 'proud', 'thrilled', 'relieved', 'pleased', 'delighted'])})\\s+(?:to (?:hear|see|read|know)\\s+)?(?:that\\s+)?(\\p{Lu}\\p{Ll}+)\\s+(?:is|was|were|loved|enjoyed|liked|had|did|feels|felt|got|has|will|can|isn['’]t|wasn['’]t|seems|looks|looked|made|came|went)(?![\\p{L}])`,
  'gu',
);
// "the loss of Luna", "ci dispiace per Luna", "fijn dat Max weer eet", "Sadie was a sweetheart".
const NAMED_OTHERWISE = new RegExp(
  [
    `(?:loss of|passing of|${eitherCase(['sorry about', 'sorry for', 'ci dispiace per', 'lo sentimos por', 'désolés pour', 'fijn dat', 'schön, dass', 'que bom que', 'che bello che', 'miss u already', 'miss you already'])})\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’])`,
    `(?:^|[.!?\\n]\\s*)(\\p{Lu}\\p{Ll}+)\\s+(?:was|is)\\s+(?:such\\s+)?(?:a|an)\\s+(?:sweetheart|star|champ|angel|trooper|delight|joy|good boy|good girl|legend|sweetie|superstar)`,
    `(?:^|[.!?\\n]\\s*)(\\p{Lu}\\p{Ll}+)\\s+(?:was|were)\\s+(?:so\\s+|very\\s+|really\\s+|incredibly\\s+)(?:brave|calm|good|sweet|patient|well[- ]behaved|adorable|chatty|cooperative)`,
  ].join('|'),
  'gu',
);
const FULL_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[-’']?\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:[-’']?\p{Lu}?\p{Ll}+)?)(?![\p{L}])/gu;

const isGerman = (text: string) => (text.match(GERMAN_WORDS) ?? []).length >= 2;
const GERMAN_WORDS = /(?<![\p{L}])(?:und|der|die|das|für|mit|wir|ihr|ihre|ihren|ihnen|sie|nicht|ist|uns|bitte|vielen|dank|danke|wenn|haben|sehr|unser|unsere)(?![\p{L}])/giu;
const HONORIFIC_PREFIX = /^(?:dr|mr|mrs|ms|miss|mx|doctor|nurse)\.?\s+/;

/** "Lucía" and "Lucia" are one name. */
const unaccent = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function allowedNames(profile: LintProfile | undefined): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    const n = unaccent(s.toLowerCase().replace(HONORIFIC_PREFIX, '').trim());
    if (n) out.add(n);
    for (const part of n.split(/\s+/)) if (part.length > 1) out.add(part);
  };
  for (const s of profile?.staff ?? []) add(s);
  if (profile?.managerName) add(profile.managerName);
  if (profile?.businessName) add(profile.businessName);
  return out;
}

/**
 * Words that open or end a sentence with a comma, or stand capitalised in pairs,
 * without being anyone's name: sentence adverbs, greetings, titles, the words of
 * places, organisations, holidays and awards ("Oak Park", "Office Manager",
 * "Happy Holidays", "Best Dentist", "The Brightwater Team").
 */
const NOT_NAME_WORDS = new Set(
  (
    'customer customers patient patients guest guests friend friends everyone everybody all team sir madam there folks valued reviewer neighbour neighbor ' +
    'the a an and or but so yes no ok okay well again also however unfortunately sadly honestly please thanks thank sorry hi hello hey dear welcome ' +
    'first second finally meanwhile indeed instead otherwise still now then today tomorrow tonight here absolutely certainly definitely of course ' +
    'once additionally moreover furthermore regardless rest assured respectfully sincerely cheers regards best warm kind warmest kindest yours ' +
    'happy merry good great lovely wonderful amazing congratulations congrats hooray wow oh ah hmm sure true right agreed noted understood ' +
    'office manager managers coordinator director assistant hygienist receptionist owner owners founder partner partners provider providers specialist ' +
    'lead head chief senior junior care service services support staff front desk practice clinic clinics centre center dental dentistry dentist dentists ' +
    'family health healthcare medical medicine spa aesthetics aesthetic beauty salon studio group associates hospital insurance plan plus premium platinum ' +
    'gold silver diamond elite award awards winner best top voted choice magazine news times post journal weekly daily today review reviews ' +
    'park street road avenue lane drive way grove hill hills heights valley river forest lake beach bay harbour harbor north south east west central ' +
    'city town village county downtown uptown square plaza mall main high court place gardens garden bridge springs spring falls point mount ' +
    'christmas holidays holiday easter new year years thanksgiving halloween valentine valentines eid diwali hanukkah ramadan mothers fathers day ' +
    'google maps yelp facebook instagram tiktok trustpilot youtube twitter whatsapp invisalign botox hipaa gdpr nhs ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'we our us you your i my me they their it this that these those he she his her ' +
    'overall besides therefore thus hence sometimes together apologies ladies gentlemen although though because since while whilst if when where why ' +
    'what how which who after before during following regarding concerning re note ps hopefully likewise similarly personally frankly seriously ' +
    'guys y’all y\'all both too aboard home back much beaucoup mucho muchas vielmals amigos amigas neighbours neighbors community ' +
    'hola bonjour bonsoir hallo ciao gracias merci danke olá obrigado obrigada salut estimado estimada querido querida cher chère liebe lieber ' +
    'saludos cordialement atentamente grüße leider natürlich cependant aussi sí si sì sim não nao tak nie ano evet nee oui ja nein non bien vale genial perfecto parfait super ' +
    'san santa del la los las el le st saint fort port library museum school university college academy society association institute church ' +
    'theatre theater cinema station airport market hall moor heath common marina fam crew gang squad ihr ihre ihren ihrem ihres ihnen sie wir unser unsere ' +
    'memorial labor labour independence black cyber boxing ' +
    // Said to someone without naming them, or titles on their own.
    "ma'am maam mom mum dad mama papa hun hon honey babe mate pal buddy dude chica amiga amigo girl girls lads darling sweetie " +
    'dr mr mrs ms mx sr sra srta mme mlle prof por pour para per ' +
    // Insurers, payment plans and job titles: capitalised, never a person.
    'medicaid medicare tricare tufts aetna cigna humana anthem trupanion petplan nationwide carecredit sunbit cherry affirm klarna ' +
    'vet vets tech techs technician technicians nurse nurses receptionists ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec closed open ballroom suite suites lounge terrace rooftop lobby room rooms ' +
    'caremark optumrx progyny express scripts ' +
    // Interjections, and verbs that open a sentence in other languages ("Lamentamos, …").
    'ugh uh um er aw ahh yikes whoops oops alas lamentamos sentimos agradecemos entendemos esperamos queremos podemos claro bueno bom verdad ' +
    'desculpe perdón perdon pardon entschuldigung helaas jammer'
  ).split(/\s+/),
);
const NOT_NAMES = new Set(['harvard pilgrim', 'blue cross', 'blue shield', 'delta dental', 'united healthcare', 'kaiser permanente', 'pet plan', 'care credit', 'thank you', 'kind regards', 'best regards', 'best wishes', 'warm regards', 'many thanks', 'customer care', 'customer service', 'front desk', 'practice manager', 'patient care', 'google maps', 'good morning', 'good afternoon', 'good evening']);

const notAName = (name: string) => {
  const key = name.toLowerCase().replace(/[.,]$/, '');
  // Adverbs ("Unfortunately,", "Lamentablemente,", "Malheureusement,") are not names either.
  return NOT_NAMES.has(key) || key.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w)) || (/(?:ly|mente|ment)$/.test(key) && !ADVERB_LIKE_NAMES.has(key));
};
/** Names that end like an adverb ("-ly", "-ment"): Lily is a person, "Sadly," is not. */
const ADVERB_LIKE_NAMES = new Set(
  'lily emily kelly molly holly polly shelly shelley beverly ashley bradley stanley wesley riley hayley haley kimberly sally billy bailey ally elly nelly tilly milly dolly shirley carly marly kimberley clement clément'.split(' '),
);

/** In a reply written all in capitals, the words as a person would write them ("MARIA, THANK YOU" → "Maria, Thank You"). */
function casedLikeProse(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length < 4 || upper / letters.length < 0.8) return text;
  return text.toLowerCase().replace(/(^|[^\p{L}'’])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

function namedPeople(raw: string, profile: LintProfile | undefined): Finding[] {
  const text = casedLikeProse(raw);
  const prose = text !== raw;
  // German capitalises every noun ("Vielen Dank für Ihr Feedback"): capitals say nothing there.
  const german = isGerman(text);
  const allowed = allowedNames(profile);
  const isAllowed = (name: string) => {
    const n = unaccent(name.toLowerCase().replace(/[.,]$/, '').replace(/['’]s$/, '').replace(HONORIFIC_PREFIX, ''));
    return allowed.has(n) || n.split(/\s+/).every((p) => allowed.has(p));
  };
  const roster = (profile?.roster ?? []).map((n) => n.toLowerCase().trim()).filter(Boolean);
  const onRoster = (name: string) => {
    const n = name.toLowerCase();
    return roster.some((r) => r === n || r.split(/\s+/)[0] === n.split(/\s+/)[0]);
  };
  const out: Finding[] = [];
  const seen = new Set<string>();
  const push = (excerpt: string, name: string, message: string, structural = true) => {
    const key = name.toLowerCase();
    if (seen.has(key) || isAllowed(name) || (structural && notAName(name))) return;
    seen.add(key);
    const said = prose ? raw.substr(text.indexOf(excerpt), excerpt.length) : excerpt;
    out.push({ rule: 'names-person', message: onRoster(name) ? ROSTER_MESSAGE : message, excerpt: said.trim() });
  };
  for (const patient of profile?.roster ?? []) {
    const m = phrases([patient]).exec(text);
    if (m) push(m[0], patient, ROSTER_MESSAGE, false);
  }
  const OTHER = 'Names a person who is not on your staff list: do not name the reviewer or anyone else.';
  const ADDRESSED = 'Addresses the reviewer by name: a name beside a reply about care tells the world who the patient is.';
  for (const m of text.matchAll(HONORIFIC)) push(m[0], m[1] ?? m[0], OTHER);
  for (const m of text.matchAll(GREETING)) {
    const name = m[1] ?? '';
    // "Hi Sarah!", but a word in lower case only as "hi maria," or a patient's name: not "Welcome back!".
    const lower = !/^\p{Lu}/u.test(name);
    if (lower && !onRoster(name) && !/^\s*,/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    push(name, name, ADDRESSED);
  }
  for (const m of text.matchAll(VOCATIVE_START)) {
    // The first of a list is not someone addressed: "Grace, patience and a good SPF".
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (/^\s*,\s*\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?\s*(?:,|and|or|&)\s/u.test(after)) continue;
    // A verb opening the sentence, as Polish writes "we" into it: "Odpowiemy, gdy…", "Dziękujemy, że…".
    if (WE_VERB.test(m[1] ?? '')) continue;
    if (!german) push(m[1] ?? m[0], m[1] ?? m[0], ADDRESSED);
  }
  for (const m of text.matchAll(VOCATIVE_END)) {
    // The last of a list is not someone addressed: "Delta, Aetna, Cigna."
    // A date before it is no list: "on 14 March, Janet!".
    const before = text.slice(0, m.index ?? 0);
    if (/\p{Lu}[\p{L}'’-]*$/u.test(before) && !DATE_WORD_END.test(before)) continue;
    push(m[1] ?? m[0], m[1] ?? m[0], ADDRESSED);
  }
  for (const m of text.matchAll(ROLE_NAME)) push(m[1] ?? m[0], m[1] ?? m[0], OTHER);
  for (const m of text.matchAll(NAME_FROM)) push(m[1] ?? m[0], m[1] ?? m[0], OTHER);
  for (const m of text.matchAll(LITTLE_NAME)) push(m[1] ?? m[0], m[1] ?? m[0], OTHER);
  for (const m of text.matchAll(INITIAL_NAME)) push(m[1] ?? m[0], m[1] ?? m[0], OTHER);
  const SIGNED = 'Signs with a name that is not on your staff list: add the person to the workspace’s staff, or sign as the team.';
  for (const m of text.matchAll(SIGN_OFF)) push(m[1] ?? m[0], m[1] ?? m[0], SIGNED);
  for (const m of text.matchAll(SELF_NAMED)) push(m[1] ?? m[0], m[1] ?? m[0], SIGNED);
  for (const m of text.matchAll(NAMED_SUBJECT)) push(m[1] ?? m[0], m[1] ?? m[0], OTHER);
  for (const m of text.matchAll(NAMED_OTHERWISE)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name) push(name, name, OTHER);
  }
  if (!german) {
    for (const m of text.matchAll(POSSESSIVE_NAME)) {
      // A sentence's first word may be a place or brand ("Miami's best"); mid-sentence, or a known name, it is someone's.
      const before = text.slice(0, m.index ?? 0).trimEnd();
      const first = before === '' || /[.!?:\n]$/.test(before);
      const owned = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
      if ((!first || onRoster(m[1] ?? '')) && careOrClinical(owned)) push(`${m[1]}'s`, m[1] ?? m[0], OTHER);
    }
  }
  // A first name of someone on the roster, written anywhere: "Emma was such a brave girl".
  const firsts = rosterFirstNames(profile);
  if (firsts.length) for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${firsts.join('|')})(?![\\p{L}])`, 'gu'))) push(m[0], m[0], ROSTER_MESSAGE, false);
  const own = fold(profile?.businessName ?? '');
  for (const m of text.matchAll(MENTION)) {
    // The business's own account ("@lumieremedspa" for Lumière Med Spa) is not a person.
    const handle = fold(m[1] ?? '');
    if (own && handle && (own.startsWith(handle.slice(0, 6)) || handle.includes(own.slice(0, 6)))) continue;
    push(m[0], m[1] ?? m[0], 'Tags a person: do not name or tag the reviewer or anyone else.', false);
  }
  if (!prose && !german) {
    for (const m of text.matchAll(FULL_NAME)) {
      const name = m[1] ?? '';
      const at = m.index ?? 0;
      // A capitalised pair at the start of a sentence may be ordinary words; a full name mid-sentence is a person,
      // unless it is part of a longer title ("Family Dentistry Today") or follows "The".
      const before = text.slice(0, at).trimEnd();
      if (before === '' || /[.!?:\n]$/.test(before)) continue;
      if (/(?:^|[^\p{L}])(?:the|The)$/u.test(before) || /\p{Lu}\p{Ll}*$/u.test(before)) continue;
      // …or the end of one: "British Association of Plastic Surgeons".
      if (/\p{Lu}\p{Ll}*\s+(?:of|and|for|&|de|of the|for the)$/u.test(before)) continue;
      if (/^\s+\p{Lu}/u.test(text.slice(at + name.length))) continue;
      // "Trader Joe's": a shop, not a person.
      if (/['’]s$/u.test(name)) continue;
      push(name, name, OTHER);
    }
  }
  return out;
}

/** Whether the words that follow a possessive name are care or a treatment: "Max's ear infection", "Noah's first extraction". */
function careOrClinical(after: string): boolean {
  const words = after.split(/[.!?,;\n]/)[0] ?? '';
  if (CARE_AFTER.test(words)) return true;
  CLINICAL.lastIndex = 0;
  const m = CLINICAL.exec(words);
  return !!m && words.slice(0, m.index).trim().split(/\s+/).filter(Boolean).length <= 2;
}

/** Roster first names long enough to be names, capitalised as written ("Emma"), that are not everyday words. */
function rosterFirstNames(profile: LintProfile | undefined): string[] {
  const out = new Set<string>();
  for (const full of profile?.roster ?? []) {
    const first = full.trim().split(/\s+/)[0] ?? '';
    if (first.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(first) && !NOT_NAME_WORDS.has(first.toLowerCase()) && !COMMON_WORD_NAMES.has(first.toLowerCase())) {
      out.add(escapeRegExp(first));
    }
  }
  return [...out];
}
/** First names that are also everyday words, too common to flag on their own. */
const COMMON_WORD_NAMES = new Set('will may june april august grace hope faith joy rose violet amber ruby pearl iris holly ivy dawn summer autumn winter sky river brook bill mark sue pat rob frank grant chase hunter mason victor'.split(' '));

/** A handle or name folded for comparison: no accents, case or punctuation ("Lumière Med-Spa" → "lumieremedspa"). */
const fold = (h: string) => h.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const ROSTER_MESSAGE = 'Names someone on your patient roster: never name a patient in public.';

/** Every match of the rule's patterns (and `also`); repeats are dropped once, by distinct() in lintReply. */
function findAll(rule: Rule, text: string, also: RegExp | null = null): Finding[] {
  const out: Finding[] = [];
  for (const pattern of [rule.pattern, rule.also, also]) {
    if (!pattern) continue;
    // matchAll starts where the pattern's lastIndex stands.
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const excerpt = m[0].trim();
      if (excerpt) out.push({ rule: rule.rule, message: rule.message, excerpt });
    }
  }
  return out;
}

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const URL_IN_TEXT = /https?:\/\/\S+/gu;
// X weighs Latin letters and common punctuation 1, everything else (CJK, emoji) 2, and any link 23.
const X_LIGHT = /^[\u0020-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037\s]+$/u;

/** A post's length as X counts it against its 280. */
export function xLength(text: string): number {
  let links = 0;
  const rest = text.replace(URL_IN_TEXT, () => {
    links++;
    return '';
  });
  let n = links * 23;
  for (const { segment } of SEGMENTER.segment(rest)) n += X_LIGHT.test(segment) ? 1 : 2;
  return n;
}

/** Whether the words at `at` are said of someone: theirs ("your", "Max's"), or in a sentence about how they are or what happened. */
function saidOfSomeone(text: string, at: number): boolean {
  const before = lookBehind(text, at);
  if (PROMO_YOUR.test(before) || AHEAD_YOURS.test(before)) return false;
  if (everyonesOwn(text, at)) return false;
  if (OWNED_BEFORE.test(before)) return true;
  // "we're happy to explain how that works" is an offer, not a feeling about them.
  const sentence = sentenceAround(text, at).replace(OFFER_TO_HELP, '');
  return ABOUT_THEM.test(sentence) || FEELING.test(sentence) || HARDSHIP.test(sentence);
}
const OFFER_TO_HELP = /(?:happy|glad|pleased|delighted)\s+to\s+(?:help|explain|answer|talk|chat|discuss|arrange|book|assist|look|advise|go through|walk)/giu;
const HARDSHIP = /(?<![\p{L}])(?:understand|difficult|hard|struggl\w*)(?![\p{L}])/iu;

/** Whether finding `inner`'s words stand inside finding `outer`'s (first occurrences). */
function within(text: string, inner: Finding, outer: Finding): boolean {
  const at = locate(text, inner);
  const from = locate(text, outer);
  return at >= from && at + inner.excerpt.length <= from + outer.excerpt.length;
}

/** Where a finding's words stand in the reply (first occurrence, case ignored). */
const locate = (text: string, f: Finding): number => Math.max(0, text.toLowerCase().indexOf(f.excerpt.toLowerCase()));

const YOU_WORD = /(?<![\p{L}])(?:you|your|you['’]re)(?![\p{L}])/iu;

/** Whether a sentence ends at position `i` of `text` (END). */
function endsAt(text: string, i: number): boolean {
  END_HERE.lastIndex = i;
  return END_HERE.test(text);
}

/** Where the sentence of `text` that holds position `at` starts. */
function sentenceStart(text: string, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) if (endsAt(text, i)) return i + 1;
  return 0;
}

/** The sentence of `text` that holds position `at`. */
function sentenceAround(text: string, at: number): string {
  let end = at;
  while (end < text.length && !endsAt(text, end)) end++;
  return text.slice(sentenceStart(text, at), end);
}

const YOURS_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${OWNER_WORDS}|[Ss]eu|[Ss]ua)\\s+(?:[\\p{L}-]+\\s+)?)$`, 'u');
const THE_BEFORE = /(?:^|[^\p{L}])((?:the|that|this|el|la|le|les|der|die|das)\s+(?:[\p{L}-]+\s+)?)$/iu;
const ABOUT_THEM = /(?<![\p{L}])(?:sorry|glad|hope|happy|pleased|relieved|you|love|loving|obsessed|healed|lamentamos|sentimos|alegra|désolés?|heureux|ravis|leid|freut)(?![\p{L}])/iu;

/**
 * A treatment that is theirs says they are a patient: "your root canal", "su
 * endodoncia", or "the extraction" in a sentence about how they feel ("We're
 * sorry the extraction was painful", "Glad the whitening made you smile").
 */
function treatmentsOfTheirs(text: string, found: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    const at = locate(text, f);
    const before = lookBehind(text, at);
    if (PROMO_YOUR.test(before)) continue;
    let owner = YOURS_BEFORE.exec(before)?.[1];
    if (!owner) {
      const the = THE_BEFORE.exec(before)?.[1];
      if (the && ABOUT_THEM.test(sentenceAround(text, at))) owner = the;
    }
    if (owner) out.push({ rule: 'confirms-patient', message: CONFIRMS_MESSAGE, excerpt: `${owner}${f.excerpt}` });
  }
  return out;
}

const BODY_PART =
  /(?<![\p{L}])(?:the|your|ur|his|her)\s+(?:left\s+|right\s+|sore\s+|bad\s+)?(?:knee|knees|shoulder|ankle|hip|neck|wrist|elbow|jaw|foot|feet|hamstring|calf|achilles|spine|pelvis|gums|lower back|back(?! up)|lips|brows|eyebrows)(?:['’]s)?(?![\p{L}])/giu;

/** "Sorry the shoulder is still giving you grief", "glad your knee is holding up": their body, so their health. */
function bodyPartsOfTheirs(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(BODY_PART)) {
    if (!ABOUT_THEM.test(sentenceAround(text, m.index ?? 0))) continue;
    // "We've got your back" is a promise, not a body.
    if (/back$/i.test(m[0]) && /(?:got|have|had)\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0))) continue;
    out.push({ rule: 'clinical-detail', message: CLINICAL_MESSAGE, excerpt: m[0] });
    out.push({ rule: 'confirms-patient', message: CONFIRMS_MESSAGE, excerpt: m[0] });
  }
  return out;
}

export function lintReply(raw: string, options: LintOptions = {}): LintResult {
  const { profile, platform } = options;
  // The business's own name is never a finding ("Northside Physio" names no one's treatment):
  // blanked, same length, so excerpts still quote the reply.
  const name = profile?.businessName.trim();
  const text = name ? raw.replace(wholeWords(name), blank) : raw;
  const errors: Finding[] = [];
  NEGATIVE_CUES.lastIndex = 0;
  const negative = options.negative ?? NEGATIVE_CUES.test(text);
  for (const rule of ERROR_RULES) {
    const seen = rule.rule === 'visit-time' ? withoutHours(text, profile?.hours) : rule.rule === 'clinical-detail' ? withoutServiceNames(text) : text;
    let found = findAll(rule, seen);
    // Treatments and prices as general information ("Botox results typically show in 7–14 days") name no one's.
    // Not in an answer to a complaint: there, "we can re-check the filling" is about the person who complained.
    // A privacy statement ("we can't discuss anyone's prescriptions") is general whatever it answers.
    if (rule.rule === 'clinical-detail' || rule.rule === 'money') {
      found = found.filter((f) => {
        const at = locate(text, f);
        // …but "we can't discuss your sciatica here" has just named it as theirs.
        const theirs = OWNED_BEFORE.test(lookBehind(text, at));
        if (!theirs && rule.rule === 'clinical-detail' && (namesABody(text, at + f.excerpt.length) || anyonesCase(text, at))) return false;
        if (everyonesOwn(text, at)) return false;
        return (theirs || !PRIVACY_STATEMENT.test(sentenceAround(text, at))) && (negative || !generalInformation(text, at));
      });
    }
    // The workspace's own services count as treatments when said of someone ("sorry the boarding upset him",
    // "your balayage"): a hotel's "event spaces" or a vet's "boarding" named in passing are no one's health.
    if (rule.rule === 'clinical-detail' && profile?.services.length) {
      const services = findAll({ ...rule, pattern: phrases(profile.services), also: undefined }, seen);
      const theirs = services.filter((f) => {
        const at = locate(text, f);
        return saidOfSomeone(text, at) && (negative || !generalInformation(text, at));
      });
      // A clinical word inside a service named in passing ("Tinnitus support sessions run monthly") is the menu, not anyone's health.
      const passing = services.filter((f) => !theirs.includes(f));
      found = found.filter((f) => !passing.some((p) => within(text, f, p)));
      found.push(...theirs);
    }
    // "to check your coverage", "20% off your first cleaning": anyone's, said ahead.
    if (rule.rule === 'confirms-patient') {
      found = found.filter(
        (f) =>
          !saidAhead(text, f) &&
          !EVERYONES_PLACE.test(f.excerpt) &&
          !everyonesOwn(text, locate(text, f)) &&
          !(/^your\s+(?:own\s+)?skin$/iu.test(f.excerpt) && IDIOM_BEFORE.test(lookBehind(text, locate(text, f)))),
      );
    }
    // "if you are off sick", "hope your family emergency…": theirs, not a colleague's (a "his", "her" or "their" names whose).
    if (rule.rule === 'staff-private') {
      found = found.filter((f) => {
        const at = locate(text, f);
        return /^(?:his|her|their)\s/iu.test(f.excerpt) || !YOU_WORD.test(text.slice(sentenceStart(text, at), at));
      });
    }
    errors.push(...found);
    if (rule.rule === 'confirms-patient') errors.push(...namedPeople(text, profile));
    if (rule.rule === 'clinical-detail') errors.push(...treatmentsOfTheirs(text, found), ...bodyPartsOfTheirs(text));
  }
  const warnings: Finding[] = [];
  // A reply that argues or threatens answers a complaint, whatever its words of regret.
  const answersComplaint = negative || errors.some((e) => e.rule === 'arguing' || e.rule === 'legal-threat');
  if (answersComplaint && !CONTACT.test(text)) {
    warnings.push({
      rule: 'no-offline-route',
      message: 'Answers a negative item without a way to continue privately: add a phone number, an email or “contact us”.',
      // By code point, so an emoji is never cut in half.
      excerpt: [...text.trim()].slice(0, 80).join(''),
    });
  }
  const limit = platform ? MAX_REPLY_LENGTH[platform] : undefined;
  const length = platform === 'x' ? xLength(text) : [...text].length;
  if (limit !== undefined && length > limit) {
    warnings.push({
      rule: 'too-long',
      message: `Longer than ${platform} allows (${length} of ${limit} characters): it will be cut or refused.`,
      // Where the platform would cut it, in whole words.
      excerpt: wordsAround([...text], limit, 20),
    });
  }
  return { errors: distinct(errors), warnings };
}

/**
 * One finding per rule and wording: two patterns that quote the same words say
 * one thing, and a finding whose words a longer one of the same rule quotes
 * ("glaucoma" beside "your glaucoma screening") says nothing more.
 */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.rule}\n${f.excerpt.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const read = unique.map((f) => ({ f, words: f.excerpt.toLowerCase() }));
  const held = (a: (typeof read)[number]) => read.some((b) => b.f.rule === a.f.rule && b.words.length > a.words.length && b.words.includes(a.words));
  return read.filter((a) => !held(a)).map((a) => a.f);
}

/** The words around `at` (a code point index) in `chars`, cut at word boundaries, marked where cut. */
function wordsAround(chars: readonly string[], at: number, span: number): string {
  const space = (c: string | undefined) => c === undefined || /\s/u.test(c);
  let from = Math.max(0, at - span);
  while (from > 0 && from < at && !space(chars[from - 1])) from++;
  let to = Math.min(chars.length, at + span);
  while (to < chars.length && to < at + 2 * span && !space(chars[to])) to++;
  const shown = chars.slice(from, to).join('').trim();
  return `${from > 0 ? '…' : ''}${shown}${to < chars.length ? '…' : ''}`;
}
