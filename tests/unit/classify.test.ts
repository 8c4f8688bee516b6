import { describe, expect, test } from 'vitest';
import { type ClassifyContext, type ClassifyInput, classify } from '../../utils/classify';
import { normalizeForMatch } from '../../utils/classify/normalize';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const ctx: ClassifyContext = { profile: DEFAULT_WORKSPACE.profile };
const run = (text: string, rating: number | null = null) => classify({ text, rating }, ctx);
const ZW = '\u200b';
const ZWJ = '\u200d';

/** [text, rating, phrase a reason must quote] */
type Row = [string, number | null, string];

/** A reason quotes the words that fired: as the text writes them ("k1ll you"), which read as `phrase` ("kill you"). */
function expectReasonQuotes(reasons: string[], phrase: string): void {
  const quoted = reasons.flatMap((r) => [...r.matchAll(/“([^”]+)”/g)].map((m) => normalizeForMatch(m[1] ?? '')));
  expect(quoted.includes(normalizeForMatch(phrase)), `reasons ${JSON.stringify(reasons)} quote “${phrase}”`).toBe(true);
}

describe('threat', () => {
  test.each<Row>([
    ['I will kill you', null, 'kill you'],
    ['I will k1ll you', null, 'kill you'],
    ['I will k i l l you', null, 'kill you'],
    ['I will k_i_l_l you', null, 'kill you'],
    ['I will k.i.l.l you', null, 'kill you'],
    [`I will ki${ZW}ll you`, null, 'kill you'],
    ['I will kiiiiill you', null, 'kill you'],
    ['Someone should kill that dentist', null, 'kill … dentist'],
    ['We know where you live.', null, 'know where you live'],
    ['we KNOW WHERE YOU LIVE', null, 'know where you live'],
    ['We know where your kids go to school', null, 'know where your kids'],
    ['Watch your back.', null, 'watch your back'],
    ['Watch y0ur b4ck', null, 'watch your back'],
    [`wat${ZW}ch your ba${ZWJ}ck`, null, 'watch your back'],
    ['w a t c h your back', null, 'watch your back'],
    ['Pay or 50 more reviews go up.', null, 'or … more reviews'],
    ['Pay up or we post everything', null, 'pay up or'],
    ['Someone should burn that place down', null, 'burn … down'],
    ["I'll burn your office down", null, 'burn … down'],
    ['I hope you die', null, 'hope you die'],
    ['You will regret this', null, 'you will regret'],
    ["I'll be waiting outside", null, 'be waiting outside'],
    ['See you in the parking lot', null, 'see you in the parking lot'],
    ['y0u are d3ad', null, 'you are dead'],
  ])('flags %j as threat', (text, rating, phrase) => {
    const r = run(text, rating);
    expect(r.label).toBe('threat');
    expectReasonQuotes(r.reasons, phrase);
  });

  test('a threat inside a complaint about one’s own visit is still a threat', () => {
    const r = run('I waited two hours for my appointment. Watch your back.', 1);
    expect(r.label).toBe('threat');
    expectReasonQuotes(r.reasons, 'watch your back');
  });

  test.each<[string]>([
    ['Do I need to pay or does insurance cover it?'],
    ['The staff deserve better pay'],
    ['Prices shoot up every year'],
    ['Does whitening burn your gums?'],
    ['I was waiting outside for 20 minutes because the door was locked'],
    ['I will see you in court'],
    ['My skill with flossing is poor, any tips?'],
    ['The killing fields of paperwork at my insurer'],
  ])('does not flag %j as threat', (text) => {
    expect(run(text).label).not.toBe('threat');
  });
});

describe('troll', () => {
  test.each<Row>([
    ['Boycott this place!', null, 'boycott'],
    ['Everyone go leave a review, shame on them', null, 'leave a review'],
    ['Everyone go leave a review, shame on them', null, 'shame on'],
    ['Spread the word', null, 'spread the word'],
    ['Fire her now', null, 'fire her'],
    ['Saw the video, disgusting people', null, 'saw the video'],
    ['you people are pathetic', null, 'you people'],
    ['#BoycottHarbourside spread the word', null, 'spread the word'],
    ['Everyone boycott these clowns #BoycottHarbourside', null, 'boycott'],
    ['You are all idiots', null, 'idiots'],
    ['You are frauds', null, 'frauds'],
    ['What a bunch of clowns you are', null, 'clowns'],
    ['Fuck you', null, 'Fuck'],
    ['You are a fucking disgrace', null, 'fucking'],
    ['you lot are a scam run by crooks', null, 'crooks'],
  ])('flags %j as troll', (text, rating, phrase) => {
    const r = run(text, rating);
    expect(r.label).toBe('troll');
    expectReasonQuotes(r.reasons, phrase);
    expect(r.reasons).toContain('Abuse with no experience of your business behind it.');
  });

  test('hashtags are named as a campaign signal', () => {
    const r = run('Everyone boycott these clowns #BoycottHarbourside');
    expect(r.label).toBe('troll');
    expect(r.reasons).toContain('Uses hashtags, as campaigns do.');
  });

  test.each<[string, number | null]>([
    ['fuck', null],
    ['This is shit', null],
    ['fuck this shit', null],
    ['Shit happens', null],
    ['Stupid', null],
    ['What the hell', null],
    ['Damn.', null],
  ])('profanity alone (%j) never yields troll', (text, rating) => {
    const r = run(text, rating);
    expect(r.label).not.toBe('troll');
    expect(r.label).toBe('unclear');
  });
});

describe('praise in a review rated high is a customer\'s; praise of the place\'s name is a supporter\'s', () => {
  test.each<[string, number | null, string]>([
    ['Best flat white in town, and the almond croissant is dangerous', 5, 'genuine'],
    ['Fast, tidy and friendly. Cannot ask for more.', 4, 'genuine'],
    ['Servizio ottimo, gentilissimi.', 5, 'genuine'],
    ['Fast, tidy and friendly. Cannot ask for more.', null, 'supporter'],
    ['Such an asset to our community, wonderful people', 5, 'supporter'],
    ['Everyone I know goes here and they all say the best', 5, 'supporter'],
  ])('%j rated %s is %s', (text, rating, label) => {
    const r = run(text, rating);
    expect(r.label).toBe(label);
    expect(r.reasons.includes('A rated review, praising: treat as a customer.')).toBe(label === 'genuine');
  });
});

describe("a cause's hashtag is a campaign's word", () => {
  test.each(['Monsters, all of them. #JusticeForPepper', 'Stay away from this place #SaveOurSmiles', '#BoycottHarbourside 👎', 'They ruined her life #SallyDeservedBetter'])(
    '%j is a troll, quoting the tag',
    (text) => {
      const r = run(text);
      expect(r.label).toBe('troll');
      expect(r.reasons.join(' ')).toMatch(/Pile-on wording: .*#/);
    },
  );
  test.each([
    'Our residents association has voted to no longer recommend Harbourside. We wish you well.',
    'My whole family will stop coming due to your political posts. We encourage others to do the same.',
    "Won't be sending anyone your way after that post.",
  ])('the polite boycott %j is a troll', (text) => {
    expect(run(text).label).toBe('troll');
  });
  test.each([
    ['a customer\'s own tag on their visit', 'My crown fell out twice in a week and nobody called me back #neveragain', 1, 'genuine'],
    ['a mood, not a cause', 'Terrible service today #disappointed', 1, null],
    ['standing with the business', 'Proud of this team #IStandWithHarbourside', null, null],
  ])('%s: %j is no troll', (_, text, rating, label) => {
    const r = run(text, rating);
    expect(r.label).not.toBe('troll');
    if (label) expect(r.label).toBe(label);
  });
});

describe('mockery: laughing at the business or its people, with no visit behind it', () => {
  test.each([
    'imagine being a dentist and crying over one bad review lol',
    'your receptionist looks like she hates her life 💀',
    'Harbourside Dental more like Harbourside Dentull 🤣🤣',
    'who even pays that much to get their teeth whitened lmao',
  ])('%j is a troll, and the reason says why', (text) => {
    const r = run(text);
    expect(r.label).toBe('troll');
    expect(r.reasons).toContain('Laughs at your business or its people, with no experience of it behind it.');
  });
  test.each([
    ['a bare laugh is too little to go on', 'lol', 'unclear'],
    ['😭 is as often fond', 'omg the puppy photos 😭 I want one', null],
    ['a laugh with something good to say', 'the queue was out the door this morning 😂 worth it though', null],
    ['a laugh about their own visit', 'lol I fell asleep in the chair during my cleaning, so relaxing', 'genuine'],
  ])('%s: %j', (_, text, label) => {
    const r = run(text);
    expect(r.label).not.toBe('troll');
    if (label) expect(r.label).toBe(label);
  });
});

describe('genuine', () => {
  test.each<Row>([
    ['My appointment was a fucking joke, waited 2 hours', 1, 'my appointment'],
    ['I was charged twice for my filling, this is shit', 1, 'i was charged'],
    ['I waited two hours for my appointment and nobody apologised', 2, 'i waited'],
    ['The hygienist was rough during my cleaning', null, 'hygienist'],
    ['My tooth still hurts after the filling, bloody hell', null, 'my tooth'],
    ['You idiots botched my crown', 1, 'my crown'],
    ['My crown fell out, you clowns', null, 'my crown'],
    ['The front desk was rude as hell and I got billed twice', 2, 'front desk'],
  ])('flags own-visit complaint %j as genuine', (text, rating, phrase) => {
    const r = run(text, rating);
    expect(r.label).toBe('genuine');
    expectReasonQuotes(r.reasons, phrase);
  });

  test('a profane complaint about one’s own appointment is genuine and says why', () => {
    const r = run('My appointment was a fucking joke, waited 2 hours', 1);
    expect(r.label).toBe('genuine');
    expectReasonQuotes(r.reasons, 'fucking');
    expect(r.reasons).toContain('A complaint about their own visit: treat as a patient or customer, even if rude.');
    expect(r.reasons).toContain('1-star rating.');
  });

  test.each<Row>([
    ['Do you do teeth whitening?', null, 'whitening'],
    ['How much is a root canal?', null, 'root canal'],
    ['Do you do braces for adults?', null, 'braces'],
    ['Can Dr. Okafor see me on Friday?', null, 'Okafor'],
    ['Is Theo Lindqvist the manager?', null, 'Lindqvist'],
  ])('flags question about services %j as genuine', (text, rating, phrase) => {
    const r = run(text, rating);
    expect(r.label).toBe('genuine');
    expectReasonQuotes(r.reasons, phrase);
    expect(r.reasons).toContain('Asks a question about your business.');
  });
});

describe('spam', () => {
  test.each<[string, string]>([
    ['Check out my profile for cheap followers', 'check out my'],
    ['Check out my profile for cheap followers', 'cheap followers'],
    ['DM me for crypto tips', 'dm me'],
    ['Earn money working from home! www.getrich.xyz', 'earn money'],
    ['Huge giveaway, click the link', 'giveaway'],
  ])('flags %j as spam', (text, phrase) => {
    const r = run(text);
    expect(r.label).toBe('spam');
    expectReasonQuotes(r.reasons, phrase);
  });

  test.each<[string, string]>([
    ['https://spam.example/win', 'https://spam.example/win'],
    ['Earn money working from home! www.getrich.xyz', 'www.getrich.xyz'],
    ['best deals at cheapmeds.ru', 'cheapmeds.ru'],
  ])('flags link %j as spam and quotes it', (text, link) => {
    const r = run(text);
    expect(r.label).toBe('spam');
    expect(r.reasons).toContain(`Contains a link: “${link}”.`);
  });

  test('a link inside a complaint about one’s own visit does not make it spam', () => {
    const r = run('I was billed twice, see https://example.com/receipt.png', 1);
    expect(r.label).toBe('genuine');
  });
});

describe('supporter', () => {
  test.each<[string, number | null, string]>([
    ['Best dentist in town, these reviews are fake', null, 'these reviews are fake'],
    ['Leave them alone, they are wonderful', null, 'leave them alone'],
    ['Highly recommend Dr. Okafor', null, 'highly recommend'],
    ['Amazing team 5 stars', null, '5 stars'],
    ['Thank you!', null, 'thank you'],
    ['I stand with Harbourside', null, 'stand with'],
    ["Don't listen to the haters, well done", null, "don't listen"],
    // An exclamation that starts as a question would ("What a…", "How kind…") still praises.
    ['What a brilliant bunch of people', null, 'brilliant'],
    ['How thoughtful, thank you all', null, 'thank you'],
  ])('flags praise/defence %j as supporter', (text, rating, phrase) => {
    const r = run(text, rating);
    expect(r.label).toBe('supporter');
    expectReasonQuotes(r.reasons, phrase);
  });

  test.each<[string, number | null]>([
    ['Amazing how you idiots stay open #boycott', null],
    ['Great, another fraud', null],
    ['Best? More like worst', 1],
    // Asked, not exclaimed: a question that happens to hold a kind word.
    ['What a great price, is that for the whole family?', null],
  ])('does not flag hostile or low-rated %j as supporter', (text, rating) => {
    expect(run(text, rating).label).not.toBe('supporter');
  });
});

describe('unclear', () => {
  test.each<[string, number | null, string]>([
    ['', null, 'No text to go on.'],
    ['   \n\t', null, 'No text to go on.'],
    [ZW + ZW, null, 'No text to go on.'],
    ['ok', null, 'No strong signal either way.'],
    ['hmm interesting', null, 'No strong signal either way.'],
    ['fuck', null, 'Negative, but not clearly abuse or a real experience: read it yourself.'],
    ['This is shit', null, 'Negative, but not clearly abuse or a real experience: read it yourself.'],
  ])('flags %j as unclear', (text, rating, reason) => {
    const r = run(text, rating);
    expect(r.label).toBe('unclear');
    expect(r.reasons).toContain(reason);
  });

  test('profanity without a target quotes the word', () => {
    expectReasonQuotes(run('This is shit').reasons, 'shit');
  });
});

describe('result shape and purity', () => {
  test.each([
    'They charged me £300 for a filling that fell out a week later',
    'I will k1ll you, I will kill you',
    'Boycott boycott boycott these clowns #boycott',
  ])('a reason quotes each phrase once, and not again inside a longer one beside it: %j', (text) => {
    for (const reason of run(text, 1).reasons) {
      const quoted = [...reason.matchAll(/“([^”]+)”/g)].map((m) => normalizeForMatch(m[1] ?? ''));
      expect(new Set(quoted).size, reason).toBe(quoted.length);
      for (const q of quoted) expect(quoted.filter((o) => o !== q && ` ${o} `.includes(` ${q} `)), reason).toEqual([]);
    }
  });

  const samples: ClassifyInput[] = [
    { text: '', rating: null },
    { text: 'I will k1ll you', rating: null },
    { text: 'Boycott this place!', rating: 1 },
    { text: 'My appointment was a fucking joke', rating: 1 },
    { text: 'DM me for crypto tips https://x.example', rating: null },
    { text: 'Amazing team 5 stars', rating: 5 },
    { text: 'hmm', rating: 3 },
    { text: 'ok', rating: 1 },
  ];

  test.each(samples)('confidence is within [0,1] and reasons are non-empty for %j', (item) => {
    const r = classify(item, ctx);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  test.each(samples)('is deterministic for %j', (item) => {
    const copy = structuredClone(item);
    const a = classify(item, ctx);
    const b = classify(item, ctx);
    expect(b).toEqual(a);
    expect(item).toEqual(copy);
  });

  test('does not mutate the profile', () => {
    const profile = structuredClone(DEFAULT_WORKSPACE.profile);
    classify({ text: 'Do you do teeth whitening?', rating: null }, { profile });
    expect(profile).toEqual(DEFAULT_WORKSPACE.profile);
  });

  test('result does not depend on earlier calls', () => {
    const first = run('You idiots botched my crown', 1);
    run('I will kill you');
    run('Boycott this place!');
    expect(run('You idiots botched my crown', 1)).toEqual(first);
  });

  test('uses the profile it is given: a service unknown to the profile is not a business mention', () => {
    const profile = { businessName: 'Acme Physio', services: ['massage'], staff: [] };
    const unknown = classify({ text: 'How much is a root canal?', rating: null }, { profile });
    expect(unknown.reasons.join(' ')).not.toContain('Mentions your business');
    const r = classify({ text: 'How much is a massage?', rating: null }, { profile });
    expect(r.label).toBe('genuine');
    expectReasonQuotes(r.reasons, 'massage');
    // A plain question is still most likely a customer, but less surely than one about your services.
    expect(unknown.label).toBe('genuine');
    expect(unknown.confidence).toBeLessThan(r.confidence);
  });
});

describe('signals added with the dev set (general forms, not its sentences)', () => {
  test.each([
    'this place is a scam run by crooks',
    'Sometimes the video call did not work, but the phone was fine.',
    'There is nothing you could do better.',
    'Egg and bacon for breakfast lol',
  ])('insults with no target, or off-topic words alone, are not troll: %j', (text) => {
    expect(run(text).label).not.toBe('troll');
  });

  test.each<[string, string]>([
    ['Nice house on Maple Row. Red door, right?', 'nice house on'],
    ['Your kids go to Hillcrest Primary, don’t they?', 'your kids go to'],
    ['Her address is 4 Birch Lane. Go pay her a visit.', 'her address is'],
    ['Someone should take a brick to those windows.', 'take a brick'],
    ['Send $2k in bitcoin or the whole group posts.', 'in bitcoin or'],
    ['Refund me by Friday or you’ll be sorry.', "you'll be sorry"],
    ['Those people should all be killed.', 'should all be killed'],
    ['i will s t a b her', 'stab her'],
    ['someone should k1ll that woman', 'kill that woman'],
  ])('threat without the old phrase list: %j', (text, phrase) => {
    const r = run(text);
    expect(r.label).toBe('threat');
    expect(normalizeForMatch(r.reasons[0] ?? '')).toContain(normalizeForMatch(`“${phrase}”`));
  });

  test.each([
    'I’ll shoot you an email tomorrow with the forms.',
    'The injection hurt her a lot, can you use numbing gel next time?',
    'They had to kill the nerve before the crown.',
    'My legacy lives on in these teeth lol',
    'I followed you on Instagram for the offers.',
    'What car park should I use on Saturdays?',
  ])('everyday words are not threats: %j', (text) => {
    expect(run(text).label).not.toBe('threat');
  });

  test.each<[string, string]>([
    ['Shame on the trolls. Best dentist in town.', 'supporter'],
    ['Mistaken identity and a mob. Thinking of the team.', 'supporter'],
    ['Todo mi apoyo. Esto es una campaña falsa.', 'supporter'],
    ['Mi cita se canceló sin aviso y llevo dos semanas con dolor.', 'genuine'],
    ["J'ai attendu une heure pour mon rendez-vous, putain.", 'genuine'],
    ['Left with a numb lip and a $600 bill for one filling. Damn.', 'genuine'],
    ['braces OFF today!!! thank you thank you', 'genuine'],
    ['❤️❤️ 👏👏', 'supporter'],
  ])('%j → %s', (text, label) => {
    expect(run(text).label).toBe(label);
  });
});
