import { type KeelDb, activeWorkspace } from '../../db';
import type { incidentMessages } from '../../messaging/msg-incidents';
import type { HandlersOf, SenderInfo } from '../../messaging/server';
import { pageKey } from '../../page-key';
import { ActionError, recordAction } from '../actions';
import { refreshBadge } from '../alerts';
import { moderatorName, watchedTab } from '../context';
import { attachItems, openIncident, setIncidentStatus, tickStep } from '../incidents';
import { keepWorkerAlive, runJob, startJob } from '../jobs';
import { lookupPage } from '../pages';
import { undoAction } from '../undo';

/** A content script may act only on items of the page its tab shows. */
async function onlyPage(db: KeelDb, sender: SenderInfo): Promise<string | null> {
  return sender.kind === 'content' ? (await watchedTab(db, sender)).url : null;
}

export function incidentHandlers(db: KeelDb): HandlersOf<typeof incidentMessages> {
  return {
    'incidents/open': async ({ pageUrl, title, itemKeys }) => {
      const found = await lookupPage(db, pageUrl, null);
      const workspaceId = found?.page.workspaceId ?? (await activeWorkspace(db)).id;
      const incident = await openIncident(db, { pageKey: pageKey(pageUrl), pageUrl, workspaceId, title, itemKeys }, await moderatorName(db), Date.now());
      refreshBadge(db);
      return incident;
    },
    'incidents/status': async ({ id, status }) => {
      const incident = await setIncidentStatus(db, id, status, await moderatorName(db), Date.now());
      refreshBadge(db);
      return incident;
    },
    'incidents/step': async ({ id, step, done }) => tickStep(db, id, step, done, await moderatorName(db), Date.now()),
    'incidents/attach': async ({ id, itemKeys }) => ({ attached: await attachItems(db, id, itemKeys, await moderatorName(db), Date.now()) }),
    'actions/record': async (request, sender) => {
      const only = await onlyPage(db, sender);
      if (only !== null) {
        const item = request.itemKey ? await db.items.get(request.itemKey) : undefined;
        if (!item || item.pageKey !== pageKey(only)) throw new ActionError('Only items of this page can be acted on here.');
      }
      if (!request.itemKey && !request.authorKey && !request.incidentId) throw new ActionError('Say what the action is about: an item, an author or an incident.');
      const row = await recordAction(
        db,
        { ...request, actor: await moderatorName(db), cause: 'moderator', detail: request.detail || `Marked ${request.kind}.` },
        Date.now(),
      );
      refreshBadge(db);
      return row;
    },
    'actions/undo': async ({ seq }, sender) => {
      const row = await undoAction(db, seq, { actor: await moderatorName(db), onlyPageUrl: await onlyPage(db, sender) }, Date.now());
      refreshBadge(db);
      return row;
    },
    'actions/batch': async ({ itemKeys, kind, label }) => {
      const job = await startJob(db, { kind, label, itemKeys, actor: await moderatorName(db), cause: 'moderator' }, Date.now());
      void runJob(db, job.id, Date.now, keepWorkerAlive)
        .then(() => refreshBadge(db))
        .catch((err) => console.error('[keel] batch stopped; it resumes when the worker starts', err));
      return { jobId: job.id, total: job.itemKeys.length };
    },
  };
}
