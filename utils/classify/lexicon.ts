// Phrase lists for the first classifier. Each list is a signal a moderator can
// check: the phrase that fired is quoted in the reason.

/** Violence or harm to people or property, doxxing, extortion. */
export const THREAT_PHRASES = [
  'kill you', 'kill him', 'kill her', 'kill them', 'kill {w} dentist', 'kill {w} doctor', 'kill {w} staff', 'kill {w} owner',
  'shoot up your', 'shoot {w} place', 'stab you', 'hurt you', 'beat you', 'strangle', 'murder you',
  'burn {w} down', 'burn your house', 'burn your office', 'burn your place', 'burn your car', 'torch {w} place', 'bomb {w} place', 'bomb your', 'blow up',
  'know where you live', 'know where your kids', 'know where she lives', 'know where he lives', 'found your address',
  'your home address', 'watch your back', 'watch your kids', 'you will regret', "you'll regret", 'you are dead', "you're dead",
  'dead man walking', 'coming for you', 'wait for you outside', 'be waiting outside', 'waiting outside for you', 'see you in the parking lot',
  'pay or else', 'pay or we', 'pay up or', 'or more reviews', 'or {w} more reviews', 'or we post', 'better pay up', 'what is coming to you',
  "what's coming to you", 'gonna get you', 'going to get you', 'deserve to die', 'should be shot', 'hope you die',
  // Harm wished or planned without a violent verb, and threats to property.
  'hope {w} dies', 'hope she dies', 'hope he dies', 'with a bat', 'waits for her', 'wait for her', 'waits for him',
  'hope it burns', 'hope she burns', 'hope he burns', 'hope they burn', 'hope the place burns', 'hope this place burns', 'hope that place burns', 'hope you burn', 'burn to the ground', 'watch what happens', "you've been warned", 'you have been warned',
  'last warning', 'final warning',
  // Eleventh review: revenge on everyone, fire promised, a price for silence; where they live, in more languages.
  'make sure every one of you pays', 'make sure everyone of you pays', 'every single one of you will pay', 'make sure you all pay',
  'will burn soon', 'will burn tonight', 'we burn it', 'we will burn it', "we'll burn it", 'i will burn it', "i'll burn it",
  'deserve what is coming to them', "deserve what's coming to them", 'deserves what is coming', "deserves what's coming",
  'wiem gdzie mieszkasz', 'wiemy gdzie mieszkasz', 'wiem gdzie mieszka', 'نعرف وين', 'نعرف أين تسكن', 'نعرف اين تسكن', 'نعرف بيتك',
  'أعرف أين تسكن', '어디 사는지', '집 어딘지', 'sabemos quien trabaja', 'os vamos a encontrar',
  'te vamos a quemar', 'yakarım', 'yakacağım', 'yakacağız', 'prendesse fuoco', 'prenda fuoco', 'dar fuoco', 'tao biết chỗ', 'biết chỗ tụi mày',
  'biết nhà mày',
  // Twelfth review: harm deserved or promised to a named person, where they live or work, in more languages.
  'deserve to get killed', 'deserves to get killed', 'deserve to be killed', 'deserve to get shot', 'deserves to get shot',
  'deserve to get stabbed', 'deserve to get hurt', "deserve what's coming", 'deserve what is coming', 'know where {w} lives',
  'know where you work', 'know where {w} works', 'know where you sleep', 'dead meat', "won't walk again", 'wont walk again',
  'never walk again', "won't be walking again", 'smash {w} face', 'kick {w} head in', 'cave {w} head in', 'punch {w} face in',
  'legs broken', 'break {w} legs', 'brick {w} through', 'bring lighters', 'bring a lighter', 'bring petrol', 'bring matches',
  'bring gasoline', 'bring the petrol', 'make sure your family', 'your family regrets', 'your family will regret', 'your family will pay',
  'got people watching', 'people watching the back', 'enjoy your last month', 'enjoy your last week', 'enjoy your last days',
  "won't be open much longer", 'wont be open much longer', 'se donde trabajas', 'sabemos donde trabajas', 'se donde aparcas',
  'ten cuidado cuando salgas', 'wiemy gdzie parkujesz', 'wiem gdzie parkujesz', 'wiemy gdzie pracujesz', 'wiem gdzie pracujesz',
  'welches auto du fahrst', 'wir wissen welches auto', 'знаем где ты живешь', 'знаю где ты живешь', 'знаем где ты работаешь',
  'знаю где ты работаешь', 'знаем где живет', 'biết nhà {w} {w} ở đâu', 'seni bulacağım', 'seni bulacağız', 'hesabını vereceksin',
  // Veiled: the plural and "where you are" forms, what is "coming", a visit paid to the place.
  'watch your backs', 'watch yourselves', 'we know where you are', 'know where you all', "get what's coming", 'get what is coming',
  "got what's coming", 'pay this place a visit', 'pay that place a visit', 'pay the place a visit', 'pay {w} owner a visit',
  'pay {w} staff a visit', 'pay {w} a little visit', 'check her tires', 'check his tires', 'check your tires', 'check her tyres',
  'check his tyres', 'check your tyres', 'check her brakes', 'check his brakes', 'check your brakes', 'hope your windows are insured',
  'hope you have good insurance', 'hope {w} insured', 'we know which door', 'know what time your',
  'take a brick', 'shame if something happened', 'would be a shame if', 'accidents happen', "you'll be sorry",
  'you will be sorry', 'be sorry you', 'you will pay',
  "you'll pay for", "we're all coming", 'we are all coming', 'all of us are coming', 'bring everyone', "won't be opening that",
  'pay her a visit', 'pay him a visit', 'pay them a visit', 'pay you a visit',
  // Doxxing: homes, cars, children, movements.
  'her address is', 'his address is', 'their address is', 'home address', 'lives above', 'lives at number', 'where she parks',
  'where he parks', 'where you park', 'where {w} parks', 'what car the', 'what car she', 'what car he', 'what car you',
  'followed {w} home', 'nice house on', 'your kids go to', 'your children go to', 'which school your',
  'do with that what you will', 'know what car',
  // Extortion.
  'in bitcoin or', 'or the whole group', 'or {w} more one-star reviews',
  'or {w} more 1-star reviews', 'or {w} more bad reviews', 'or we keep posting', 'remove my review or',
  // Wished or decreed violence against people.
  'should be killed', 'should be executed', 'should be hanged', 'should be hung', 'should be burned',
  'should all be killed', 'should all be shot', 'should be dead', 'ought to be executed', 'ought to be shot', 'be shot in the street',
  'burned at the stake', 'deserves to die', 'would all be dead', 'death to', 'die a horrible death', 'make {w} suffer',
  'see {w} suffer', 'put an end to all', 'put an end to those', 'put an end to them', 'throats cut', 'cut their throats',
  'cut your throat', 'cut her throat', 'cut his throat', 'slit {w} throat', 'snap {w} neck', 'snap the necks', 'end every',
  'execution is the only',
  // Veiled threats: set phrases that say "something will happen to you".
  'lock your doors', 'sleep with one eye open', 'look over your shoulder', 'looking over your shoulder', 'your days are numbered',
  'count your days', "won't see it coming", 'when you least expect it', 'watch yourself', 'watch ya back', 'watch yo back',
  'watch your step', 'set fire to', 'set {w} on fire', 'set {w} alight', 'see {w} {w} suffer', 'make {w} {w} suffer',
  'cut {w} throats', 'shame if {w} got broken', 'shame if {w} broke', 'shame if {w} caught fire', 'shame if {w} burned down',
  'shame if anything happened', 'shame if something', 'been watching you', "i'm watching you", 'we are watching you',
  "we're watching you", 'put {w} in the hospital', 'put {w} in hospital', 'put {w} in the ground', 'put {w} in a grave',
  'put {w} in a wheelchair', 'be waiting by', 'be waiting for you', 'be waiting for her', 'be waiting for him',
  'waiting by her car', 'waiting by his car', 'waiting by your car', 'teach {w} a lesson', "a lesson {w} won't forget",
  'with {w} name on it', 'got a knife', 'bring a knife', 'bringing a knife', 'got a gun', 'bring a gun', 'bringing a gun',
  'bring my gun', 'throw acid', 'acid in {w} face', 'see what happens to', 'what happens to your', 'deserves a bullet', 'deserve a bullet', 'bullet in {w} head', 'bullet between',
  // Wished elimination of people.
  'were eradicated', 'be eradicated', 'were exterminated', 'be exterminated',
  'better off without {w} {w} like you', 'murdering {w} {w} like you', 'raping {w} {w} like you',
  // Other languages (a few common forms).
  'sabemos donde vives', 'se donde vives', 'te vamos a encontrar', 'on sait ou', 'je sais ou tu', 'on arrive', 'wir wissen wo',
  'weiss wo du', 'kami tahu rumah', 'te voy a matar', 'voy a matarte', 'te vamos a matar', 'vamos a matarte', 'la voy a matar',
  'lo voy a matar', 'voy a matarla', 'voy a matarlo', 'te mato', 'vamos a quemar', 'voy a quemar', 'te voy a partir la cara',
  'te vas a arrepentir', 'vas a pagar por', 'je vais te tuer', 'on va te tuer', 'je vais la tuer', 'je vais le tuer',
  'on va bruler', 'je vais bruler', 'tu vas le regretter', 'tu vas le payer', 'ich bringe dich um', 'ich bring dich um',
  'wir bringen dich um', 'ich bringe sie um', 'ich bringe ihn um', 'ich werde dich toten', 'ich tote dich', 'abfackeln',
  'du wirst es bereuen', 'wirst dafur bezahlen', 'bringe {w} um', 'bringen {w} um',
];

/** Telling someone to harm or kill themselves. */
export const SELF_HARM_PHRASES = [
  'kill yourself', 'kill yourselves', 'kill your self', 'kys', 'go die', 'just die', 'pls die', 'please die', 'die already',
  'you should die', 'should just die', 'hang yourself', 'neck yourself', 'end yourself', 'unalive yourself', 'off yourself',
  'end your life', 'take your own life', 'drink bleach', 'jump off a bridge', 'jump off a cliff', 'jump off a building',
  'slit your wrists', 'nobody would miss you', 'no one would miss you', 'better off without you', 'do {w} a favour and die',
  'do {w} a favor and die', 'matate', 'suicidate', 'muerete', 'tue-toi', 'tue toi', 'va crever', 'bring dich um',
  'hang dich auf', 'tote dich',
];

/**
 * "<verb> <target>" threats ("s t a b her", "k1ll that woman"). Verbs with
 * everyday meanings ("shoot you an email", "it hurt her") only count against a
 * named person, never against a bare pronoun.
 */
export const VIOLENT_VERBS = [
  'kill', 'stab', 'strangle', 'murder', 'punch', 'slap', 'torch', 'slaughter', 'torture', 'execute', 'behead', 'lynch', 'rape',
  'exterminate', 'eradicate', 'massacre', 'drown', 'hang',
];
export const VIOLENT_VERBS_NAMED_ONLY = ['shoot', 'beat', 'hurt', 'smash', 'burn', 'bomb'];
export const PRONOUN_TARGETS = ['you', 'ya', 'her', 'him', 'them', 'everyone', 'all', 'every', 'those', 'these', 'any'];
export const NAMED_TARGETS = [
  'that woman', 'that man', 'that bitch', 'that dentist', 'the dentist', 'that doctor', 'the doctor', 'that nurse', 'the nurse',
  'the owner', 'the staff', 'your staff', 'your family', 'your kids', 'the receptionist', 'that receptionist', 'that hygienist',
];

/** Promotion, scams, follower selling. */
export const SPAM_PHRASES = [
  'follow me', 'follow my', 'check my profile', 'check out my', 'check my page', 'link in bio', 'dm me', 'message me on',
  'whatsapp', 'telegram', 'crypto', 'bitcoin', 'forex', 'investment opportunity', 'earn money', 'work from home',
  'buy followers', 'cheap followers', 'promo code', 'discount code', 'giveaway', 'click the link', 'click here', 'sugar daddy',
  'followers', 'real accounts', 'real and active', 'for prices', 'message me for', 'dm for', 'free consultation', 'google reviews for',
  'reviews for your business', 'boost your', 'seo', 'make money', 'passive income', 'onlyfans',
  'giveaways', 'visit my page', 'visit my profile', 'my page for', 'dm us', 'message us', 'get featured', 'small fee', 'collab',
  'brand ambassador', 'reputation management', 'memecoin', 'guaranteed returns', '1000x', 'she is legit', 'he is legit',
  'trading with', 'invest with', 'inbox me', 'free mint', 'connect wallet', 'connect your wallet', 'nft', 'nfts', 'trading bot',
  'results guaranteed', 'guaranteed results', 'verify your account', 'avoid permanent', 'permanently deleted', 'violating community',
  'page will be disabled', 'page has been reported', 'confirm ownership', 'permanent deletion', 'permanently disabled',
  'first page of google', 'reviews guaranteed', 'without prescription', 'without a prescription', 'no prescription needed',
  'sub to my', 'subscribe to my', 'follow for daily', 'follow for more', 'dm to be listed', 'fee applies', 'in my bio', 'in our bio',
  'book via our', 'via our link', 'book via the link', 'we can bury', 'bury them with', 'bury bad reviews', 'bury negative reviews',
  'remove bad reviews', 'remove negative reviews', 'five-star reviews in', 'five star reviews in', '5-star reviews in', '5 star reviews in',
  'we find you an', 'slot finder', 'no credit check', 'bad credit ok', 'bad credit welcome', 'loans approved', 'same-day loans',
  'same day loans', 'fast loan', 'instant loan', 'we approve everyone', 'we approve everybody', 'approval in minutes', 'guarantees pregnancy',
  'guaranteed pregnancy',
  'qualified leads', 'leads a month', 'no lock in', 'rank your business', 'no experience needed', 'cheap botox', 'at home service', 'certified nurse', 'book via whatsapp', 'contact me on',
  // Gambling, work-from-home money and followers in other languages; reviews written to order (tenth review).
  'slot gacor', 'gacor', 'maxwin', 'daftar sekarang', 'daftar lewat', 'link di bio', 'cek link', 'trabalhando de casa', 'chama no direct',
  'chama no privado', 'renda extra', 'ganhe rs', 'al giorno da casa', 'scrivimi in privato', 'takipci satin al', 'takipçi satın al',
  'linke tıkla', 'linke tikla', 'genuine-looking', 'genuine looking', 'want more bookings', 'reviews for hotels', 'reviews for businesses',
  'five-star reviews on', 'five star reviews on', '5-star reviews on', '5 star reviews on', 'aged accounts', 'undetectable',
  // Twelfth review: offers of followers, coins, cash, dates and casinos; plugs of a channel or shop; in more languages.
  'dm now', 'dm karo', 'abhi dm', 'inbox ngay', 'nhắn tin ngay', 'tư vấn miễn phí', 'trả góp', 'ưu đãi', 'chama no zap', 'no zap',
  'в телеграм', 'пиши в', 'накрутка', 'подписчиков', 'ganhe seguidores', 'seguidores reais', 'follower badhao', 'ghar baithe', 'kamao',
  'cashapp', 'cash app', 'free robux', 'robux', 'tiktok coins', 'coins generator', 'gift card', 'hot singles', 'singles in',
  'online casino', 'casino', 'welcome bonus', 'sign up with my code', 'get verified', 'subscribe to win', 'win an ipad', 'win a free',
  'watch full video', 'full video here', 'lost money to', 'we recovered', 'recovery specialist', 'recover your money',
  'got my money back thanks to', 'remove negative {w} reviews', '5-star google reviews', 'reviews in a week', 'check my channel',
  'visit my channel', 'watch my channel', 'etsy shop', 'my etsy', 'link in profile', 'link bio', 'need a website', 'seo-optimised',
  'seo-optimized', 'collaborators', 'check our highlights', 'prescribe online', 'só hoje',
  // Thirteenth review: reviews removed for a fee, miracle cures, dates, side jobs and wholesale "Botox", in more languages.
  'removes negative reviews', 'removes bad reviews', 'reviews deleted', 'deleted permanently', 'pay only after removal', 'doctors hate',
  'one weird trick', '1 weird', 'want to meet you', 'click bio', 'cliquez ici',
  'gagnez un', 'clique no link', 'ganhe dinheiro', 'compra ya', 'pide ya', 'envío gratis', 'envio gratis', 'livraison gratuite',
  'té milagroso', 'pierde {w} kilos', 'las eliminamos', 'eliminamos en', 'we remove them', 'we delete them', 'متابع', 'واتساب', 'تواصل معنا', 'تواصل معي', 'اربح', 'оптом', 'пишите в директ', 'без сертификатов',
]

/** Spam cues that outweigh a story of one's own visit: scam testimonials are written in the first person. */
export const HARD_SPAM = [
  'whatsapp me', 'whatsapp us', 'telegram me', 'on telegram', 'add me on', 'crypto', 'bitcoin', 'forex', 'investment opportunity',
  'buy followers', 'cheap followers', 'onlyfans',
  'sugar daddy', 'memecoin', 'guaranteed returns', '1000x', 'trading with', 'invest with', 'passive income', 'contact me on',
  'free mint', 'connect wallet', 'connect your wallet', 'trading bot', 'verify your account', 'avoid permanent', 'violating community',
  'confirm ownership', 'permanent deletion', 'permanently disabled', 'without prescription', 'without a prescription',
  'via our link', 'we can bury', 'bury them with', 'dm to be listed', 'sub to my', 'no credit check', 'bad credit ok', 'loans approved',
  'same-day loans', 'same day loans', 'we approve everyone', 'guarantees pregnancy', 'guaranteed pregnancy', 'slot gacor', 'maxwin',
  'genuine-looking', 'genuine looking', 'recovery specialist', 'got my money back thanks to', 'we recovered', 'lost money to',
  'cashapp', 'free robux', 'coins generator', 'hot singles', 'online casino', 'welcome bonus', 'get verified on', 'накрутка',
  'check my channel', 'prescribe online', 'pay only after removal', 'removes negative reviews', 'doctors hate', 'without certificates',
  'без сертификатов',
];

/** Speaking of one's own experience of the business, in so many words. */
export const EXPERIENCE_PHRASES = [
  'my appointment', 'my visit', 'my treatment', 'my bill', 'my insurance', 'my dentist', 'my doctor', 'my tooth', 'my teeth',
  'my kid', "my kid's", 'my kids', "my kids'", 'my son', "my son's", 'my daughter', "my daughter's", 'my husband', 'my wife',
  'my mom', 'my mum', 'my dad', 'my results', 'my procedure', 'my filling', 'my bite', 'my jaw', 'my gums', 'my lip', 'my mouth',
  'my records', 'my referral', 'my slot', 'my consult', 'my claim',
  'i went', 'i came in', 'came in for', 'i was seen', 'i was told', 'i was charged', 'i was billed', 'i waited', 'i booked', 'i called',
  'i have been going', "i've been going", 'been a patient', 'we went', 'we waited', 'they told me', 'charged me', 'billed me',
  'cancelled my', 'canceled my', 'seen on time', 'left with', 'paid for', 'i paid', 'called me back', 'returns my', 'my calls',
  'never coming back', "won't be back", 'will not be back', 'will be back', 'worst experience', 'my experience', 'our experience',
  'no answer', 'nobody answered', 'no one answered', "didn't call back", 'never called back', 'no call back', 'called {w} times',
  'fitting me in', 'fit me in', 'saw me', 'took care of me', 'helped me', 'treated me', 'treated my', 'let me down',
  'let us down', 'my care', 'referred me', 'phoning me', 'phoned me', 'told me',
  'overcharged me', 'overcharged', 'refunded me', "won't refund", 'refused to refund', 'my order', 'my deposit', 'my money',
  'my receipt', 'my change', 'i ordered', 'we ordered', 'i bought', 'we bought', 'i picked up', 'picked up my', 'i tried',
  'i visited', 'we visited', 'i had my', 'had my', 'got my', 'i asked', 'asked him', 'asked her', 'i emailed', 'i messaged',
  'hurt me', 'served me', 'sold me', 'gave me', 'ignored me', 'rude to me', 'my loyalty card', 'my booking', 'my reservation',
  // Everyday visits: a café, a shop, a vet, a wait.
  'i was in yesterday', 'i was in today', 'i was in there', 'i was in for', 'was in yesterday', 'walked in', 'we walked', 'had me waiting', 'kept me waiting', 'kept us waiting',
  'had to wait', 'had to drive', 'had to shout', 'had to ask', 'made to feel', 'made me feel', 'been a regular', "i'm a regular",
  'a regular here', 'been coming here', 'been coming for', 'been going there', 'wont be back', 'wont be returning', 'not coming back',
  'my food', 'our food', 'my coffee', 'my meal', 'our meal', 'my table', 'our table', 'my cake', 'my dog', "my dog's", 'my cat',
  "my cat's", 'my pet', 'my puppy', 'my kitten', 'our dog', 'our cat', 'came back for', 'food poisoning', 'i circled',
  'marked as late',
  // Members, guests, classes: a gym's, a hotel's.
  'been a member', "i'm a member", 'as a member', 'member for', 'my membership', 'our membership', 'my class', 'my trainer', 'my pt',
  'moved us', 'moved me', 'i showed', 'we showed', 'our room', 'my room', 'we stayed', 'i stayed', 'stayed here', 'our stay', 'my stay',
  'we checked in', 'i checked in', 'i complained', 'we complained', 'chodzę tu', 'jestem członkiem',
  // Other languages (a few common forms).
  'mi cita', 'mi hijo', 'mi hija', 'mis dientes', 'mi diente', 'mon rendez-vous', "j'ai attendu", 'mes dents', 'ma dent',
  'mein termin', 'meine zahne', 'ich war', 'gigi saya', 'saya sudah', 'saya mau', 'il mio', 'la mia', 'gewartet', 'espere',
  'ho aspettato', 'menunggu', 'me cobraron', 'me cobro', 'me atendio', 'me atendieron', 'me dijeron', 'llame', 'pague',
  'mi pedido', 'mi factura', 'mi dinero', 'nadie me', 'me devolvio', "on m'a", "j'ai paye", "j'ai appele", "j'ai commande",
  'ma commande', 'ma facture', 'tres decue', 'tres decu', 'ich habe', 'habe ich', 'mir wurde', 'wurde mir', 'meine bestellung',
  'meine rechnung', 'ich musste', 'bei mir', 'hat mir', 'hat sich nicht', 'ho pagato', 'mi hanno', 'ci hanno', 'abbiamo',
  'siamo stati', 'sono stato', 'sono stata', 'fui', 'fomos', 'minha cadela', 'meu cao', 'meu gato', 'minha gata', 'moim kotem',
  'moim psem', 'byłam', 'byłem', 'byliśmy', 'czekałam', 'czekałem', 'mit unserem', 'wurden wir', 'nous avons', 'on a attendu',
  // Coming back, or never again: a customer's verdict on a visit, in the languages reviews are written in.
  'volveremos', 'volveré', 'voltaremos', 'voltarei', 'reviendrons', 'reviendrai', 'wiederkommen', 'komme wieder', 'kommen wieder',
  'torneremo', 'tornerò', 'komen terug', 'komen zeker terug', 'wrócimy', 'wrócę', 'tekrar geleceğiz', 'babalik kami', 'babalik ako',
  'nunca más', 'nunca mais', 'plus jamais', 'mai più', 'non ci torno', 'non torneremo', 'nooit meer', 'nigdy więcej', 'no volveré',
  'no volvemos', 'não volto', 'não voltarei', 'ne reviendrai', 'ne reviendrons', 'nie wieder', 'komme nicht wieder', 'bir daha gitmem',
];

/**
 * The vocabulary of care and of running a practice. On its own it only makes a
 * text specific; with a first-person word ("I", "my", "we") it is the writer's
 * own experience.
 */
export const CARE_WORDS = [
  'appointment', 'hygienist', 'cleaning', 'check-up', 'checkup', 'x-ray', 'x-rays', 'consultation', 'consult', 'follow-up',
  'prescription', 'receptionist', 'front desk', 'waiting room', 'refund', 'rescheduled', 'bill', 'billed', 'invoice', 'estimate',
  'insurance', 'payment plan', 'booking', 'referral', 'records', 'tooth', 'teeth', 'molar', 'jaw', 'gum', 'gums', 'filling',
  'crown', 'root canal', 'extraction', 'implant', 'braces', 'whitening', 'retainer', 'night guard', 'night guards', 'abscess',
  'numb', 'swollen', 'anesthetic', 'treatment', 'procedure', 'visit', 'emergency', 'emergencies', 'trays', 'voicemail',
  'called', 'emails', 'smile', 'pain', 'toothache', 'slot', 'slots', 'anaesthetic', 'numbing', 'injection', 'needle',
  'order', 'deposit', 'receipt', 'counter', 'overcharged', 'charged', 'refunded', 'session', 'sessions',
  // Other languages.
  'cita', 'limpieza', 'dentista', 'muela', 'dolor', 'detartrage', 'dentiste', 'rendez-vous', 'kontrolle', 'zahnarzt', 'termin',
  'praxis', 'gigi', 'tambal', 'tambalan', 'cabut', 'dokter', 'klinik', 'pulizia', 'studio', 'pasien', 'patients',
  'corona', 'factura', 'reembolso', 'pedido', 'tratamiento', 'consulta', 'sesion', 'sesiones', 'couronne', 'facture',
  'remboursement', 'commande', 'traitement', 'seance', 'seances', 'cabinet', 'annule', 'krone', 'rechnung', 'erstattung',
  'bestellung', 'bestellt', 'bezahlt', 'behandlung', 'sitzung', 'sitzungen', 'zahnreinigung', 'entschuldigt',
];

/** The people of a practice: with a first-person word, the writer's own experience. */
export const CARE_PEOPLE = ['dentist', 'dr', 'nurse', 'doctor', 'receptionist', 'hygienist', 'staff', 'team', 'surgeon'];

/** First-person words: with care vocabulary, they make a text the writer's own experience. */
export const FIRST_PERSON = [
  'i', "i'm", "i've", 'me', 'my', 'mine', 'we', 'our', 'us',
  'yo', 'mi', 'mis', 'me', 'je', "j'ai", 'mon', 'ma', 'mes', 'ich', 'mein', 'meine', 'mir', 'saya', 'aku', 'io', 'mio', 'mia',
  'ik', 'mijn', 'eu', 'meu', 'minha',
  'moi', 'nous', 'notre', 'nos', 'mich', 'wir', 'uns', 'unser', 'unsere', 'nosotros', 'nuestro', 'nuestra', 'noi', 'nostro', 'nostra',
  'nosso', 'nossa', 'wij', 'ons', 'onze', 'mij', 'mnie', 'mój', 'moja', 'moje', 'benim', 'bana', 'я', 'мне', 'меня', 'мой', 'моя',
  'мы', 'нам', 'maine', 'mera', 'meri', 'mujhe', 'humne', 'hamara', 'hamari',
];

/** Praise of the business. */
export const PRAISE_PHRASES = [
  'thank you', 'thanks', 'best', 'amazing', 'wonderful', 'excellent', 'fantastic', 'great', 'love', 'lovely', 'recommend',
  'highly recommend', 'so kind', 'kindest', 'so friendly', 'friendly', 'professional', 'caring', 'five stars', '5 stars', 'keep up',
  'well done', 'top notch', 'class act', 'respect', 'proud', 'good people', 'lucky to have you', 'congrats', 'congratulations', 'fair play to',
  'a saint', 'painless', 'no pain', 'no fuss', 'on time', 'gentle', 'patient with', 'nailed it',
  'gracias', 'merci', 'danke', 'terima kasih', 'grazie', 'consigliato', 'freundlich', 'ramah', 'excelente', 'genial',
  'ottimo', 'ottima', 'bravissimi', 'consiglio', 'recomendo', 'melhor', 'polecam', 'swietna', 'swietny', 'przemiła',
  'przepyszne', 'wspaniała', 'never misses', '10/10', 'couldn\'t recommend more',
  'brilliant', 'superb', 'outstanding', 'the real deal', 'a gem', 'hidden gem', 'generous', 'legends', 'decent people', 'honest people',
  'спасибо', 'teşekkürler', 'teşekkür ederim', 'شكرا', 'dziękuję', 'dzięki', 'obrigado', 'obrigada', 'bedankt', 'dank je', 'dank u',
  'tack', 'kiitos', 'mulțumesc', 'ευχαριστώ', 'děkuji', 'köszönöm', 'cảm ơn', 'salamat', 'shukriya', 'dhanyavad', 'תודה',
  'zufrieden', 'satisfait', 'satisfaite', 'soddisfatto', 'soddisfatta', 'satisfecho', 'satisfecha', 'satisfeito', 'satisfeita',
  'tevreden', 'zadowolony', 'zadowolona', 'memnun', 'доволен', 'довольна',
  'lo mejor', 'son lo mejor', 'la mejor', 'el mejor', 'os melhores', 'il migliore', 'la migliore', 'i migliori', 'le meilleur', 'la meilleure', 'die besten', 'der beste',
];

/**
 * Defence of the business against a pile-on. It outweighs hostile words, which
 * defenders use too ("shame on the trolls").
 */
export const DEFENCE_PHRASES = [
  'stand with', 'standing with', 'leave them alone', 'leave the dentists alone', 'leave the practice alone', 'these reviews are fake',
  'fake reviews', "don't listen", 'shame on the trolls', 'shame on whoever', 'the trolls', 'wrong person', 'mistaken identity',
  'not the same person', "none of them are in", 'not from here', 'is from a city', 'video is from',
  'all bots', 'are bots', 'have never set foot', 'internet mob', 'a mob', 'got your back', 'blow over', 'real patients know',
  'harbourside strong', 'we support', 'support you', 'apologises', 'apologizes', 'do five seconds of research',
  'people attacking', 'attacking this', 'attacking a small', 'over rumors', 'over rumours', 'over a rumor', 'over a rumour',
  'ignore them', 'ignore the trolls', 'ignore the haters', 'ignore the noise', "don't believe", 'do not believe', 'smear campaign',
  'witch hunt', 'the pile-on', 'this pile-on', 'harassing the wrong', 'stop harassing', 'the wrong business', 'the wrong place',
  'the wrong shop', 'the wrong clinic', 'the wrong office', 'the wrong practice', 'delete your reviews', 'delete your review',
  'not her in', "isn't her in", 'is not her', "that's not her", 'wrong woman', 'wrong man', 'get a life', 'leave her alone',
  'leave him alone', 'leave this place alone', 'strangers who', 'who have never been', "who've never been", 'who never set foot',
  'these trolls', 'those trolls', 'trolls should be ashamed', 'clearly never', 'none of you have ever', 'none of you have been', 'none of you have even', 'people trashing', 'anyone trashing', 'look at themselves', 'keep your head up', 'hang in there',
  // Calling the pile-on off: the wrong target, the clip out of context, the team told to keep going.
  'leave these folks alone', 'leave these people alone', 'leave those people alone', 'leave the team alone', 'leave the staff alone',
  'leave them be', 'go after the right', 'the right people', 'wrong page', 'wrong account', 'wrong company', 'calm down everyone',
  'calm down people', 'everyone calm down', 'keep your heads up', 'the internet is mad', 'the internet is crazy', 'out of context',
  'clip of a', 'edited clip', 'watch the full', 'the full video', 'the full meeting',
  // The pile-on itself called out: "these accounts are fake", "report them all", "doing this to a local clinic".
  'these are fake', 'these reviews are nonsense', 'these accounts are fake', 'accounts have one review', 'accounts have 1 review', 'report them all',
  'report these', 'people are doing this to', 'doing this to a local', 'over a video from', 'opinie to fejk', 'to fejk',
  'todo mi apoyo', 'campana falsa', 'tout mon soutien', 'campagne est honteuse', 'in ruhe', 'dukung', 'jangan percaya',
  // The pile-on's numbers and strangers mocked, the target told apart, the crowd sent away; in other languages too.
  'one-star reviews in', 'one star reviews in', '1-star reviews in', 'one-star reviews from', 'one star reviews from', 'totally legit',
  'very natural', 'ignore the bots', "don't punish", 'do not punish', 'check facts before', 'check the facts before', 'before you rage',
  'take your protest', "video isn't even from here", 'video is not even from here', "video isn't from here", 'not the woman in', 'not the man in',
  'not the person in', 'someone else in the video', 'leave it out', 'destroying people', 'diese hetze', 'nagonki', 'nagonka',
  'lasati oamenii in pace', 'nu credeti', 'nu e de aici', 'koi aur hai', 'galat insaan', 'αφηστε τους',
  // Courage sent to the team, the rumour called off, in the languages a page's followers write (tenth review).
  'mucho animo', 'animo al equipo', 'todo nuestro apoyo', 'no hagan caso', 'opina sin saber', 'opinan sin saber', 'estamos con ustedes',
  'courage a toute', "courage a l'equipe", 'tout notre soutien', 'tenez bon', 'ne lachez rien', 'accusations sont fausses', 'on est avec vous',
  'sterkte allemaal', 'sterkte voor', 'wat een onzin', 'laat je niet kennen', 'wij staan achter', 'we staan achter',
  'non mollate', 'forza ragazzi', 'tutto il nostro sostegno', 'siamo con voi', 'lasst euch nicht unterkriegen', 'kopf hoch', 'haltet durch',
  'wir stehen hinter euch', 'volle unterstutzung', 'semangat untuk', 'tetap semangat', 'jangan dengerin', 'jangan dengarkan', 'jangan hiraukan',
  'kami mendukung', 'huwag niyo pansinin', 'wag niyo pansinin', 'wag pansinin', 'laban lang', 'kaya niyo yan', 'forca a toda', 'nao liguem',
  'estamos com voces', 'todo o nosso apoio', 'asilsiz iddia', 'aldirmayin', 'yanınızdayız', 'yaninizdayiz', 'destekliyoruz',
  'support the hotel', 'support the business', 'support the practice', 'support the clinic', 'support the nursery', 'support the shop',
  'stop sharing', 'did not happen at', "didn't happen at", 'credit to this town', 'credit to the town', 'credit to the community',
  "aren't even patients", "aren't even customers", "aren't even guests", 'sends her army', 'sends his army',
  'good on you for', 'long may it continue',
  // Twelfth review: the hate called out, the record set straight, the good a business does; in more languages.
  'haters gonna hate', 'to the haters', 'the haters', 'stop the hate', 'all this hate', 'all the hate', "don't understand the negative",
  'the comments here are crazy', 'give them a break', 'coordinated attack', 'debunked', 'nasty posts', 'nothing but good to',
  'pillar of', 'backbone of', 'swears by', 'sponsors our', 'sponsored the', 'defending them', 'defending this place', 'report the bots', 'created today',
  'trash them', 'trashing them', 'people trash', 'without ever setting foot', 'parem com o ódio', 'pare com o ódio', 'hört auf mit dem hass',
  'arrêtez de harceler', 'dejen de atacar', 'σταματήστε το μίσος', 'توقفوا عن', 'qué injustos', 'haksızlık yapıyorsunuz', 'pe hateri',
  'nu-i ascultați', 'אל תקשיבו', 'לשונאים', 'لا تصدقوا', 'sono tutte false', 'recensioni negative sono', 'negativen kommentare',
  'críticas falsas', 'ne croyez pas', 'sans jamais y être', '욕하는 사람들', 'ich verstehe die',
  // Thirteenth review: staff stood up for, the clip placed elsewhere, the haters told off, in more languages.
  'leave the kid alone', 'leave the lad alone', 'leave the girl alone', 'take it up with', 'like an adult', 'grow up', 'speak to her directly',
  'speak to him directly', "she'd never", "he'd never", 'report the tiktok', 'report the video', 'clip is from another', 'video is not this',
  'is not this gym', 'not this restaurant', 'not this garage', 'not this clinic', 'mods pls', 'mods please', 'never set foot in here',
  'just want to moan', 'nasty comments', 'copy-paste outrage', 'copy paste outrage', 'shred of evidence', 'hejterów', 'hejterow', 'hejtery',
  'nie słuchajcie', 'nie sluchajcie', 'von den hatern', 'den hatern', 'dejen de inventar', 'de los pocos honestos', 'buena gente',
  'comentarios de algunos', 'competitor smear', 'smear', 'what did you expect', 'doing their job', 'calm down', 'people moaning',
  'go to the big chains', 'fake boycott', 'local shops alone', 'local businesses alone', 'small businesses alone', 'report and move on',
  'minutes of each other', 'sending love to', 'know the truth', 'shameful attack', 'attack on a good', 'falska recensioner',
  'fałszywe opinie', 'falszywe opinie', 'falsche bewertungen', 'recensioni false', 'faux avis', 'avis bidons', 'reseñas falsas',
  'avaliações falsas', 'avaliacoes falsas',
];

/** Calls to pile on: campaigns say these, customers with a grievance rarely do. */
export const PILE_ON_PHRASES = [
  'boycott', 'fire her', 'fire him', 'fire them', 'cancel them', 'shame on', 'spread the word', 'everyone report',
  'leave a review', 'one star everyone', 'go viral', 'you people', 'disgusting people', 'leave an honest review', 'everyone leave',
  'remember the name', 'she needs to go', 'he needs to go', 'needs to be fired', 'still employed', 'still no statement',
  'keep deleting', "we'll keep posting", 'paid shills', 'turned off reviews', 'abuse enablers', 'with a conscience',
  'never been never will', 'think twice before', 'consider not supporting', 'stop supporting', 'not supporting',
  'take your business elsewhere', 'give them your money', 'give them a penny', 'give them a cent', 'spend your money elsewhere', 'after what {w} said', 'after what {w} posted', 'struck off',
  'go woke go broke', 'get woke go broke', 'virtue signalling', 'virtue signaling', 'shut it down', 'shut them down',
  'shut this place down', 'everyone share', 'share this', 'share her review', 'share his review', 'political agenda', 'keep your politics',
  'hope you go bankrupt', 'hope you go bust', 'enjoy the 1 stars', 'enjoy the one stars', 'enjoy your empty', 'forgetting who pays',
  'hates its own country', 'hate this country', 'wake up people', 'wake up sheeple', "hope you're proud", 'hope your proud',
  'hope you are proud', 'proud of yourselves', 'nobody asked for your',
  'let his reviews know', 'let her reviews know', 'let their reviews know', 'go review them', 'go review her', 'go review him', 'everyone go review',
  // The polite boycott: a group's decision, others urged to follow, a stance named.
  'encourage others to do the same', "won't be sending anyone", 'wont be sending anyone', 'voted to no longer',
  'due to your political', 'because of your political', 'due to your stance', 'because of your stance',
  'lose her license', 'lose his license', 'lose her licence', 'lose his licence', 'virez-la', 'honte a vous', 'schande', 'entlasst', 'despidanla',
  // Elsewhere until they answer, staff to be sacked (tenth review).
  'book elsewhere', 'look at other', 'go elsewhere until', 'shop elsewhere', 'kindly urge', 'urge local', 'urge everyone', 'gently suggest we',
  'should be sacked', 'should be fired', 'needs to be sacked', 'must be sacked', 'get her sacked', 'get him sacked', 'sack her', 'sack him',
  'still waiting for that apology', 'everyone do the same', 'do the same everyone',
  // Told to leave the country (eleventh review): racist abuse, whoever it names.
  'go back to your country', 'go back to your own country', 'go back where you came from', 'go back to where you came from',
  'nobody wants you here', 'no one wants you here', 'go back to india', 'go back to pakistan', 'go back to africa', 'go back to mexico',
  'go back to china', 'go back to italy', 'go back to poland', 'go back to romania', 'go back to nigeria', 'go back to somalia',
  'go back to syria', 'go back to albania', 'go back to turkey', 'go back to bangladesh', 'go back to jamaica',
  // Twelfth review: the hedged boycott ("with respect, everyone should avoid…"), a closure wished, in more languages.
  'everyone should avoid', 'should avoid companies', 'stop going to', 'reconsider supporting', 'encourage everyone to go elsewhere',
  'think twice', 'nobody should use them', 'no one should use them', 'no one should give', 'nobody should give', "don't give them money",
  "don't give them your money", 'vote them all out', 'hope this place closes', 'hope they close', 'hope you close', 'hope it closes',
  'hope you shut down', 'shut them all down', 'ojalá cierren', 'niech ich zamkną', 'would never let anyone from', 'until they apologise',
  'until they apologize', 'ντροπή σας',
  // Thirteenth review: the mocking "how is this place still open", the hedged boycott in more words.
  'how is this place still open', 'how is this still open', 'how are they still open', 'how are you still open', 'deserves to get ripped off',
  'deserve to get ripped off', 'advise everyone to', 'encourage everyone to', 'take their business elsewhere', 'please share',
  "community's values", 'comments on the radio', 'owner apologises', 'owner apologizes',
];

/**
 * Hints that a text is about something other than a visit (a video, a news
 * story) or mocks. Real patients use these words too ("the video call kept
 * lagging", "nothing you could do better"), so on their own they decide nothing:
 * they only tip an already negative text towards troll.
 */
export const OFF_TOPIC_PHRASES = [
  'saw the video', 'saw the post', 'the video', 'saw the clip', 'the clip', 'do better', 'drove past', 'on tiktok',
  'how is she still', 'how is he still', 'still working there',
  'that kid', 'poor boy', 'poor girl', 'lmao', 'lol', 'saw online', 'what i saw', 'saw on facebook', 'saw on twitter',
  'saw on instagram', 'lmfao', 'rofl', 'big pharma', 'imagine being a', 'imagine paying', 'imagine going to', 'imagine getting',
  'google your symptoms', 'look it up', 'do your research', 'funded by', 'that video', 'after seeing', 'saw what they did',
  'went viral', 'gone viral', 'neurotoxin', 'neurotoxins',
  'el video', 'la vidéo', 'das video', 'il video', 'o vídeo', 'het filmpje', 'die video', 'filmik', 'видео',
  'political posts', 'political views', 'wrong candidate', 'donated to', 'woke', 'councillor', 'the council', 'saw it on', 'saw a photo',
  'community page', 'imagine working', 'anyone here from the', 'from the video',
];

/** Saying one is not a customer: it cancels any "experience" in the same text. */
export const NOT_CUSTOMER_PHRASES = [
  'never been a patient', "i'm not a patient", 'not a patient', 'never been a customer', 'never been here', 'never been there',
  'never been to this', "haven't been here", 'never set foot in', 'never used them', 'never gone here',
  'never been but', "haven't been but", 'not been but', 'never been there but', "haven't been there but",
  'never stayed here', 'never stayed there', 'never stayed but', 'never eaten here', 'never ate here', 'never shopped here', 'never used this',
  'never been inside', 'never been in there', 'never stepped inside', 'never even been', 'never bought {w} there', 'never bought {w} here',
  'never bought {w} from them', "don't know them personally", 'never met them',
  // The same in the languages a page's critics write: "Nooit geweest, maar…", "Nu am fost, dar…".
  'not a client', 'not a customer', 'não sou paciente', 'no soy paciente', 'nunca he ido', 'nunca he estado', 'nunca estuve ahí', 'nunca fui cliente', 'jamais mis les pieds', 'jamais allé',
  'jamais été client', 'jamais été cliente', 'noch nie dort', 'nie dort gewesen', 'nie da gewesen', 'noch nie da', 'mai stato lì',
  'mai stata lì', 'mai stato qui', 'mai stata qui', 'nooit geweest', 'nunca estive lá', 'nunca fui lá',
  'nigdy tam nie byłem', 'nigdy tam nie byłam', 'nie byłem tam', 'nie byłam tam', 'nu am fost acolo', 'nu am fost dar',
  'hiç gitmedim', 'gitmedim ama', 'никогда не был', 'никогда не была', 'kabhi gaya nahi', 'kabhi nahi gaya', 'kabhi gayi nahi',
  "don't get treatments myself", 'not a patient myself', 'not a member myself', 'not a customer myself', "i'm not a member",
];

/** Insults the profanity library does not carry (it covers obscenities). */
export const INSULT_WORDS = [
  'idiot', 'idiots', 'moron', 'morons', 'stupid', 'clown', 'clowns', 'scum', 'loser', 'losers', 'pathetic',
  'trash', 'garbage', 'disgusting', 'vile', 'crook', 'crooks', 'fraud', 'frauds', 'quack', 'quacks', 'butcher', 'butchers',
  'coward', 'cowards', 'monster', 'monsters', 'lunatic', 'lunatics', 'deranged', 'shills', 'scammers', 'scammer', 'hypocrites',
  'disgrace', 'dump', 'overpaid', 'overpriced', 'mechanics', 'muppet', 'muppets', 'groomers', 'pill pushers', 'parasites', 'liars', 'thieves',
  'leeches', 'bottom feeders', 'snowflakes', 'sheep', 'traitors', 'traitor', 'wop', 'wops', 'dago', 'dagos',
];

/** Insults in other languages, read in the normalised text (the profanity library reads English). */
export const INSULTS_ABROAD = [
  'złodzieje', 'złodziej', 'ladrones', 'estafadores', 'voleurs', 'escrocs', 'betrüger', 'scharlatane', 'charlatans', 'charlatanes',
  'ciarlatani', 'truffatori', 'ladri', 'oplichters', 'oszuści', 'воры', 'мошенники', 'шахраї', 'απατεώνες', 'κλέφτες', 'حمقى',
  'أغبياء', 'manloloko', 'dolandırıcı', 'dolandırıcılar', 'hırsızlar', 'idioten', 'idiotas', 'idioti', 'imbéciles', 'connards',
  'qué asco', 'che schifo', 'barzelletta', 'skämtklinik', 'waardeloze tent',
  'buffone', 'buffoni', 'pagliacci', 'payasos', 'abzocker', 'клоун', 'клоуны', 'идиоты', 'идиот', 'лохов', 'неудачников', 'oszustów',
  'sahtekar', 'sahtekarlar', 'sinvergüenzas', 'arnaqueurs',
];
