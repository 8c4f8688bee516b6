// Plain constants shared by the content script and the extension pages. No Zod
// here: the content script imports this and must stay small.

export const LABELS = ['threat', 'troll', 'spam', 'genuine', 'supporter', 'unclear'] as const;
export type Label = (typeof LABELS)[number];

/** Labels a moderator must look at first: they drive the flagged list and the counts. */
export const FLAGGED_LABELS: readonly Label[] = ['threat', 'troll', 'spam'];

export const LABEL_TEXT: Record<Label, { name: string; hint: string }> = {
  threat: { name: 'Threat', hint: 'Keep evidence, do not reply, tell staff and police, report.' },
  troll: { name: 'Troll', hint: 'Not a customer. Do not engage: capture, hide, ban, report.' },
  spam: { name: 'Spam', hint: 'Promotion or scam. Hide or delete and report as spam.' },
  genuine: { name: 'Patient / customer', hint: 'A real person with a real experience. Reply with an approved offline template. Do not delete.' },
  supporter: { name: 'Supporter', hint: 'Someone speaking up for you. Let them speak; thank without confirming anyone is a patient.' },
  unclear: { name: 'Unclear', hint: 'Too little to go on. Read it yourself before acting.' },
};

/** How the classifier's reason for an item the business itself posted begins (utils/classify, byBusiness). */
export const BUSINESS_REASON = 'Posted by your business';

/** Whether an item's reasons say the business posted it (its own page's comment, or an owner's response). */
export const postedByBusiness = (reasons: readonly string[]): boolean => reasons.some((why) => why.startsWith(BUSINESS_REASON));

/**
 * Whether the business itself posted a stored item: labelled so by Keel, not by a
 * moderator (a moderator's label stands for itself). Counted apart from Supporters.
 */
export const isOwnItem = (item: { labelSource: string; reasons: readonly string[] }): boolean => item.labelSource === 'auto' && postedByBusiness(item.reasons);

/** The chip of an item the business posted: it is labelled supporter, but is shown as the business's own. */
export const OWN_TEXT = { name: 'Your page', hint: 'Posted by your business (its page, or its reply). Nothing to moderate; shown so it is not taken for anyone else.' };
