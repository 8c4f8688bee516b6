/**
 * Reply templates in the database: saving drafts, approving and retiring
 * versions (the workflow is utils/templates/store.ts), seeding the built-in
 * examples, the filled approved replies a chip offers, and the check of a
 * reply typed in the platform's own box. Every change is
 * stored together with its audit-log row ('configured', by the moderator).
 */
import { activeWorkspace, type KeelDb, type TemplateRow, workspaceOrActive } from '../../db';
import type { templateMessages } from '../../messaging/msg-templates';
import type { HandlersOf } from '../../messaging/server';
import { pageKey } from '../../page-key';
import { lintReply } from '../../lint/reply';
import { offers, type Planned, planApprove, planRetire, planSave, REPLY_LABELS, seedRows, TemplateError } from '../../templates/store';
import { recordAction } from '../actions';
import { moderatorName, watchedTab } from '../context';

/** The name set in Settings › Your name, if any: an approval must say who approved. */
async function namedModerator(db: KeelDb): Promise<string | null> {
  const name = (await db.settings.get('moderatorName'))?.value;
  return typeof name === 'string' && name.trim() ? name.trim() : null;
}

async function workspaceOf(db: KeelDb, workspaceId: string | undefined) {
  if (workspaceId === undefined) return activeWorkspace(db);
  const ws = await db.workspaces.get(workspaceId);
  if (!ws) throw new TemplateError('No such workspace.');
  return ws;
}

/** Stores what was planned and logs each change, in one transaction. */
async function apply(db: KeelDb, workspaceId: string, plan: Planned, actor: string, now: number): Promise<void> {
  for (const row of plan.rows) await db.templates.put(row);
  for (const detail of plan.details) {
    await recordAction(db, { kind: 'configured', actor, cause: 'moderator', detail, workspaceId }, now);
  }
}

/** The row `id` and every row of its lineage. */
async function lineageOf(db: KeelDb, id: string): Promise<{ row: TemplateRow; rows: TemplateRow[] }> {
  const row = await db.templates.get(id);
  if (!row) throw new TemplateError('No such template.');
  const rows = await db.templates.where('lineage').equals(row.lineage).filter((r) => r.workspaceId === row.workspaceId).toArray();
  return { row, rows };
}

const TABLES = (db: KeelDb) => [db.templates, db.workspaces, db.settings, db.items, db.actions, db.summaries];

export function templateHandlers(db: KeelDb): HandlersOf<typeof templateMessages> {
  return {
    'templates/save': async ({ id, workspaceId, ...fields }) =>
      db.transaction('rw', TABLES(db), async () => {
        const actor = await moderatorName(db);
        const now = Date.now();
        if (id === undefined) {
          const ws = await workspaceOf(db, workspaceId);
          const plan = planSave([], fields, ws.id, now, () => crypto.randomUUID());
          await apply(db, ws.id, plan, actor, now);
          return plan.row;
        }
        const { row, rows } = await lineageOf(db, id);
        if (workspaceId !== undefined && workspaceId !== row.workspaceId) throw new TemplateError('That template belongs to another workspace.');
        const plan = planSave(rows, { id, ...fields }, row.workspaceId, now, () => crypto.randomUUID());
        await apply(db, row.workspaceId, plan, actor, now);
        return plan.row;
      }),

    'templates/approve': async ({ id }) =>
      db.transaction('rw', TABLES(db), async () => {
        const approver = await namedModerator(db);
        if (!approver) throw new TemplateError('Set your name first (Settings › Your name): an approval records who approved.');
        const { row, rows } = await lineageOf(db, id);
        const ws = await db.workspaces.get(row.workspaceId);
        if (!ws) throw new TemplateError('No such workspace.');
        const now = Date.now();
        const plan = planApprove(rows, id, ws.profile, approver, now);
        await apply(db, ws.id, plan, approver, now);
        return plan.row;
      }),

    'templates/retire': async ({ id }) =>
      db.transaction('rw', TABLES(db), async () => {
        const { row, rows } = await lineageOf(db, id);
        const now = Date.now();
        const plan = planRetire(rows, id, now);
        await apply(db, row.workspaceId, plan, await moderatorName(db), now);
        return plan.row;
      }),

    'templates/seed': async ({ workspaceId }) =>
      db.transaction('rw', [db.templates, db.workspaces, db.settings], async () => {
        const ws = await workspaceOf(db, workspaceId);
        const existing = await db.templates.where('workspaceId').equals(ws.id).toArray();
        const rows = seedRows(existing, ws.id, Date.now(), () => crypto.randomUUID());
        if (rows.length) await db.templates.bulkAdd(rows);
        return { added: rows.length };
      }),

    'templates/for-item': async ({ key }, sender) => {
      // Only for an item of the sender's own page, as its chip asks.
      const tab = await watchedTab(db, sender);
      const item = await db.items.get(key);
      if (!item || item.pageKey !== pageKey(tab.url)) throw new TemplateError('Replies can only be asked for an item of this page.');
      if (!REPLY_LABELS.includes(item.label)) return { replies: [] };
      const ws = await db.workspaces.get(item.workspaceId);
      if (!ws) return { replies: [] };
      const rows = await db.templates.where('workspaceId').equals(ws.id).filter((r) => r.status === 'approved').toArray();
      const replies = offers(rows, ws.profile, { label: item.label, platform: item.platform })
        .filter((o) => o.fits)
        .slice(0, 50)
        .map((o) => ({ id: o.row.id, name: o.row.name, version: o.row.version, text: o.text }));
      return { replies };
    },
    'reply/lint': async ({ text, platform }, sender) => {
      // Only on one of the business's pages, checked against that page's workspace.
      const tab = await watchedTab(db, sender);
      const ws = await workspaceOrActive(db, tab.workspaceId);
      return text.trim() ? lintReply(text, { profile: ws.profile, platform }) : { errors: [], warnings: [] };
    },
  };
}
