import { describe, expect, test } from 'vitest';
import { type LintProfile, lintReply } from '../../utils/lint/reply';
import { BUILTIN_TEMPLATES } from '../../utils/templates/builtin';
import { fillTemplate } from '../../utils/templates/fill';
import { DEFAULT_WORKSPACE } from '../../utils/workspace';

const profile: LintProfile = {
  businessName: 'Harbourside Dental',
  services: ['whitening', 'check-up'],
  staff: ['Dr. Imani Okafor', 'Theo Lindqvist'],
  roster: ['Sarah Quinn'],
};

const rules = (text: string, opts = {}) => {
  const r = lintReply(text, { profile, ...opts });
  return { errors: r.errors.map((f) => [f.rule, f.excerpt]), warnings: r.warnings.map((f) => f.rule) };
};


/** The rules a reply breaks (its errors), for a profile. */
const rulesFor = (text: string, profile: LintProfile) => new Set(lintReply(text, { profile }).errors.map((f) => f.rule));

describe('reply linter: what must not be posted', () => {
  test.each([
    ['We are sorry about your visit.', 'confirms-patient', 'your visit'],
    ['I checked and when you came in the wait was long.', 'confirms-patient', 'when you came in'],
    ['Our records show otherwise.', 'confirms-patient', 'Our records show'],
    ['We look forward to seeing you at your next appointment!', 'confirms-patient', 'your next appointment'],
    ['Thank you for coming in today.', 'confirms-patient', 'for coming in'],
    ['It was lovely to see you.', 'confirms-patient', 'lovely to see you'],
    ['Root canals can be uncomfortable.', 'clinical-detail', 'Root canals'],
    ['We hope your root canal healed well.', 'confirms-patient', 'your root canal'],
    ['Your whitening results take time.', 'clinical-detail', 'whitening'],
    ['The antibiotics should help.', 'clinical-detail', 'antibiotics'],
    ['We saw the notes from last Tuesday.', 'visit-time', 'last Tuesday'],
    ['On March 3rd the clinic was busy.', 'visit-time', 'March 3rd'],
    ['Your slot at 3:30 pm was moved.', 'visit-time', 'at 3:30 pm'],
    ['That was on 12/03/2026.', 'visit-time', '12/03/2026'],
    ['Your insurance should cover it.', 'money', 'insurance'],
    ['The invoice was correct.', 'money', 'invoice'],
    ['It cost $450.', 'money', '$450'],
    ['It was 80 euros in total.', 'money', '80 euros'],
    ["That's not true.", 'arguing', "That's not true"],
    ["You're lying about this.", 'arguing', "You're lying"],
    ['You failed to arrive on time.', 'arguing', 'You failed to'],
    ['Our lawyer will be in touch.', 'legal-threat', 'lawyer'],
    ['Please take this review down.', 'legal-threat', 'take this review down'],
    ['This is defamation.', 'legal-threat', 'defamation'],
    ['Thank you, {firstName}!', 'unfilled-placeholder', '{firstName}'],
    ['Call [phone] today.', 'unfilled-placeholder', '[phone]'],
    ['Hi Sarah, thanks for writing.', 'names-person', 'Sarah'],
    ['We spoke with Sarah Quinn already.', 'names-person', 'Sarah Quinn'],
    ['Thanks, Mrs. Alvarez.', 'names-person', 'Mrs. Alvarez'],
    ['We passed this on to Jordan Peel in billing.', 'names-person', 'Jordan Peel'],
    ['Thanks @dana.w for the note.', 'names-person', '@dana.w'],
  ])('%s → %s', (text, rule, excerpt) => {
    expect(rules(text).errors).toContainEqual([rule, excerpt]);
  });

  test('the business’s own name is never a treatment, and the manager who signs is staff', () => {
    const physio = { businessName: 'Northside Physio', services: ['physio', 'massage'], staff: [], managerName: 'Priya Raman' };
    const text = 'We are sorry to read this. Please call Priya Raman on 555 0101 so we can talk. — Northside Physio';
    expect(lintReply(text, { profile: physio }).errors).toEqual([]);
    // Without the manager on the profile, naming her is a finding; a treatment outside the name still is.
    expect(lintReply(text, { profile: { ...physio, managerName: '' } }).errors.map((f) => f.rule)).toEqual(['names-person']);
    expect(lintReply('We hope your physio went well. — Northside Physio', { profile: physio }).errors.map((f) => f.rule)).toContain('clinical-detail');
  });

  test('every finding says why in one line', () => {
    const { errors } = lintReply('Hi Sarah, your root canal on Tuesday cost $90. That is false. Remove this review. {x}', { profile });
    expect(new Set(errors.map((e) => e.rule))).toEqual(
      new Set(['names-person', 'confirms-patient', 'clinical-detail', 'visit-time', 'money', 'arguing', 'legal-threat', 'unfilled-placeholder']),
    );
    for (const e of errors) {
      expect(e.message).toMatch(/^[A-Z].{20,200}[.:]/);
      expect(e.message).not.toContain('\n');
      expect(e.excerpt.length).toBeGreaterThan(0);
    }
  });

  test.each([
    'Thank you for telling us about this. We take every concern seriously. Please contact Theo Lindqvist at (555) 010-4477 so we can talk privately. — Harbourside Dental',
    'We are sorry to read this. We cannot discuss anyone’s care in public, but please call (555) 010-4477 or email care@harbourside-dental.example.',
    'Thank you for your kind words. We will share them with Dr. Imani Okafor and the whole team. — Harbourside Dental',
    'We are aware of the comments on this page and are gathering the facts. If you have a concern, please contact us directly.',
    'Yes, we are open on Saturdays. Call us to book.',
    'Dear Customer, thank you for the feedback. Please get in touch with our Practice Manager.',
  ])('an approved-style reply passes clean: %s', (text) => {
    expect(rules(text)).toEqual({ errors: [], warnings: [] });
  });

  test('a reply to a negative item without an offline route is warned about', () => {
    expect(rules('We are sorry to read this and would like to help.').warnings).toEqual(['no-offline-route']);
    expect(rules('We are sorry to read this. Please email care@harbourside-dental.example.').warnings).toEqual([]);
    // Told explicitly: a negative item, even if the reply does not apologise; or not negative.
    expect(rules('Noted.', { negative: true }).warnings).toEqual(['no-offline-route']);
    expect(rules('We are sorry to hear it.', { negative: false }).warnings).toEqual([]);
  });

  test('longer than the platform allows is warned about', () => {
    const long = `Please call us on (555) 010-4477. ${'We would like to help. '.repeat(14)}`;
    expect(rules(long, { platform: 'x' }).warnings).toEqual(['too-long']);
    expect(rules(long, { platform: 'facebook' }).warnings).toEqual([]);
    expect(lintReply(long, { platform: 'x' }).warnings[0]?.message).toMatch(/^Longer than x allows \(\d+ of 280 characters\)/);
  });

  test('opening hours are not a visit time', () => {
    expect(rules('We are open Mon–Fri 8:00–17:00 and 9am-1pm on Saturdays: call us.').errors).toEqual([]);
    expect(lintReply('Our hours: Mon–Fri 8:00 to 17:00.', { profile: { ...profile, hours: 'Mon–Fri 8:00 to 17:00' } }).errors).toEqual([]);
    expect(rules('You were seen at 8:00 sharp.').errors).toContainEqual(['visit-time', '8:00']);
  });

  test('staff and the business may be named; without a profile, any full name is flagged', () => {
    expect(rules('Please ask for Theo Lindqvist or Dr. Okafor at Harbourside Dental.').errors).toEqual([]);
    expect(lintReply('Please ask for Theo Lindqvist.').errors.map((e) => e.rule)).toEqual(['names-person']);
  });
});

describe('reply linter: the same faults in other words', () => {
  const ruleSet = (text: string, opts = {}) => new Set(lintReply(text, { profile, ...opts }).errors.map((f) => f.rule));
  test.each([
    // A relationship, however it is put.
    ['So good to have you back in the office again!', 'confirms-patient'],
    ['We are sorry your Thursday morning appointment ran late.', 'confirms-patient'],
    ['We are thankful for clients like you.', 'confirms-patient'],
    ['It was a joy chatting with you at the front desk.', 'confirms-patient'],
    ['Sorry we could not squeeze you in sooner.', 'confirms-patient'],
    ['We have been trying to reach you by phone about this.', 'confirms-patient'],
    ['As discussed, the manager will follow up.', 'confirms-patient'],
    ['This reviewer was never a patient of ours.', 'confirms-patient'],
    ['Our files indicate a different story.', 'confirms-patient'],
    ['We are sorry the filling felt uncomfortable afterwards.', 'confirms-patient'],
    ['Esperamos verle en su próxima cita.', 'confirms-patient'],
    ['Merci pour votre visite, à bientôt !', 'confirms-patient'],
    ['Vielen Dank für Ihren Besuch in unserer Praxis.', 'confirms-patient'],
    // Health details, in words a list of three would miss.
    ['The numbing wore off quickly for some people.', 'clinical-detail'],
    ['Teeth grinding can make jaws ache.', 'clinical-detail'],
    ['Our microneedling results vary.', 'clinical-detail'],
    ['La ortodoncia requiere paciencia.', 'clinical-detail'],
    // Visit times.
    ['We reviewed what happened three weeks ago.', 'visit-time'],
    ['The Friday evening visit was short-staffed.', 'visit-time'],
    ['The team remembers the 4pm booking well.', 'visit-time'],
    ['Le 12 avril, la clinique était pleine.', 'visit-time'],
    ['We checked the notes from 2025-06-30.', 'visit-time'],
    // Money.
    ['That was about 90 bucks after the discount.', 'money'],
    ['Unfortunately that is not covered by most plans.', 'money'],
    ['The out-of-pocket amount was explained.', 'money'],
    ['La factura se envió dos veces.', 'money'],
    // Arguing, politely or not.
    ['With respect, what you describe is simply inaccurate.', 'arguing'],
    ['Our team members acted professionally throughout.', 'arguing'],
    ['Had you arrived on time, this would not have happened.', 'arguing'],
    ['For the record, the door was never locked.', 'arguing'],
    ['We find it hard to believe anyone waited an hour.', 'arguing'],
    ['No es verdad lo que dice esta reseña.', 'arguing'],
    // Legal threats and takedown demands.
    ['Our legal department has been notified.', 'legal-threat'],
    ['We ask that you remove this comment immediately.', 'legal-threat'],
    ['You will hear from our solicitors.', 'legal-threat'],
    ['Nous allons porter plainte.', 'legal-threat'],
    // Names, wherever they stand.
    ['Priscilla, we are so sorry to hear this.', 'names-person'],
    ['We are truly sorry, Bartholomew.', 'names-person'],
    ['Thanks a lot, Yusuf!', 'names-person'],
    ['hi sarah, please call us.', 'names-person'],
    ['Our receptionist Gemma will call you.', 'names-person'],
    ['Hola Lucía, gracias por escribir.', 'names-person'],
    ['THANK YOU SO MUCH, SARAH!', 'names-person'],
    ['Ask for Ben from our billing team.', 'names-person'],
    // Placeholders of every shape.
    ['Please call [Insert phone number].', 'unfilled-placeholder'],
    ['Please email <EMAIL>.', 'unfilled-placeholder'],
    ['Ask for %MANAGER% when you call.', 'unfilled-placeholder'],
    ['Call us on 555-01XX.', 'unfilled-placeholder'],
    ['Hello *|FIRST_NAME|*, thanks!', 'unfilled-placeholder'],
    ['Dear {!Lead.Name}, thank you.', 'unfilled-placeholder'],
    ['Thanks {1} for the stars!', 'unfilled-placeholder'],
    ['Hi (first name), thank you.', 'unfilled-placeholder'],
    ['Write to ______@harbourside.example.', 'unfilled-placeholder'],
    // Second round: records searched, help given, pain and bodies, polite blame, veiled threats.
    ['We went back through our records and everything was done correctly.', 'confirms-patient'],
    ['Nobody under that name is in our patient system.', 'confirms-patient'],
    ['So pleased we were able to sort that tooth out for you!', 'confirms-patient'],
    ['Glad your left knee is finally behaving!', 'clinical-detail'],
    ['Living with neck pain is exhausting, we know.', 'clinical-detail'],
    ['Sentimos mucho sus dolores de espalda.', 'clinical-detail'],
    ['We are sorry the bruising took a while to fade.', 'clinical-detail'],
    ['Perhaps if the instructions had actually been read, this would be different.', 'arguing'],
    ['That is hardly a fair account of the appointment.', 'arguing'],
    ['We may be forced to escalate this matter.', 'legal-threat'],
    ['We reserve all rights in relation to this review.', 'legal-threat'],
    ['Sorry about your 10.15 being moved.', 'visit-time'],
    ['We know the wait the other morning was long.', 'visit-time'],
    ['We have refunded the deposit.', 'money'],
    ['That was around three hundred pounds.', 'money'],
    ['Thank you Wilhelmina for the kind words', 'names-person'],
    ['Please say hello to little Matilda from us!', 'names-person'],
    ['Our patient care coordinator Rosalind will call.', 'names-person'],
  ])('%s → %s', (text, rule) => {
    expect(ruleSet(text)).toContain(rule);
  });

  test.each([
    'We are available 24/7: call (555) 010-4477 or email care@harbourside-dental.example.',
    'We would welcome the chance to speak with you in person. Please call (555) 010-4477.',
    'We would love to see you in person to talk it through: please call (555) 010-4477.',
    'Thank you for the lovely words, everyone! — The Harbourside Team',
    'We proudly serve Oak Park and River Forest. Call us to book.',
    'Happy Holidays from all of us! Our office reopens January 3.',
    'Warm regards, Theo Lindqvist, Office Manager',
    'Unfortunately, we cannot discuss anyone’s care online. Please call (555) 010-4477.',
    'Welcome aboard! Questions? Call us any time.',
    'Thanks again! We will pass this on to the team.',
    'We have a statement about this situation and will share updates. Contact us directly with concerns.',
    'We look forward to helping you resolve this. Please call (555) 010-4477.',
    'If you had any concerns, please call (555) 010-4477 and ask for Theo Lindqvist.',
    'This should never happen to anyone. Please contact us so we can look into it.',
    'No further action is needed on your part; contact us any time.',
    'Our manager, who is in charge of the front desk, would like to talk: please call (555) 010-4477.',
    'Nous avons bien reçu votre plainte et souhaitons vous parler : appelez-nous au 555 010 4477.',
    'Gracias por todo. Llámenos al 555 010 4477.',
    'We open at 8am and close by 5pm; call us to book.',
    'Our clinic is closed from 23 December to 3 January; call us to book after that.',
    'Join our free open day on Saturday 5 April — everyone welcome! Call us with any questions.',
    'Vielen Dank für Ihre Bewertung! Bei Fragen erreichen Sie uns telefonisch.',
    'Find us opposite the Whitby Museum, next to Fenwick Library. Call us to book.',
    'Follow us @harboursidedental for news and events.',
    'Beware of scam accounts: we never message anyone asking for payment details.',
    'We offer whitening and check-ups; call us to find out more.',
    'We are proud members of the British Society of Periodontology. Contact us with any questions.',
    'Kindness, patience and a smile go a long way! Thanks, everyone.',
    'We have got your back: call us any time on (555) 010-4477.',
  ])('still clean: %s', (text) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });

  test('two patterns that quote the same words give one finding', () => {
    const { errors } = lintReply('Sorry about your cleaning.', { profile });
    expect(errors.filter((e) => e.rule === 'confirms-patient').map((e) => e.excerpt)).toEqual(['your cleaning']);
  });

  test('X counts emoji and links as it does (2 and 23), not as characters', () => {
    const emoji = `Thank you! ${'😊'.repeat(140)}`;
    expect([...emoji].length).toBeLessThan(280);
    expect(lintReply(emoji, { platform: 'x' }).warnings.map((w) => w.rule)).toEqual(['too-long']);
    const link = `Call us. https://example.com/${'a'.repeat(300)}`;
    expect(lintReply(link, { platform: 'x' }).warnings).toEqual([]);
  });
});

describe('reply linter: a third outside review (sign-offs, dependants, rebuttals, service information)', () => {
  const vet: LintProfile = {
    businessName: 'Millbrook Vets',
    services: ['boarding', 'dental cleanings', 'vaccinations', 'microchipping'],
    staff: ['Dr. Aoife Brennan', 'Callum Shaw'],
    roster: ['Petra Lindgren', 'Omar Haddad'],
  };
  const ruleSet = (text: string, opts: { negative?: boolean } = {}) => new Set(lintReply(text, { profile: vet, ...opts }).errors.map((f) => f.rule));
  test.each([
    // Names: sign-offs and self-introductions by someone not on the staff list, names as the subject, roster first names.
    ['We appreciate the feedback. — Marisol, Client Services', 'names-person'],
    ['Thanks for letting us know. -Dev (for the Millbrook team)', 'names-person'],
    ['Kind regards,\nFinn', 'names-person'],
    ['hey, this is Priyanka from the support desk, please ring us on 01632 960 123', 'names-person'],
    ['So glad Biscuit enjoyed the visit!', 'names-person'],
    ['Petra was such a star at her check today', 'names-person'],
    ["Hope Rolo's stitches are healing nicely", 'names-person'],
    // Someone in their care, money handled for them, condolences, time spent with them.
    ['Your kitten was handled with great care.', 'confirms-patient'],
    ["Tell your little one the nurses say hi!", 'confirms-patient'],
    ['We have refunded £45 to your card.', 'confirms-patient'],
    ['The duplicate charge has been reversed.', 'confirms-patient'],
    ['So sorry for your loss. Lulu was loved here.', 'confirms-patient'],
    ['It was a privilege caring for you and your family.', 'confirms-patient'],
    ['Lamentamos lo de tu perro, llámanos.', 'confirms-patient'],
    // Rebuttals without the stock phrases.
    ["You're the one who cancelled twice.", 'arguing'],
    ['With all due respect, the vet explained every step.', 'arguing'],
    ['You were told the estimate could change.', 'arguing'],
    ['The nurse followed every procedure.', 'arguing'],
    ['Honestly this review is a lie.', 'arguing'],
    ["Just to clarify, the reaction wasn't caused by our team.", 'arguing'],
    ['Because you turned up 30 minutes late, we could not see your dog.', 'arguing'],
    // Clinical words in lay terms and other languages; a general sentence is still theirs when it answers a complaint.
    ['Sorry the incision looks red, bring him back in.', 'clinical-detail'],
    ['Glad the new spacer is comfortable', 'clinical-detail'],
    ['Nous sommes désolés que la rééducation ne vous ait pas aidé.', 'clinical-detail'],
    ['Swelling after a dental cleaning usually settles in a day, sorry it worried you.', 'clinical-detail'],
    ['Unfortunately vaccinations can cause a mild reaction.', 'clinical-detail'],
    ['Hello <Client Name>, thanks for the review.', 'unfilled-placeholder'],
  ])('%s → %s', (text, rule) => {
    expect(ruleSet(text)).toContain(rule);
  });

  test.each([
    // Service and price information about no one.
    'Microchipping takes only a minute and is available every weekday.',
    'Dental cleanings are 20% off through March!',
    'Vaccinations can help protect puppies from parvo. Ask us about our puppy packages.',
    'We accept most pet insurance plans and offer interest-free financing.',
    'Boarding starts at £22 a night, with walk-ins for nail trims on Saturdays.',
    'Call us on 01632 960 123 to check your coverage before booking.',
    '15% off your first dental cleaning this month!',
    // Staff and non-names.
    "Dr. Brennan's team will call you back today.",
    'Please contact our practice manager, Dr. Aoife Brennan, on 01632 960 123.',
    'Shout-out to Callum, our Vet Tech of the Year!',
    "Ma'am, please give us a ring on 01632 960 123.",
    'Give your pup a cuddle from us 🐶',
    'Thank you! - The Millbrook Team',
  ])('clean: %s', (text) => {
    expect(lintReply(text, { profile: vet }).errors).toEqual([]);
  });
});

describe('reply linter: a fourth outside review (hotels, pharmacies, fertility; events; names that look like words)', () => {
  const hotel: LintProfile = {
    businessName: 'The Alder House',
    services: ['event spaces', 'spa', 'rooftop bar', 'airport shuttle'],
    staff: ['Inés Varga', 'Tom Reilly'],
  };
  const clinic: LintProfile = { businessName: 'Birchwood Fertility', services: ['IVF', 'IUI', 'egg freezing'], staff: ['Dr. Lena Moss'] };
  test.each<[string, LintProfile, string]>([
    ['thanks for staying w us!! see u again soon 🏨', hotel, 'confirms-patient'],
    ['It was an honour to host your anniversary dinner 🥂', hotel, 'confirms-patient'],
    ['Merci Madame Girard pour votre séjour !', hotel, 'names-person'],
    ['¡Gracias por hospedarse con nosotros, familia Ortega!', hotel, 'names-person'],
    ['Your complaint is noted, however the shuttle waited 25 minutes for you.', hotel, 'arguing'],
    ['Frankly, this review looks like an attempt to get a free night.', hotel, 'arguing'],
    ['We reviewed the footage and the porter was polite throughout.', hotel, 'arguing'],
    ['We are so sorry the spa treatment left a rash, please call us.', hotel, 'clinical-detail'],
    ['see u at ur next monitoring scan!! 🥹', clinic, 'confirms-patient'],
    ['omg we remember u!! so glad it worked this time', clinic, 'confirms-patient'],
    ['Hope the progesterone is getting easier 💪', clinic, 'clinical-detail'],
    ['So happy for you and Dana!!', clinic, 'names-person'],
    ['Tell Lily we said hi!', clinic, 'names-person'],
    ['Respectfully, the nurse did explain the risks before the transfer.', clinic, 'arguing'],
    ['Ci vediamo al prossimo controllo di giovedì!', clinic, 'visit-time'],
    ['Hope your insulin dose is sorted now.', clinic, 'clinical-detail'],
  ])('%s → %s', (text, profile, rule) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    ['Join us Friday, May 16 from 6–9pm for our summer garden party! 🌿', hotel],
    ['Live jazz on the rooftop bar every Thursday at 8pm.', hotel],
    ['Check-in is at 3pm; late check-out until 1pm can be requested for $30.', hotel],
    ['Dogs are welcome for a $25 per night fee.', hotel],
    ['The Alder House has six event spaces for weddings and meetings.', hotel],
    ['The pool closes for maintenance next week; the spa stays open.', hotel],
    ['Grazie! La colazione è servita ogni giorno dalle 7:00 alle 10:30.', hotel],
    ['In general, IUI places prepared sperm in the uterus around ovulation; please ask a clinician for personal advice.', clinic],
    ['Ofrecemos FIV y preservación de óvulos. Llámenos al (555) 010-2020.', clinic],
    ['Coverage varies by plan, so our team is happy to check benefits before a first visit.', clinic],
    ['Thanks so much for the kind words! — Ines, Front Office', hotel],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });
});

describe('reply linter: a fifth outside review (garages, vets, urgent care; Dutch, Italian, Portuguese)', () => {
  const garage: LintProfile = { businessName: 'Kestrel Motors', services: ['MOT', 'servicing', 'tyres'], staff: ['Ray Dunn'] };
  const vet: LintProfile = { businessName: 'Fernhill Vets', services: ['boarding', 'vaccinations'], staff: ['Dr. Ana Silva'] };
  test.each<[string, LintProfile, string]>([
    ['Thanks for bringing the Golf in! Enjoy the new tyres 🚗', garage, 'confirms-patient'],
    ['Thank you for your business!', garage, 'confirms-patient'],
    ['We did not damage your bumper, the photos from drop-off show the dent was there.', garage, 'arguing'],
    ['Het spijt ons dat de reparatie van uw auto langer duurde.', garage, 'confirms-patient'],
    ['O seu carro ficou pronto às 17h, como combinado.', garage, 'confirms-patient'],
    ['Il preventivo di 380 € era chiaro.', garage, 'money'],
    ['We are so sorry for the loss of Pepper.', vet, 'names-person'],
    ['Fijn dat Bobby weer lekker eet na de operatie 🐾', vet, 'names-person'],
    ['Give Nala a big belly rub from us!', vet, 'confirms-patient'],
    ['Thank you <<CLIENT_NAME>>, see you soon', vet, 'unfilled-placeholder'],
    ["Sorry for the trouble with the molar, we can re-check it for free.", vet, 'clinical-detail'],
    ['Our vet spent twenty minutes with you and we stand by the care you received.', vet, 'arguing'],
    ['Feel better soon! 💐', vet, 'confirms-patient'],
  ])('%s → %s', (text, profile, rule) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    ['Atendemos de segunda a sexta, das 8h às 17h.', vet],
    ['Vacinas disponíveis todos os dias, sem marcação.', vet],
    ['Puppy socials fill fast, sign up early! Saturdays at 10am.', vet],
    ['Rabies clinic this Saturday 9–noon: $20 per pet, no appointment needed.', vet],
    ['Oil changes start at $49 and we take all major cards.', garage],
    ['We are sorry to hear this. We can’t discuss anyone’s vaccinations online for privacy reasons; please call 01632 960 555.', vet],
    ['For anyone wondering: call before you come in and we will tell you the wait.', vet],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });

  test('an excerpt never cuts an emoji in half', () => {
    const r = lintReply(`${'a'.repeat(79)}😞 sorry, we hear you`, { negative: true });
    expect(r.warnings.map((w) => w.rule)).toContain('no-offline-route');
    for (const w of r.warnings) expect(w.excerpt).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('reply linter: a sixth outside review (pharmacy, kennel, physio, fertility; more languages)', () => {
  const kennel: LintProfile = { businessName: 'Waggle Lodge', services: ['grooming', 'boarding'], staff: ['Pia Holm'] };
  const pharmacy: LintProfile = { businessName: 'Elm Row Pharmacy', services: ['delivery', 'flu jabs'], staff: ['Ravi Shah'], roster: ['Ines Varga'] };
  test.each<[string, LintProfile, string]>([
    ['We cannot discuss your tendonitis online, please call us.', pharmacy, 'clinical-detail'],
    ['We cannot discuss your tendonitis online, please call us.', pharmacy, 'confirms-patient'],
    ['If these posts continue we will apply for an injunction.', pharmacy, 'legal-threat'],
    ['Wij schakelen onze advocaat in als dit niet stopt.', pharmacy, 'legal-threat'],
    ['Vamos processá-lo se não parar.', pharmacy, 'legal-threat'],
    ['Su pedido está listo, señora Varga.', pharmacy, 'names-person'],
    ['Hope the hay fever settles soon.', pharmacy, 'clinical-detail'],
    ['Sorry the morning-after pill was out of stock when you asked.', pharmacy, 'clinical-detail'],
    ["We've updated your delivery address as asked.", pharmacy, 'confirms-patient'],
    ["We've spoken with your carer about the new times.", pharmacy, 'confirms-patient'],
    ["Sorry we didn't ring you back yesterday.", pharmacy, 'confirms-patient'],
    ['Lovely to meet your new puppy!', kennel, 'confirms-patient'],
    ['We always do our best with your dogs.', kennel, 'confirms-patient'],
    ['If you are unhappy, feel free to take your business elsewhere.', kennel, 'arguing'],
    ['The cut came from a hot spot, not our scissors.', kennel, 'arguing'],
    ['Some people will never be happy, we know.', kennel, 'arguing'],
    ['Laut unseren Unterlagen war der Termin um neun.', kennel, 'confirms-patient'],
    ['Das stimmt so nicht.', kennel, 'arguing'],
  ])('%s → %s', (text, profile, rule) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    ['Wij zijn open van maandag tot en met zaterdag, van 8.30 tot 18.30 uur.', pharmacy],
    ['Abrimos de lunes a viernes, de 9 a 18 h.', pharmacy],
    ['Ugh, sorry this happened. Please call us on 0161 496 0000 so we can put it right.', kennel],
    ['Lamentamos, please call us on 0161 496 0000.', kennel],
    ['We are sorry our team failed to meet your expectations. Please call 0161 496 0000.', kennel],
    ['Our delivery drivers now carry card readers.', pharmacy],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });

  test("the business's name is blanked as a word of its own, never inside another word", () => {
    const r = lintReply('A: we cannot discuss your Aetna bill in public.', { profile: { businessName: 'A', services: [], staff: [] } });
    expect(r.errors.map((f) => f.excerpt)).toContain('Aetna');
  });
});

describe('reply linter: a seventh outside review (optician, audiologist, sleep clinic, counselling; staff privacy)', () => {
  const optician: LintProfile = { businessName: 'Brightwater Opticians', services: ['eye tests for children', 'frame repairs'], staff: ['Lena Ortiz'] };
  const ears: LintProfile = { businessName: 'Quayside Hearing', services: ['ear wax removal'], staff: ['Omar Haddad'] };
  test.each<[string, LintProfile, string]>([
    // Care given, told as theirs.
    ['We hope the breathing exercises we practised still come in handy.', ears, 'confirms-patient'],
    ['Glad the replacement domes we posted reached you.', ears, 'confirms-patient'],
    ['The reading glasses you ordered have arrived.', optician, 'confirms-patient'],
    ['Our chats together meant a lot to the whole team.', ears, 'confirms-patient'],
    ['It was an honour to walk beside you on your recovery journey.', ears, 'confirms-patient'],
    ['Thanks so much for opening up to me last spring.', ears, 'confirms-patient'],
    ['We have missed seeing you on Thursdays!', ears, 'confirms-patient'],
    ['See you at your annual review!', optician, 'confirms-patient'],
    ['Do bring your old frames along next time so we can compare.', optician, 'confirms-patient'],
    ['Thank you for trusting our practitioners with your hearing.', ears, 'confirms-patient'],
    ['We referred you to the eye hospital because we could not do more here.', optician, 'confirms-patient'],
    ['Our optometrist suggested a second opinion, which we still think is wise.', optician, 'confirms-patient'],
    ['You were never actually registered with this branch.', optician, 'confirms-patient'],
    ['Volgens ons dossier is de afspraak geannuleerd.', optician, 'confirms-patient'],
    ['Merci pour la confiance accordée à notre équipe pour votre bilan.', ears, 'confirms-patient'],
    // Health details of eyes, ears, sleep and the mind, in several languages.
    ['We are sorry the varifocals gave you headaches.', optician, 'clinical-detail'],
    ['Sorry the tinnitus is still keeping you up.', ears, 'clinical-detail'],
    ['We know the CPAP mask takes some getting used to.', ears, 'clinical-detail'],
    ['Es tut uns leid, dass die Hörgeräte Ihnen Probleme bereiten.', ears, 'clinical-detail'],
    ['Sentimos que el insomnio no haya mejorado.', ears, 'clinical-detail'],
    ['Ci dispiace che gli apparecchi acustici non le siano piaciuti.', ears, 'clinical-detail'],
    // Money, argument, names.
    ['Die Brille hat 420 Euro gekostet, wie besprochen.', optician, 'money'],
    ['Your plan refused to authorise the second pair, sadly.', optician, 'money'],
    ["The lenses scratched because they weren't stored as advised.", optician, 'arguing'],
    ['Lei sta mentendo sul nostro personale.', optician, 'arguing'],
    ['Your daughter, Priya, told us the new glasses help.', optician, 'names-person'],
    // A colleague's private life.
    ['Lena was off sick that fortnight, which is why nobody called.', optician, 'staff-private'],
    ['Omar is on paternity leave until March.', ears, 'staff-private'],
    ['Our receptionist has been going through a separation, so please bear with her.', ears, 'staff-private'],
    ["Omar has been dealing with his own health this year.", ears, 'staff-private'],
    ['Text Lena on her personal mobile if the shop is shut.', optician, 'staff-private'],
    ['Omar lives round the corner on Mill Lane, so he can open early.', ears, 'staff-private'],
  ])('%s → %s', (text, profile, rule) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    ['Our doors are open Monday to Friday 9am to 6pm and on Saturday mornings.', optician],
    ['Omar Haddad, our audiologist, will be at the library on Saturday for free hearing checks.', ears],
    ['Anyone who notices sudden changes in their vision should see a doctor the same day.', optician],
    ['Hearing aid prices vary by model; we are happy to talk them through on the phone.', ears],
    ['Eye tests for children are free, and we are happy to explain how that works.', optician],
    ['Our team includes audiologists trained in tinnitus management. Call us to find out more.', ears],
    ['Thank you for your patience while we move to a new appointment system.', optician],
    ['Grief is real and common; our free support evenings are open to anyone.', ears],
    ['If you are off sick, you can rebook online at no charge.', optician],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });
});

describe('reply linter: an eighth outside review (podiatry, urgent care, paediatrics, cosmetic surgery; Polish)', () => {
  const feet: LintProfile = { businessName: 'Eastgate Foot Clinic', services: ['nail surgery', 'biomechanical assessment'], staff: ['Marta Kowalczyk'] };
  const kids: LintProfile = { businessName: 'Little Acorns Paediatrics', services: ['well-baby checks'], staff: ['Dr. Ruth Ellery'] };
  const cosmetic: LintProfile = { businessName: 'Arden Aesthetic Surgery', services: ['rhinoplasty', 'breast surgery'], staff: ['Camila Duarte'] };
  test.each<[string, string, LintProfile]>([
    // The field's conditions and procedures, in its own words and in other languages.
    ['Sorry the verruca has come back after three rounds of freezing.', 'clinical-detail', feet],
    ['We hope the bunion settles down soon.', 'clinical-detail', feet],
    ['Sorry the partial nail avulsion left you limping for a week.', 'clinical-detail', feet],
    ['We hope the heel spur eases with the new insoles.', 'clinical-detail', feet],
    ['Glad the croup cleared up before the holidays.', 'clinical-detail', kids],
    ['Sorry the tongue-tie release was so upsetting to watch.', 'clinical-detail', kids],
    ['We hope the blepharoplasty swelling goes down quickly.', 'clinical-detail', cosmetic],
    ['Sorry the keloid has been bothering you.', 'clinical-detail', cosmetic],
    ['Lamentamos que la rinoplastia no cumpliera sus expectativas.', 'clinical-detail', cosmetic],
    ['Esperamos que a febre do seu bebê já tenha passado.', 'clinical-detail', kids],
    ['Wij hopen dat uw likdoorn na de laserbehandeling minder pijn doet.', 'clinical-detail', feet],
    ['Przykro nam, że zabieg usunięcia paznokcia był bolesny.', 'clinical-detail', feet],
    // Their care, their child, their wait: they were there.
    ['Your before and after pictures speak for themselves!', 'confirms-patient', cosmetic],
    ['Such a joy meeting him at his two-month check.', 'confirms-patient', kids],
    ["Hope your toddler's ear is feeling better.", 'confirms-patient', kids],
    ['We are sorry you had to wait so long to be seen.', 'confirms-patient', feet],
    ['Nous espérons que votre bébé se sent mieux.', 'confirms-patient', kids],
    ['Życzymy córeczce szybkiego powrotu do zdrowia.', 'confirms-patient', kids],
    // A wait, an amount, a date, named.
    ['Sorry you waited 45 minutes past your slot.', 'visit-time', feet],
    ['The 1,500 dollar balance covers the revision.', 'money', cosmetic],
    ['Wkładki kosztują 280 zł i tak było w cenniku.', 'money', feet],
    ['Zabieg odbył się 3 czerwca, zgodnie z planem.', 'visit-time', cosmetic],
    ['Pani Agnieszko, dziękujemy za opinię.', 'names-person', cosmetic],
    ['We will see you at the follow-up on 2 June, Harriet!', 'names-person', feet],
    ['Hello Priya — we are so glad it went well.', 'names-person', kids],
    ['Hi [Guardian], please ring the front desk.', 'unfilled-placeholder', kids],
    // Blame and policy, told at them.
    ["You didn't keep the dressing dry as we asked, so it got infected.", 'arguing', feet],
    ["You didn't bring the referral letter, so we had to rebook.", 'arguing', kids],
    ['Scarring like this is not caused by our surgeons.', 'arguing', cosmetic],
    ['Our cancellation fee applies to every family, no exceptions.', 'arguing', kids],
    ['Mentira. Todas as instruções foram dadas por escrito.', 'arguing', cosmetic],
    ['La colpa non è nostra se non ha seguito le indicazioni.', 'arguing', cosmetic],
    ['To nieprawda, personel był bardzo uprzejmy.', 'arguing', feet],
    ['Prosimy o usunięcie tego komentarza.', 'legal-threat', feet],
  ])('%s → %s', (text, rule, profile) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    ['All of our surgeons belong to the British Association of Plastic Surgeons and the national plastic surgery society.', cosmetic],
    ['We know how worrying a sudden illness or a fall can be. Call us on 020 7946 0321 and we will help.', kids],
    ['Thanks for shopping local and supporting your neighbourhood clinic!', feet],
    ['Thanks for backing your local walk-in centre, whatever the weather!', feet],
    ['We understand how frightening a sudden injury or infection can be for any parent.', kids],
    ['Our surgeons sit on the regional cosmetic surgery council.', cosmetic],
    ['Notre équipe vous a pris en charge rapidement, et nous vous remercions de votre retour.', feet],
    ['Our average wait is under 20 minutes, and you can check it live on our website.', feet],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });

  test.each([
    'We are sorry to hear this. Please ring the clinic and ask for the practice manager.',
    'We are sorry to hear this. Please give us a call so we can look into it.',
  ])('an offline route in other words: %s', (text) => {
    expect(lintReply(text, { profile: feet }).warnings.map((w) => w.rule)).not.toContain('no-offline-route');
  });
});

describe('a ninth outside review: eyes, fertility, minds, joints; other languages; everyone’s own', () => {
  const eyes: LintProfile = { businessName: 'Clearview Optometry', services: ['eye test', 'glasses', 'contact lenses'], staff: ['Priya Nair'] };
  const ivf: LintProfile = { businessName: 'Harbour Fertility', services: ['IVF', 'egg freezing'], staff: ['Dr Tom Reyes'] };
  test.each<[string, string, LintProfile]>([
    ['We know how hard it has been over four cycles with us.', 'confirms-patient', ivf],
    ['Your donor match was delayed by the lab, not by us.', 'clinical-detail', ivf],
    ['After eight sessions of shockwave therapy on that heel you should feel a change.', 'clinical-detail', eyes],
    ['We hope your Achilles is settling down.', 'clinical-detail', eyes],
    ['The toric lenses should correct that blurred vision within a week.', 'clinical-detail', eyes],
    ['Sorry the referral letter to your GP was slow.', 'confirms-patient', eyes],
    ['The £3,200 package you paid for covers every scan.', 'money', ivf],
    ['Unfortunately your council voucher did not cover the upgrade.', 'money', eyes],
    ['You chose not to follow the medication plan.', 'arguing', ivf],
    ["If you'd worn them as advised, this would not have happened.", 'arguing', eyes],
    ['This reviewer has a history of making false complaints.', 'arguing', eyes],
    ['We will sue if this stays up.', 'legal-threat', eyes],
    ['Vă rugăm să ștergeți această recenzie.', 'legal-threat', eyes],
    ['Speriamo che la sua tendinite migliori presto.', 'confirms-patient', eyes],
    ['Le sedute con noi sono state otto.', 'confirms-patient', eyes],
    ['Pani recepta była prawidłowa.', 'confirms-patient', eyes],
    ['Det stämmer inte, du kom för sent.', 'arguing', eyes],
    ['Usted faltó a tres citas.', 'arguing', eyes],
    ['Uw psychiater neemt contact op.', 'confirms-patient', eyes],
    ['Ihre Therapeutin meldet sich.', 'confirms-patient', eyes],
    ['Vi hoppas att din behandling går bra.', 'confirms-patient', eyes],
    ['Nous espérons que la ponction se passera bien.', 'clinical-detail', ivf],
  ])('%s → %s', (text, rule, profile) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    ['Grazie per le sue gentili parole! Ci chiami quando vuole.', eyes],
    ['Sue from our front desk will call you back today on the number you left.', { ...eyes, staff: ['Sue Patel'] }],
    ['Our staff team plays on the squash court next door every Friday.', eyes],
    ['Any customer can ask for a copy of their prescription at any time: just call us.', eyes],
    ['We want everyone to leave happy with their glasses. Please call us on 020 7946 0000.', eyes],
    ['Every patient can bring their own records to the first meeting. Call us to book.', ivf],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });
});

describe('the built-in templates', () => {
  test.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('“%s”, filled from the example workspace, has no errors', (_, template) => {
    const { text } = fillTemplate(template.body, DEFAULT_WORKSPACE.profile);
    const result = lintReply(text, { profile: DEFAULT_WORKSPACE.profile });
    expect(result.errors).toEqual([]);
    expect(result.warnings.filter((w) => w.rule === 'no-offline-route')).toEqual([]);
  });
});

describe('a tenth outside review: pharmacy, vets, skin, hearing; endings that name medicines; more languages', () => {
  const chemist: LintProfile = { businessName: 'Quayside Pharmacy', services: ['flu jabs', 'blood pressure checks'], staff: ['Hannah Oduya'] };
  const vets: LintProfile = { businessName: 'Moorland Vets', services: ['puppy vaccinations', 'dental scale'], staff: ['Callum Reid'] };
  const ears: LintProfile = {
    businessName: 'Soundwise Hearing',
    services: ['hearing aid repairs', 'tinnitus support', 'ear wax removal'],
    staff: ['Morag McAllister', 'Fiona MacLeod'],
  };
  test.each<[string, string, LintProfile]>([
    // Medicines and conditions never listed, known by their endings.
    ['Sorry the third month of doxycycline upset your stomach.', 'clinical-detail', chemist],
    ['We hope the rosuvastatin suits you better.', 'clinical-detail', chemist],
    ['Lamentamos que el omeprazol no le sentara bien.', 'clinical-detail', chemist],
    ['Glad the labyrinthitis has finally settled.', 'clinical-detail', ears],
    ['We are sorry the tonsillectomy recovery was slow.', 'clinical-detail', chemist],
    ['Sorry to hear about the ruptured eardrum.', 'clinical-detail', ears],
    // Help given, how they are since, patients of ours.
    ['So pleased our pharmacists could help you sort that out.', 'confirms-patient', chemist],
    ["Lovely to hear you're sleeping so much better.", 'confirms-patient', ears],
    ['We hope you enjoy the sound after your fitting.', 'confirms-patient', ears],
    ['Pepper was one of our bravest patients.', 'confirms-patient', vets],
    ['Wir freuen uns auf Ihren nächsten Besuch und hoffen, Ihrer Katze geht es gut.', 'confirms-patient', vets],
    ['Bis zum nächsten Termin!', 'confirms-patient', ears],
    ['Życzymy Pani psu szybkiego powrotu do formy.', 'confirms-patient', vets],
    ['Semoga kucing Anda cepat pulih.', 'confirms-patient', vets],
    ['Randevunuz için teşekkürler.', 'confirms-patient', vets],
    // Blame and lies called, in more words and languages.
    ["You didn't apply the cream as the leaflet advised.", 'arguing', chemist],
    ['The drops were clearly not put in every evening as instructed.', 'arguing', ears],
    ['Söyledikleriniz doğru değil.', 'arguing', chemist],
    ['Dat klopt niet, u heeft het recept niet gelezen.', 'arguing', chemist],
    ['Det er ikke sandt.', 'arguing', chemist],
    // Lawyers and take-down demands in Swedish, German, Turkish, Indonesian.
    ['Vår advokat har fått ärendet.', 'legal-threat', chemist],
    ['Unser Rechtsanwalt prüft Ihre Bewertung.', 'legal-threat', chemist],
    ['Avukatımız sizinle iletişime geçecek.', 'legal-threat', chemist],
    ['Mohon hapus ulasan ini.', 'legal-threat', chemist],
    // Amounts in other currencies and languages; a Dutch day with its part.
    ['Devolvemos as 45 libras da consulta.', 'money', chemist],
    ['150 liralık ücret iade edildi.', 'money', chemist],
    ['Tagihan sudah kami perbaiki.', 'money', chemist],
    ['Excuses voor de drukte vrijdagochtend.', 'visit-time', chemist],
  ])('%s → %s', (text, rule, profile) => {
    expect(rulesFor(text, profile)).toContain(rule);
  });

  test.each<[string, LintProfile]>([
    // Opening hours written with points between the digits are still the business's hours.
    ['Onze openingstijden: maandag tot en met vrijdag 8.30 tot 18.00 uur, zaterdag van 9.00 tot 13.00 uur.', chemist],
    // Price lists, conditions and offers to anyone.
    ['Kitten vaccinations for kittens cost £55 and boosters are £40 a year.', vets],
    ['A consultation costs £40, taken off the price if you decide to go ahead.', chemist],
    ['El análisis cuesta desde 30 € por persona; consulte la lista de precios en la web.', chemist],
    ['Our team is trained to explain any medication; if anyone has questions, call us on 0161 496 0000.', chemist],
    ['Tinnitus support sessions run every month and are open to anybody.', ears],
    ['Hearing aid repairs are usually done the same day.', ears],
    // Staff with a capital inside their surname, a Polish verb opening a sentence, idioms and generic questions.
    ['Please ask for our centre manager, Fiona MacLeod, on 0131 496 0000.', ears],
    ['Sprawdzimy to i odezwiemy się. Zadzwoń do nas: 22 123 45 67.', chemist],
    ['Feeling comfortable in your own skin matters; our team are here on 020 7946 0000.', chemist],
    ['Our vets are happy to answer any questions about your dog’s diet on 01632 960000.', vets],
    // Everyday words with a clinical ending.
    ['A bit of nostalgia: our first diploma still hangs by the door. Lololol!', chemist],
  ])('clean: %s', (text, profile) => {
    expect(lintReply(text, { profile }).errors).toEqual([]);
  });
});

describe('eleventh review: blame with words in between, removal asked in the passive, a body seen as theirs', () => {
  const eyes: LintProfile = { businessName: 'Clearview Eye Care', services: ['eye tests', 'contact lens fitting'], staff: ['Marta Ruiz'], roster: [] };
  test.each<[string, string, string]>([
    ['You were nearly twenty minutes late, which cut the check short.', 'arguing', 'You were nearly twenty minutes late'],
    ['You skipped two follow-ups, so the result is no surprise.', 'arguing', 'You skipped two follow-ups'],
    ['You cancelled with under a day’s notice, so the fee stands.', 'arguing', 'You cancelled with under'],
    ['That was not because of anything we did.', 'arguing', 'not because of anything we'],
    ['Our emails prove otherwise.', 'arguing', 'prove otherwise'],
    ["Ce n'est vraiment pas de notre faute.", 'arguing', "Ce n'est vraiment pas de notre faute"],
    ['Sie kamen eine halbe Stunde zu spät.', 'arguing', 'Sie kamen eine halbe Stunde zu spät'],
    ['This review is inaccurate and has to be taken down today.', 'legal-threat', 'review is inaccurate and has to be taken down'],
    ['We ask that your comment be deleted.', 'legal-threat', 'ask that your comment be deleted'],
    ['Hope your ears have stopped ringing.', 'confirms-patient', 'your ears'],
    ['Glad the new wires are sitting better on your braces.', 'confirms-patient', 'your braces'],
    ['We hope the Lumigan is helping.', 'clinical-detail', 'Lumigan'],
    ['Speriamo che la congiuntivite sia passata.', 'clinical-detail', 'congiuntivite'],
    ['Hoffentlich drückt die Zahnspange nicht mehr.', 'clinical-detail', 'Zahnspange'],
  ])('%s → %s', (text, rule, excerpt) => {
    const found = lintReply(text, { profile: eyes }).errors.filter((f) => f.rule === rule).map((f) => f.excerpt);
    expect(found).toContain(excerpt);
  });

  test.each([
    'Late appointments run until 7pm on Thursdays; early ones from 7am.',
    'Were you late for work? Our first slots start at 7.',
    'Posts that share anyone’s personal details are removed by our moderators.',
    'If you would like your post removed from our page, just tell us.',
    'We are looking forward to the new season: see you around!',
  ])('clean: %s', (text) => {
    expect(lintReply(text, { profile: eyes, negative: false }).errors).toEqual([]);
  });

  test('one finding per rule for words that a longer finding of that rule already quotes', () => {
    const r = lintReply('Your glaucoma screening results came back clear.', { profile: eyes });
    const excerpts = (rule: string) => r.errors.filter((f) => f.rule === rule).map((f) => f.excerpt);
    expect(excerpts('confirms-patient')).toEqual(['Your glaucoma screening results']);
    expect(excerpts('clinical-detail')).toEqual(['glaucoma']);
  });

  test('the too-long excerpt shows where the platform cuts, in whole words', () => {
    const long = `Please call us on 01234 567890 at any time. ${'We would like to help you with this. '.repeat(10)}`;
    const excerpt = lintReply(long, { platform: 'x', profile: eyes }).warnings.find((w) => w.rule === 'too-long')?.excerpt ?? '';
    expect(excerpt).toMatch(/^…\S/);
    for (const word of excerpt.replace(/…/g, '').split(/\s+/)) expect(long.split(/\s+/)).toContain(word);
  });
});

describe('twelfth review: the fault handed back, sarcasm, a pet adored, records and visits in more languages, yes is no name', () => {
  const clinic: LintProfile = { businessName: 'Fernside Family Vets', services: ['vaccinations', 'dental care'], staff: ['Dr. Ruth Okoye', 'Sam Pell'] };
  test.each<[string, string]>([
    ['Sam was never rude; you were yelling at the front desk.', 'arguing'],
    ['Dr. Okoye has decades of experience. You are the problem here.', 'arguing'],
    ['The insurer turned the claim down, not us.', 'arguing'],
    ['Funny how this review showed up the day after we refused the refund.', 'arguing'],
    ['Perhaps a cheaper practice is more within your budget.', 'arguing'],
    ['Noted. We will try to survive without your business.', 'arguing'],
    ['We completely reject these claims.', 'arguing'],
    ['Se avesse chiamato prima, avremmo potuto aiutare.', 'arguing'],
    ['O senhor chegou 30 minutos atrasado.', 'arguing'],
    ['Your pup is one of our absolute favourites!', 'confirms-patient'],
    ['Give that good girl a cuddle from all of us.', 'confirms-patient'],
    ['It has been lovely watching your progress this year.', 'confirms-patient'],
    ['As Dr. Okoye explained to you at the time, the tooth had to come out.', 'confirms-patient'],
    ['Wij hebben uw gegevens nagekeken.', 'confirms-patient'],
    ['U bent al jaren patiënt bij ons.', 'confirms-patient'],
    ['Děkujeme za návštěvu, těšíme se příště.', 'confirms-patient'],
    ['Tak for dit besøg i går.', 'confirms-patient'],
    ['Zgodnie z naszą dokumentacją wszystko było uzgodnione.', 'confirms-patient'],
    ['Sorry to hear Noah felt nervous.', 'names-person'],
    ['Mia was so brave today!', 'names-person'],
    ['Ci dispiace che la sua terapia per gli attacchi di panico non abbia funzionato.', 'clinical-detail'],
    ['Lamentamos que el tratamiento del trastorno alimentario no funcionara.', 'clinical-detail'],
  ])('%s → %s', (text, rule) => {
    expect(rulesFor(text, clinic)).toContain(rule);
  });

  test.each([
    'Sì, tra i nostri servizi c’è anche la cura dentale. Per informazioni chiami lo 0161 555 0100.',
    'Sim, atendemos animais de todas as idades. Ligue para 0161 555 0100.',
    'Yes, dental implants are among the services offered at our sister practice. Call 0161 555 0100 to ask.',
    'Our vets work with a wide range of conditions, including arthritis. Call 0161 555 0100 for advice.',
  ])('a general answer is safe: %s', (text) => {
    expect(lintReply(text, { profile: clinic }).errors).toEqual([]);
  });

  test('a reply that argues answers a complaint: it needs an offline route', () => {
    const r = lintReply('That is simply not true.', { profile: clinic });
    expect(r.warnings.map((w) => w.rule)).toContain('no-offline-route');
    const apologetic = lintReply('Lo sentimos mucho.', { profile: clinic });
    expect(apologetic.warnings.map((w) => w.rule)).toContain('no-offline-route');
  });
});

describe('thirteenth review: blame without the usual words, funding, clinical words and whole replies in more languages', () => {
  const clinic: LintProfile = { businessName: 'Kestrel Eye & Physio', services: ['eye tests', 'physiotherapy'], staff: ['Dr. Imogen Vale', 'Tariq Bose'] };
  test.each<[string, string]>([
    ['Your lenses were ready; it was you who never picked them up.', 'arguing'],
    ['Our notes clearly state that you didn’t do the stretches at home.', 'arguing'],
    ['Your physiotherapist recorded that you skipped the home programme.', 'confirms-patient'],
    ['Sad to read this. Maybe read the fine print before you order next time.', 'arguing'],
    ['Sure. 🙄', 'arguing'],
    ['Thanks for the feedback. Noted.', 'arguing'],
    ['All of this was explained to you before the fitting.', 'arguing'],
    ['Du har fel, det visar vårt bokningssystem.', 'arguing'],
    ['Nu e adevărat, ați lipsit de la două programări.', 'arguing'],
    ['Randevunuza geç kaldınız.', 'arguing'],
    ['Nous ne pouvons pas accepter cet avis mensonger.', 'arguing'],
    ['Il ritardo non è stato per colpa nostra.', 'arguing'],
    ['Jeśli nie usunie Pani tego wpisu, sprawa trafi do sądu.', 'legal-threat'],
    ['The trust’s funding only paid for the first round, so the rest was self-funded.', 'money'],
    ['Ni debiterades bara en gång.', 'money'],
    ['Marnie on reception has had a word with the team.', 'names-person'],
    ['Hej Linnea! Tack för att du kom.', 'names-person'],
    ['Vi ses på torsdag!', 'visit-time'],
    ['Grazie per la visita di martedì scorso.', 'visit-time'],
    ['Schön, dass die Akupunktur bei Ihnen geholfen hat.', 'clinical-detail'],
    ['Le glaucome a été détecté tôt.', 'clinical-detail'],
    ['Die Knieverletzung heilt gut.', 'clinical-detail'],
    ['Ihre Hormonwerte sind stabil.', 'clinical-detail'],
    ['Segundo o nosso registo, a consulta foi desmarcada.', 'confirms-patient'],
    ['It was lovely to see the whole family this morning!', 'confirms-patient'],
  ])('%s → %s', (text, rule) => {
    expect(rulesFor(text, clinic)).toContain(rule);
  });

  test.each([
    'Thank you, Tariq and the team will be glad to hear it. Please call 0161 555 0188 if we can help with anything.',
    'We offer eye tests and physiotherapy six days a week. Vi ses gärna: ring 0161 555 0188.',
    'We are sorry to read this. Please email hello@kestrel.example so we can look into it together.',
  ])('still safe: %s', (text) => {
    expect(lintReply(text, { profile: clinic }).errors).toEqual([]);
  });
});
