/**
 * Reviews and comments in the languages a page's customers write: a rated review is read as a customer's
 * unless something marks it otherwise; critics who say they were never there, in their own language, are not.
 */
import { describe, expect, test } from 'vitest';
import { classify } from '../../utils/classify';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const ctx = { profile: DEFAULT_WORKSPACE.profile };
const run = (text: string, rating: number | null = null) => classify({ text, rating }, ctx);

describe('a rated review outside a pile-on, with no abuse, is a customer’s in any language', () => {
  test.each<[string, number]>([
    ['受付の対応がとても遅くて、二時間も待たされました。', 1],
    ['Pokój był brudny, a śniadanie zimne.', 2],
    ['Kahvaltı soğuktu ve oda temizlenmemişti.', 2],
    ['Hemşire çok kibardı ama otopark yok.', 3],
    ['It was fine. Parking is tricky though.', 3],
    ['Die Wartezeit war lang, sonst alles in Ordnung.', 3],
  ])('%s (%i stars) → genuine', (text, rating) => {
    const r = run(text, rating);
    expect(r.label).toBe('genuine');
    expect(r.reasons.join(' ')).toMatch(/rated review/);
  });

  test.each<[string, number]>([
    // Abuse, hearsay, a link sent to, talk of a video, the writer never there: not read as a customer's.
    ['Nunca he ido, pero dicen que son unos ladrones.', 1],
    ['Noch nie dort gewesen, aber das Video sagt alles.', 1],
    ['Nooit geweest, maar het filmpje zegt genoeg.', 1],
    ['Ho sentito dire che trattano male la gente.', 1],
    ['Never been inside but they look like crooks.', 1],
    ['I never bought anything there but they are liars and thieves, everyone knows.', 1],
    ['Get 40 five-star reviews on Google from aged accounts, undetectable: rankfast.io', 5],
  ])('%s (%i stars) → not genuine', (text, rating) => {
    expect(run(text, rating).label).not.toBe('genuine');
  });

  test('a review with no rating gains nothing from the rule', () => {
    expect(run('Pokój był brudny, a śniadanie zimne.').label).not.toBe('genuine');
  });

  test('review-selling is spam', () => {
    expect(run('Get 40 five-star reviews on Google from aged accounts, undetectable: rankfast.io', 5).label).toBe('spam');
  });
});

describe('praise', () => {
  test.each<[string, number | null]>([
    ['Dziękuję doktor Okafor, wreszcie mogę normalnie jeść!', null],
    ['Obrigada Theo, fiquei muito satisfeita com o resultado!', null],
    ['Friendly team, a little pricey.', 3],
  ])('thanks to a staff member by name, or praise in a rated review, is a customer’s: %s', (text, rating) => {
    expect(run(text, rating).label).toBe('genuine');
  });

  test.each(['Спасибо, вы лучшие!', 'Teşekkürler, harikasınız', 'Bedankt voor alles'])('thanks with no visit behind it is a supporter’s: %s', (text) => {
    expect(run(text).label).toBe('supporter');
  });

  test('a customer’s verdict on coming back, in other languages, is an experience', () => {
    for (const text of ['La comida llegó fría. No volveré.', 'Cibo freddo e servizio lento. Mai più.', 'Wir kommen wieder, danke!']) {
      expect(run(text).label, text).toBe('genuine');
    }
  });
});

describe('twelfth review: links that sell, offers in any language, supporters from outside, hedged boycotts', () => {
  test.each([
    'Grab 10,000 followers today 👉 fastfans-now.club',
    'Claim your free spins now → lucky-reels . bet',
    'Our serum fixes everything, use code SKIN20 at serum-lab . co',
    'Full clip here ➡️ tinyurl .com/clip-leak',
    'Tired of waiting rooms? Our doctors prescribe online in minutes, no appointment needed: rx-quick . shop',
    'Lost money to a crypto broker? We recovered $1.4M last year. Contact getback_team@proton.me',
    'Struggling with bad reviews? We remove negative Google reviews for good, guaranteed.',
    'Накрутка лайков и подписчиков недорого, пиши в телеграм',
    'Ganhe seguidores reais hoje mesmo, chama no zap',
    'Ghar baithe kamao ₹30,000 mahina, abhi DM karo',
    '专业代购，价格全网最低，加微信了解',
    'Great place!! Also win a free iPad, subscribe to my channel',
  ])('spam: %j', (text) => {
    expect(run(text).label).toBe('spam');
  });

  test.each([
    'I paid $80 for the consult and the receipt says 10% extra, can someone call me?',
    'We waited 40 min. today the nurse was kind though',
    'Booked through your site at 9.30 and nobody was there',
  ])('a customer’s prices, times and a spaced full stop are no spam: %j', (text) => {
    expect(run(text).label).not.toBe('spam');
  });

  test.each<[string, number | null]>([
    ['Not a customer myself, but they are the most generous people on this street.', 5],
    ['Hört auf mit dem Hass, das ist eine seriöse Praxis.', null],
    ['Dejen de atacar a esta clínica, son buena gente.', null],
    ['Parem com o ódio, essa clínica ajuda o bairro inteiro.', null],
    ['This practice has been a pillar of the neighbourhood for decades.', 5],
    ['All this hate over a rumour. They sponsored the youth league for years.', null],
    ['别听那些差评，这家诊所很好。', null],
  ])('a supporter: %j', (text, rating) => {
    expect(run(text, rating).label).toBe('supporter');
  });

  test.each<[string, number | null]>([
    ['With respect, everyone should avoid places like this. Just my view.', null],
    ['I’m sure the staff are lovely but I hope this place closes soon.', null],
    ['Respectfully, nobody should give their money to an owner with political views like that.', 1],
    ['this practice is a joke and so is everyone who works there 🤡', null],
    ['Все стоматологи воры, и эти тоже.', null],
    ['Όλοι οι γιατροί εδώ είναι απατεώνες.', null],
    ['Qué asco de sitio. Ojalá cierren.', null],
  ])('a troll: %j', (text, rating) => {
    expect(run(text, rating).label).toBe('troll');
  });

  test('French lateness and calling back, and Indonesian "only", are not swearing', () => {
    for (const text of ['Le dentiste est arrivé avec une heure de retard et personne ne rappelle.', 'Dokternya cuma periksa lima menit.']) {
      expect(run(text).reasons.join(' '), text).not.toMatch(/Profanity/);
    }
  });

  test('a review rated high does not join a pile-on', () => {
    const burst = { burst: { count: 20, baseline: 0.1, active: false, windowMinutes: 30, ongoing: true, sinceBurstMinutes: 600 } };
    const r = classify({ text: '部屋がとても静かで、朝食もおいしかったです。また泊まりたいです。', rating: 4 }, { ...ctx, history: burst });
    expect(r.label).not.toBe('troll');
  });
});

describe('thirteenth review: insults aimed at the owner or the place, spam that asks first, staff stood up for, sarcasm, second-hand harm', () => {
  const trattoria = { profile: { businessName: 'Trattoria Ponte', services: ['pizza', 'catering'], staff: ['Bruno Vale', 'Giada Ross'] } };
  const r = (text: string, rating: number | null = null) => classify({ text, rating }, trattoria);

  test.each<[string, number | null]>([
    ['The owner is a clown and his whole family are idiots. Everyone knows it.', 1],
    ['rip-off joint run by cl0wns, f*ck off', null],
    ['f u c k this overpriced dump and f u c k bruno 🖕', null],
    ['Der Besitzer ist ein Idiot 🤡', null],
    ['Il proprietario è un buffone, locale di truffatori 🤡', null],
    ['Владелец клоун, а повара идиоты', null],
    ['Właściciel to złodziej 🤡', null],
    ['how is this place still open?? rat pizza 🐀', null],
    ["Congrats on the 'best pizza in town' award, must've been a very short list 🙄", null],
    ['Ate here once, 10/10 would get ripped off again 😂', null],
    ["I'd encourage everyone to take their business elsewhere. Please share.", null],
  ])('troll: %j', (text, rating) => {
    expect(r(text, rating).label).toBe('troll');
  });

  test.each<[string, number | null]>([
    ['Tired of a flat belly never coming? Lose 15 kg in 3 weeks with SlimTea, order now!', null],
    ['Struggling with 1-star reviews? We get them deleted permanently, pay only after removal.', 5],
    ['副業で月収50万円！プロフィールのリンクから👉', null],
    ['احصل على 5000 متابع حقيقي الآن، تواصل معنا', null],
    ['Gagnez un iPhone gratuit, cliquez ici 🎁', null],
  ])('spam: %j', (text, rating) => {
    expect(r(text, rating).label).toBe('spam');
  });

  test.each<[string, number | null]>([
    ['Giada would never be rude on purpose, speak to her directly instead of posting this.', null],
    ['Bruno stayed late to finish your order mate, I was there. Calm down.', null],
    ['Seeing all these fake boycott reviews makes me sick. Leave local businesses alone.', 5],
    ['Nie słuchajcie hejterów, najlepsza pizza w mieście 👍', null],
    ['Gente, dejen de inventar. Este sitio es de los pocos honestos que quedan.', null],
    ['Otroligt med alla falska recensioner. Alla jag känner gillar stället.', 5],
    ['支持你们！这些差评明显是有组织的恶意攻击。', null],
  ])('supporter: %j', (text, rating) => {
    expect(r(text, rating).label).toBe('supporter');
  });

  test.each<[string, number | null]>([
    ['Pizza came cold and Bruno was rude to me when I asked for a new one. Idiots.', null],
    ['The owner charged me £40 for a £25 order and called me an idiot when I asked.', 1],
    ['会员冻结了还继续扣费，发邮件也没人回。', 1],
    ['هل تقدمون طاولات لعشرين شخصا يوم السبت؟', null],
    ['Pwede po ba mag-reserve para sa 15 tao sa Sabado? Salamat po!', null],
  ])('still a customer: %j', (text, rating) => {
    expect(r(text, rating).label).toBe('genuine');
  });

  test('harm to a relative or friend told second-hand is no visit of the writer’s', () => {
    const spa = { profile: { businessName: 'Lumen Aesthetics', services: ['botox', 'lip filler'], staff: [] } };
    const told = classify({ text: 'They left my cousin disfigured, counterfeit botox. Avoid!!', rating: 1 }, spa);
    expect(told.label).not.toBe('genuine');
    expect(told.reasons.join(' ')).not.toMatch(/own experience/);
    expect(classify({ text: 'My botox wore off in three weeks and nobody called me back.', rating: 2 }, spa).label).toBe('genuine');
  });

  test('a staff name and nothing else is too little to go on', () => {
    expect(r('Bruno').label).toBe('unclear');
    expect(r('Bruno made the best calzone I have had in years').label).not.toBe('unclear');
  });

  test('a roster match reads "patient or customer": a pizzeria has customers', () => {
    const withRoster = classify({ text: 'ok', rating: null }, { ...trattoria, history: { onRoster: true } });
    expect(withRoster.reasons[0]).toBe('Name matches a patient or customer on your roster: treat as one, never as a troll.');
  });
});
