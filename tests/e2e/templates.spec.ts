/**
 * Templates with approval, one click where the moderator works. In options a
 * manager edits a built-in draft: the reply check flags "your visit on
 * Tuesday" as they type and Approve stays off; fixed and approved, the popup's
 * Safe replies offers it filled, and Copy puts exactly that on the clipboard.
 * Editing the approved one makes a v2 draft while v1 stays one click;
 * approving v2 retires v1. On the page, a patient's chip offers the approved
 * replies that answer it, and the item's detail in the popup offers "Mark
 * replied" after a copy (copying alone logs nothing).
 */
import type { Page } from '@playwright/test';
import { clickInChip, expect, readChips, readStore, routeFixture, tabIdOf, test, waitForKeelIdle } from './extension';

const POST_URL = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';
const OFFLINE = 'builtin-offline-complaint';
const FILLED_V1 =
  'Thank you for telling us about this. We take every concern seriously and would like to put it right. ' +
  'Please contact Theo Lindqvist at (555) 010-4477 or care@harbourside-dental.example (Mon–Fri 8:00–17:00) so we can talk privately. — Harbourside Dental';
const BODY_V2 =
  'Thank you for raising this. We would like to put it right in private: please contact {managerName} at {phone} or {email}. — {businessName}';
const FILLED_V2 =
  'Thank you for raising this. We would like to put it right in private: please contact Theo Lindqvist at (555) 010-4477 or care@harbourside-dental.example. — Harbourside Dental';

/** What is on the clipboard, read the way a moderator would: pasted into a text box (on a page of the test's own). */
async function pasted(on: Page): Promise<string> {
  await on.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.append(box);
  });
  await on.locator('#paste-here').focus();
  await on.keyboard.press('ControlOrMeta+V');
  const text = await on.locator('#paste-here').inputValue();
  await on.evaluate(() => document.getElementById('paste-here')?.remove());
  return text;
}

async function setName(options: Page, name: string) {
  await options.locator('#mod-name').fill(name);
  await options.locator('#mod-name').locator('..').getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('#mod-name').locator('..').getByRole('status')).toHaveText('Saved.');
}

test('draft → lint-blocked → approved → copied from the popup; v2 replaces v1 only once approved', async ({ context, extensionId, worker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#replies`);
  await setName(options, 'Ada Moss');
  const section = options.locator('#replies');
  // The built-in examples arrive as drafts, once.
  await expect(section.locator('.tpo[data-status="draft"]')).toHaveCount(5);
  await expect(section.locator('.tpo[data-status="approved"]')).toHaveCount(0);

  // The popup, before anything is approved: a calm empty state that leads to Settings › Replies.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const safe = popup.locator('section[aria-labelledby="tpl-h"]');
  await expect(safe.locator('.tpl-none')).toContainText('No approved replies yet — a manager approves them in Settings › Replies.');
  await expect(safe.getByRole('button', { name: 'Open Settings › Replies' })).toBeVisible();

  // Edit the built-in draft: the reply check reports as it is typed, and Approve is off once saved.
  const draft = section.locator(`.tpo[data-template="${OFFLINE}"][data-status="draft"]`);
  await draft.getByRole('button', { name: 'Edit' }).click();
  const body = draft.getByRole('textbox', { name: 'Reply', exact: true });
  const original = await body.inputValue();
  await body.fill(`Sorry about your visit on Tuesday. ${original}`);
  const errors = draft.locator('.f-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText('confirms a patient — “your visit”');
  await expect(errors.nth(1)).toContainText('gives a date or time — “on Tuesday”');
  await draft.getByRole('button', { name: 'Save draft' }).click();
  await expect(section.getByRole('status')).toContainText('Saved the draft “Take a complaint offline” v1.');
  await expect(draft.getByRole('button', { name: 'Approve v1' })).toBeDisabled();
  await expect(draft.locator('.tpo-why')).toContainText('Approve is off until the errors above are fixed.');
  expect((await readStore(worker, 'templates')).find((t) => t.lineage === OFFLINE)).toMatchObject({ status: 'draft', version: 1, body: expect.stringContaining('your visit on Tuesday') });

  // Fixed: the check is clean, and Approve records who, when and which version.
  await draft.getByRole('button', { name: 'Edit' }).click();
  await draft.getByRole('textbox', { name: 'Reply', exact: true }).fill(original);
  await expect(draft.locator('.tpo-ok')).toHaveText('✓ The reply check finds nothing wrong.');
  await draft.getByRole('button', { name: 'Save draft' }).click();
  await draft.getByRole('button', { name: 'Approve v1' }).click();
  const v1 = section.locator(`.tpo[data-template="${OFFLINE}"][data-status="approved"]`);
  await expect(v1.locator('.tpo-approval')).toContainText(/^Approved by Ada Moss, \d{1,2} \w{3} \d{4}.*, version 1$/);
  await expect(section.locator('.tpo[data-status="draft"]')).toHaveCount(4);
  await v1.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'test-results/screens/options-templates.png' });

  // The popup: only the approved reply, filled from the profile; Copy puts exactly that on the clipboard.
  const card = safe.locator('.tpl');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-version', '1');
  await expect(card.locator('.tpl-text')).toHaveText(FILLED_V1);
  await expect(card.locator('.tpl-meta')).toContainText('v1 · approved by Ada Moss');
  await card.getByRole('button', { name: 'Copy reply: Take a complaint offline' }).click();
  await expect(card.getByRole('button', { name: /Copy reply/ })).toHaveText('Copied ✓');
  expect(await pasted(options)).toBe(FILLED_V1);
  // Copying is not replying: nothing is logged.
  expect((await readStore(worker, 'actions')).filter((a) => a.kind === 'replied-offline')).toEqual([]);

  // Edit the approved one: a v2 draft appears, v1 stays one click.
  await v1.getByRole('button', { name: 'Edit (makes draft v2)' }).click();
  await v1.getByRole('textbox', { name: 'Reply', exact: true }).fill(BODY_V2);
  await v1.getByRole('button', { name: 'Save as draft v2' }).click();
  const v2 = section.locator(`.tpo[data-template="${OFFLINE}"][data-status="draft"]`);
  await expect(v2).toHaveAttribute('data-version', '2');
  await expect(v1).toHaveAttribute('data-version', '1');
  await expect(v1.getByRole('button', { name: 'Draft v2 is open' })).toBeDisabled();
  await expect(card).toHaveAttribute('data-version', '1');
  await expect(card.locator('.tpl-text')).toHaveText(FILLED_V1);

  // Approve v2: v1 is retired, and the popup offers v2.
  await v2.getByRole('button', { name: 'Approve v2' }).click();
  const approved = section.locator(`.tpo[data-template="${OFFLINE}"][data-status="approved"]`);
  await expect(approved).toHaveAttribute('data-version', '2');
  await expect(section.locator(`.tpo[data-template="${OFFLINE}"][data-status="retired"]`)).toHaveAttribute('data-version', '1');
  await expect(card).toHaveAttribute('data-version', '2');
  await expect(card.locator('.tpl-text')).toHaveText(FILLED_V2);
  await approved.getByText('History (2 versions)').click();
  await expect(approved.locator('.tpo-history li')).toHaveText([/^v2: Approved, approved by Ada Moss/, /^v1: Retired, approved by Ada Moss/]);

  const rows = (await readStore(worker, 'templates')).filter((t) => t.lineage === OFFLINE).sort((a, b) => Number(a.version) - Number(b.version));
  expect(rows.map((r) => [r.version, r.status, r.approvedBy])).toEqual([
    [1, 'retired', 'Ada Moss'],
    [2, 'approved', 'Ada Moss'],
  ]);
  const log = (await readStore(worker, 'actions')).filter((a) => a.kind === 'configured' && String(a.detail).startsWith('Template “Take a complaint offline”'));
  expect(log.map((a) => [a.actor, a.cause, a.detail])).toEqual([
    ['Ada Moss', 'moderator', 'Template “Take a complaint offline” v1: draft edited'],
    ['Ada Moss', 'moderator', 'Template “Take a complaint offline” v1: draft edited'],
    ['Ada Moss', 'moderator', 'Template “Take a complaint offline” v1: approved by Ada Moss'],
    ['Ada Moss', 'moderator', 'Template “Take a complaint offline” v2: new draft from approved v1; v1 stays approved until this one is'],
    ['Ada Moss', 'moderator', 'Template “Take a complaint offline” v2: approved by Ada Moss'],
    ['Ada Moss', 'moderator', 'Template “Take a complaint offline” v1: retired, replaced by v2'],
  ]);
  await popup.screenshot({ path: 'test-results/screens/popup-replies.png', fullPage: true });
});

test('a patient’s chip and item detail offer the approved replies that answer it; Log reply (chip) and Mark replied (popup) log the reply', async ({ context, extensionId, worker }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
  await routeFixture(context, 'https://www.facebook.com/**', 'facebook/page-post.html');
  // A manager approved the built-in set (through the same messages options sends).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async () => {
    const send = async (type: string, payload: unknown) => {
      const r = (await chrome.runtime.sendMessage({ keel: 1, type, payload })) as { ok: boolean; data: unknown; error?: string };
      if (!r.ok) throw new Error(r.error);
      return r.data;
    };
    await send('settings/moderator-name', { name: 'Ada Moss' });
    await send('templates/seed', {});
  });
  const drafts = (await readStore(worker, 'templates')).filter((t) => t.lineage !== 'builtin-thank-supporter');
  await options.evaluate(async (ids) => {
    for (const id of ids) {
      const r = (await chrome.runtime.sendMessage({ keel: 1, type: 'templates/approve', payload: { id } })) as { ok: boolean; error?: string };
      if (!r.ok) throw new Error(r.error);
    }
  }, drafts.map((d) => d.id));

  const page = await context.newPage();
  await page.goto(POST_URL);
  await waitForKeelIdle(page, 8);
  const chips = await readChips(page);
  const patient = chips.findIndex((c) => c.label === 'Patient / customer');
  const troll = chips.findIndex((c) => c.label === 'Troll');
  expect(patient).toBeGreaterThanOrEqual(0);
  await page.locator('keel-chip').nth(patient).click();
  await expect.poll(async () => (await readChips(page))[patient]?.texts.join(' ')).toContain('Copy one, paste it on the page, then Log reply once it is posted.');
  const texts = (await readChips(page))[patient]?.texts ?? [];
  expect(texts).toContain('Approved replies');
  // The reply made for a patient's complaint first.
  const names = texts.filter((t) => / · v\d+$/.test(t));
  expect(names[0]).toBe('Take a complaint offline · v1');
  expect(names.sort()).toEqual(['Answer a question · v1', 'Negative review (patient or not) · v1', 'Take a complaint offline · v1']);
  expect(texts).toContain(FILLED_V1);
  // The supporter's thanks was not approved: never offered, nor an answer meant for other labels.
  expect(texts.join(' ')).not.toContain('Thank you for your kind words');
  await page.screenshot({ path: 'test-results/screens/chip-replies.png' });
  await clickInChip(page, patient, 'Copy');
  await expect.poll(async () => (await readChips(page))[patient]?.texts.filter((t) => /^Cop/.test(t))).toContain('Copied ✓');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(FILLED_V1);
  // Copying logged nothing; "Log reply" records it as posted, naming the reply; Undo is a new row.
  const repliedRows = async () => (await readStore(worker, 'actions')).filter((a) => a.kind === 'replied-offline' || a.kind === 'undone');
  expect(await repliedRows()).toEqual([]);
  await clickInChip(page, patient, 'Log reply');
  await expect.poll(async () => (await readChips(page))[patient]?.texts).toContain('Logged as replied ✓');
  await page.screenshot({ path: 'test-results/screens/chip-reply-logged.png' });
  expect(await repliedRows()).toMatchObject([{ kind: 'replied-offline', actor: 'Ada Moss', detail: 'With template “Take a complaint offline” v1' }]);
  const patientKey = (await repliedRows())[0]?.itemKey;
  expect((await readStore(worker, 'items')).find((i) => i.key === patientKey)).toMatchObject({ label: 'genuine' });
  await clickInChip(page, patient, 'Undo');
  await expect.poll(async () => (await readChips(page))[patient]?.texts).toContain('Undone: not logged as replied.');
  const [fromChip, undoneRow] = await repliedRows();
  expect(undoneRow).toMatchObject({ kind: 'undone', undoes: fromChip?.seq, itemKey: patientKey });
  // A troll's panel offers no reply at all.
  await page.keyboard.press('Escape');
  await page.locator('keel-chip').nth(troll).click();
  await expect.poll(async () => (await readChips(page))[troll]?.panelOpen).toBe(true);
  expect((await readChips(page))[troll]?.texts).not.toContain('Approved replies');

  // The popup's item detail: a troll offers no reply; relabelled a patient, it offers the approved answers.
  // Copy, then Mark replied, which is what logs the reply.
  const key = 'facebook:1005';
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 1100 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, POST_URL)}`);
  await popup.locator(`.flag-open[data-open="${key}"]`).click();
  const detail = popup.locator('.detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Gil Brandt');
  await expect(detail.locator('.item-replies')).toHaveCount(0);
  await detail.getByText('Not right? Set the label').click();
  await detail.getByRole('button', { name: 'Patient / customer' }).click();
  const replies = popup.locator('.item-replies');
  await replies.getByRole('button', { name: 'Copy reply: Take a complaint offline' }).click();
  expect((await readStore(worker, 'actions')).filter((a) => a.kind === 'replied-offline' && a.itemKey === key)).toEqual([]);
  await replies.getByRole('button', { name: 'Mark replied' }).click();
  await expect(replies.getByRole('status')).toHaveText('Replied offline: logged.');
  const logged = (await readStore(worker, 'actions')).filter((a) => a.kind === 'replied-offline' && a.itemKey === key);
  expect(logged).toMatchObject([{ itemKey: key, actor: 'Ada Moss', detail: 'With template “Take a complaint offline” v1' }]);
});
