import { describe, expect, test } from 'vitest';
import { BurstDetector } from '../../utils/classify/burst';
import { NearDuplicateIndex, signature, similarity } from '../../utils/classify/minhash';
import { buildRoster, hashName, normaliseName, onRoster } from '../../utils/classify/roster';
import { createStreamClassifier, type StreamInput } from '../../utils/classify/stream';
import { approxPostedAt } from '../../utils/time';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('near-copies (MinHash)', () => {
  const base = 'This dentist fired a nurse for posting the truth, boycott them all and leave one star';
  test.each([
    ['the same text', base, true],
    ['small edits', 'This dentist FIRED a nurse for posting the truth!! boycott them all, leave one star', true],
    ['a few words changed', 'This dentist fired a nurse for posting the truth, boycott them and leave a one star review', true],
    ['a different complaint', 'I waited two hours for my cleaning and the receptionist was rude to my mother', false],
  ])('%s → near-copy: %s', (_, text, copy) => {
    const a = signature(base);
    const b = signature(text);
    expect(a && b && similarity(a, b) >= 0.5).toBe(copy);
  });

  test('very short texts are never called copies', () => {
    expect(signature('Shame on you')).toBeNull();
  });

  test('counts only copies within the window before the item', () => {
    const index = new NearDuplicateIndex(2 * 60 * MIN);
    const sig = signature(base);
    index.add(sig, 0);
    index.add(sig, 10 * MIN);
    expect(index.count(sig, 20 * MIN)).toBe(2);
    expect(index.count(sig, 5 * MIN)).toBe(1); // the later one is not "before"
    index.add(sig, 200 * MIN);
    expect(index.count(sig, 300 * MIN)).toBe(1); // the first two are out of the window
    expect(index.count(signature('Completely unrelated words about the weather and the sea today'), 20 * MIN)).toBe(0);
  });
});

describe('bursts against the page baseline', () => {
  test('a quiet page: six negative first-time items in half an hour is a burst, five is not', () => {
    const b = new BurstDetector();
    b.watched(0);
    for (let i = 0; i < 5; i++) b.add(14 * DAY + i * MIN);
    expect(b.state(14 * DAY + 10 * MIN)).toMatchObject({ count: 5, active: false });
    b.add(14 * DAY + 6 * MIN);
    expect(b.state(14 * DAY + 10 * MIN)).toMatchObject({ count: 6, active: true, windowMinutes: 30 });
    // Half an hour later the window has moved on.
    expect(b.state(14 * DAY + 45 * MIN).active).toBe(false);
  });

  test('a busy page needs far more than its usual rate', () => {
    const b = new BurstDetector();
    // Two weeks of 5 negative first-time items every half hour.
    for (let t = 0; t < 14 * DAY; t += 6 * MIN) b.add(t);
    const now = 14 * DAY + 30 * MIN;
    for (let i = 0; i < 10; i++) b.add(14 * DAY + i * MIN);
    const s = b.state(now);
    expect(s.baseline).toBeCloseTo(5, 0);
    expect(s.active).toBe(false);
    for (let i = 10; i < 25; i++) b.add(14 * DAY + i * MIN);
    expect(b.state(now).active).toBe(true);
  });
});

describe('roster', () => {
  test('names are normalised before hashing, and only hashes are kept', () => {
    expect(normaliseName("  Dr. Ána O'Neil-Smith ")).toBe('ana oneil smith');
    const roster = buildRoster('salt-1', ['Ana O’Neil-Smith', 'Ben Ito']);
    expect([...roster.hashes]).toEqual([hashName('salt-1', 'ana oneil smith'), hashName('salt-1', 'Ben Ito')]);
    expect([...roster.hashes].join(' ')).not.toMatch(/ana|ben/i);
    expect(hashName('salt-1', 'Ben Ito')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashName('salt-2', 'Ben Ito')).not.toBe(hashName('salt-1', 'Ben Ito'));
  });

  test.each([
    ['BEN ITO', true],
    ['ben  ito', true],
    ['Dr Ben Ito', true],
    ['Ben Itoh', false],
    ['', false],
  ])('%j on the roster: %s', (name, expected) => {
    expect(onRoster(buildRoster('s', ['Ben Ito']), name)).toBe(expected);
  });
});

describe('relative times', () => {
  test.each([
    ['3h', 180],
    ['40m', 40],
    ['2 days ago', 2880],
    ['an hour ago', 60],
    ['Just now', 0],
  ])('%j is %d minutes before it was seen', (text, minutes) => {
    expect(approxPostedAt(text, 1e12)).toBe(1e12 - minutes * MIN);
  });
  test.each(['yesterday', '1 j', '', 'Monday'])('%j is unknown', (text) => {
    expect(approxPostedAt(text, 1e12)).toBeNull();
  });
});

describe('stream classifier: campaigns, history, roster', () => {
  const profile = { businessName: 'Harbourside Dental', services: ['cleaning', 'crown'], staff: ['Dr. Imani Okafor'], roster: ['Ben Ito'] };
  let n = 0;
  const item = (t: number, name: string, text: string, extra: Partial<StreamInput> = {}): StreamInput => ({
    id: `i${++n}`,
    platform: 'google-maps',
    kind: 'review',
    author: { name, profileUrl: `https://maps.example/contrib/${name.replace(/\W/g, '')}` },
    text,
    rating: 1,
    postedAt: new Date(t).toISOString(),
    ...extra,
  });

  test('a pile-on of near-copies from strangers becomes a campaign; a real patient inside it does not', () => {
    const c = createStreamClassifier(profile);
    const start = Date.parse('2026-11-01T09:00:00Z');
    // Two quiet weeks.
    for (let d = 0; d < 14; d++) {
      c.next(item(start + d * DAY, `Regular ${d}`, 'Lovely team, my cleaning was quick and painless.', { rating: 5 }));
    }
    const t0 = start + 14 * DAY;
    const results = [];
    for (let i = 0; i < 30; i++) {
      results.push(c.next(item(t0 + i * MIN, `Stranger ${i}`, `Disgusting clinic, they fired a nurse for telling the truth, zero stars ${i % 3 ? '!!' : ''}`)));
    }
    const patient = c.next(item(t0 + 31 * MIN, 'Ada Murr', 'My crown came loose last week and nobody called me back.', { rating: 2 }));
    const rosterPatient = c.next(item(t0 + 32 * MIN, 'Ben Ito', 'Disgusting clinic, they fired a nurse for telling the truth, zero stars'));

    const late = results.slice(10);
    expect(late.every((r) => r.label === 'troll' && r.campaign)).toBe(true);
    expect(late[0]?.reasons.join(' ')).toMatch(/near-identical|burst/);
    expect(patient).toMatchObject({ label: 'genuine', campaign: false });
    expect(rosterPatient.label).toBe('genuine');
    expect(rosterPatient.reasons[0]).toContain('roster');
  });

  /** Two quiet weeks, then `n` one-star strangers a minute apart: the page is in a burst after them. */
  function inBurst(c: ReturnType<typeof createStreamClassifier>, n = 8): number {
    const start = Date.parse('2026-03-01T09:00:00Z');
    for (let d = 0; d < 14; d++) c.next(item(start + d * DAY, `Regular ${d}`, 'Lovely team, my cleaning was quick and painless.', { rating: 5 }));
    const t0 = start + 14 * DAY;
    for (let i = 0; i < n; i++) c.next(item(t0 + i * MIN, `Angry ${i}`, `Zero stars, these people are a disgrace ${'!'.repeat(i)}`));
    return t0 + n * MIN;
  }

  test('in a pile-on, a complaint about one of your services in its own words is read by a person, never called a troll', () => {
    const c = createStreamClassifier(profile);
    const t = inBurst(c);
    const crown = c.next(item(t, 'Jo Penn', 'Crown STILL loose, third week now. Nothing to do with that video, just fix it.', { rating: 2 }));
    const cleaning = c.next(item(t + 10_000, 'Max Orr', 'Cleaning booked for 9, seen at 10:15. Again.', { rating: 2 }));
    // With abuse or the campaign's tags it is still the pile-on's.
    const tagged = c.next(item(t + 20_000, 'Vic Dane', 'Your cleaning is a joke #boycottharbourside', { rating: 1 }));
    expect(crown).toMatchObject({ label: 'unclear', campaign: true });
    expect(crown.reasons.join(' ')).toMatch(/Names one of your services, with no abuse, during a pile-on/);
    expect(['genuine', 'unclear']).toContain(cleaning.label);
    expect(tagged.label).toBe('troll');
  });

  test('in a pile-on, a stranger joining it with a jab of their own is a troll; an onlooker asking what happened is not', () => {
    const c = createStreamClassifier(profile);
    const t = inBurst(c);
    const jab = c.next(item(t, 'Kim Vale', 'so this is the place everyone is on about, figures honestly', { rating: null, kind: 'comment' }));
    const laugh = c.next(item(t + 10_000, 'Rob Sands', 'she really thought she did something there 🙄', { rating: null, kind: 'comment' }));
    const onlooker = c.next(item(t + 20_000, 'Lee Moss', 'wait what happened', { rating: null, kind: 'comment' }));
    const praise = c.next(item(t + 30_000, 'Ana Pryce', 'Best dentist in town, ignore the mob', { rating: 5 }));
    expect(jab).toMatchObject({ label: 'troll', campaign: true });
    expect(jab.reasons.join(' ')).toMatch(/burst/);
    expect(jab.reasons).toContain('A first-time author joining a pile-on, with no experience of your business behind it.');
    expect(laugh).toMatchObject({ label: 'troll', campaign: true });
    expect(onlooker).toMatchObject({ label: 'unclear', campaign: true });
    expect(praise.label).not.toBe('troll');
  });

  test("a stranger's one-star complaint copied nearly word for word minutes after another's is for a person to read, not a customer's", () => {
    const c = createStreamClassifier(profile);
    const text = 'Booked a cleaning for my daughter and they scraped her gums raw, she cried all the way home. Never again!';
    const first = c.next(item(0, 'Pat Orr', text, { rating: 1 }));
    const copy = c.next(item(2 * MIN, 'Sam Hale', text.replace('all the way home', 'the whole way home').replace('Never again!', 'Never again.'), { rating: 1 }));
    expect(first.label).toBe('genuine');
    expect(copy).toMatchObject({ label: 'unclear', campaign: true });
    expect(copy.reasons).toContain('A first-time author repeating, nearly word for word, an item posted minutes before.');
    // Two customers' praise may well read alike: copies of a happy review are not doubted.
    const happy = 'My cleaning was quick and the hygienist was so gentle with my nervous son, thank you all';
    c.next(item(3 * DAY, 'Joy Bell', happy, { rating: 5 }));
    expect(c.next(item(3 * DAY + MIN, 'Ray Bell', `${happy}!`, { rating: 5 })).label).toBe('genuine');
  });

  test('results never depend on items that come after', () => {
    const lines = [
      item(0, 'A', 'Boycott these clowns'),
      item(MIN, 'B', 'Are you open on Saturday?', { rating: null }),
      item(2 * MIN, 'C', 'Boycott these clowns!!'),
    ];
    const whole = createStreamClassifier(profile, { salt: 's' });
    const all = lines.map((l) => whole.next(l));
    const prefix = createStreamClassifier(profile, { salt: 's' });
    expect(lines.slice(0, 2).map((l) => prefix.next(l))).toEqual(all.slice(0, 2));
  });

  test("a moderator's earlier label for the author informs the next item", () => {
    const key = 'google-maps:https://maps.example/contrib/GilBrandt';
    const c = createStreamClassifier(profile, { moderatorLabels: new Map([[key, 'genuine' as const]]) });
    const r = c.next(item(0, 'Gil Brandt', 'Shame on you, still no refund #justice'));
    expect(r.label).toBe('genuine');
    expect(r.reasons[0]).toBe('You marked this author as a patient or customer before.');
  });
});
