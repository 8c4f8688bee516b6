// Phrase lists for the first classifier. Each list is a signal a moderator can
// check: the phrase that fired is quoted in the reason.

/** Violence or harm to people or property, doxxing, extortion. */
export const THREAT_PHRASES = [
  'kill you', 'kill him', 'kill her', 'kill them', 'kill {w} dentist', 'kill {w} doctor', 'kill {w} staff', 'kill {w} owner',
  'shoot you', 'shoot up your', 'shoot {w} place', 'stab you', 'hurt you', 'beat you', 'strangle', 'murder you',
  'burn {w} down', 'burn your house', 'burn your office', 'burn your place', 'burn your car', 'torch {w} place', 'bomb {w} place', 'bomb your', 'blow up',
  'know where you live', 'know where your kids', 'know where she lives', 'know where he lives', 'found your address',
  'your home address', 'watch your back', 'watch your kids', 'you will regret', "you'll regret", 'you are dead', "you're dead",
  'dead man walking', 'coming for you', 'wait for you outside', 'be waiting outside', 'waiting outside for you', 'see you in the parking lot',
  'pay or else', 'pay or we', 'pay up or', 'or more reviews', 'or {w} more reviews', 'or we post', 'better pay up', 'what is coming to you',
  "what's coming to you", 'gonna get you', 'going to get you', 'deserve to die', 'should be shot', 'hope you die',
];

/** Promotion, scams, follower selling. */
export const SPAM_PHRASES = [
  'follow me', 'follow my', 'check my profile', 'check out my', 'check my page', 'link in bio', 'dm me', 'message me on',
  'whatsapp', 'telegram', 'crypto', 'bitcoin', 'forex', 'investment opportunity', 'earn money', 'work from home',
  'buy followers', 'cheap followers', 'promo code', 'discount code', 'giveaway', 'click the link', 'click here', 'sugar daddy',
];

/** Speaking of one's own experience of the business. */
export const EXPERIENCE_PHRASES = [
  'my appointment', 'my visit', 'my treatment', 'my bill', 'my insurance', 'my dentist', 'my doctor', 'my tooth', 'my teeth',
  'my kid', 'my son', 'my daughter', 'my husband', 'my wife', 'my mom', 'my dad', 'my results', 'my procedure', 'my filling',
  'i went', 'i came in', 'i was seen', 'i was told', 'i was charged', 'i was billed', 'i waited', 'i booked', 'i called',
  'i had', 'i have been going', "i've been going", 'i got', 'we went', 'we waited', 'we were', 'they told me', 'charged me',
  'billed me', 'refund', 'rescheduled', 'cancelled my', 'canceled my', 'the receptionist', 'front desk', 'waiting room',
  'appointment', 'hygienist', 'cleaning', 'check-up', 'checkup', 'x-ray', 'consultation', 'follow-up', 'prescription',
];

/** Praise or defence of the business. */
export const PRAISE_PHRASES = [
  'thank you', 'thanks', 'best', 'amazing', 'wonderful', 'excellent', 'fantastic', 'great', 'love', 'recommend',
  'highly recommend', 'so kind', 'so friendly', 'professional', 'caring', 'five stars', '5 stars', 'stand with',
  'leave them alone', 'these reviews are fake', 'fake reviews', "don't listen", 'keep up', 'well done',
];

/** Pile-on and off-topic markers that come with campaigns rather than visits. */
export const PILE_ON_PHRASES = [
  'boycott', 'fire her', 'fire him', 'fire them', 'cancel them', 'shame on', 'spread the word', 'everyone report',
  'leave a review', 'one star everyone', 'go viral', 'saw the video', 'saw the post', 'you people', 'disgusting people',
];

/** Insults the profanity library does not carry (it covers obscenities). */
export const INSULT_WORDS = [
  'idiot', 'idiots', 'moron', 'morons', 'stupid', 'clown', 'clowns', 'scum', 'loser', 'losers', 'pathetic',
  'trash', 'garbage', 'disgusting', 'vile', 'crook', 'crooks', 'fraud', 'frauds', 'quack', 'quacks', 'butcher', 'butchers',
];
