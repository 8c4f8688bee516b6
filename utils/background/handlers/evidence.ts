/**
 * Evidence capture. A row holds the item's text, author, permalink and time as
 * Keel stored them, the PNG of the item cropped from a screenshot of the
 * visible tab (or null), and a SHA-256 over exactly those (utils/evidence).
 * Rows are never changed: a screenshot taken later (a threat seen off screen
 * first) is a row of its own, with its own time and hash, and the earlier
 * text-only row stays as it was. Each capture is written to the audit log.
 *
 * The browser allows tabs.captureVisibleTab only with activeTab (granted when
 * the moderator clicks Keel's toolbar button on the tab) or access to all
 * sites: the per-site access Keel holds for the business's pages is not
 * enough (Chromium's PermissionsData::CanCaptureVisiblePage). When the browser
 * refuses, the text is stored and the moderator is told how to get a picture.
 */
import { browser } from 'wxt/browser';
import { activeWorkspace, DEFAULT_RULES, type EvidenceRow, type KeelDb, type StoredItem } from '../../db';
import { evidenceHash, type EvidenceFields, shortHash } from '../../evidence/canonical';
import { cropBox } from '../../evidence/crop';
import type { ToContent } from '../../messaging/protocol';
import { type CaptureResult, type evidenceMessages, type Shot, ShotSchema } from '../../messaging/msg-evidence';
import type { HandlersOf, SenderInfo } from '../../messaging/server';
import { pageKey } from '../../page-key';
import { ActionError, AUTO, recordAction } from '../actions';
import { refreshBadge } from '../alerts';
import { moderatorName, watchedTab } from '../context';
import { tabStates } from '../tab-state';

export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** A screenshot, or why there is none (a sentence for the moderator). */
export type ShotOutcome = { png: Blob } | { png: null; why: string };

const NO_PERMISSION =
  'No screenshot: the browser lets Keel take one only after you click Keel’s button in the toolbar on this tab. Click it, then capture again.';

/** Chromium allows two captures a second: captures wait their turn, a little over half a second apart. */
const CAPTURE_GAP_MS = 550;
let turn: Promise<unknown> = Promise.resolve();
let lastCapture = 0;

function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const run = turn.then(async () => {
    const wait = lastCapture + CAPTURE_GAP_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await job();
    } finally {
      lastCapture = Date.now();
    }
  });
  turn = run.catch(() => undefined);
  return run;
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const bin = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Screenshots the visible tab of `windowId` once and crops it to each of
 * `shots` (in the worker: no page sees the picture). One picture serves every
 * item on screen at that moment: the browser allows two a second.
 */
export async function takeShots(windowId: number, shots: readonly Shot[]): Promise<ShotOutcome[]> {
  let dataUrl: string;
  try {
    dataUrl = await inTurn(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const why = /activeTab|all_urls|permission/i.test(message) ? NO_PERMISSION : `No screenshot: the browser refused (${message}).`;
    return shots.map(() => ({ png: null, why }));
  }
  const bitmap = await createImageBitmap(new Blob([dataUrlBytes(dataUrl) as BlobPart], { type: 'image/png' }));
  try {
    const out: ShotOutcome[] = [];
    for (const shot of shots) out.push(await crop(bitmap, shot));
    return out;
  } finally {
    bitmap.close();
  }
}

async function crop(bitmap: ImageBitmap, shot: Shot): Promise<ShotOutcome> {
  const box = cropBox(shot.rect, bitmap, { dpr: shot.dpr, viewportWidth: shot.viewport.width });
  if (!box) return { png: null, why: 'No screenshot: the item was not on screen.' };
  const canvas = new OffscreenCanvas(box.sw, box.sh);
  const ctx = canvas.getContext('2d');
  if (!ctx) return { png: null, why: 'No screenshot: the browser could not crop it.' };
  ctx.drawImage(bitmap, box.sx, box.sy, box.sw, box.sh, 0, 0, box.sw, box.sh);
  return { png: await canvas.convertToBlob({ type: 'image/png' }) };
}

export interface StoreInput {
  item: StoredItem;
  png: Blob | null;
  auto: boolean;
  actor: string;
  /** The audit log's sentence, before the hash ("Captured with screenshot"). */
  detail: string;
}

/** Stores one evidence row and its `captured` action, in one transaction. */
export async function storeEvidence(db: KeelDb, input: StoreInput, now: number): Promise<EvidenceRow> {
  const { item } = input;
  const fields: EvidenceFields = {
    itemKey: item.key,
    platform: item.platform,
    pageUrl: item.pageUrl,
    permalink: item.permalink,
    author: { name: item.author.name, profileUrl: item.author.profileUrl },
    text: item.text,
    postedAt: item.postedAt,
    postedText: item.postedText,
    capturedAt: now,
  };
  // The bytes are read before the transaction: IndexedDB commits a transaction that waits on anything else.
  const bytes = input.png ? new Uint8Array(await input.png.arrayBuffer()) : null;
  const sha256 = evidenceHash(fields, bytes);
  const row: EvidenceRow = {
    id: crypto.randomUUID(),
    ...fields,
    workspaceId: item.workspaceId,
    incidentId: item.incidentId,
    capturedBy: input.actor,
    auto: input.auto,
    label: item.label,
    screenshot: bytes ? new Blob([bytes as BlobPart], { type: 'image/png' }) : null,
    sha256,
  };
  await db.transaction('rw', [db.evidence, db.items, db.actions, db.summaries], async () => {
    await db.evidence.add(row);
    await recordAction(
      db,
      { kind: 'captured', actor: input.actor, cause: input.auto ? AUTO : 'moderator', itemKey: item.key, detail: `${input.detail}, sha256 ${shortHash(sha256)}` },
      now,
    );
  });
  return row;
}

/** The item, if it is on the page the sending tab shows. */
async function itemOnTab(db: KeelDb, key: string, sender: SenderInfo): Promise<{ item: StoredItem; tabId: number }> {
  const tab = await watchedTab(db, sender);
  const item = await db.items.get(key);
  if (!item) throw new ActionError('No such item.');
  if (item.pageKey !== pageKey(tab.url) || sender.tabId === null) throw new EvidenceError('That item is not on this page.');
  return { item, tabId: sender.tabId };
}

/** The window to screenshot, if `tabId` is the tab in front of it (captureVisibleTab shows only that one). */
async function frontWindow(tabId: number): Promise<number | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.active && tab.windowId !== undefined ? tab.windowId : null;
}

/** An open tab Keel reads that shows the item's page: the one in front of its window first. (Also the cleanup queue's.) */
export async function tabShowing(item: StoredItem): Promise<{ tabId: number; active: boolean } | null> {
  const states = await tabStates();
  const found: { tabId: number; active: boolean }[] = [];
  for (const tab of await browser.tabs.query({})) {
    const state = tab.id === undefined ? undefined : states.get(tab.id);
    if (tab.id !== undefined && state?.pageId && pageKey(state.url) === item.pageKey) found.push({ tabId: tab.id, active: !!tab.active });
  }
  return found.find((t) => t.active) ?? found[0] ?? null;
}

/** Asks the content script in `tabId` to bring the item on screen and say where it is; `highlight` marks it for a moment (the cleanup queue, never a capture). */
export async function locate(tabId: number, key: string, highlight = false): Promise<Shot | null> {
  const message: ToContent = highlight ? { keel: 1, type: 'item/locate', key, highlight } : { keel: 1, type: 'item/locate', key };
  const answer = await browser.tabs.sendMessage(tabId, message).catch(() => null);
  const parsed = ShotSchema.nullable().safeParse(answer);
  return parsed.success ? parsed.data : null;
}

/** "No screenshot: the tab is behind. Do this." → "no screenshot: the tab is behind", for the audit log's one line. */
const reason = (why: string) => `${why.charAt(0).toLowerCase()}${why.slice(1).split('. ')[0]?.replace(/\.$/, '') ?? ''}`;

const resultOf = (row: EvidenceRow, outcome: ShotOutcome): CaptureResult => ({
  id: row.id,
  capturedAt: row.capturedAt,
  screenshot: row.screenshot !== null,
  sha256: row.sha256,
  why: outcome.png ? null : outcome.why,
  note: outcome.png ? 'Captured with screenshot.' : `Text captured. ${outcome.why}`,
});

/** Screenshot of `shot` in `tabId` if it is in front; else why not. */
async function shotIn(tabId: number, shot: Shot | null, notFront: string): Promise<ShotOutcome> {
  if (!shot) return { png: null, why: 'No screenshot: the item could not be found on the page.' };
  const windowId = await frontWindow(tabId);
  if (windowId === null) return { png: null, why: notFront };
  return (await takeShots(windowId, [shot]))[0] as ShotOutcome;
}

type AutoAnswer = { status: 'off' | 'done' | 'captured' | 'waiting'; note: string };

/** Stores a threat's automatic capture: the screenshot when there is one, else its text the first time (`before`: its earlier captures). */
async function autoCapture(db: KeelDb, item: StoredItem, outcome: ShotOutcome, before: number): Promise<AutoAnswer> {
  const actor = 'Keel';
  if (outcome.png) {
    const detail = before
      ? 'Threat captured automatically: screenshot taken when it came on screen (the earlier text-only record is kept)'
      : 'Threat captured automatically, with screenshot';
    await storeEvidence(db, { item, png: outcome.png, auto: true, actor, detail }, Date.now());
    return { status: 'captured', note: 'Captured automatically, with screenshot.' };
  }
  if (!before) {
    await storeEvidence(db, { item, png: null, auto: true, actor, detail: `Threat captured automatically, text only (${reason(outcome.why)})` }, Date.now());
  }
  return { status: 'waiting', note: `Text captured automatically. ${outcome.why}` };
}

export function evidenceHandlers(db: KeelDb): HandlersOf<typeof evidenceMessages> {
  return {
    'evidence/capture': async ({ key, shot }, sender) => {
      const actor = await moderatorName(db);
      let item: StoredItem;
      let outcome: ShotOutcome;
      if (sender.kind === 'content') {
        const on = await itemOnTab(db, key, sender);
        item = on.item;
        if (!shot) throw new EvidenceError('Say where the item is on screen.');
        outcome = await shotIn(on.tabId, shot, 'No screenshot: this tab is not in front.');
      } else {
        const found = await db.items.get(key);
        if (!found) throw new ActionError('No such item.');
        item = found;
        const tab = await tabShowing(item);
        if (!tab) outcome = { png: null, why: 'No screenshot: no open tab shows this item.' };
        else if (!tab.active) outcome = { png: null, why: 'No screenshot: the tab showing this item is not in front. Switch to it and capture again.' };
        else outcome = await shotIn(tab.tabId, await locate(tab.tabId, key), 'No screenshot: the tab showing it is not in front.');
      }
      const row = await storeEvidence(
        db,
        { item, png: outcome.png, auto: false, actor, detail: outcome.png ? 'Captured with screenshot' : `Captured text only (${reason(outcome.why)})` },
        Date.now(),
      );
      // A moderator's capture means the item has been looked at.
      refreshBadge(db);
      return resultOf(row, outcome);
    },

    'evidence/auto': async ({ threats }, sender) => {
      const tab = await watchedTab(db, sender);
      const tabId = sender.tabId;
      if (tabId === null) throw new EvidenceError('That item is not on this page.');
      const keys = threats.map((t) => t.key);
      const items = await db.items.bulkGet(keys);
      // Per item: how many captures it has, and whether one has a screenshot.
      const earlier = new Map<string, { count: number; screenshot: boolean }>();
      for (const row of await db.evidence.where('itemKey').anyOf(keys).toArray()) {
        const seen = earlier.get(row.itemKey);
        earlier.set(row.itemKey, { count: (seen?.count ?? 0) + 1, screenshot: !!seen?.screenshot || row.screenshot !== null });
      }
      const rulesOf = new Map<string, boolean>();
      const autoOn = async (workspaceId: string) => {
        let on = rulesOf.get(workspaceId);
        if (on === undefined) {
          const rules = (await db.workspaces.get(workspaceId))?.rules ?? (await activeWorkspace(db)).rules ?? DEFAULT_RULES;
          on = rules.autoCaptureThreats;
          rulesOf.set(workspaceId, on);
        }
        return on;
      };
      // What each threat needs, before any screenshot: one picture then serves all those on screen.
      const plan: Array<{ key: string; answer: AutoAnswer } | { key: string; item: StoredItem; shot: Shot | null; before: number }> = [];
      for (const [i, { key, shot }] of threats.entries()) {
        const item = items[i];
        const seen = earlier.get(key) ?? { count: 0, screenshot: false };
        if (!item || item.pageKey !== pageKey(tab.url)) plan.push({ key, answer: { status: 'off', note: 'That item is not on this page.' } });
        else if (!(await autoOn(item.workspaceId))) plan.push({ key, answer: { status: 'off', note: 'Threats are not captured automatically in this workspace.' } });
        else if (item.label !== 'threat') plan.push({ key, answer: { status: 'off', note: 'Only threats are captured automatically.' } });
        else if (seen.screenshot) plan.push({ key, answer: { status: 'done', note: 'Captured before, with a screenshot.' } });
        else plan.push({ key, item, shot, before: seen.count });
      }
      const wanted = plan.flatMap((p) => ('item' in p && p.shot ? [p.shot] : []));
      const windowId = wanted.length ? await frontWindow(tabId) : null;
      const pictures = windowId === null ? [] : await takeShots(windowId, wanted);
      const results: Array<AutoAnswer & { key: string }> = [];
      let next = 0;
      for (const p of plan) {
        if ('answer' in p) {
          results.push({ key: p.key, ...p.answer });
          continue;
        }
        const outcome: ShotOutcome = !p.shot
          ? { png: null, why: 'No screenshot yet: the item was not on screen.' }
          : (pictures[next++] ?? { png: null, why: 'No screenshot yet: the tab is not in front.' });
        // One that cannot be stored (removed meanwhile, storage trouble) does not cost the others theirs.
        const answer = await autoCapture(db, p.item, outcome, p.before).catch(
          (err: unknown): AutoAnswer => ({ status: 'off', note: `Not captured: ${err instanceof Error ? err.message : String(err)}` }),
        );
        results.push({ key: p.key, ...answer });
      }
      return { results };
    },

    'evidence/status': async ({ key }, sender) => {
      if (sender.kind === 'content') await itemOnTab(db, key, sender);
      const rows = await db.evidence.where('itemKey').equals(key).sortBy('capturedAt');
      const last = rows[rows.length - 1];
      const screenshots = rows.filter((r) => r.screenshot).length;
      return { count: rows.length, screenshots, last: last ? { capturedAt: last.capturedAt, auto: last.auto } : null };
    },
  };
}
