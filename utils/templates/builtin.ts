/**
 * The built-in starting set of replies. They are examples: each workspace gets
 * them as drafts the first time its replies are listed (see store.ts,
 * `seedRows`), and a practice manager reads and approves its own before a
 * moderator can copy one with a click. None of them confirms that anyone is a
 * patient, names a person, a treatment, a date or an amount, or argues in
 * public; each answer to a person gives a private way to continue.
 */
import type { Label } from '../labels';

export interface ReplyTemplate {
  /** The lineage its versions share in every workspace ("builtin-…"). */
  id: string;
  name: string;
  /** When to use it, in a moderator's words. */
  scenario: string;
  body: string;
  /** The labels of the items it answers; none: a statement for the page (a pile-on). */
  labels: readonly Label[];
  example: boolean;
}

export const BUILTIN_TEMPLATES: readonly ReplyTemplate[] = [
  {
    id: 'builtin-offline-complaint',
    name: 'Take a complaint offline',
    scenario: 'A patient or customer with a real complaint. Reply once, then continue in private.',
    body:
      'Thank you for telling us about this. We take every concern seriously and would like to put it right. ' +
      'Please contact {managerName} at {phone} or {email} ({hours}) so we can talk privately. — {businessName}',
    labels: ['genuine'],
    example: true,
  },
  {
    id: 'builtin-negative-review',
    name: 'Negative review (patient or not)',
    scenario: 'A negative review when you cannot tell whether the author is a patient. The same words either way.',
    body:
      'We are sorry to read this. We cannot discuss anyone’s care in public, but we would welcome the chance to talk. ' +
      'Please call {phone} or email {email} and ask for {managerName}. — {businessName}',
    labels: ['genuine', 'unclear'],
    example: true,
  },
  {
    id: 'builtin-thank-supporter',
    name: 'Thank a supporter',
    scenario: 'Someone speaks up for you. Thank them without confirming that they, or anyone, is a patient.',
    body: 'Thank you for your kind words. We will share them with the whole team. — {businessName}',
    labels: ['supporter'],
    example: true,
  },
  {
    id: 'builtin-holding-statement',
    name: 'Holding statement (pile-on)',
    scenario: 'Many strangers are commenting at once. Post it once on the page, then do not engage with the pile-on.',
    body:
      'We are aware of the comments on this page and are gathering the facts. If you have a concern about our services, ' +
      'please contact us directly at {phone} or {email}. — {businessName}',
    labels: [],
    example: true,
  },
  {
    id: 'builtin-answer-question',
    name: 'Answer a question',
    scenario: 'Someone asks about the business (opening times, how to book, whether you offer something).',
    body:
      'Thanks for asking. The quickest way to get an answer is to call us at {phone} or email {email}; ' +
      'we are open {hours}. — {businessName}',
    labels: ['unclear', 'genuine', 'supporter'],
    example: true,
  },
];
