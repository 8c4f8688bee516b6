/**
 * An item's checklist in the popup: the steps its platform × label calls for
 * (or its playbook's), each ticked from what the audit log holds. Ticking
 * records an action (the mapped kind, so "Reported" marks the item reported;
 * else a `step` row naming the step); unticking undoes those rows (a new row,
 * nothing erased). Rules are shown, not ticked.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_RULES, type KeelDb, type StoredItem } from '@/utils/db';
import { errorText, sendToBackground } from '@/utils/messaging/client';
import { ackDeadline, ackWords, acknowledgedAt } from '@/utils/playbooks/ack';
import { checklistFor } from '@/utils/playbooks/checklists';
import { countDone, itemStepState, rowsTicking } from '@/utils/playbooks/state';
import type { ReportInfo, Step } from '@/utils/playbooks/types';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';


/** "14:05", or "3 Mar, 14:05" when not today. */
export function clockTime(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return d.toDateString() === new Date(now).toDateString() ? time : `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}, ${time}`;
}

/** The current time, updated every `ms`: deadlines move on while the popup is open. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

export interface StepListProps {
  /** Unique per list on the page: the checkboxes' ids are built from it. */
  name: string;
  steps: readonly Step[];
  /** When each step was done, null if not. */
  state: Record<string, number | null>;
  /** Ticks (true) or unticks (false) a step; resolves to a sentence for the status line. */
  onToggle(step: Step, done: boolean): Promise<string>;
  /** Why a step cannot be changed now (shown beside it), if it cannot. */
  locked?(step: Step, done: boolean): string | null;
  /** More under a step (a deadline, a report's reasons, a count). */
  extra?(step: Step): ComponentChildren;
}

/** Steps as checkboxes (and rules as rules), optimistic while the background records the tick. */
export function StepList({ name, steps, state, onToggle, locked, extra }: StepListProps) {
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<Status>(null);
  // A pending tick is settled once the log says the same.
  useEffect(() => {
    setPending((p) => {
      const left = Object.fromEntries(Object.entries(p).filter(([id, v]) => (state[id] != null) !== v));
      return Object.keys(left).length === Object.keys(p).length ? p : left;
    });
  }, [state]);

  const toggle = async (step: Step, done: boolean) => {
    setPending((p) => ({ ...p, [step.id]: done }));
    try {
      setStatus({ kind: 'ok', text: await onToggle(step, done) });
    } catch (err) {
      setPending(({ [step.id]: _, ...rest }) => rest);
      setStatus({ kind: 'bad', text: errorText(err) });
    }
  };

  return (
    <>
      <ol class="steps">
        {steps.map((s) => {
          const at = state[s.id] ?? null;
          const done = pending[s.id] ?? at !== null;
          const id = `${name}-${s.id}`;
          if (s.rule) {
            return (
              <li key={s.id} class="step rule" data-step={s.id}>
                <span class="rule-tag">Rule</span> <span class="step-text">{s.text}</span>
                {s.how ? <p class="step-how">{s.how}</p> : null}
              </li>
            );
          }
          const lock = locked?.(s, done) ?? null;
          return (
            <li key={s.id} class={`step${done ? ' done' : ''}`} data-step={s.id}>
              <input
                type="checkbox"
                id={id}
                checked={done}
                disabled={s.id in pending || lock !== null}
                aria-describedby={s.how ? `${id}-how` : undefined}
                onChange={(e) => void toggle(s, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={id} class="step-text">
                {s.text}
              </label>
              {done ? <span class="step-when">{at !== null ? `Done ${clockTime(at)}` : 'Saving…'}</span> : null}
              {lock ? <span class="step-when">{lock}</span> : null}
              {s.how ? (
                <p class="step-how" id={`${id}-how`}>
                  {s.how}
                </p>
              ) : null}
              {extra?.(s)}
            </li>
          );
        })}
      </ol>
      <StatusLine status={status} block />
    </>
  );
}

function ReportReasons({ info, platform }: { info: ReportInfo; platform: string }) {
  if (!info.reasons.length) return <p class="step-how">{info.pick.why}</p>;
  return (
    <details class="step-more">
      <summary>
        {platform}’s {info.reasons.length} report reasons{info.verified ? '' : ' (wording may differ)'}
      </summary>
      <ul>
        {info.reasons.map((r) => (
          <li key={r.text} class={r.text === info.pick.reason?.text ? 'pick' : ''}>
            <strong>{r.text}</strong>
            {r.text === info.pick.reason?.text ? ' (fits best)' : ''}: {r.covers}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The checklist for one item, under its reasons in the popup's item detail. */
export function Checklist({ db, item, platformName }: { db: KeelDb; item: StoredItem; platformName: string }) {
  const log = useLiveQuery(() => db.actions.where('itemKey').equals(item.key).toArray(), [item.key]);
  const ws = useLiveQuery(async () => (await db.workspaces.get(item.workspaceId)) ?? null, [item.workspaceId]);
  const now = useNow();
  const list = checklistFor(item);
  const actions = log.value ?? [];
  const state = itemStepState(list.steps, item, actions);
  const progress = countDone(list.steps, state);
  const target = ws.value?.rules?.ackTargetMinutes ?? DEFAULT_RULES.ackTargetMinutes;

  const onToggle = async (step: Step, done: boolean): Promise<string> => {
    if (done) {
      if (step.action === 'captured') return (await sendToBackground('evidence/capture', { key: item.key })).note;
      await sendToBackground('actions/record', {
        itemKey: item.key,
        authorKey: null,
        incidentId: null,
        kind: step.action ?? 'step',
        detail: step.action ? `Checklist: ${step.text}` : step.id,
      });
      return `Done: ${step.text}. Logged.`;
    }
    const rows = rowsTicking(step, actions);
    if (!rows.length) throw new Error('It was marked without a log entry, so there is nothing to undo.');
    for (const r of rows) await sendToBackground('actions/undo', { seq: r.seq as number });
    return `Not done: ${step.text}. The log keeps both.`;
  };

  return (
    <section class="cl" aria-labelledby="cl-h" data-testid="checklist" data-playbook={list.playbook ?? ''}>
      <h3 id="cl-h">
        Checklist: {list.title}{' '}
        <span class="cl-count">
          {progress.done} of {progress.total} done
        </span>
      </h3>
      <p class="cl-summary">{list.summary}</p>
      {log.error ? (
        <p class="error" role="alert">
          Could not read this item’s log: {log.error.message}
        </p>
      ) : log.value === undefined ? null : (
        <StepList
          name={`cl-${item.key.replace(/[^\w-]/g, '_')}`}
          steps={list.steps}
          state={state}
          onToggle={onToggle}
          locked={(s, done) => (s.action === 'captured' && done ? 'Evidence is kept: capture again from “Do and record”' : null)}
          extra={(s) => {
            if (s.deadline) {
              const d = ackDeadline(item.firstSeenAt, target, now, acknowledgedAt(state[s.id], item.done));
              return (
                <p class={`step-due${d.overdue ? ' overdue' : ''}`} data-testid="ack-deadline" data-due={d.dueAt}>
                  {ackWords(d, (ms) => clockTime(ms, now))}
                </p>
              );
            }
            return s.id === 'report' && list.report ? <ReportReasons info={list.report} platform={platformName} /> : null;
          }}
        />
      )}
    </section>
  );
}
