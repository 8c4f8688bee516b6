/**
 * Batches of actions ("mark these 300 deleted"). The batch is stored first, then
 * done one item at a time: each item's change, its audit-log row and the
 * batch's progress are written in one transaction. A service worker stopped in
 * the middle leaves every finished item complete and the rest untouched; the
 * next time the worker starts, the batch resumes at the first item not done.
 */
import { browser } from 'wxt/browser';
import type { DoneKind, JobRow, KeelDb } from '../db';
import type { Label } from '../labels';
import { LABEL_TEXT } from '../labels';
import { recordAction } from './actions';
import { relabelItem } from './relabel';

export interface JobRequest {
  kind: DoneKind | 'labelled';
  label: Label | null;
  itemKeys: string[];
  actor: string;
  cause: string;
}

const running = new Set<string>();

export async function startJob(db: KeelDb, request: JobRequest, now: number): Promise<JobRow> {
  const job: JobRow = { id: `job-${now.toString(36)}-${crypto.randomUUID().slice(0, 8)}`, ...request, itemKeys: [...new Set(request.itemKeys)], next: 0, createdAt: now };
  await db.jobs.add(job);
  return job;
}

/** Does one item of the job; false when the job is finished or gone. */
async function step(db: KeelDb, id: string, clock: () => number): Promise<boolean> {
  return db.transaction('rw', [db.jobs, db.items, db.authors, db.actions, db.summaries], async () => {
    const job = await db.jobs.get(id);
    if (!job) return false;
    const key = job.itemKeys[job.next];
    if (key === undefined) {
      await db.jobs.delete(id);
      return false;
    }
    const item = await db.items.get(key);
    // An item gone from the store (a restore, a wipe of its workspace) is skipped, not failed.
    if (item) {
      if (job.kind === 'labelled') {
        if (job.label && item.label !== job.label) {
          await relabelItem(db, { key, label: job.label }, { actor: job.actor, onlyPageUrl: null }, clock());
        }
      } else {
        await recordAction(db, { kind: job.kind, actor: job.actor, cause: job.cause, itemKey: key, detail: `Marked ${job.kind} (batch of ${job.itemKeys.length}).` }, clock());
      }
    }
    const next = job.next + 1;
    if (next >= job.itemKeys.length) await db.jobs.delete(id);
    else await db.jobs.put({ ...job, next });
    return next < job.itemKeys.length;
  });
}

/**
 * The browser stops a service worker that has handled no extension event for
 * 30 seconds, even while it works through IndexedDB. A long batch calls this
 * now and then (an extension API call resets that clock); if the worker is
 * stopped anyway, the batch resumes at the next start.
 */
export type KeepAlive = () => Promise<unknown>;
const KEEP_ALIVE_EVERY_MS = 10_000;

/** The cheapest extension API call there is. */
export const keepWorkerAlive: KeepAlive = () => browser.runtime.getPlatformInfo();

/** Works through a job until it is done. Safe to call twice: one worker runs a job once. */
export async function runJob(db: KeelDb, id: string, clock: () => number = Date.now, keepAlive?: KeepAlive): Promise<void> {
  if (running.has(id)) return;
  running.add(id);
  let pinged = Date.now();
  try {
    while (await step(db, id, clock)) {
      // Each item is its own transaction; between them, only the keep-alive.
      if (keepAlive && Date.now() - pinged > KEEP_ALIVE_EVERY_MS) {
        pinged = Date.now();
        await keepAlive().catch(() => undefined);
      }
    }
  } finally {
    running.delete(id);
  }
}

/** Resumes every stored job (at worker start). */
export async function resumeJobs(db: KeelDb, clock: () => number = Date.now, keepAlive?: KeepAlive): Promise<number> {
  const jobs = await db.jobs.toArray();
  await Promise.all(jobs.map((j) => runJob(db, j.id, clock, keepAlive)));
  return jobs.length;
}

export function describeJob(job: Pick<JobRow, 'kind' | 'label'>): string {
  return job.kind === 'labelled' && job.label ? `Label ${LABEL_TEXT[job.label].name}` : `Mark ${job.kind}`;
}
