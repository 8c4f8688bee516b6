/**
 * Keel's first classifier: a pure function of (item, context). No DOM, no
 * browser APIs, no clock. Every label carries the reasons that produced it, as
 * sentences a moderator can check against the text.
 *
 * The costly mistake is calling a real patient a troll, so a complaint about
 * one's own visit stays `genuine` however angry or profane it is, and profanity
 * alone is never enough for `troll`: without a target it is `unclear`.
 */
import { BUSINESS_REASON } from '../labels';
import type { Label, WorkspaceProfile } from '../model';
import type { BurstState } from './burst';
import {
  CARE_PEOPLE,
  CARE_WORDS,
  DEFENCE_PHRASES,
  EXPERIENCE_PHRASES,
  FIRST_PERSON,
  HARD_SPAM,
  INSULTS_ABROAD,
  NAMED_TARGETS,
  NOT_CUSTOMER_PHRASES,
  OFF_TOPIC_PHRASES,
  PILE_ON_PHRASES,
  PRAISE_PHRASES,
  PRONOUN_TARGETS,
  SELF_HARM_PHRASES,
  SPAM_PHRASES,
  THREAT_PHRASES,
  VIOLENT_VERBS,
  VIOLENT_VERBS_NAMED_ONLY,
} from './lexicon';
import { NEAR_COPY_CAP } from './minhash';
import { ASCII, allMatches, multiMatcher, normalised, normalizeForMatch, phraseMatcher, tokens } from './normalize';
import { quotesAsWritten } from './original-words';
import { findProfanity } from './profanity';
import { findThreats, type ThreatHit, threatNames } from './threat';

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
  selfHarm: SELF_HARM_PHRASES,
  defence: DEFENCE_PHRASES,
  care: CARE_WORDS,
  people: CARE_PEOPLE,
  experience: EXPERIENCE_PHRASES,
  spam: SPAM_PHRASES,
  hardSpam: HARD_SPAM,
  praise: PRAISE_PHRASES,
  pileOn: PILE_ON_PHRASES,
  offTopic: OFF_TOPIC_PHRASES,
  notCustomer: NOT_CUSTOMER_PHRASES,
  insultAbroad: INSULTS_ABROAD,
});
const FIRST_PERSON_WORDS = new Set(FIRST_PERSON);
// First person as the one something was done to or for: "the nurse was kind to me", "my dentist".
const ME_WORDS = new Set(['me', 'my', 'us', 'our', 'we', 'mine', 'mi', 'mis', 'mon', 'ma', 'mes', 'mir', 'mich', 'mein', 'meine', 'moi', 'mij', 'mnie', 'bana', 'мне', 'меня', 'mujhe']);
const TLD = 'com|net|org|io|xyz|biz|ru|ly|me|co|uk|shop|store|online|site|info|app|click|top|link|gl|help|support|live|gg|cc|pro|bet|club|vip|win|tk|ml|fun|icu|buzz|cam|today|life|tv';
// A link, also spaced out to slip past filters ("glowlab-serum . co", "tinyurl .com/x").
const LINK = new RegExp(`\\bhttps?:\\/\\/\\S+|\\bwww\\.\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${TLD})\\b(?:\\/\\S*)?|\\b[a-z0-9]*[-\\d][a-z0-9-]*\\s\\.\\s?(?:${TLD})(?:\\.[a-z]{2})?(?=[/\\s.,!?)]|$)(?:\\/\\S*)?|\\b[a-z0-9-]{3,}\\s\\.\\s?(?:${TLD})\\/\\S*`, 'i');
const MAYBE_LINK = new RegExp(`\\.\\s?(?:${TLD})\\b|www\\.|https?:`, 'i');
// Offer words beside a link: a link that sells ("free", "win", "code", "guaranteed", a price).
const OFFER = /\b(?:free|win|bonus|discount|promo|code|sale|cheap|cheapest|guaranteed|gift|sign up|subscribe|earn|legit)\b|\d\s?%|[$€£₹]\s?\d/i;
// Promotion and contact offers in scripts written without spaces between words.
const SCRIPT_SPAM = /加微信|微信|代购|出售粉丝|点赞|价格优惠|全网最低|联系\s*TG|LINE\s*ID|ライン追加|副業|月収|プロフィールのリンク|부업|카톡|加\s?V|批发价|无需资质/u;
// "Lose 20lbs in 2 weeks": the miracle diet's promise.
const MIRACLE = /\blose \d+\s?(?:lbs?|kg|kilos?|pounds|stone)\b[^.!?]{0,20}\bin (?:\d+|a|one|two) (?:days?|weeks?|months?)\b/i;
// Threats in scripts the phrase lists do not split into words, and in Cyrillic (thirteenth review): "I know where you live"
// (Hebrew, Arabic, Thai, Korean, Chinese, Japanese, Russian, Ukrainian), "watch yourself", "we'll burn / smash the shop",
// "teach you a lesson", "expect guests tonight".
const SCRIPT_THREAT =
  /יודע(?:ת|ים)? איפה|כדאי לך להיזהר|נשרוף|نعرف (?:أين|وين|عنوان|بيتك|سيارتك)|انتب(?:ه|هي) لنفس|سنحرق|رح (?:أحرق|أكسر)|سأكسر|سأحرق|أكسر المحل|सबक सिखा|देख लेंगे|बाहर मिलते|घर का पता|जान से मार|燃やして|覚えとけ|覚えてろ|ぶっ殺|殺してやる|住所(?:は|を)?知って|夜道に気をつけ|ระวังตัว|รู้(?:แล้ว)?ว่าบ้าน|เผาร้าน|주소 다 알아|주소(?:를|도)? 알아|조심해라|죽여버|불태워|知道你住|小心点|烧了你|弄死你|等着瞧|знаем,? где|знаємо,? де|(?:жди|чекай|ждите|чекайте) гостей|сожж[её]м|спалим|пожалеешь|пошкодуєш/iu;
const SCRIPT_DEFENCE = /别听|不要听|差评都是|悪評は|全部嘘|อย่าไปเชื่อ|ข่าวปลอม|לא הוגנות|支持你们|有组织的|恶意攻击|不要相信|組織的な|嫌がらせ|झूठी बातें|मत फैलाइए|अच्छे लोग/u;
// Links that are evidence, not promotion: a photo or a document.
const EVIDENCE_LINK = /imgur|flickr|photos\.|drive\.google|dropbox|i\.redd\.it|ibb\.co|postimg|youtu\.?be|instagram\.com\/p\//i;
// Links that only hide where they go, or open a private chat.
const CHAT_LINK = /\bt\.me\/|wa\.me\/|bit\.ly|tinyurl|linktr\.ee|cutt\.ly|shorturl/i;
// Promotion that phrase lists miss: "@handle" plugs, discounts, a phone number to message, "I made $8,000".
const PROMO =
  /\b(?:dm|text|message|comment)\s+(?:me\s+|us\s+)?["'‘“][a-z]{2,12}["'’”]|\bfollow\s+@\w+|\b(?:with|to|on|dm|message|contact|at)\s+@\w+|\b\d{1,2}\s?%\s*(?:off|less|cheaper)\b|\b(?:dm|message|text|whatsapp|call)\s+(?:me|us)\s+(?:for|at|on|\+)|\b(?:made|earn)\s+[$€£]\s?\d[\d,.]*k?\b|\+\d{1,3}[\s-]?\d{3,}[\s-]?\d{3,}|\b(?:from|only|just)\s+[$€£]\s?\d+\b.{0,40}\b(?:book|order|buy|shop)\s+now\b/i;
const HASHTAG = /(?:^|\s)#[\p{L}\d_]{2,}/u;
// A campaign's cause in a hashtag: justice for, boycott, botched by, deserved better, cancel, expose, quackery, war on; scrap …, save our …, protect, stop, ban, fire, "no to".
const CAUSE_TAG = /(?<![\p{L}\d_])#(?:[\p{L}\d_]*(?:justice|boycott|botched|deservedbetter|deservesbetter|cancel|expose|quackery|waron)[\p{L}\d_]*|(?:scrap)[\p{L}\d_]+|(?:save(?:the|our)|protect|stop|ban|fire|noto|fluoridefree)[\p{L}\d_]*)/iu;
// Abuse aimed at the reader: second person only ("they" is how patients describe staff).
// An insult's target other than "you": the owner, the staff, the place itself, in the languages pages get (thirteenth review).
const AIMED = normalised(
  /(?<![\p{L}])(?:owner|owners|proprietor|manager|boss|management|the whole family|run by|bunch of|gang of|banda|(?:this|that) (?:place|dump|garage|gym|pizzeria|restaurant|clinic|shop|salon|practice|surgery|spa|hotel|company|business)|everyone who works there|besitzer|inhaber|bude|werkstatt|proprietario|titolare|officina|propietario|dueno|taller|clinica|w[lł]a[sś]ciciel|warsztat|patron|proprietaire|clinique|dono|sahibi|владелец|хозяин|власник|гараж|пиццерия|качалка|клиника)(?![\p{L}])/u,
);
// Words a wronged customer uses of a business too ("a scam run by crooks"): aimed at the place, they are no troll's mark on their own.
const ACCUSATIONS = new Set(
  ['crook', 'crooks', 'scammer', 'scammers', 'fraud', 'frauds', 'thieves', 'liars', 'złodziej', 'złodzieje', 'ladrones', 'estafadores', 'voleurs', 'escrocs', 'betrüger', 'truffatori', 'ladri', 'oplichters', 'oszuści', 'oszustów', 'воры', 'мошенники', 'dolandırıcı', 'dolandırıcılar', 'hırsızlar', 'sahtekar', 'sahtekarlar', 'arnaqueurs'].map(normalizeForMatch),
);
const DIRECTED = normalised(/(?<![a-z])(?:you|your|you're|youre|u|ur|y'all|yall)(?![a-z])/);
// Aimed at everyone who works there (in a few languages), tried only when a word for work or "all" is in the text.
const MAYBE_STAFF_ALL = /work|werkt|jobbar|trabajan|lavorano|wszyscy/;
const STAFF_ALL = normalised(
  /\b(?:everyone|everybody|anyone|al) (?:who|that) works? (?:there|here|at)\b|\biedereen die (?:hier|daar) werkt\b|\balla som jobbar\b|\btodos los que trabajan\b|\btuti queli che lavorano\b|\bwszyscy (?:tam|tu)\b/,
);
const QUESTION_START = normalised(/^(?:do|does|are|is|can|could|how|what|when|where|which|will|would|random question|apakah|est-ce|pwede|puwede|¿)(?![\w'])/);
// Question marks, and Thai question words (Thai has no spaces, nor a question mark).
const QUESTION_MARK = /[?؟？]|ไหม|เท่าไหร่|อย่างไร|ยังไง|หรือเปล่า/u;
// Scripts written without spaces between words: a sentence is one "word" to the tokenizer.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{4}/u;
const QUESTION = new RegExp(`\\?|${QUESTION_START.source}`);
/** "What a wonderful team!", "How kind of you": exclaims, not asks (when no "?" says otherwise). */
const EXCLAIMS = normalised(/^(?:what an? |how (?:lovely|kind|nice|sweet|wonderful|amazing|great|beautiful|thoughtful|generous|caring|brave|lucky)\b)/);
const POSITIVE_EMOJI = /^(?:[\s\p{P}]|❤️|❤|💙|💚|💜|🧡|💛|👏|🙌|🙏|👍|💪|🎉|✨|😊|😍|🥰|⭐|🌟)+$/u;
const HEDGE = normalised(/\bwith (?:all due )?respect\b|\brespectfully\b|\bno offence\b|\bnot to be rude\b/);
// "All of them", in the languages INSULTS_ABROAD holds.
const ALL_OF_THEM = /(?<!\p{L})(?:все|всі|όλοι|ολοι|todos|todas|tous|toutes|alle|tutti|tutte|wszyscy|hepsi|alla|iedereen|toti|toți|semua|lahat)(?!\p{L})/u;
const SEND_TO = /(?:\b(?:visit|at|go to|check out|check|try|get|see|click|via|on)|👉|➡️|➡|→|👇|⬇️|:)\s*$/i;
const MAYBE_PROMO = /[@%+$€£]|\b(?:dm|message|text|whatsapp|call)\b/i;
const ANY_EMOJI = /\p{Extended_Pictographic}/u;
// Patterns on normalised text are written as it reads: double letters single ("kil", "beter", "weks").
// "Kill them with kindness" is advice.
const KINDNESS = normalised(/\bkil (?:them|you|her|him|everyone) with kindnes/);
// "You're dead right", "dead serious", "dead to me": "dead" as a saying.
const DEAD_IDIOM = normalised(/\byou(?:'re| are) dead (?:right|wrong|on|serious|set|to me|2 me|tired|lucky|funny|good|inside|honest|straight|gorgeous|cute)\b/);
const DEAD_WORDS = new Set(["you're dead", 'you are dead'].map(normalizeForMatch));
// "Look like a blow-up doll": mockery, not a bomb.
const BLOW_UP_DOLL = normalised(/\bblow(?:n|s)?[- ]?up (?:doll|dolls|sex doll)\b/);
const BLOW_UP = normalizeForMatch('blow up');
// Laughing at, not with: crying-laughing, skull, eye-roll, a pun on the name ("more like …").
const LAUGHING_AT = /😂|🤣|💀|😭|🙄|\bmore like\b/iu;
// Words enough for a stranger's say of their own in a pile-on, past an onlooker's "what happened here".
const JOIN_WORDS = 7;
// Praise naming a member of staff says more than a recommendation from this many words on.
const TOLD_WORDS = 6;
// Laughter at someone, in emoji (😭 is as often fond: "the kitten pics 😭") and in words; and fondness, which it never is.
const MOCK_LAUGH = /😂|🤣|💀|🙄/u;
const LAUGH = 'lol|lmf?ao+|rofl|haha+';
const LAUGH_WORD = new RegExp(`^(?:${LAUGH})$`);
const FOND = normalised(/\b(?:worth it|decent|love|loved|lovely|cute|adorable|amazing|delicious|yum|i want)\b/);
const MOCKING = normalised(new RegExp(`\\b(?:${LAUGH}|sure jan|nobody asked|imagine (?:being|paying|going|getting|crying|thinking|defending|trusting|letting|taking|working))\\b`));
// Praise of the place's name in the community, not of a visit ("everyone I know goes here", "proud to have this practice").
const REPUTE = normalised(/\b(?:every(?:one|body) (?:i know|says|in town)|proud to have|(?:in|for) (?:our|the) (?:neighbourhood|neighborhood|comunity|town|area)|an aset to|pilar of)\b/);
// Mockery and disgust in emoji: an insult without words.
const MOCK_EMOJI = /🤡|🤮|🤢|🖕|💩/u;
// Praise said to mock: an "award" in scare quotes, "must've been a short list", "10/10 would get scammed again".
const SARCASM = /\bcongrat\w*\b[^.!?]{0,30}['"‘“][^'"’”]{1,40}['"’”]|\bmust(?:'ve| have) been a (?:very |really )?short list\b|\bwould (?:get )?(?:scammed|ripped off|robbed|fleeced) again\b|\bdid you pay for it\b/i;
// "Be a shame if those big windows got broken one night": the racketeer's warning.
const SHAME_IF =
  normalised(/\bshame if\b[^.!?]{0,40}\b(?:got|get|gets|were|was|ended up|went)\s+(?:broken|smashed|burnt|burned|damaged|hurt|vandalised|vandalized|torched|kicked in)\b|\bshame if\b[^.!?]{0,40}\b(?:went|came|got put|were to go|flew) through\b|\bshame if\b[^.!?]{0,40}\b(?:hapened to|caught fire|burned down|burnt down)\b|\bshame if\b[^.!?]{0,50}\b(?:hapened again|hapens again|got out|gets out|went mising|goes mising|had (?:a |an )?(?:litle |smal |nasty )?(?:fire|acident|flood)|got (?:lost|run over|hit))\b/);
// Threat wording a scam's "notice" uses too.
const WARNING_ONLY = new Set(['final warning', 'last warning', "you've been warned", 'you have been warned'].map(normalizeForMatch));
// Harm foretold, damage wished on the place, reviews held over a demand: "won't be walking for a while",
// "would look better with its windows smashed in", "40 more reviews go up tonight unless she retracts".
const FORETOLD =
  normalised(/\b(?:he|she|they|you|he'll|she'll|they'll|you'll)\s+(?:won't|wont|will not|not gona|not going to) be (?:walking|talking|smiling|working|eating|standing)\b[^.!?]{0,25}\b(?:for a while|for long|again|anytime soon|straight)\b|\b(?:your|their|its|the|those|that|her|his)\s+(?:\w+\s+)?(?:windows?|doors?|van|vans|tyres|tires|sign|storefront|shopfront|front)\s+(?:\w+\s+){0,1}(?:smashed|broken|bricked|kicked in|slashed|torched|burnt|burned|keyed|egged|spray ?painted|vandali[sz]ed)\b(?![^.!?]*\b(?:my|our|i|we)\b)|\b(?:\d+|more|another \d+)\s+(?:more\s+)?(?:one[- ]star\s+|1[- ]star\s+|bad\s+)?reviews?\b[^.!?]{0,40}\bunles\b|\bspray ?paint\w*\b[^.!?]{0,40}\b(?:their|your|its|the|that|this)\s+(?:\w+\s+)?(?:window|windows|door|doors|wall|walls|sign|van|car|shopfront|storefront|building)\b/);
// Harm hinted at, never said (normalised text: doubled letters are single, "funny" is "funy").
const VEILED = normalised(new RegExp(
  [
    // "be a shame if it didn't make it to Monday"; "Saw Menon's new car. Nice. Be a shame." (said as a closing line).
    String.raw`\bshame if\b[^.!?]{0,40}\b(?:didn't|did not|doesn't|does not|never|wouldn't|won't)\s+(?:make it|survive|last|stay standing)\b`,
    String.raw`(?:^|[.!?]\s+)(?:it'd |it would |would |wouldn't it )?be a (?:shame|pity)\s*[.!…]*\s*(?:\p{Extended_Pictographic}\s*)*$`,
    // "funny how vans catch fire"
    String.raw`\bfuny how\b[^.!?]{0,40}\b(?:catch(?:es)? fire|go(?:es)? up in flames|burn(?:s|t)? down|get (?:smashed|broken|torched|keyed|slashed)|acidents? hapen)\b`,
    // "hope your insurance covers broken glass" (not a customer hoping their own is covered)
    String.raw`(?<!\b(?:i|my|me|we|our)\b[^.!?]*)\b(?:hope|make sure|beter check|good thing)\b[^.!?]{0,20}\binsurance (?:covers?|pays?|is up to date|is god|is paid up|is sorted)\b(?![^.!?]*\b(?:my|me|our|us)\b)`,
    // "check under his car", "someone should pay a visit to …", "someone should crack that chiropractor's neck"
    String.raw`\bcheck under (?:his|her|their|your|the) (?:car|van|truck|vehicle)\b`,
    String.raw`\b(?:someone|somebody|people)\s+(?:should|needs to|neds to|ned to|ought to|gona|going to|wil|could)\s+(?:pay\s+(?:\w+\s+){0,2}visit|crack|break|snap|smash|punch|slap|kick|stab|shoot|rearange|knock)\b`,
    // Retaliation promised: "see how she likes it", "see how brave your staff are on their walk home".
    String.raw`\bse how (?:she|he|they|you|she'd|he'd|they'd|you'd) (?:likes?|enjoys?) it\b|\bse how (?:brave|tough|hard|smug|cocky|clever|funy|big|confident)\b[^.!?]{0,30}\b(?:are|is|feel|fels)\b|\bon (?:their|your|his|her) (?:walk|way|drive) home\b`,
    // Their movements known: "I know which car is yours", "I know you drive home down Ferry Road", "I know your Thursday route".
    String.raw`\b(?:which|what) (?:car|van|house|flat|dor|route|bike|kids?|children|child|son|daughter|boys?|girls?)\s+(?:is|are)\s+(?:yours|hers|his|theirs)\b|\bi (?:know|se) (?:you|she|he|they)\s+(?:\w+\s+){0,1}(?:drive|drives|walk|walks|cycle|cycles|jog|jogs|park|parks|get|gets) (?:home|to work|back|alone)\b|\bi know (?:your|her|his|their)\s+(?:\w+\s+){0,1}(?:route|rota|schedule|comute|walk home|school run)\b`,
    // "wherever your staff live", "keep checking your mirrors", "watch your back"
    String.raw`\bwherever (?:your|their|his|her|you|they|he|she)\s+(?:\w+\s+)?(?:live|lives|park|parks|slep|sleps|go|goes)\b|\b(?:kep|keep|start|beter (?:start|kep)) (?:checking|watching|loking (?:over|behind)) (?:your|ur) (?:mirors?|mirrors?|back|shoulder)\b|\bwatch (?:your|ur|their|his|her) backs?\b|\b(?:better|should|had better|'d better|needs? to|wants? to) watch (?:her|his|their) back\b`,
    // Damage wished on the place, or done to a car: "hope your little shop burns to the ground", "all four of his tyres are flat".
    String.raw`\bhope (?:your|the|that|this|their|his|her)\s+(?:\w+\s+){1,3}(?:burns (?:down|to the ground)|goes up in flames|catches fire|gets torched|gets burnt down)\b|\b(?:his|her|their|your)\s+(?:[\w']+\s+){0,2}(?:tyres|tires)\s+(?:are|wil be|get|gets|being|end up)\s+(?:flat|slashed|let down|deflated)\b`,
    // Gathering at someone's door: "we should all turn up at their door … make sure they never open again".
    String.raw`\b(?:should|let's|lets|we'l|gona|going to|wil)\s+(?:al\s+)?(?:turn|show) up at (?:their|his|her|your)\s+(?:dor|house|home|place|flat|address)\b|\bmake sure (?:they|he|she|you|it) (?:never|can't|cannot|won't|wil never) (?:opens?|works?|trades?|practi[cs]es?|walks?|talks?) again\b`,
    // An army of reviews for hire, or a price to keep them down: "40 accounts ready to post", "£300 … and they never go up".
    String.raw`\b\d+\s+(?:\w+\s+)?acounts\b[^.!?]{0,30}\b(?:ready|waiting|lined up|primed)\b|[$€£]\s?\d[\d,.]*\b[^.!?]{0,40}\band (?:they|it|the reviews?|the posts?|this|they'l|it'l) (?:never go up|wil never go up|go away|disappear|vanish|stop)\b`,
    // Where they walk, and when: "hope she's looking over her shoulder", "think carefully about walking to your car tonight".
    String.raw`\b(?:looking|look|watching|watch) over (?:her|his|their|your) shoulder\b|\bthink (?:very |really )?carefully about walking\b|\bwalking (?:to|back to|home from) (?:your|her|his|their|that|the) (?:car|car park|van|house|home|bus stop|station)\b[^.!?]{0,20}\b(?:tonight|after dark|alone)\b|\b(?:we|i)(?:'ll| will) be seeing (?:her|him|them) soon\b`,
    // A demand, or else: "Get her sacked or we'll make sure this place shuts", "take the post down or 50 more go up".
    String.raw`\b(?:refund|take (?:\w+ ){0,4}down|delete|remove|sack|fire|pay|drop|reinstate|apologi[sz]e|retract|comp|publish|get (?:her|him|them) (?:sacked|fired))\b[^.!?]{0,80}\bor\b[^.!?]{0,10}\b(?:we'll|we will|we're going to|we keep going|\d+ more|fifty more|the next \d+|the \d+ \w+|\d+ of (?:our|my)|things get|this place)\b(?![^.!?]*\b(?:court|claims|trading standards|ombudsman|solicitor|lawyer|regulator|council|report)\b)`,
    // A countdown, another round, a promise: "Clock's ticking", "next round starts Friday", "not a threat just a promise".
    String.raw`\bclock's ticking\b|\btick tock\b|\bnext round (?:starts|begins|is coming|comes)\b|\bnot a threat,? (?:just |it's |its )?a promise\b|(?:^|[.!?]\s*)(?:just )?wait (?:till|until|til) (?:tomorrow|tonight)\s*[.!…]*\s*(?:\p{Extended_Pictographic}\s*)*$`,
    // Revenge promised, a lock no safeguard: "they'll wish you'd told me", "better hope I never find out who", "locks work both ways".
    String.raw`\b(?:they|he|she)(?:'ll| will) wish\b|\bbetter hope (?:i|we) (?:never|don't|dont|do not) (?:find|catch|see|meet|run into)\b|\blocks? (?:work|go) both ways\b`,
    // Where someone lives, handed out: "the owner lives in Didsbury, big white house on the corner", "addresses are on the electoral roll",
    // "say hi to your mum on Elm Street", "Found her."
    String.raw`\b(?:owner|manager|boss|dentist|doctor|she|he)\s+lives\s+(?:in|on|at|near|round|off|opposite|next to)\b[^.!?]{0,40}\b(?:house|flat|street|road|rd|lane|avenue|corner|number|door)\b|\baddresses are (?:on|in|public)\b|\belectoral roll\b|\bsay (?:hi|hello) to (?:your|her|his|their) (?:mum|mom|mother|dad|father|kids|children|wife|husband|family|partner|son|daughter|sister|brother)\b[^.!?]{0,10}\b(?:on|at|in|down|round) \w+ (?:street|st|road|rd|lane|avenue|ave|close|drive|way|crescent)\b|^found (?:her|him|them|you)\b`,
    // An appointment nobody made: "see you Saturday at 7, Luca. Front door. Don't be late.", "bring a helmet", "we'll remember faces".
    String.raw`\bsee you\b[^]{0,60}\b(?:front door|back door|don't be late|dont be late|come alone)\b|\bbring a helmet\b|\b(?:we'll|we will|i'll|i will) remember (?:your |their |the |all )?faces\b`,
    // Their car and their hours, their postcode, their being alone: "drives the blue Corsa … Parks on Mill Lane every night",
    // "we've got his home postcode", "I know when she's alone", "what time you lock up".
    String.raw`\bdrives (?:a|an|the) [^.!?]{0,30}(?:[.!?]\s*|\band\s+)(?:\w+\s+){0,2}(?:parks|parked|leaves|leaving|finishes|gets off)\b|\b(?:got|have|found|know)\s+(?:his|her|their|your)\s+(?:home\s+)?(?:address|postcode|post code|zip code)\b|\bknow when (?:she's|he's|they're|you're|she is|he is|they are|you are) alone\b|\bknow what time (?:you|she|he|they) locks? up\b`,
    // Their security sized up: "shame about the cameras not working", "nothing covering the back gate at night", plates photographed.
    String.raw`\bcameras?\b[^.!?]{0,40}\b(?:not working|don't work|dont work|face the road|face the street|don't cover|dont cover|do not cover)\b|\bnothing covering the back\b|\b(?:registration|number) plates? (?:are|is) public\b|\bphotos of (?:every|all|each) (?:car|vehicle)\b`,
    // "Enjoy your weekend while it lasts", "you have no idea who you're dealing with", "I'll find her", "nobody will be able to help him".
    String.raw`\benjoy (?:your|the) (?:\w+ ){0,2}while (?:it lasts|you can|it can)\b|\byou (?:have|got) no idea who (?:you're|you are|your) (?:dealing|messing) with\b|\b(?:i'll|i will|we'll|we will) find (?:her|him|them|you)(?:\s+\p{L}+)?\s*(?:[.!…]|$)|\b(?:no one|nobody|noone) (?:will|wil) be able to (?:help|save) (?:him|her|them|you)\b|\bma7adesh hay2dar\b`,
    // Fire, a weapon, harm wished by proxy: "someone should torch that rat nest", "coming down with a crowbar", "anyone in the way gets it",
    // "give her a taste of … a wheelchair", "one day someone will do something about that place", "if I see him … he'll be needing physio".
    String.raw`\btorch (?:that|this|the|your|their|his|her) (?:\w+ ){0,2}(?:place|shop|building|clinic|garage|restaurant|nest|dump|house|car|van|salon|office)\b|\b(?:i'm|i am|i'll|i will|we're|we'll) (?:coming|coming down|coming round|turning up|showing up)\b[^.!?]{0,40}\bwith a (?:crowbar|bat|baseball bat|hammer|knife|machete|golf club)\b|\banyone (?:in the way|in my way|who gets in (?:my|the) way) gets it\b|\b(?:give|show) (?:her|him|them|you) a taste of\b[^.!?]{0,40}\b(?:wheelchair|hospital|pain|suffer)\b|\bsomeone (?:will|is going to|gonna) do something about\b|\bif i (?:see|catch|find) (?:him|her|them|that \w+|the \w+)\b[^.!?]{0,40}\b(?:he'll|she'll|they'll|he will|she will|they will) (?:be needing|need|regret)\b`,
    // "killers deserve what they get. you know what that means."
    String.raw`\bdeserves? what (?:they|she|he|you) (?:get|gets|got)\b[^]{0,40}\byou know what (?:that|this) means\b`,
    // Other languages: "que tenga cuidado", "spune-i să aibă grijă", "o să vadă el", "khally balak ya …", "e7na 3arfeen betak fein".
    String.raw`\bque (?:tenga|tengas|tengan) cuidado\b|\bsa aiba grija\b|\bo sa vada (?:el|ea)\b|\bkhal+y balak (?:ya|men)\b|\b3arf(?:een|in) (?:betak|betek|beto|betha)\b`,
    // "Lovely place. Just a friendly warning." said as a closing line.
    String.raw`(?:^|[.!?]\s*)(?:just )?a friendly warning\s*[.!…]*\s*(?:\p{Extended_Pictographic}\s*)*$`,
    // "Be a real shame if someone let the tyres down": quoted, as the other veiled hints are.
    String.raw`\bshame if\b[^.!?]{0,40}\b(?:let (?:the |his |her |their )?(?:tyres|tires) down|slashed|keyed|scratched|smashed|torched)\b`,
  ].join('|'),
  'u',
));
// Veiled threats whose patterns cost more, each tried only when its cheap sign is in the text.
// Their way home, watched: "gets the 17 bus home at half 6", "you finish at 5:30 and walk down Trevu Road on your own",
// "should be careful walking home along the harbour at night" (never the writer's own way home).
// Indonesian and Turkish: "kami tahu rumahmu di mana", "arabanın plakasını biliyoruz", "çocuklarını okuldan alırken seni gördük".
const GUARDED_VEILED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    normalised(/\b(?:bus|train|tram|ferry)\b/),
    normalised(/\b(?:you|she|he|they|your \w+|her|his|(?:the|that|this|their) (?:\w+ ){0,2}(?:hygienist|nurse|receptionist|dentist|doctor|vet|manager|owner|concierge|teacher|waiter|waitress|mechanic|physio|pharmacist|assistant|therapist|stylist|barber|chef|girl|guy|woman|man|lady))\b(?:(?!\b(?:i|me|my|we|us|our)\b)[^.!?]){0,40}\b(?:gets?|takes?|catch(?:es)?) the (?:\d+ |last |late |night )?(?:bus|train|tram|ferry)\b[^.!?]{0,30}\b(?:home|at \d|at half|alone|at night|every)/),
  ],
  [
    /\b(?:walk|cycl|jog|driv)/,
    normalised(/\b(?:finish(?:es)?|leaves?|clocks? off|starts?) at (?:half )?\d[^.!?]{0,60}\b(?:walks?|walking|drives?|cycles?|jogs?) (?:home|down|along|through|back|to (?:her|his|your|the) car)\b|(?<!\b(?:i|we) )\b(?:walks?|walking|cycles?|jogs?) (?:home |down |along |through |back )[^.!?]{0,40}\b(?:on (?:your|her|his|their) own|alone|by (?:herself|himself|yourself))\b/),
  ],
  // Coming for them, waiting for them, not coming to talk: "then we'll come for you", "I'll be waiting for Lorraine in the car park",
  // "I'll be at your reception at 9am tomorrow and I'm not coming to talk".
  [/\bcom(?:e|ing) (?:for|after)\b/, normalised(/\b(?:we|i|they)(?:'ll| will|'re| are|'m| am)?\s+(?:gonna |going to |be )?(?:come|coming) (?:for|after) (?:you|her|him|them|your|his|their)\b/)],
  // Or said as the last word: "we'll be waiting 👊".
  [
    /\bwaiting\b/,
    normalised(
      /\bbe waiting (?:for [\w']+ )?(?:in|at|outside|by|near) (?:the |your |her |his |their )?(?:car park|parking lot|parking|back door|front door|door|gate|house|home|school|car)\b|\b(?:we|i)(?:'l|'ll| wil)? be waiting\s*[.!…]*\s*(?:\p{Extended_Pictographic}\s*)*(?:#|$)/u,
    ),
  ],
  [/\btalk|\bchat/, normalised(/\b(?:i'll|we'll|i will|we will) be (?:at|outside|in) (?:your|the|her|his)\b[^.!?]{0,60}\bnot (?:coming|going|here) (?:to|for) (?:talk|a chat|chat)\b|\bdone talking\b|\bthe time for talking is over\b/)],
  // Harm wished by proxy on a body, their family or car held over them, their names and numbers held, a price for silence,
  // a fire wished, a walk feared (eleventh review): "hope someone breaks both your legs", "be a pity if your kids missed the bus",
  // "we have your names, addresses and phone numbers", "your staff will regret coming in. Not joking", "5 stars or I tell…",
  // "free pizzas for a month and I go away", "the alarm code hasn't changed", "bet your insurance doesn't cover everything".
  [
    /\bhope\b|\bpity\b|\bshame\b|adres|number|regret|\bstars? or\b|go away|\bsit in\b|pecato|alarm code|bet your insurance/,
    normalised(
      new RegExp(
        [
          String.raw`\bhope (?:someone|somebody|they|he|she)\s+(?:breaks?|snaps?|smashes?|stabs?|shoots?|beats?|kils?|hurts?|runs? over)\s+(?:both\s+|al\s+)?(?:your|his|her|their|you|him|them)\b`,
          String.raw`\b(?:shame|pity) if\b[^.!?]{0,30}\b(?:your|her|his|their) (?:kids?|children|son|daughter|family|wife|husband|mum|mom|car|house|home|dog|cat|pet)\b`,
          String.raw`\b(?:we|i)\s+(?:have|'ve got|got|know)\s+(?:al\s+)?(?:your|their|his|her)\s+(?:[\w]+,?\s+(?:and\s+)?){0,3}?(?:adreses|adress|home adreses|phone numbers|numbers|home numbers)\b`,
          String.raw`\b(?:5|five) stars? or (?:i|we)\b|\band (?:i|we)(?:'l| wil)? go away\b|\bshame if\b[^.!?]{0,40}\b(?:droped a match|lit a match|started a fire)\b|\bsarebbe un pecato se\b|\bhope (?:he|she|they)(?:'s|'re| is| are) scared to walk\b|\bsit in your (?:waiting rom|reception|shop|ofice)\b[^.!?]{0,30}\buntil you pay\b`,
          String.raw`\bregret (?:coming in|coming to work|showing up|going to work|leaving the house|ever coming back)\b|\bregret\b[^.!?]{0,40}[.!?]*\s*(?:not joking|mark my words|i promise you|trust me)\b`,
          String.raw`\balarm code\b|\bbet your insurance\b`,
        ].join('|'),
        'u',
      ),
    ),
  ],
  // A staff member's car handed out: "drives the black Corsa, reg starts WK19".
  [/\breg\b|\bplate\b/, /\breg (?:starts|begins|number is|ends)\b|\bnumber plate (?:starts|begins|is)\b|\bplate (?:starts|begins) with\b/],
  // "You're dead if you post that again".
  [/\bdead if\b/, normalised(/\b(?:you're|you are|your|ur|you r|you)\s+(?:so\s+|al\s+)?dead if\b/)],
  // Their routine watched: "I see you leave at 6 every day", "we see you every night at 11 when you lock up",
  // "I know what time her shift ends", "leaves by the back door at 6:15 every Tuesday. Nice red coat today".
  [
    /\bevery\b|\bshift\b|\block|saying|👀/,
    normalised(/\b(?:i|we)\s+(?:see|saw|watch|know|notice)\s+(?:what time\s+|when\s+)?(?:you|her|him|them|your \w+|the \w+)\s+(?:\w+\s+){0,7}?(?:leave|leaves|lock up|locks up|finish|finishes|get home|gets home|arrive|arrives|park|parks|clock off|clocks off)\b|\bknow (?:what time|when) (?:your|her|his|their|the) (?:\w+ )?shift (?:ends|finishes|starts)\b|\b(?:staff|she|he|they|you)\s+(?:leave|leaves|finish|finishes|lock up|locks up)\s+at\s+\d[^.!?]{0,10}[.!?]?\s*(?:just saying|👀)|\bat \d{1,2}(?::\d\d)?[^.!?]{0,20}\bevery \w+\b[\s\S]{0,40}\bnice (?:\w+ )?(?:coat|jacket|dress|car|shoes|hat|bag|top|shirt|hair)\b/),
  ],
  // Death promised for real ("soon" reads "son" once letters are single: no sign); harm someone would "deserve":
  // "you're all dead to me and for real", "someone's going to get hurt … they'd deserve it".
  [/\bdead\b/, normalised(/\b(?:you're|you are|your|ur|you) (?:all |so )?(?:dead meat|a dead (?:man|woman)|dead men|dead)\b[^.!?]{0,30}\b(?:for real|irl|literally)\b/)],
  [/deserve/, normalised(/\bget (?:hurt|killed|shot|stabbed|beaten)\b[^.!?]{0,40}\bdeserve/)],
  [/careful/, normalised(/\b(?:should|better|had better|'d better|wants? to|wanna|i'd|i would)\s+(?:al |both )?be (?:very |real |really )?careful\b[^.!?]{0,40}\b(?:walking|driving|alone|at night|after dark|home|on (?:her|his|their|your) own)\b/)],
  // Twelfth review: harm that is "getting" someone, a fire with people inside, a routine known, a pet threatened.
  [
    /geting|gona get|going to get|about to get/,
    normalised(/\b(?:he's|she's|they're|he is|she is|they are|you're|you are)\s+(?:getting|gona get|going to get|about to get)\s+(?:(?:his|her|their|your)\s+(?:\w+\s+){0,2})?(?:knocked out(?! for)|battered|beaten up|smashed in|stabbed|kicked in|legs broken|jumped|done in|windows smashed)\b/),
  ],
  [/\binside\b|\bground\b/, normalised(/\bburn\b[^.!?]{0,30}\bto the ground\b|\b(?:burn|torch|lock|set fire)\b[^.!?]{0,40}\bwith (?:the \w+|them|you|everyone|him|her|al of you)(?: still)? inside\b/)],
  [/\bknow where\b/, normalised(/\bknow where\b[^.!?]{0,50}\band when (?:you|she|he|they) (?:lock up|locks up|leave|leaves|close|closes|get home|gets home)\b/)],
  [/hate for/, normalised(/\b(?:would|'d) hate for (?:it|her|him|them|you|your \w+|that \w+) to (?:get lost|go mising|get hurt|get run over|have an acident|disapear|get burnt|burn)\b|\b(?:would|'d) hate for (?:something|anything) (?:bad )?to hapen to\b/)],
  // Thirteenth review: found and made to pay, their hours known and met after work, a bit of acid, "someone's getting hurt",
  // the place smashed up, a price or else, and the same in Spanish and Hinglish ("we'll be waiting" joins the waiting family above).
  [/\bfind (?:you|her|him|them|u)\b/, normalised(/\b(?:i|we)(?:'l|'ll| wil| am gona| are gona| am going to| are going to| gona)?\s*find (?:you|her|him|them|u)\b[^.!?]{0,30}\bmake (?:you|her|him|them|u) pay\b/)],
  [
    /\bi know\b|car park|parking/,
    normalised(/\bi know (?:when |what time )?(?:you|she|he|they|u) (?:finish|finishes|leave|leaves|get off|gets off|clock off|clocks off) at\b(?![^.!?]*\?)|\bse (?:you|u|her|him) (?:in|at|outside) (?:the )?(?:car park|parking lot|parking|back door)\b/),
  ],
  [/esper|hora sales|sales de/, /\b(?:te|los|las|le) (?:voy|vamos) a esperar\b|\bte (?:estoy|estamos|estare|estaremos) esperando\b|\bse a que hora (?:sales|salis|sale)\b/],
  [/acid/, /(?<!\b(?:hyaluronic|glycolic|salicylic|lactic|mandelic|azelaic|kojic|ascorbic|retinoic|tranexamic|amino|folic|uric|stomach|fruit|citric|ferulic|polyhydroxy|hydrochloric|battery)\s)\bacid\s+(?:would|wil|should|could|in|on|to|across|over)\s+(?:sort|fix|teach|melt|her|his|their|your|that|those|the)\b|\b(?:throw|throws|throwing|chuck|chucking|splash|pour)\w*\s+(?:some\s+)?acid\b|\bbit of acid\b/],
  [/(?:geting|get|gona get) hurt/, normalised(/(?:\band|\bor|\belse|,|\.)\s+some(?:one|body)(?:'s|s| is)?\s+(?:geting|gona get|going to get|wil get|gonna get) hurt\b(?!\s+(?:on|by|from|in|at|with|if|because|one day|here|there))/)],
  [
    /smash|wreck|torch|vandal/,
    normalised(/\b(?:gona|going to|wil|i'l|we'l|i'm gona|about to)\s+(?:smash|wreck|torch|vandali[sz]e|trash)\s+(?:up\s+)?(?:every|al|your|the|that|ur|those|this|their|his|her)\s+(?:\w+\s+){0,2}?(?:windows?|mirors?|dors?|place|shop|clinic|gym|garage|restaurant|salon|office|building|car|cars|van|sign|front|reception|everything)\b/),
  ],
  [/\bpay (?:me|us)\b/, normalised(/\bpay (?:me|us)\s+(?:[$€£]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:k|grand|quid|pounds|dolars|euros))\s+or\b/)],
  [/ghar|dekh len|sabak/, normalised(/\bghar (?:ka|ki) (?:address|pata)\b|\bghar aa (?:jayenge|jaenge|jaunga|jayega|jaoge)\b|\bdekh lenge\b|\bsabak sikha/)],
  [/\btahu\b/, /\b(?:kami|saya|aku|gue|gw|kita) tahu (?:\p{L}+ ){0,2}(?:di ?mana|rumah\p{L}*|alamat\p{L}*|mobil\p{L}*|anak\p{L}*|sekolah\p{L}*)/u],
  [
    /biliyor|gordu|izliyor/,
    /(?<![\p{L}])(?:ev|adres|araba|plaka|okul|cocuk)\p{L}*[^.!?]{0,40}(?<![\p{L}])(?:biliyoruz|biliyorum|gorduk|gordum|izliyoruz|izliyorum)(?![\p{L}])/u,
  ],
];

// Any family's sign word: one scan of the text decides whether any family needs a look.
const ANY_SIGN = new RegExp(GUARDED_VEILED.map(([sign]) => `(?:${sign.source})`).join('|'), 'u');

/** The words of a costly veiled threat in `norm`, if any. */
function guardedVeiled(norm: string): string | undefined {
  if (!ANY_SIGN.test(norm)) return undefined;
  for (const [sign, pattern] of GUARDED_VEILED) {
    if (!sign.test(norm)) continue;
    const m = pattern.exec(norm);
    if (m) return m[0];
  }
  return undefined;
}

// Someone's private account or number handed to strangers: doxxing.
const PRIVATE_ACCOUNT = normalised(/\b(?:her|his|their)\s+(?:personal|private)\s+(?:instagram|insta|ig|facebook|fb|tiktok|account|number|phone|mobile|email|socials|snap|snapchat|twitter)\b/);
// A quoted "accident" is a threat dressed as a warning.
const QUOTED_ACCIDENT = /["'‘“]accidents?[.!]?["'’”]/i;
// "X better not walk to his car alone": a warning about a person's movements.
const BETTER_NOT = normalised(/\bbeter (?:not|watch|stay|keep)\b[^.!?]*\b(?:alone|at night|after dark|walk home|walking home|on (?:his|her|their|your) own|after (?:closing|work|hours|his shift|her shift))\b|\bbeter not show (?:his|her|their|your|ur) face\b/);
// Concrete details of a visit, in several languages: an amount, a clock time, a day, a count, a duration.
const DETAIL =
  normalised(/[$€£]\s?\d[\d,.]*\d|[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:€|euros?|eur|dollars?|bucks|pounds?|quid|usd|gbp|pesos)\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm|uhr)\b|\b\d{1,2}:\d{2}\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (?:week|month|night)|this morning|lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mitwoch|donerstag|freitag|samstag|sontag|gestern)\b|\b(?:twice|three times|\d+ times|dos veces|tres veces|deux fois|trois fois|zweimal|dreimal)\b|\b(?:\d+|an?|one|two|thre|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|ninety)\s?(?:min|mins|minutes?|hours?|hrs?|days?|weks?|months?|sesions?|sitzungen|seances|minutos|horas|stunden|tage|jours|heures)\b/);
// Someone else's story passed on: "my neighbour's cousin said", "apparently", "I've heard".
const HEARSAY = normalised(/\b(?:i(?:'ve| have)? heard|apparently|word is|rumou?rs?|(?:cousin|friend|neighbou?r|mate|sister|brother|aunt|uncle|colleague)(?:'s \w+)? (?:said|says|told me)|never ben but|never ben there but|haven't ben but|he oido|dicen que|me dijeron que|on m'a dit|j'ai entendu dire|ich habe gehort|angeblich|ho sentito dire|dicono che|ouvi dizer|dizem que|am auzit|słyszałem|słyszałam|ik hoorde|naar verluidt|duydum|maine suna|suna hai|(?:left|gave|ruined|disfigured|scared|burned|burnt|botched|hurt|injured) my (?:cousin|friend|sister|brother|aunt|uncle|neighbou?r|mate|colleague|coworker|niece|nephew)|my (?:cousin|friend|neighbou?r|mate|colleague|coworker|niece|nephew) (?:was|got|ended up)|a mi (?:prima|primo|amiga|amigo|hermana|hermano|vecina|vecino)|mi (?:prima|primo) (?:fue|quedo))\b/);
// What happened, told as it happened (normalised: double letters single): "technician never showed", "nobody came", "they charged".
const NARRATIVE =
  normalised(/\b(?:never (?:showed|came|turned|caled|arived|finished|got)|nobody (?:came|caled|showed|answered)|no one (?:came|caled|showed|answered)|didn't|did not|wasn't|weren't|came|showed|left|fixed|charged|sent|boked|reboked|waited|drove|shouted|yeled|closed|canceled|forgot|lost|pased|taught|rushed|overcharged|tok|said|told|asked|caled|arived|finished|started|did|went|got|made|handled|cut|dyed|replaced|instaled|quoted)\b/);
// Sweeping scorn for the whole trade, not a visit: "opticians are just glorified glasses shops", "driving instructors are
// all failed taxi drivers", "chiropractic is pseudoscience", "run by lizard people" (normalised: "glorified" keeps its letters).
const SWEEPING =
  normalised(/\b\w+s\s+(?:are|r)\s+(?:just|al|nothing but|basicaly|only|simply)\s+(?:\w+\s+){0,3}?(?:glorified|failed|overpaid|con ?artists|crooks|quacks?|salesm[ae]n|mechanics|butchers|drug dealers|pil pushers|thieves|liars|frauds?|clowns|parasites|leches)\b|\b(?:is|are) (?:just )?(?:pseudoscience|a pseudoscience|quackery|snake oil)\b|\brun by lizard people\b|\bfor rich people\b/);
// A whole trade called a scam, a racket, a con ("Vets are just a scam industry", "Paediatric dentistry is a racket"): tried only
// when one of those words is in the text.
const SCAM_WORD = /\b(?:scam|racket|con)\b/;
const SWEEPING_SCAM = normalised(/\b\w+s\s+(?:are|r)\s+(?:just\s+|al\s+|nothing but\s+)?(?:a\s+|one big\s+)?(?:scam|racket|con)\b|\b\w+(?:ry|ics|ine|apy)\s+is\s+(?:just\s+|al\s+)?(?:a\s+|one big\s+)(?:scam|racket|con)\b/);
const TRADE_IS = /^\w+(?:ry|ics|ine|apy)\s+is\b/;
const OWNED_SUBJECT = /\b(?:this|the|your|their|that|my|our|his|her)\s+$/;
// Others said not to be customers ("people who've never been here"): a defence, not the writer's own word.
const OTHERS_NOT_CUSTOMERS = normalised(/\b(?:who|who've|they|they've|people|strangers|clearly|none of them)\s+(?:\S+\s+){0,2}(?:never|not)\b/);

// Everything built from a profile is built once per profile object.
type Profile = ClassifyContext['profile'];
function perProfile<T>(build: (profile: Profile) => T): (profile: Profile) => T {
  const cache = new WeakMap<Profile, T>();
  return (profile) => {
    if (cache.has(profile)) return cache.get(profile) as T;
    const value = build(profile);
    cache.set(profile, value);
    return value;
  };
}

const businessMatcher = perProfile((profile) => {
  // Staff are matched by any part of their name longer than a title ("Okafor", "Theo").
  const staffParts = profile.staff.flatMap((s) => s.split(/\s+/).filter((w) => w.replace(/\W/g, '').length > 3));
  const terms = [profile.businessName, ...profile.services, ...staffParts].filter((t) => t.trim().length > 2);
  return terms.length ? phraseMatcher(terms) : null;
});

const threatNamesFor = perProfile(threatNames);

// Words of a business's name that name no business in particular ("Brightwell Eye Care": "care").
const GENERIC_NAME_WORDS = new Set(
  'the and of for care clinic clinics dental dentistry dentist eye eyes health medical practice centre center group family vets vet surgery studio spa salon school company services physio therapy shop store'.split(' '),
);
/** "the wrong Brightwell": the business's own name, said to be the wrong one. */
const wrongBusiness = perProfile((profile) => {
  const names = profile.businessName
    .split(/\s+/)
    .map((w) => normalizeForMatch(w.replace(/[^\p{L}\p{N}'-]/gu, '')))
    .filter((w) => w.length > 3 && !GENERIC_NAME_WORDS.has(w));
  return names.length ? phraseMatcher(names.map((w) => `wrong ${w}`)) : null;
});

// Every word of the services, lower case: none of them is profanity on this business's page.
const serviceWordSet = perProfile((profile) => new Set(profile.services.flatMap((s) => s.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean)));

// Services alone (not staff or the business's name), as the business matcher labels them.
const serviceSet = perProfile((profile) => new Set(profile.services.filter((t) => t.trim().length > 2)));

const THREAT_TEXT: Record<ThreatHit['kind'], string> = {
  violence: 'Says they or others will harm a person or the place',
  surveillance: 'Tracks where a person lives, parks or goes (doxxing)',
  extortion: 'Extortion: demands money, or else reviews, posts or tips',
};
const capitalI = (q: string) => q.replace(/(^|\s)i(?=\s|'|$)/g, '$1I');

// "my <service>" ("my crown") is the writer's own treatment, however it is worded.
const ownServiceMatcher = perProfile((profile) => {
  const services = profile.services.map((s) => s.trim()).filter((s) => s.length > 2);
  return services.length ? phraseMatcher(services.map((s) => `my ${s}`)) : null;
});

/** `list` and whichever of `a`, `b` were found; the list itself when neither was (no copy on the common path). */
const withFound = (list: string[], a: string | undefined, b: string | undefined): string[] =>
  a === undefined && b === undefined ? list : [...list, ...(a === undefined ? [] : [a]), ...(b === undefined ? [] : [b])];

/** “a”, “b”: each phrase once, and none that a longer one quoted beside it already holds (“charged me”, not also “charged”). */
const quote = (words: string[]) => {
  const each = [...new Set(words)];
  const held = (w: string) => each.some((o) => o.length > w.length && ` ${o} `.includes(` ${w} `));
  return each
    .filter((w) => !held(w))
    .map((w) => `“${w}”`)
    .join(', ');
};

const CAMPAIGN_COPIES = 2;
const MANY_COPIES = 3;

/** What the classifier knows from before this item: the only non-text signals. */
export interface ItemHistory {
  /** This author on this page before now; absent when unknown. */
  author?: { itemsBefore: number; labels: Partial<Record<Label, number>>; moderatorLabel: Label | null };
  /** The author's name hashes to an entry of the workspace's patient roster. */
  onRoster?: boolean;
  /** Near-copies of this text among the page's recent items. */
  nearDuplicates?: number;
  /** Near-copies posted within the last few minutes (QUICK_COPY_MS): one is enough to say so. */
  quickCopies?: number;
  /** The page's burst state when this item arrived. */
  burst?: BurstState | null;
}

/** A first-time author's near-copy of an item posted minutes before: a campaign does not wait for a third copy. */
const quickCopy = (h: ItemHistory, firstTime: boolean) => firstTime && (h.quickCopies ?? 0) > 0;

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
  } else if (quickCopy(h, firstTime)) {
    out.push('A first-time author repeating, nearly word for word, an item posted minutes before.');
  }
  return out;
}

export function classify(item: ClassifyInput, ctx: ClassifyContext): ClassifyResult {
  const r = classifyNormalised(item, ctx);
  // Quotes are found in normalised text: show each as the comment writes it, so a moderator can find it there.
  return { ...r, reasons: quotesAsWritten(item.text, r.reasons) };
}

function classifyNormalised(item: ClassifyInput, ctx: ClassifyContext): ClassifyResult {
  const h = ctx.history ?? {};
  if (item.byBusiness) return result('supporter', 1, [`${BUSINESS_REASON} (its own page or reply).`]);
  const business = ctx.profile.businessName.trim().toLowerCase();
  if (business && item.author?.name.trim().toLowerCase() === business) {
    return result('supporter', 0.9, [`Posted by your own page (${ctx.profile.businessName}).`]);
  }
  const norm = normalizeForMatch(item.text);
  const lowRating = (item.rating != null && item.rating <= 2) || item.recommends === false;
  const highRating = (item.rating != null && item.rating >= 4) || item.recommends === true;
  const firstTime = h.author ? h.author.itemsBefore === 0 : true;
  const copies = (h.nearDuplicates ?? 0) >= CAMPAIGN_COPIES || quickCopy(h, firstTime);
  // During a burst, or in the days after one: a smear campaign has a long tail.
  const inBurst = (h.burst?.active === true || h.burst?.ongoing === true) && firstTime;

  if (norm.length === 0 && item.rating == null && item.recommends == null) {
    return result('unclear', 0.2, ['No text to go on.']);
  }

  const found = LISTS(norm);
  const words = tokens(norm);
  // Threat wording outweighs everything else in the text: a staff name, a
  // service or a story of one's own visit never makes a threat less of one.
  // A fake platform notice ("FINAL WARNING: verify your page …") is a scam, not a threat.
  const phishing = found.hardSpam.length > 0;
  const warnings = phishing ? found.threat.filter((t) => !WARNING_ONLY.has(t)) : found.threat;
  const kind = KINDNESS.test(norm) ? warnings.filter((t) => !t.startsWith('kill ')) : warnings;
  // "You're dead right", "you are dead to me": sayings, not death.
  const notDead = DEAD_IDIOM.test(norm) ? kind.filter((t) => !DEAD_WORDS.has(t)) : kind;
  const threats = BLOW_UP_DOLL.test(norm) ? notDead.filter((t) => t !== BLOW_UP) : notDead;
  const selfHarm = found.selfHarm;
  // Listed wording is enough to decide; the structure is read only when it found nothing.
  const structural = threats.length || selfHarm.length ? [] : findThreats(norm, words, item.text, threatNamesFor(ctx.profile));
  const accident = QUOTED_ACCIDENT.test(item.text) || BETTER_NOT.test(norm) || SHAME_IF.test(norm) || FORETOLD.test(norm);
  const veiled = (VEILED.exec(norm)?.[0] ?? guardedVeiled(norm))?.replace(/^[.!?\s]+/, '');
  const doxxed = PRIVATE_ACCOUNT.exec(norm)?.[0];
  // Scripts written without spaces between words are read by pattern, not by the phrase lists.
  const plainAscii = ASCII.test(item.text);
  const scriptThreat = plainAscii ? undefined : SCRIPT_THREAT.exec(item.text)?.[0];
  if (threats.length || selfHarm.length || structural.length || accident || veiled || doxxed || scriptThreat) {
    const why: string[] = [];
    if (threats.length) why.push(`Threat wording: ${quote(threats)}.`);
    if (selfHarm.length) why.push(`Tells someone to kill or harm themselves: ${quote(selfHarm)}.`);
    for (const kind of ['violence', 'surveillance', 'extortion'] as const) {
      const hit = structural.find((t) => t.kind === kind);
      if (hit) why.push(`${THREAT_TEXT[kind]}: “${capitalI(hit.quote)}”.`);
    }
    if (accident) why.push('A veiled threat: warns of an “accident”, of damage that would be “a shame”, or that someone had better not be alone.');
    if (veiled) why.push(`A veiled threat: hints at harm to a person or the premises: “${veiled}”.`);
    if (doxxed) why.push(`Hands out a person's private account or number (doxxing): “${doxxed}”.`);
    if (scriptThreat) why.push(`Threat wording: “${scriptThreat}”.`);
    return result(
      'threat',
      Math.min(0.95, 0.8 + 0.05 * (threats.length + selfHarm.length + structural.length + (accident || veiled || doxxed || scriptThreat ? 1 : 0))),
      [...why, 'Keep the evidence; do not reply; tell staff and, if credible, the police.', ...campaignReasons(h, firstTime)],
      { campaign: inBurst || copies, negative: true },
    );
  }

  const reasons: string[] = [];
  const ownService = ownServiceMatcher(ctx.profile);
  const businessMatch = businessMatcher(ctx.profile);
  const mentions = businessMatch ? allMatches(businessMatch, norm) : [];
  const care = found.care;
  const firstPerson = words.some((w) => FIRST_PERSON_WORDS.has(w));
  const services = serviceSet(ctx.profile);
  const serviceMentions = mentions.filter((m) => services.has(m));
  // Own experience: said in so many words, or first person plus the vocabulary of
  // a visit or a service. Naming the business or its staff is not experience
  // ("please stop supporting <business>"), unless staff did something to "me".
  // Someone else's story ("my colleague's sister said they charged her", "left my cousin disfigured") is no visit of the writer's.
  const hearsay = HEARSAY.test(norm);
  // A service named in someone else's story is not the writer's own.
  const strong = [...found.experience, ...(ownService && !hearsay ? allMatches(ownService, norm) : [])];
  const staffToMe =
    (mentions.length > serviceMentions.length || found.people.length > 0) && words.some((w) => ME_WORDS.has(w));
  const weak = firstPerson ? [...care, ...serviceMentions, ...(staffToMe ? [...found.people, ...mentions] : [])] : [];
  // Details of a visit (an amount, a time, a day) about your business or its care:
  // a customer's account, even when it also mentions the video everyone is on about.
  // A cause's hashtag (#JusticeForBiscuit, #BotchedByHalden, #ProtectOurKids) is a campaign's word, as "boycott" is.
  const cause = CAUSE_TAG.exec(item.text)?.[0];
  const pileOn = cause ? [...found.pileOn, cause] : found.pileOn;
  const pileOnWords = pileOn.length > 0;
  const detail = (mentions.length > 0 || care.length > 0) && (firstPerson || lowRating) && !pileOnWords ? DETAIL.exec(norm)?.[0] : undefined;
  const detailed = detail !== undefined ? [detail] : [];
  // "I've never been a patient here, but …" is the opposite of an experience, unless
  // it is said of others ("strangers who've never been here"); and first person plus
  // a care word is no experience when the text is about a video.
  const othersNotCustomers = found.notCustomer.length > 0 && (found.defence.length > 0 || OTHERS_NOT_CUSTOMERS.test(norm));
  const notCustomer = found.notCustomer.length > 0 && !othersNotCustomers;
  const aboutSomethingElse = pileOnWords || found.offTopic.length > 0;
  const experience = notCustomer ? [] : [...new Set([...strong, ...detailed, ...((aboutSomethingElse && !detailed.length) || hearsay ? [] : weak)])];
  if (notCustomer) reasons.push(`Says they are not a customer: ${quote(found.notCustomer)}.`);
  if (experience.length) reasons.push(`Speaks of their own experience: ${quote(experience)}.`);
  if (mentions.length) reasons.push(`Mentions your business, services or staff: ${quote(mentions)}.`);
  const ownExperience = experience.length > 0;
  const specific = ownExperience || mentions.length > 0 || care.length > 0;

  // Spam needs promotion or scam wording; a link alone is not enough (a customer
  // may link a photo of what they bought). A bare link with next to no words, or
  // a chat or shortened link, still counts.
  const promo = MAYBE_PROMO.test(item.text) ? PROMO.exec(item.text)?.[0] : undefined;
  const spam = withFound(found.spam, promo ?? MIRACLE.exec(item.text)?.[0], plainAscii ? undefined : SCRIPT_SPAM.exec(item.text)?.[0]);
  const link = MAYBE_LINK.test(item.text) ? LINK.exec(item.text)?.[0] : undefined;
  const evidenceLink = link !== undefined && EVIDENCE_LINK.test(link);
  const bareLink = link !== undefined && !evidenceLink && !specific && words.length - tokens(normalizeForMatch(link)).length <= 4;
  const chatLink = link !== undefined && CHAT_LINK.test(link);
  // "Get a free quote at cheap-deals.net": a link the text sends readers to.
  const sentToLink = link !== undefined && !evidenceLink && SEND_TO.test(item.text.slice(0, item.text.indexOf(link)));
  // "FREE tiktok coins … coinz4u.xyz", "use code GLOW50": a link that sells.
  const offerLink = link !== undefined && !evidenceLink && OFFER.test(item.text);
  const spamCue = spam.length > 0 || bareLink || chatLink || sentToLink || offerLink;
  const hardSpam = found.hardSpam.length > 0 || chatLink;
  const moderator = h.author?.moderatorLabel ?? null;
  if (spamCue && moderator !== 'genuine' && (hardSpam || strong.length === 0)) {
    const why = [spam.length ? `Promotion wording: ${quote(spam)}.` : '', link && !evidenceLink ? `Contains a link: “${link.slice(0, 60)}”.` : ''];
    return result('spam', spam.length && link ? 0.9 : 0.7, why.filter(Boolean), { campaign: copies });
  }
  if (evidenceLink) reasons.push(`Links a photo or page as evidence: “${link.slice(0, 60)}”.`);

  const mockEmoji = MOCK_EMOJI.exec(item.text)?.[0];
  // A word the business offers as a service is no swear word there ("semen analysis" at a fertility clinic).
  const serviceWords = serviceWordSet(ctx.profile);
  const library = findProfanity(item.text).filter((p) => !serviceWords.has(p.word));
  const swearing = found.insultAbroad.length ? [...library, ...found.insultAbroad.map((word) => ({ word, text: word, insult: true }))] : library;
  const profanity = mockEmoji ? [...swearing, { word: mockEmoji, text: mockEmoji, insult: true }] : swearing;
  const hashtags = HASHTAG.test(item.text);
  const directed = DIRECTED.test(norm) || (MAYBE_STAFF_ALL.test(norm) && STAFF_ALL.test(norm));
  const laughing = LAUGHING_AT.test(item.text);
  if (profanity.length) reasons.push(`Profanity or insult: ${quote(profanity.map((p) => p.text))}.`);
  const offTopic = found.offTopic;
  if (pileOn.length) reasons.push(`Pile-on wording: ${quote(pileOn)}.`);
  if (offTopic.length) reasons.push(`Off-topic or mocking: ${quote(offTopic)}.`);
  if (hashtags) reasons.push('Uses hashtags, as campaigns do.');
  if (item.rating != null && item.rating <= 2) reasons.push(`${item.rating}-star rating.`);
  if (item.recommends === false) reasons.push('Does not recommend.');
  const hostile = profanity.length > 0 || pileOn.length > 0 || hashtags || notCustomer;
  const negative = hostile || lowRating;
  // "this page is the wrong Brightwell": the business named as the wrong target.
  const wrongNames = wrongBusiness(ctx.profile);
  const wrongTarget = wrongNames ? allMatches(wrongNames, norm, 1)[0] : undefined;
  const defence = withFound(found.defence, wrongTarget, plainAscii ? undefined : SCRIPT_DEFENCE.exec(item.text)?.[0]);

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
    reasons.unshift('Name matches a patient or customer on your roster: treat as one, never as a troll.');
    // A patient standing up for you during a pile-on is answered as a supporter is (thanked, never confirmed as a patient).
    if (defence.length && !lowRating) {
      reasons.push(`Defends your business: ${quote(defence)}.`);
      return result('supporter', 0.8, reasons);
    }
    return result('genuine', 0.85, reasons, { negative });
  }

  // An author who threatened before, back with a person's name, details or a jab: read as the threat it continues.
  if ((h.author?.labels.threat ?? 0) > 0 && (negative || DETAIL.test(norm) || (mentions.length > 0 && !found.praise.length))) {
    reasons.push('This author’s earlier item here was a threat: keep the evidence, do not reply.');
    return result('threat', 0.7, reasons, { negative: true, campaign: inBurst || copies });
  }

  if (defence.length && !lowRating) {
    reasons.push(`Defends your business: ${quote(defence)}.`);
    return result('supporter', 0.75, reasons);
  }
  // "Not a client myself, but they are the most generous vets around": a word for you from outside.
  if (notCustomer && found.praise.length && !lowRating && !profanity.length && !pileOn.length) {
    reasons.push(`Praise: ${quote(found.praise)}.`, 'Not a customer, by their own word, speaking up for you.');
    return result('supporter', 0.65, reasons);
  }

  if (ownExperience) {
    if (copies && inBurst && (hashtags || pileOn.length > 0)) {
      // The same "experience", word for word, from strangers, with campaign tags.
      reasons.push(...campaignReasons(h, firstTime), 'A copied "experience" posted with campaign tags during a pile-on.');
      return result('troll', 0.7, reasons, { negative, campaign: true });
    }
    if ((h.nearDuplicates ?? 0) >= MANY_COPIES && inBurst) {
      // A fourth near-identical "visit" from a stranger within the hour of a pile-on: copied, not lived.
      reasons.push(...campaignReasons(h, firstTime), 'The same "experience", nearly word for word, from several first-time authors during a pile-on.');
      return result('troll', 0.7, reasons, { negative, campaign: true });
    }
    if (copies && (inBurst || negative)) {
      // Reads like a visit, but copied during a pile-on, or a complaint another stranger posted minutes before: a person must look.
      reasons.push(...campaignReasons(h, firstTime), 'Reads like a real experience, but was copied: read it yourself.');
      return result('unclear', 0.5, reasons, { negative, campaign: true });
    }
    if (negative) reasons.push('A complaint about their own visit: treat as a patient or customer, even if rude.');
    else if (QUESTION.test(norm)) reasons.push('Asks a question about your business.');
    return result('genuine', negative ? 0.65 : 0.75, reasons, { negative });
  }

  // "With respect, …", "Not to be rude but …": a hedge before a jab, not praise.
  const sarcastic = found.praise.length > 0 && SARCASM.test(item.text);
  const praise = sarcastic ? [] : HEDGE.test(norm) ? found.praise.filter((p) => p !== 'respect') : found.praise;
  // "Are you dog friendly?" asks; it does not praise.
  const asksFirst = QUESTION_START.test(norm) && !(EXCLAIMS.test(norm) && !norm.includes('?'));
  if (praise.length && !hostile && !lowRating && !asksFirst) {
    reasons.push(`Praise: ${quote(praise)}.`);
    // Praise of a treatment or product ("new smile thanks to the whitening") is a customer's own visit;
    // so is thanks to one of your staff by name with more said than the name, outside a pile-on ("Dziękuję doktor
    // Okafor, wreszcie mogę normalnie jeść"); a bare "Highly recommend Dr. Okafor" is anyone's word for you.
    const staffNamed = mentions.length > serviceMentions.length && mentions.some((m) => m.toLowerCase() !== business);
    if (care.length || serviceMentions.length || (staffNamed && !inBurst && words.length >= TOLD_WORDS)) return result('genuine', 0.6, reasons);
    // A rated review that praises ("friendly staff, long wait", 3 stars) is a customer's, outside a pile-on (where strangers' five stars prop the rating up).
    if ((item.rating != null || item.recommends === true) && !inBurst && !REPUTE.test(norm)) {
      reasons.push('A rated review, praising: treat as a customer.');
      return result('genuine', 0.6, reasons);
    }
    return result('supporter', mentions.length ? 0.7 : 0.6, reasons);
  }
  if (!hostile && !lowRating && ((POSITIVE_EMOJI.test(item.text.trim()) && ANY_EMOJI.test(item.text)) || (highRating && norm.length === 0))) {
    return result('supporter', 0.5, [norm.length ? 'Only warm emoji.' : `${item.rating ?? 5}-star rating with no text.`]);
  }

  // A question about your services may be phrased any way; any other question needs its "?".
  // A short question to the business needs no "?" ("what time do you close on sundays").
  const asks = specific ? QUESTION.test(norm) : (QUESTION_MARK.test(item.text) && (words.length > 1 || UNSPACED.test(item.text))) || (asksFirst && words.length <= 12 && DIRECTED.test(norm));
  if (asks && !hostile && !lowRating && !copies && !laughing) {
    reasons.push(specific ? 'Asks a question about your business.' : 'Asks a question.');
    return result('genuine', mentions.length ? 0.6 : specific ? 0.55 : 0.45, reasons);
  }

  const campaign = campaignReasons(h, firstTime);
  // "Treadmills STILL broken, 4 of 6 out" during a pile-on: a complaint about one of your services, in its own words and
  // with no abuse, may be a customer's; a person must look (never a troll by the crowd it arrived with).
  if (serviceMentions.length && inBurst && !copies && !pileOn.length && !hashtags && !profanity.some((p) => p.insult) && !laughing) {
    reasons.push(...campaign, 'Names one of your services, with no abuse, during a pile-on: it may be a customer’s; read it yourself.');
    return result('unclear', 0.45, reasons, { negative, campaign: true });
  }
  if ((negative || offTopic.length > 0) && (inBurst || copies)) {
    reasons.push(...campaign, 'No experience of your business behind it.');
    return result('troll', copies && inBurst ? 0.9 : 0.8, reasons, { negative, campaign: true });
  }

  // An insult aimed at the owner, the place or a member of staff by name, with no detail of a visit ("Owner is a crook", "f*ck marco").
  // Abuse (not an accusation a wronged customer makes) aimed at the owner, the place or a member of staff by name,
  // with no detail of a visit: "Owner is a clown", "f*ck marco".
  const aimedAbuse = () =>
    profanity.some((p) => p.insult && !ACCUSATIONS.has(normalizeForMatch(p.word))) &&
    (AIMED.test(norm) || (mentions.length > 0 && !care.length && !DETAIL.test(norm)));
  if (
    pileOn.length ||
    (profanity.some((p) => p.insult) && directed) ||
    aimedAbuse() ||
    (profanity.length && directed && !specific) ||
    // "Все стоматологи воры", "Όλοι οι γιατροί είναι απατεώνες": a whole trade or staff called names, in another language.
    (found.insultAbroad.length > 0 && !specific && !found.praise.length && ALL_OF_THEM.test(norm)) ||
    (offTopic.length && (profanity.length || hashtags || lowRating))
  ) {
    reasons.push('Abuse with no experience of your business behind it.');
    return result('troll', pileOn.length && profanity.length ? 0.85 : 0.7, reasons, { negative: true });
  }

  // Laughing at the business or its people with nothing of a visit behind it: mockery
  // ("imagine being a vet and crying over a dog 😂"). A bare laugh is too little to go on.
  const laughsAt = MOCK_LAUGH.test(item.text) || MOCKING.test(norm) || sarcastic;
  const aimed = directed || mentions.length > 0 || offTopic.some((w) => !LAUGH_WORD.test(w)) || words.length >= JOIN_WORDS;
  if (laughsAt && aimed && !praise.length && !FOND.test(norm)) {
    reasons.push(...(inBurst || copies ? campaign : []), 'Laughs at your business or its people, with no experience of it behind it.');
    return result('troll', 0.55, reasons, { negative: true, campaign: inBurst || copies });
  }

  // A rated review that tells what happened is a customer's, even in words no list of services holds
  // ("Technician never showed. Twice."), outside a pile-on.
  // A rated review outside a pile-on, in the writer's own name and about this business: no campaign marks, hearsay or other topic.
  const plainReview =
    (item.rating != null || item.recommends != null) && !inBurst && !copies && !pileOn.length && !hashtags && !hearsay && !offTopic.length && !notCustomer && (words.length >= 3 || UNSPACED.test(item.text));
  if (plainReview && !profanity.some((p) => p.insult && directed) && NARRATIVE.test(norm)) {
    reasons.push('A rated review telling what happened: treat as a customer, even if rude.');
    return result('genuine', 0.55, reasons, { negative });
  }

  const sweep = !ownExperience && !praise.length ? (SWEEPING.exec(norm) ?? (SCAM_WORD.test(norm) ? SWEEPING_SCAM.exec(norm) : null)) : null;
  // "this surgery is a racket" names the business, not the trade.
  const sweeping = sweep && !(TRADE_IS.test(sweep[0]) && OWNED_SUBJECT.test(norm.slice(0, sweep.index))) ? sweep[0] : undefined;
  if (sweeping) {
    reasons.push(`Scorn for your whole trade, with no experience of your business behind it: “${sweeping}”.`);
    return result('troll', 0.55, reasons, { negative: true, campaign: inBurst || copies });
  }

  // "Never been here, but all dentists are crooks. 1 star.": no customer, by their own word, running you down.
  if (notCustomer && !strong.length && (profanity.length > 0 || lowRating || pileOn.length > 0)) {
    reasons.push('Not a customer, by their own word, and running your business down.');
    return result('troll', 0.6, reasons, { negative: true, campaign: inBurst || copies });
  }

  if (negative && (h.author?.labels.troll ?? 0) > 0) {
    reasons.push('This author’s earlier items here were labelled troll.');
    return result('troll', 0.6, reasons, { negative });
  }

  // A rated review in words no list here holds (any language: "Pizza bruciata e cameriere scortese", "受付の方が親切でした"),
  // outside a pile-on, with no abuse, hashtags, hearsay or talk of something else: a customer's, for a person to read.
  if (plainReview && !profanity.length) {
    reasons.push('A rated review with no abuse, outside any pile-on: treat as a customer’s and read it.');
    return result('genuine', 0.5, reasons, { negative });
  }

  if (negative) {
    reasons.push('Negative, but not clearly abuse or a real experience: read it yourself.');
    return result('unclear', 0.4, reasons, { negative });
  }

  // Neither praise, a defence, a question nor an experience: a stranger joining the pile-on.
  // An onlooker's "wow" or "Context?" stays Unclear; mockery, a jab at you or a say of their own does not.
  const joins = (laughing || mockEmoji !== undefined || directed || words.length >= JOIN_WORDS) && !highRating;
  if (inBurst && !specific && joins) {
    reasons.push(...campaign, 'A first-time author joining a pile-on, with no experience of your business behind it.');
    return result('troll', 0.5, reasons, { negative: true, campaign: true });
  }
  if (inBurst && !specific) {
    reasons.push(...campaign, 'Posted during a pile-on by a first-time author: read it yourself.');
    return result('unclear', 0.35, reasons, { campaign: true });
  }
  // A name and little more ("Rhys", "Marco??") is too little to go on.
  if (mentions.length && !offTopic.length && !laughing && words.length > mentions.length + 1) return result('genuine', 0.5, reasons);
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
