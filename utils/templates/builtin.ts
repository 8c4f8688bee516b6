/**
 * The built-in starting set of replies. They are examples: a practice manager
 * reviews and approves its own before a moderator relies on them. None of them
 * confirms that anyone is a patient, names a treatment, date or amount, or
 * argues in public; each takes the conversation offline.
 */
export interface ReplyTemplate {
  id: string;
  name: string;
  /** When to use it, in a moderator's words. */
  scenario: string;
  body: string;
  example: boolean;
}

export const BUILTIN_TEMPLATES: readonly ReplyTemplate[] = [
  {
    id: 'builtin-offline-complaint',
    name: 'Take a complaint offline',
    scenario: 'A patient or customer with a real complaint.',
    body:
      'Thank you for telling us about this. We take every concern seriously and would like to put it right. ' +
      'Please contact {managerName} at {phone} or {email} ({hours}) so we can talk privately. — {businessName}',
    example: true,
  },
  {
    id: 'builtin-negative-review',
    name: 'Negative review (patient or not)',
    scenario: 'A negative review where you cannot say whether the author is a patient. The wording is the same either way.',
    body:
      'We are sorry to read this. We cannot discuss anyone’s care in public, but we would welcome the chance to talk. ' +
      'Please call {phone} or email {email} and ask for {managerName}. — {businessName}',
    example: true,
  },
  {
    id: 'builtin-thank-supporter',
    name: 'Thank a supporter',
    scenario: 'Someone speaks up for you. Thank them without confirming they are a patient.',
    body: 'Thank you for your kind words. We will share them with the whole team. — {businessName}',
    example: true,
  },
  {
    id: 'builtin-holding-statement',
    name: 'Holding statement (pile-on)',
    scenario: 'Many strangers are commenting at once. Post once, then do not engage.',
    body:
      'We are aware of the comments on this page and are gathering the facts. If you have a concern about our services, ' +
      'please contact us directly at {phone} or {email}. — {businessName}',
    example: true,
  },
];
