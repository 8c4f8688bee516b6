/**
 * Checklists and playbooks in the popup. An item's detail shows its platform ×
 * label checklist (a troll on Facebook: Facebook's own controls and report
 * reasons); ticking "Report it" records a `reported` action and marks the item;
 * unticking adds an undo row. A genuine complaint shows the genuine playbook
 * with the acknowledgement deadline and no delete step. An incident's smear
 * playbook writes `step` actions carrying the incident's id; a manual
 * incident's playbook is the moderator's pick.
 */
import type { Locator, Page } from '@playwright/test';
import { addComment, expect, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const GIL = 'facebook:1005';
const DANA = 'facebook:1001';

async function openPage(context: import('@playwright/test').BrowserContext): Promise<Page> {
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  return page;
}

async function openPopup(context: import('@playwright/test').BrowserContext, worker: import('@playwright/test').Worker, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 1200 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, POST_URL)}`);
  return popup;
}

const stepIds = (list: Locator) => list.locator('li[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
const doneOf = async (worker: import('@playwright/test').Worker, key: string) =>
  ((await readStore(worker, 'items')).find((i) => i.key === key)?.done ?? {}) as Record<string, number>;
const itemActions = async (worker: import('@playwright/test').Worker, key: string) => (await readStore(worker, 'actions')).filter((a) => a.itemKey === key);

test('an item’s checklist: the platform’s own steps; ticking writes the log and the item, unticking is an undo; a genuine complaint gets its playbook', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await openPage(context);
  const popup = await openPopup(context, worker, extensionId);

  // A troll on Facebook: Facebook's controls, in order, and its report reasons.
  await popup.locator(`.flag-open[data-open="${GIL}"]`).click();
  const detail = popup.locator('.detail');
  const list = detail.getByTestId('checklist');
  await expect(list.getByRole('heading')).toHaveText(/^Checklist: Troll on Facebook 0 of 5 done$/);
  expect(await stepIds(list)).toEqual(['capture', 'dont-engage', 'report', 'hide', 'delete', 'ban']);
  await expect(list.locator('[data-step="hide"] .step-how')).toContainText('Hide comment');
  await expect(list.locator('[data-step="ban"] .step-how')).toContainText('Ban from page');
  await expect(list.locator('[data-step="report"] .step-how')).toContainText('Comment menu (…) → Report comment. Pick the closest option to “Bullying, harassment or abuse”.');
  await list.getByText('Facebook’s 5 report reasons').click();
  await expect(list.locator('.step-more li')).toHaveCount(5);
  // "Do not engage" is a rule: said, not ticked.
  await expect(list.locator('[data-step="dont-engage"]')).toContainText('Rule');
  await expect(list.locator('[data-step="dont-engage"] input')).toHaveCount(0);

  // Tick "Report it": a `reported` row from the checklist, the item marked, and the "Do and record" button agrees.
  const reported = list.getByRole('checkbox', { name: 'Report it to the platform' });
  await reported.check();
  await expect(reported).toBeChecked();
  await expect(list.locator('[data-step="report"] .step-when')).toHaveText(/^Done \d\d:\d\d$/);
  await expect(list.getByRole('heading')).toContainText('1 of 5 done');
  await expect(detail.getByRole('button', { name: '✓ Reported' })).toBeVisible();
  await expect.poll(async () => (await doneOf(worker, GIL)).reported).toEqual(expect.any(Number));
  const report = (await itemActions(worker, GIL)).find((a) => a.kind === 'reported');
  expect(report).toMatchObject({ kind: 'reported', detail: 'Checklist: Report it to the platform', actor: 'Moderator', cause: 'moderator' });
  await popup.screenshot({ path: 'test-results/screens/popup-checklist.png', fullPage: true });

  // Untick: an undo row naming it; the reported row stays; the item is no longer marked.
  await reported.uncheck();
  await expect(reported).not.toBeChecked();
  await expect.poll(async () => (await itemActions(worker, GIL)).map((a) => a.kind)).toEqual(['reported', 'undone']);
  expect((await itemActions(worker, GIL))[1]).toMatchObject({ undoes: report?.seq, detail: 'No longer marked reported.' });
  expect((await doneOf(worker, GIL)).reported).toBeUndefined();
  await expect(detail.getByRole('button', { name: 'Reported to the platform' })).toBeVisible();

  // Capture from the checklist stores real evidence; evidence is never unticked.
  const capture = list.getByRole('checkbox', { name: 'Capture it as evidence, before anything else' });
  await capture.check();
  await expect(capture).toBeChecked();
  await expect(capture).toBeDisabled();
  await expect(list.locator('[data-step="capture"]')).toContainText('Evidence is kept');
  await expect.poll(async () => (await readStore(worker, 'evidence')).filter((e) => e.itemKey === GIL).length).toBe(1);

  // Marked elsewhere ("Do and record" → Hidden): the checklist shows it ticked.
  await detail.getByRole('button', { name: 'Hidden', exact: true }).click();
  await expect(list.getByRole('checkbox', { name: 'Hide it' })).toBeChecked();

  // A real patient's complaint: Dana follows it up with an angry comment; her history opens the complaint itself.
  await detail.getByRole('button', { name: '← Back to this page' }).click();
  await addComment(page, {
    id: '1012',
    name: 'Dana Whitlow',
    profile: 'https://www.facebook.com/dana.whitlow.52',
    text: 'Boycott these clowns. Fire her now #shame',
    label: 'Comment by Dana Whitlow just now',
  });
  await popup.locator('.flag-open[data-open="facebook:1012"]').click();
  await detail.getByRole('button', { name: /^Open this item: I waited/ }).click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Dana Whitlow');
  await expect(list).toHaveAttribute('data-playbook', 'genuine');
  await expect(list.getByRole('heading')).toHaveText(/^Checklist: Genuine complaint on Facebook 0 of 5 done$/);
  expect(await stepIds(list)).toEqual(['acknowledge', 'reply-offline', 'contact', 'follow-up', 'resolve', 'never-delete']);
  for (const name of [/delete/i, /hide/i, /ban/i, /report/i]) await expect(list.getByRole('checkbox', { name })).toHaveCount(0);
  await expect(list.locator('[data-step="never-delete"]')).toContainText('Rule Never delete, hide or ban');

  // The deadline: the workspace's target (60 min by default) from when Keel first saw it.
  const dana = (await readStore(worker, 'items')).find((i) => i.key === DANA);
  const due = list.getByTestId('ack-deadline');
  await expect(due).toHaveAttribute('data-due', String((dana?.firstSeenAt as number) + 60 * 60_000));
  // A deadline after midnight names its day too ("Due by 25 Nov, 00:20"): the run may start at any hour.
  await expect(due).toHaveText(/^Due by (?:\d{1,2} \p{L}+, )?\d\d:\d\d: (?:\d+ min|1 h) left \(target 1 h from first seen\)\.$/u);
  await expect(due).not.toHaveClass(/overdue/);

  // Acknowledge: a `step` row with the step's id; untick: its undo.
  const ack = list.getByRole('checkbox', { name: 'Acknowledge it in time' });
  await ack.check();
  await expect(due).toHaveText(/^Acknowledged in time \(due (?:\d{1,2} \p{L}+, )?\d\d:\d\d\)\.$/u);
  await expect.poll(async () => (await itemActions(worker, DANA)).map((a) => [a.kind, a.detail])).toEqual([['step', 'acknowledge']]);
  const step = (await itemActions(worker, DANA))[0];
  await popup.screenshot({ path: 'test-results/screens/popup-checklist-genuine.png', fullPage: true });
  await ack.uncheck();
  await expect(due).toHaveText(/^Due by/);
  await expect
    .poll(async () => (await itemActions(worker, DANA)).map((a) => [a.kind, a.detail, a.undoes ?? null]))
    .toEqual([
      ['step', 'acknowledge', null],
      ['undone', 'Step unticked: acknowledge', step?.seq],
    ]);
});

test('an incident’s playbook: smear campaign for a burst, ticks are `step` actions with the incident’s id', async ({ context, worker, extensionId }) => {
  const page = await openPage(context);
  // A pile-on: near-copies from first-time authors open an incident.
  for (let i = 0; i < 4; i++) {
    await addComment(page, {
      id: String(1100 + i),
      name: `Pat Stranger ${i}`,
      profile: `https://www.facebook.com/pat.stranger.${i}`,
      text: `They fired a nurse for telling the truth, disgusting people, zero stars${'!'.repeat(i)}`,
      label: `Comment by Pat Stranger ${i} just now`,
    });
  }
  await expect.poll(async () => (await readStore(worker, 'incidents')).length).toBe(1);
  const incident = (await readStore(worker, 'incidents'))[0] as { id: string; trigger: string };
  expect(incident.trigger).toBe('burst');

  const popup = await openPopup(context, worker, extensionId);
  const pb = popup.getByTestId('playbook');
  await expect(pb).toHaveAttribute('data-playbook', 'smear');
  await expect(pb.locator('summary')).toHaveText(/^Playbook: Smear campaign 0 of 8 done$/);
  await expect(pb.getByRole('radio')).toHaveCount(0);
  expect(await stepIds(pb)).toEqual([
    'capture', 'dispute', 'delete-pile-on', 'ban', 'tell-staff', 'tell-customers', 'no-public-defence', 'let-supporters-speak', 'keep-watching', 'close-report',
  ]);
  await expect(pb.locator('[data-step="no-public-defence"] input')).toHaveCount(0);
  await expect(pb.locator('[data-step="dispute"] .step-count')).toHaveText(/^0 of \d+ items marked$/);

  await pb.getByRole('checkbox', { name: /^Capture evidence of every item/ }).check();
  await pb.getByRole('checkbox', { name: /^Tell your staff privately/ }).check();
  await expect(pb.locator('summary')).toContainText('2 of 8 done');
  const steps = async () =>
    (await readStore(worker, 'actions')).filter((a) => a.kind === 'step').map((a) => [a.incidentId, a.itemKey, a.detail]);
  await expect.poll(steps).toEqual([
    [incident.id, null, 'Done: capture'],
    [incident.id, null, 'Done: tell-staff'],
  ]);
  await pb.getByRole('checkbox', { name: /^Tell your staff privately/ }).uncheck();
  await expect.poll(steps).toEqual([
    [incident.id, null, 'Done: capture'],
    [incident.id, null, 'Done: tell-staff'],
    [incident.id, null, 'Not done: tell-staff'],
  ]);
  expect(Object.keys((await readStore(worker, 'incidents'))[0]?.steps as object)).toEqual(['capture']);
  await popup.locator('[data-testid="incident"]').screenshot({ path: 'test-results/screens/popup-playbook.png' });
});

test('a manual incident: the moderator picks the playbook, and the pick is kept and logged', async ({ context, worker, extensionId }) => {
  await openPage(context);
  const popup = await openPopup(context, worker, extensionId);
  await popup.getByRole('button', { name: 'Start an incident for this page' }).click();
  const pb = popup.getByTestId('playbook');
  await expect(pb).toHaveAttribute('data-playbook', 'smear');
  await expect(pb).toContainText('Suggested from its items');
  await expect(pb.getByRole('radio', { name: 'Smear campaign' })).toBeChecked();

  await pb.getByRole('radio', { name: 'Threat' }).check();
  await expect(pb).toHaveAttribute('data-playbook', 'threat');
  await expect(pb).toContainText('Chosen by a moderator.');
  expect(await stepIds(pb)).toEqual(['capture', 'dont-engage', 'tell-staff', 'police', 'report', 'ban']);
  await pb.getByRole('radio', { name: 'Extortion' }).check();
  await expect(pb).toHaveAttribute('data-playbook', 'extortion');
  await expect(pb.locator('[data-step="report-extortion"] .step-how')).toContainText('Scam, fraud or spam');
  await expect(pb.locator('[data-step="dont-pay"]')).toContainText('Rule Do not pay');

  const incident = (await readStore(worker, 'incidents'))[0] as { id: string; steps: Record<string, number> };
  await expect.poll(async () => Object.keys(((await readStore(worker, 'incidents'))[0] as typeof incident).steps)).toEqual(['playbook:extortion']);
  const logged = (await readStore(worker, 'actions')).filter((a) => a.kind === 'step').map((a) => [a.incidentId, a.detail]);
  expect(logged).toEqual([
    [incident.id, 'Done: playbook:threat'],
    [incident.id, 'Done: playbook:extortion'],
    [incident.id, 'Not done: playbook:threat'],
  ]);
  // It survives the popup closing.
  await popup.reload();
  await expect(popup.getByTestId('playbook')).toHaveAttribute('data-playbook', 'extortion');
  await expect(popup.getByTestId('playbook').getByRole('radio', { name: 'Extortion' })).toBeChecked();
});
