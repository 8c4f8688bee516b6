/**
 * Threats found by their structure rather than by listed sentences, so that
 * new wordings are caught too:
 *   - violence: someone's intent (I, we, someone, "should", "gonna", an order)
 *     + a verb of harm + a target (a person, the staff, "you", the place);
 *   - surveillance and doxxing: knowing where a person lives, parks, goes,
 *     what they drive, where their children are; watching or following them;
 *     posting where they live or park;
 *   - extortion: a demand for money or a refund, made conditional on reviews,
 *     posts or tips ("pay … or …", "pay … and the reviews stop").
 * Self-harm incitement and fixed veiled threats are phrase lists (lexicon.ts).
 *
 * Works on normalised text (normalize.ts: leetspeak, spacing, zero-width and
 * text-speak already undone). Everyday uses are kept out by the structure
 * itself: "this pain is killing me" has no intent and no target, "I'd kill for
 * a slot" has no target, "shoot me a text" targets the writer, "I'll be
 * reporting you to the board" demands nothing.
 */
import { normalizeForMatch, WORD_SOURCE } from './normalize';

export type ThreatKind = 'violence' | 'surveillance' | 'extortion';

export interface ThreatHit {
  kind: ThreatKind;
  /** The words that make it a threat, as a moderator can find them in the text. */
  quote: string;
}

/** Names (staff, the business) matched as targets, normalised, with how to show them. */
export interface ThreatNames {
  people: ReadonlyMap<string, string>;
  places: ReadonlyMap<string, string>;
}

// Every word is normalised as texts are ("kill" → "kil"), and shown as written.
const DISPLAY = new Map<string, string>();
function words(list: string): Set<string> {
  const out = new Set<string>();
  for (const w of list.split(/\s+/)) {
    if (!w) continue;
    const k = normalizeForMatch(w);
    out.add(k);
    if (!DISPLAY.has(k)) DISPLAY.set(k, w);
  }
  return out;
}

const PERSON = 1;
const PLACE = 2;
const BODY = 4;
const FACE = 8;
/** Verbs whose everyday senses take a person too ("hit you up", "shoot you an email", "beat you to it"). */
const SOFT = 16;
/** Fire and bombs: "burn it down" is the place ("break it down" is not). */
const IT = 64;

const VERBS = new Map<string, number>();
/** "-s" and "-ing" forms: never an order ("Smashing my door open …" is a report, "Smash the door" an order). */
const NOT_BASE = 32;
function verbs(forms: string, flags: number): void {
  for (const w of words(forms)) VERBS.set(w, /(?:ing|[^s]s|ses|shes|ches)$/.test(w) ? flags | NOT_BASE : flags);
}
verbs('kill kills killing murder murders murdering slaughter slaughters massacre behead beheads decapitate lynch lynches', PERSON);
verbs('rape rapes raping torture tortures torturing execute exterminate eradicate strangle strangles strangling', PERSON);
verbs('choke chokes choking poison poisons assault assaults harm harms maim', PERSON);
verbs('stab stabs stabbing', PERSON | BODY);
verbs('shoot shoots shooting', PERSON | PLACE | SOFT);
verbs('attack attacks attacking', PERSON | PLACE | SOFT);
verbs('hurt hurts hurting beat beats beating hit hits hitting kick kicks kicking hang', PERSON | BODY | SOFT);
verbs('punch punches punching slap slaps slapping smack smacks bash bashes batter', PERSON | BODY);
verbs('burn burns burning torch torches torching firebomb bomb bombs bombing', PERSON | PLACE | IT);
verbs('smash smashes smashing', PLACE | BODY);
verbs('break breaks breaking wreck wrecks vandalise vandalize key slash slashes', PLACE | BODY);
verbs('graffiti deface egg brick', PLACE);
verbs('cut slit snap', BODY);
verbs('rearrange fix', FACE);
verbs('end', PERSON | SOFT);
/** "run her over", "run over the owner": a person, with "over". */
const RUN = words('run runs');
const OVER = normalizeForMatch('over');
/** "blow" only with "up": "blow up the clinic" (not "blow up your phone": no place). */
const BLOW = words('blow blows');
const UP = normalizeForMatch('up');
const KINDNESS = normalizeForMatch('kindness');
const YOU = normalizeForMatch('you');

const PRONOUNS = words("you ya yall y'all her him them yourselves youse everyone everybody anyone anybody whoever someone somebody");
const PEOPLE = words(
  'person people persons woman women man men guy guys girl girls lady ladies kid kids child children family families wife husband ' +
    'son daughter staff employee employees worker workers nurse nurses doctor doctors doc dr dentist dentists hygienist hygienists ' +
    'receptionist receptionists owner owners manager managers boss surgeon surgeons injector injectors baker bakers team ' +
    'bitch bitches bastard bastards cunt whore slut idiot idiots moron morons clown clowns scum quack quacks ' +
    'muslim muslims immigrant immigrants refugee refugees foreigner foreigners jew jews christian christians gays ' +
    'doctora docteur dentista dentiste arzt arztin zahnarzt zahnarztin ' +
    'waiter waiters waitress waitresses chef chefs cook cooks mechanic mechanics physio physios therapist therapists trainer trainers ' +
    'optician opticians pharmacist pharmacists vet vets midwife midwives technician technicians embryologist stylist stylists barber barbers ' +
    'salesman salesmen dealer dealers carer carers teacher teachers duena dueno jefa jefe enfermera enfermero medico medica',
);
const PLACES = words(
  'place places clinic clinics office offices practice shop store bakery building premises salon spa surgery business ' +
    'house home houses car cars window windows door doors glass storefront shopfront van kitchen cafe restaurant dump joint property everything',
);
const BODIES = words('face faces head heads teeth nose jaw legs leg arm arms neck necks throat throats skull knees kneecaps fingers hands ribs bones wrists tires tyres brakes');
const FACES = words('face faces');
/** Titles before a name: "Dr. Nair" keeps its full stop without ending the sentence. */
const TITLES = words('dr dra doc mr mrs ms miss prof st sr sra');

/** Words that may sit between who means it and the verb: "I really am just going to …". */
const GLUE = words(
  "will would shall should could might may can must gonna gona gunna going to am is are be really just totally literally " +
    "gladly personally definitely actually seriously honestly also then now gotta have has got need want wanna about finna tryna " +
    "like come go and swear promise soon one day ought deserve deserves both all of us y'all yall hope hopes hoping wish someday " +
    'keep start',
);
/** Who means it: the writer, "we", "someone", or a wish or call to others ("someone should", "hope they …"). */
const INTENT = words(
  "i i'll ill i'm im i'd we we'll we're we'd imma ima i'ma someone somebody someone's somebody's someones somebodys " +
    "let's lets gonna gona gunna finna wanna tryna hope hoping wish should must ought",
);
/** A will, a plan or a wish, for verbs with everyday senses. */
const WILL = words(
  "will wil i'll ill we'll gonna gona gunna going wanna want finna imma ima i'ma should must ought hope hoping wish someone somebody someone's somebody's let's lets need needs",
);
/** Before an order ("go stab …"), or nothing at all: an imperative. */
const ORDER = words('go just pls please now somebody someone');
const NEGATION = words("not never don't dont won't wont wouldn't wouldnt no nobody can't cant couldn't");
/** Everyday objects after a person: "shoot you a text", "hit you up", "beat you to it", "kill them with kindness". */
const AFTER_PERSON_SOFT = words('a an up back to at in there out off over with down about on for');
/** Words that end the object: "kill time with the kids" is no threat to the kids. */
const STOP = words('with for to at in on by from about after before during while because and or but than like if when');
const DETERMINERS = words('the that this those these your his her their every all each any a an some of next other whole entire');

/** Words (as tokens() reads them), amounts, and what ends a sentence. */
const SENTENCE_TOKEN = new RegExp(String.raw`${WORD_SOURCE}|[$€£]\s?\d[\d,.]*|[.!?;:]+|\n`, 'gu');
const SENTENCE_END = /^[.!?;:\n]/;
function sentences(norm: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const m of norm.matchAll(SENTENCE_TOKEN)) {
    const t = m[0];
    if (SENTENCE_END.test(t)) {
      if (t === '.' && cur.length && TITLES.has(cur[cur.length - 1] as string)) continue;
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

const show = (w: string, names: ThreatNames) => names.people.get(w) ?? names.places.get(w) ?? DISPLAY.get(w) ?? w;
const strip = (w: string) => (w.endsWith("'s") ? w.slice(0, -2) : w);

function quoteOf(s: string[], from: number, verb: number, to: number, names: ThreatNames): string {
  const parts =
    to - from < 8 ? s.slice(from, to + 1).map((w) => show(w, names)) : [show(s[from] as string, names), '…', show(s[verb] as string, names), '…', show(s[to] as string, names)];
  return parts.join(' ');
}

/** Where the intent starts (index of the subject or the sentence start for an order), or -1. */
function intentBefore(s: string[], verb: number, mayBeOrder: boolean): number {
  let j = verb - 1;
  while (j >= 0) {
    const w = s[j] as string;
    if (NEGATION.has(w)) return -1;
    if (INTENT.has(w)) {
      // "i" … but not "I think the needle …": only glue may sit between.
      return j;
    }
    if (!GLUE.has(w) && !ORDER.has(w)) return -1;
    j--;
  }
  // Reached the sentence start over glue only: an order ("Burn it down", "Go stab the owner").
  return mayBeOrder ? 0 : -1;
}

function targetAfter(s: string[], verb: number, flags: number, names: ThreatNames, capitalised: ReadonlySet<string>): number {
  let k = verb + 1;
  const w0 = s[k];
  if (w0 === undefined) return -1;
  // "shoot up the place", "beat up the receptionist"
  if (w0 === UP || w0 === OVER) k++;
  let sawDeterminer = false;
  for (let n = 0; n < 4 && k < s.length; n++, k++) {
    const w = s[k] as string;
    const base = strip(w);
    if (n === 0 && PRONOUNS.has(w) && flags & PERSON) {
      const next = s[k + 1];
      if (flags & SOFT && next !== undefined && AFTER_PERSON_SOFT.has(next)) return -1;
      if (next === 'with' && s[k + 2] === KINDNESS) return -1;
      return k;
    }
    if (flags & PERSON && (PEOPLE.has(base) || names.people.has(base) || capitalised.has(base))) return k;
    if (flags & PLACE && (PLACES.has(base) || names.places.has(base))) return k;
    if (flags & BODY && BODIES.has(base)) return k;
    if (flags & FACE && FACES.has(base)) return k;
    // "burn it down", "torch it to the ground"
    if (w === 'it' && flags & IT && (s[k + 1] === 'down' || s[k + 1] === 'to')) return k;
    if (STOP.has(w)) return -1;
    // Before the target: a determiner first ("that", "your"), then up to two
    // other words ("that stupid receptionist"); "trash people, trash practice" has none.
    if (DETERMINERS.has(w) || PRONOUNS.has(w) || w.endsWith("'s")) sawDeterminer = true;
    else if (!sawDeterminer || n >= 3) return -1;
  }
  return -1;
}

/** Harm wished on someone in the passive: "should be dragged out and beaten", "deserves to be shot". */
const PASSIVE = words(
  'beaten shot stabbed killed hanged lynched dragged attacked murdered strangled tortured executed punched slapped kicked ' +
    'torched bombed burned burnt raped',
);
const MODAL = words('should shall must needs deserves deserve ought');
const BE = normalizeForMatch('be');

function violence(s: string[], names: ThreatNames, capitalised: ReadonlySet<string>, out: ThreatHit[]): void {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === BE && (PASSIVE.has(s[i + 1] as string) || PASSIVE.has(s[i + 2] as string))) {
      for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
        const m = s[j] as string;
        if (NEGATION.has(m)) break;
        // Said of a person ("Dr Okafor should be beaten"), not of a thing ("the nerve needs to be killed").
        const subject = strip(s[j - 1] ?? '');
        const person =
          PRONOUNS.has(subject) || PEOPLE.has(subject) || THIRD.has(subject) || names.people.has(subject) || capitalised.has(subject);
        if (MODAL.has(m) && person) {
          const to = PASSIVE.has(s[i + 1] as string) ? i + 1 : i + 2;
          out.push({ kind: 'violence', quote: quoteOf(s, Math.max(0, j - 1), i, to, names) });
          return;
        }
      }
    }
    const w = s[i] as string;
    let flags = VERBS.get(w);
    if (flags === undefined) {
      if (BLOW.has(w) && s[i + 1] === UP) flags = PLACE | IT;
      else if (RUN.has(w) && (s[i + 1] === OVER || s[i + 2] === OVER || s[i + 3] === OVER)) flags = PERSON;
      else continue;
    }
    const from = intentBefore(s, i, (flags & NOT_BASE) === 0);
    if (from < 0) continue;
    // "we beat y'all" is a score; "we'll beat you" a threat: verbs with everyday senses need a will or a wish.
    if (flags & SOFT && !s.slice(from, i).some((t) => WILL.has(t))) continue;
    let to = targetAfter(s, i, flags, names, capitalised);
    if (to < 0) continue;
    // Show the name after a title ("Dr … Nair") and the end of "burn it down".
    if ((TITLES.has(s[to] as string) || s[to] === 'it') && to + 1 < s.length) to++;
    out.push({ kind: 'violence', quote: quoteOf(s, from, i, to, names) });
    return;
  }
}

// Surveillance: "I know where/which/what … <person> … lives/parks/gym/car …".
// "iknow": "I k n o w" once its spaced letters are joined. "stim" is Romanian "știm", "3arfeen" Arabic in Latin letters.
const KNOW = words('know knows knew found figured seen saw learned iknow weiss weis wissen sabemos se sais sait savons connais stim wiemy sappiamo weten 3arfeen 3arfin');
const WH = words('where which what when wo donde ou unde gdzie dove onde waar');
const SUBJECT = words('you she he they her his your their sie er du ihr tu elle vous');
const ARTICLES = words('the la el le der die den');
/**
 * Verbs that carry their own subject: "sé dónde vives", "ich weiß, wo du wohnst";
 * and someone else's, where the language leaves the pronoun out: "știm unde
 * parchează" (we know where she parks), "sabemos a qué hora sale".
 */
const SECOND_PERSON = words(
  'vives wohnst habites habitez parkst estacionas ' +
    'vive trabaja aparca estaciona sale locuieste locuiesti parcheaza lucreaza mieszka mieszkasz parkuje abita abiti parcheggia mora moras woont parkeert wohnt parkt habite',
);
/** Someone's private life: where they live, park, go and when; and every verb above. */
const PRIVATE = new Set([
  ...words(
    'live lives living stay stays park parks parked gym car drive drives driving school kids children son daughter wife husband ' +
      'home house address goes go leave leaves walks walk jog jogs runs sleep sleeps commute route church lunch eats shops trains ' +
      'finishes finish arrives arrive bus door doors uses entrance knock ' +
      'wohnen viven vis gares gare pracuje lavora trabalha woon werkt',
  ),
  ...SECOND_PERSON,
]);
const FIRST = words("i i'm i'll ill i'd we we're we'll my our me us");
const WATCHING = words('watching following stalking followed');
const WATCH_SUBJECT = words("been still always i'm im we're am are i've we've i we");
const LIVES = words('lives parks sleeps stays parked');
const LOCATION = words('at on in behind near outside above by next opposite');
const STREET = words('street st road rd avenue ave lane ln drive close court crescent cres way trail trl boulevard blvd parade pde highway hwy terrace tce grove apartment apartments apt flat flats unit building complex estate every');
const THIRD = words('she he her his they');
/** Where someone lives, then what they drive: "lives in Bishopston, drives a white Mini, reg starts WU19". */
const VEHICLE = words('drives drive car reg registration plate plates numberplate');
const POSSESSIVE = words('your her his their ur');
const OUT = words('out over up down round around');
const FAMILY = words('kids kid kiddos children child son sons daughter daughters boys girls wife husband partner mum mom mother dad father granddaughter grandson grandkids grandchildren');
const GOES = words('go goes went work works attend attends study studies train trains does do plays');
const SHIFT = words('starts finishes leaves arrives clocks opens closes');
/** Someone's home or car, seen: "we've seen your house on …" (not "the nurse who saw her son on Monday"). */
const DWELLING = words('house home flat apartment car address street');

const WHERE_AT = words('to at in');

function surveillance(s: string[], names: ThreatNames, capitalised: ReadonlySet<string>, out: ThreatHit[]): boolean {
  const isPerson = (w: string) => SUBJECT.has(w) || names.people.has(strip(w)) || capitalised.has(strip(w)) || TITLES.has(w);
  // Whose family: "her", "your", or a person's name with "'s" ("Rosa's granddaughter"; not "my").
  const isOwner = (w: string) => POSSESSIVE.has(w) || (w.endsWith("'s") && isPerson(w.slice(0, -2)));
  for (let i = 0; i < s.length; i++) {
    const w = s[i] as string;
    const after = s[i + 3];
    if (KNOW.has(w) && POSSESSIVE.has(s[i + 1] as string) && DWELLING.has(s[i + 2] as string) && (after === undefined || LOCATION.has(after) || FIRST.has(after) || after === 'and')) {
      // "we've seen your house on Stainbeck Road", "I know her car"
      out.push({ kind: 'surveillance', quote: quoteOf(s, Math.max(0, i - 1), i, i + 2, names) });
      return true;
    }
    if (KNOW.has(w)) {
      // "I know where …", "we found out which gym …", "ich weiß, wo du wohnst"
      let j = i + 1;
      if (s[j] === 'out') j++;
      // "sabemos a qué hora sale": at what time.
      if (s[j] === 'a' && s[j + 1] === 'que' && s[j + 2] === 'hora') j += 2;
      // "where to stay", "where I live": not someone else's whereabouts.
      if (!WH.has(s[j] as string) || s[j + 1] === 'to' || FIRST.has(s[j + 1] as string)) continue;
      let person = -1;
      for (let k = j + 1; k < Math.min(s.length, j + 9); k++) {
        const t = s[k] as string;
        if (person < 0 && (isPerson(t) || SECOND_PERSON.has(t))) person = k;
        // "sé dónde vive la doctora Okafor": the person may come just after the verb.
        if (PRIVATE.has(t) && person < 0) {
          let p = k + 1;
          while (p < k + 4 && (ARTICLES.has(s[p] as string) || TITLES.has(s[p] as string))) p++;
          const who = strip(s[p] ?? '');
          const next = strip(s[p + 1] ?? '');
          if (p > k + 1 ? names.people.has(who) || PEOPLE.has(who) || names.people.has(next) : SUBJECT.has(who) || names.people.has(who)) {
            out.push({ kind: 'surveillance', quote: quoteOf(s, Math.max(0, i - 1), i, p, names) });
            return true;
          }
        }
        // Their home, car, gym or children, near the person: "what car she drives", "where her kids go",
        // "which gym Dr Voss goes to" (not "my son", nor "you moved …, the new car park").
        const private_ = PRIVATE.has(strip(t)) && !FIRST.has(s[k - 1] as string);
        const near = (person >= 0 && k - person <= 3) || isPerson(s[k + 1] ?? '') || isPerson(s[k + 2] ?? '');
        if (SECOND_PERSON.has(t) || (private_ && near)) {
          out.push({ kind: 'surveillance', quote: quoteOf(s, Math.max(0, i - 1), i, k, names) });
          return true;
        }
      }
    } else if (FAMILY.has(w) && i > 0 && isOwner(s[i - 1] as string) && GOES.has(s[i + 1] as string) && [2, 3].some((d) => WHERE_AT.has(s[i + d] as string))) {
      // Where their family is: "her kids go to Millbrook Elementary", "your daughter works at the Dairy Queen",
      // "Dr Mensah's kids go to St Anne's", "Steve's daughter does ballet at the Westfield studio".
      out.push({ kind: 'surveillance', quote: quoteOf(s, i - 1, i, i + 3, names) });
      return true;
    } else if (WATCHING.has(w) && i > 0 && WATCH_SUBJECT.has(s[i - 1] as string)) {
      // "I've been watching you", "still following her"
      const t = s[i + 1];
      if (t !== undefined && (t === YOU || t === 'her' || t === 'him' || names.people.has(strip(t)) || TITLES.has(t))) {
        const after = s[i + 2];
        if (after === 'on' || after === 'grow' || after === 'work') continue;
        out.push({ kind: 'surveillance', quote: quoteOf(s, i - 1, i, i + 1, names) });
        return true;
      }
    } else if (LIVES.has(w) && i > 0) {
      // Posting where someone lives or parks: "she parks behind the Co-op every morning", "Nair lives at 14 …",
      // "Dr. Fournier drives a grey Volvo and lives on Glenview Ave" (the person a few words back).
      let who = -1;
      for (let k = i - 1; k >= Math.max(0, i - 8) && who < 0; k--) if (THIRD.has(s[k] as string) || isPerson(s[k] as string)) who = k;
      if (who < 0) continue;
      // "lives in", "lives out in", "lives up by"
      const at = OUT.has(s[i + 1] as string) ? i + 2 : i + 1;
      if (!LOCATION.has(s[at] as string) && !(s[at] === 'her' || s[at] === 'his')) continue;
      // A named person's home is enough ("Tony Russo … lives in Coburg"); a pronoun's needs a street, a number or a car.
      const named = !THIRD.has(s[who] as string) && !SUBJECT.has(s[who] as string);
      if (named && w !== 'parked') {
        out.push({ kind: 'surveillance', quote: quoteOf(s, who, i, Math.min(s.length - 1, at + 1), names) });
        return true;
      }
      for (let k = i + 1; k < Math.min(s.length, i + 10); k++) {
        const t = s[k] as string;
        if (/^\d/.test(t) || STREET.has(t) || VEHICLE.has(t)) {
          out.push({ kind: 'surveillance', quote: quoteOf(s, i - 1, i, k, names) });
          return true;
        }
      }
    }
  }
  return false;
}

// A street address ("14 Ocean St", "221 Baker Street") posted beside a person: doxxing,
// unless the text is about premises (the clinic's move, where to park).
const STREET_ADDRESS =
  /\b\d{1,5}[a-z]?,?\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Drive|Dr|Close|Crescent|Cres|Way|Court|Ct|Terrace|Tce|Place|Pl|Boulevard|Blvd|Grove|Gardens|Parade|Pde|Row|Mews|Trail|Trl|Highway|Hwy)\b/u;
const PREMISES = /\b(?:clinic|practice|surgery|office|shop|store|cafe|café|premises|located|moved|moving|relocat\w*|parking|car park|branch|location|address is ours)\b/iu;
function addressOfPerson(original: string, s: readonly string[], names: ThreatNames): string | null {
  const m = STREET_ADDRESS.exec(original);
  if (!m || PREMISES.test(original)) return null;
  const person = s.some((w) => names.people.has(strip(w)) || THIRD.has(w));
  return person ? m[0] : null;
}

/**
 * When a person comes and goes, with where they park or which way they come in:
 * "Kayla Ruiz starts at 7am. Staff parking is on the west side." (a customer's
 * "Dr Leclerc starts at 9 on Tuesdays" alone is not).
 */
const ACCESS = words('park parks parking parked car drives door doors entrance exit alone walks walk route');
function comingsAndGoings(s: string[], names: ThreatNames, capitalised: ReadonlySet<string>): string | null {
  if (!s.some((t) => ACCESS.has(t))) return null;
  for (let i = 1; i < s.length - 2; i++) {
    if (!SHIFT.has(s[i] as string) || s[i + 1] !== 'at' || !/^\d/.test(s[i + 2] ?? '')) continue;
    // The person just before, or before what they drive: "Dr Voss drives a silver Volvo and leaves at 6".
    const drives = s.slice(Math.max(0, i - 7), i).includes('drives');
    for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
      const who = s[k] as string;
      if (names.people.has(strip(who)) || capitalised.has(strip(who)) || THIRD.has(who)) return quoteOf(s, k, i, i + 2, names);
      if (!drives) break;
    }
  }
  return null;
}

// Extortion: a demand, then a lever (reviews, posts, tips) made conditional on it,
// in one or two sentences: "pay … or more reviews go up", "pay up and the tips stop".
const PAY = words('pay paypal venmo transfer wire');
const REFUND = words('refund return');
const GIVE = words('give send put');
const ME = words('me us my our');
const MONEY = words('money refund cash deposit back fee compensation free');
const PAY_NEXT = words('up me us now or');
const REFUND_NEXT = words('the it now or');
const LEVER = words(
  'review reviews post posts posting comment comments tip tips inspector inspection star stars 1-star one-star video videos photos pictures texts messages emails screenshots ' +
    'tiktok story press newspaper news everyone everywhere site sites expose leak',
);
const IF_NOT = words('or otherwise unless else');
/** After "or": what makes it a promise of more ("or I'll …", "or 50 more …", "or the whole group …"). */
const FUTURE = words("i'll ill we'll will gonna going more keep every all whole start friends");
/** After the lever: "or the reviews keep coming", "or the posts go up". */
const CONTINUE = words('coming continue continues go goes up');
const PUBLISH = words('post share send put upload leak');
const STOPS = words('stop stops disappear disappears vanish vanishes end ends down away deleted removed');
const PRONOUN_IT = words('it they this that all');
const AMOUNT = /[$€£]\s?\d/;
const isAmount = (w: string | undefined) => w !== undefined && /^[$€£]\s?\d/.test(w);

/** What a demand may be held over besides reviews: people's names and homes. */
const EXPOSE = words('names address addresses home lives live');

/** After "or"/"unless" following the demand, within a few words, a threat to expose people, or -1. */
function exposeAfter(window: string[], demand: number): number {
  for (let k = demand + 1; k < Math.min(window.length, demand + 12); k++) {
    if (!IF_NOT.has(window[k] as string)) continue;
    for (let m = k + 1; m < Math.min(window.length, k + 10); m++) if (EXPOSE.has(window[m] as string)) return m;
  }
  return -1;
}

/** A demand that is not money: take the post down, apologise. Held over reviews, it is extortion only with a mass lever ("or 50 more"). */
const DEMAND = words('apologise apologize apology delete remove retract publish');
const TAKE = words('take');
const DOWN = words('down');
const MASS = words('more another hundred hundreds every whole all');

function isOtherDemand(s: string[], i: number): boolean {
  const w = s[i] as string;
  if (DEMAND.has(w)) return true;
  return TAKE.has(w) && s.slice(i + 1, i + 5).some((t) => DOWN.has(t));
}

function isDemand(s: string[], i: number): boolean {
  const w = s[i] as string;
  const next = s[i + 1];
  // "$640 back by monday or …": an amount, then "or" within a few words.
  if (isAmount(w)) return s.slice(i + 1, i + 7).some((t) => IF_NOT.has(t));
  if (PAY.has(w)) return next !== undefined && (PAY_NEXT.has(next) || isAmount(next) || /^\d/.test(next) || (next === 'the' && isAmount(s[i + 2])));
  if (REFUND.has(w)) return next !== undefined && (ME.has(next) || REFUND_NEXT.has(next));
  if (GIVE.has(w) && isAmount(next)) return true;
  if (GIVE.has(w) && next !== undefined && ME.has(next) && (i === 0 || !THIRD.has(s[i - 1] as string))) {
    for (let k = i + 2; k < Math.min(s.length, i + 6); k++) if (MONEY.has(s[k] as string) || isAmount(s[k])) return true;
  }
  return false;
}

/** The lever the demand is held over, as "or … lever" or "lever … stop", or -1. */
function leverAfter(window: string[], demand: number, mass = false): number {
  for (let k = demand + 1; k < window.length; k++) {
    if (!IF_NOT.has(window[k] as string)) continue;
    // After "or": a lever and what will become of it ("I'll post", "50 more", "go on TikTok").
    let lever = -1;
    let future = false;
    for (let m = k + 1; m < Math.min(window.length, k + 11); m++) {
      const t = window[m] as string;
      // "or I'll …", "or 50 more …", "or I post …"
      const promise = FUTURE.has(t) || CONTINUE.has(t) || (PUBLISH.has(t) && FIRST.has(window[m - 1] as string));
      if (mass ? MASS.has(t) || /^\d/.test(t) : promise || /^\d/.test(t)) future = true;
      else if (LEVER.has(t) && lever < 0) lever = m;
    }
    if (lever >= 0 && future) return lever;
  }
  if (mass) return -1;
  for (let m = 0; m < window.length; m++) {
    const t = window[m] as string;
    if (!LEVER.has(t) && !PRONOUN_IT.has(t)) continue;
    for (let n = m + 1; n < Math.min(window.length, m + 3); n++) if (STOPS.has(window[n] as string)) return m;
  }
  return -1;
}

function extortion(ss: string[][], names: ThreatNames, out: ThreatHit[]): void {
  for (let a = 0; a < ss.length; a++) {
    const s = ss[a] as string[];
    for (let i = 0; i < s.length; i++) {
      const money = isDemand(s, i);
      const other = !money && isOtherDemand(s, i);
      if (!money && !other && !isAmount(s[i])) continue;
      // The lever may be in this sentence or the ones around it.
      const before = ss[a - 1] ?? [];
      const window = [...before, ...s, ...(ss[a + 1] ?? [])];
      // Exposing people ("or I post your patients' names") is a lever whatever the demand;
      // reviews are one only after a money demand, or a mass of them after any other.
      const exposed = exposeAfter(window, before.length + i);
      if (exposed >= 0) {
        out.push({ kind: 'extortion', quote: `${show(s[i] as string, names)} … ${show(window[exposed] as string, names)}` });
        return;
      }
      if (!money && !other) continue;
      const lever = leverAfter(window, before.length + i, other);
      if (lever < 0 || !window.some((t) => LEVER.has(t))) continue;
      const leverWord = LEVER.has(window[lever] as string) ? (window[lever] as string) : (window.find((t) => LEVER.has(t)) as string);
      out.push({ kind: 'extortion', quote: `${show(s[i] as string, names)}${s[i + 1] ? ` ${show(s[i + 1] as string, names)}` : ''} … ${show(leverWord, names)}` });
      return;
    }
  }
}

const TRIGGERS = new Set<string>([...FAMILY, ...SHIFT, ...VERBS.keys(), ...BLOW, ...RUN, ...PASSIVE, ...KNOW, ...WATCHING, ...LIVES, ...PAY, ...REFUND, ...GIVE, ...DEMAND, ...TAKE]);

/** Names as threat targets: staff (any part longer than a title) and the business's own name. */
export function threatNames(profile: { businessName: string; staff: readonly string[] }): ThreatNames {
  const people = new Map<string, string>();
  for (const s of profile.staff) {
    for (const part of s.split(/\s+/)) {
      const clean = part.replace(/[^\p{L}\p{N}'-]/gu, '');
      if (clean.length > 2 && !TITLES.has(normalizeForMatch(clean))) people.set(normalizeForMatch(clean), clean);
    }
  }
  const places = new Map<string, string>();
  for (const part of profile.businessName.split(/\s+/)) {
    const clean = part.replace(/[^\p{L}\p{N}'-]/gu, '');
    if (clean.length > 3) places.set(normalizeForMatch(clean), clean);
  }
  return { people, places };
}

const NOT_NAMES = words('i monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december god');

/** Capitalised words not at a sentence start: names a threat may be aimed at ("kill Sarah"). */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll},;]\s+|[\p{L},;]\s+(?:Dr|Mr|Mrs|Ms)\.?\s+)\p{Lu}\p{Ll}{2,}/gu)) {
    const w = normalizeForMatch(m[0]);
    if (!NOT_NAMES.has(w)) out.add(w);
  }
  return out;
}

/**
 * Threats in a normalised text, by structure. `words` are its tokens (a cheap
 * first check: most texts have no trigger word and cost one pass of lookups).
 */
export function findThreats(norm: string, tokens: readonly string[], original: string, names: ThreatNames): ThreatHit[] {
  let any = false;
  for (const t of tokens) {
    if (TRIGGERS.has(t)) {
      any = true;
      break;
    }
  }
  if (!any && !AMOUNT.test(norm) && !STREET_ADDRESS.test(original)) return [];
  const ss = sentences(norm);
  const capitalised = capitalisedWords(original);
  const out: ThreatHit[] = [];
  for (const s of ss) violence(s, names, capitalised, out);
  const watched = ss.some((s) => surveillance(s, names, capitalised, out));
  const all = watched ? [] : ss.flat();
  const address = watched ? null : addressOfPerson(original, all, names);
  const schedule = watched || address ? null : comingsAndGoings(all, names, capitalised);
  if (schedule) out.push({ kind: 'surveillance', quote: schedule });
  if (address) out.push({ kind: 'surveillance', quote: address });
  extortion(ss, names, out);
  return out;
}
