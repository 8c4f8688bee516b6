/**
 * The steps themselves, one builder per label or playbook, each worded for a
 * tired moderator and naming the platform's own control. Ids are stable (the
 * log stores them) and shared where the meaning is the same ("tell-staff" is
 * the same chore on a threat and on an extortion), so a relabelled item keeps
 * what was already done.
 */
import { CONTROLS, type Controls, FACEBOOK_RECOMMENDATION } from './controls';
import type { Step } from './types';

const step = (id: string, text: string, action: Step['action'], how?: string): Step => (how ? { id, text, how, action } : { id, text, action });
const rule = (id: string, text: string, how?: string): Step => (how ? { id, text, how, action: null, rule: true } : { id, text, action: null, rule: true });
const some = (...steps: (Step | null | false)[]): Step[] => steps.filter((s): s is Step => !!s);

export interface Where {
  controls: Controls;
  /** The report menu, in the platform's words. */
  report: string;
  /** A review (Google, Yelp, Trustpilot, a Facebook recommendation): the business cannot remove it itself. */
  review: boolean;
}

export function whereFor(platform: keyof typeof CONTROLS, report: string, facebookRecommendation: boolean): Where {
  const controls = CONTROLS[platform];
  if (facebookRecommendation) {
    return { controls: { ...controls, hide: null, delete: null, reviews: true }, report: FACEBOOK_RECOMMENDATION, review: true };
  }
  return { controls, report, review: controls.reviews };
}

const capture = step('capture', 'Capture it as evidence, before anything else', 'captured', 'Keel keeps the text, a screenshot and a hash');
const dontEngage = rule('dont-engage', 'Do not reply or argue, in public or in private');
const followReport = (w: Where) =>
  w.review && step('follow-report', 'Check the report after a few days; ask again if it was turned down', null, 'The platform tells the business account what it decided');

function removal(w: Where, spam: boolean): Step[] {
  const c = w.controls;
  return some(
    !!c.hide && !spam && step('hide', 'Hide it', 'hidden', c.hide),
    !!c.delete && step('delete', spam ? 'Delete it' : 'Delete it, once captured', 'deleted', c.delete),
    !c.delete && !!c.hide && spam && step('hide', 'Hide it', 'hidden', c.hide),
    !!c.ban && step('ban', 'Ban or block its author', 'banned', c.ban),
    !!c.filter && step('filter', 'Filter the words it repeats', null, c.filter),
  );
}

export function trollSteps(w: Where, report: Step): Step[] {
  return some(
    capture,
    dontEngage,
    report,
    ...removal(w, false),
    w.review &&
      step(
        'owner-response',
        'If you answer at all: once, with the approved reply for a reviewer who may or may not be a patient',
        'replied-offline',
        `${w.controls.reply}. Never say whether they are a patient`,
      ),
    followReport(w),
  );
}

export function spamSteps(w: Where, report: Step): Step[] {
  return some(report, ...removal(w, true), followReport(w));
}

export function threatSteps(w: Where, report: Step): Step[] {
  return some(
    capture,
    dontEngage,
    step('tell-staff', 'Tell the staff it names, and your manager, privately', 'escalated', 'In person or by phone; not on the page'),
    step('police', 'If it is credible, call the police (the emergency number if anyone is in danger now)', null, 'The incident’s Police packet holds the evidence with its hashes'),
    report,
    !!w.controls.ban && step('ban', 'Then ban or block its author', 'banned', w.controls.ban),
    followReport(w),
  );
}

export function extortionSteps(w: Where): Step[] {
  return some(
    rule('dont-pay', 'Do not pay, offer anything, or bargain: paying brings more demands and removes nothing'),
    capture,
    step(
      'gather',
      'Gather the rest: the demand itself (email, text, WhatsApp…), the reviews that came with it, dates, the sender’s details',
      null,
      'Screenshots of the messages; the author’s history lists their other items',
    ),
    step('report-extortion', 'Report the extortion to the platform', 'reported', w.controls.extortion),
    step('tell-staff', 'Tell your manager; the police too if it threatens anyone', 'escalated'),
  );
}

export function genuineSteps(w: Where): Step[] {
  return [
    { id: 'acknowledge', text: 'Acknowledge it in time', how: 'Read it in full and decide who owns it; the reply below is the public acknowledgement', action: null, deadline: true },
    step('reply-offline', 'Reply once, with an approved offline reply', 'replied-offline', `${w.controls.reply}. Never name a visit, treatment, date or amount`),
    step('contact', 'Contact them privately, from your own records', 'contacted', 'Phone or email; not in the thread'),
    step('follow-up', 'Follow up: check it was put right', null),
    step('resolve', 'Resolve it: note in the log how it ended (not in public)', null),
    rule('never-delete', 'Never delete, hide or ban a real patient’s or customer’s complaint'),
  ];
}

export function supporterSteps(w: Where): Step[] {
  return [
    rule('let-them-speak', 'Let them speak: leave it up, and never ask anyone to post for you'),
    step('thank', 'Thank them if you like, without confirming anyone is a patient', null, w.controls.reply),
  ];
}

export function unclearSteps(): Step[] {
  return [
    step('read', 'Read it in full, and the thread around it', null),
    step('history', 'Look at the author’s history', null, 'Below, under “This author”'),
    rule('decide-first', 'Until you know, do not delete it or reply: set the label when you do'),
  ];
}

/** The smear-campaign playbook, for the incident as a whole. */
export function smearSteps(w: Where): Step[] {
  const c = w.controls;
  return some(
    step('capture', 'Capture evidence of every item before anything comes down', 'captured', 'Capture on each item; the report and the dispute file use it'),
    step('dispute', 'Dispute with the platform: report the campaign’s items', 'reported', `${c.dispute}. The Dispute CSV lists each item with the reason to pick`),
    c.delete || c.hide
      ? step('delete-pile-on', 'Delete the pile-on comments (never a real patient’s complaint)', c.delete ? 'deleted' : 'hidden', c.delete ?? c.hide ?? undefined)
      : step('delete-pile-on', 'Get the pile-on taken down: you cannot delete reviews here, so follow each report until it is decided', null, c.dispute),
    !!c.ban && step('ban', 'Ban the people taking part', 'banned', c.ban),
    step('tell-staff', 'Tell your staff privately what is happening, and that nobody answers in public', null, 'In person or your internal chat; not from personal accounts'),
    step('tell-customers', 'Tell customers privately, if they ask or are affected', null, 'At the desk, by phone or email from your records; never on the page'),
    rule('no-public-defence', 'No public defence: do not argue, explain or post about it beyond the approved holding reply'),
    rule('let-supporters-speak', 'Let supporters speak: leave their comments up, and do not ask anyone to post'),
    step('keep-watching', 'Keep watching the page for a few days: campaigns come back in waves', null),
    step('close-report', 'Close with a report: open it, check it, keep it', null, 'The incident’s Report button'),
  );
}
