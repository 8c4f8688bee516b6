/**
 * What a moderator does about one item, recorded in the audit log: capture it,
 * mark what was done on the platform (reported, hidden, deleted, banned, replied
 * offline, contacted, escalated), add a note, set the label, and undo. The
 * buttons offered first follow the label's playbook; a real patient's complaint
 * is never offered hide, delete or ban. The item's own log is listed with an
 * Undo on each entry that can be reversed (undo is a new entry, never an erasure).
 */
import { useState } from 'preact/hooks';
import { type Action, DONE_KINDS, type DoneKind, type KeelDb, type StoredItem } from '@/utils/db';
import { ACTION_WORDS } from '@/utils/action-words';
import { localTime } from '@/utils/export/format';
import { stepName } from '@/utils/playbooks/checklists';
import { LABEL_TEXT, LABELS, type Label } from '@/utils/labels';
import { errorText, sendToBackground } from '@/utils/messaging/client';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';
import './labels.css';

export const DONE_TEXT: Record<DoneKind, { button: string; past: string }> = {
  captured: { button: 'Capture evidence', past: 'Captured' },
  reported: { button: 'Reported to the platform', past: 'Reported' },
  hidden: { button: 'Hidden', past: 'Hidden' },
  deleted: { button: 'Deleted', past: 'Deleted' },
  banned: { button: 'Banned / blocked', past: 'Banned' },
  'replied-offline': { button: 'Replied (offline route)', past: 'Replied offline' },
  contacted: { button: 'Contacted them', past: 'Contacted' },
  escalated: { button: 'Told staff / police', past: 'Escalated' },
};

/** The marks offered first for each label, in the order the playbook takes them. */
const FIRST: Record<Label, DoneKind[]> = {
  threat: ['escalated', 'reported', 'hidden', 'banned'],
  troll: ['reported', 'hidden', 'deleted', 'banned'],
  spam: ['reported', 'deleted', 'banned'],
  genuine: ['replied-offline', 'contacted', 'escalated'],
  supporter: ['replied-offline'],
  unclear: ['replied-offline', 'contacted', 'reported', 'hidden'],
};

/** Never offered for a real patient or customer: their complaint stays up. */
const NOT_FOR_GENUINE: DoneKind[] = ['hidden', 'deleted', 'banned'];

const UNDOABLE = new Set<string>(['labelled', 'note', ...DONE_KINDS.filter((k) => k !== 'captured')]);


export function ItemActions({ db, item }: { db: KeelDb; item: StoredItem }) {
  const [status, setStatus] = useState<Status>(null);
  const [note, setNote] = useState('');
  const log = useLiveQuery(() => db.actions.where('itemKey').equals(item.key).toArray(), [item.key]);

  const act = async (fn: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', text: await fn() });
    } catch (err) {
      setStatus({ kind: 'bad', text: errorText(err) });
    }
  };
  const mark = (kind: DoneKind) =>
    act(async () => {
      await sendToBackground('actions/record', { itemKey: item.key, authorKey: null, incidentId: null, kind, detail: '' });
      return `${DONE_TEXT[kind].past}: logged.`;
    });
  const capture = () =>
    act(async () => (await sendToBackground('evidence/capture', { key: item.key })).note);

  const genuine = item.label === 'genuine';
  const first = FIRST[item.label];
  const rest = DONE_KINDS.filter((k) => k !== 'captured' && !first.includes(k) && !(genuine && NOT_FOR_GENUINE.includes(k)));
  const rows = [...(log.value ?? [])].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  const undone = new Set(rows.filter((r) => r.kind === 'undone').map((r) => r.undoes));

  const button = (kind: DoneKind) => (
    <button key={kind} type="button" class={item.done[kind] ? 'done' : ''} aria-pressed={!!item.done[kind]} onClick={() => mark(kind)}>
      {item.done[kind] ? `✓ ${DONE_TEXT[kind].past}` : DONE_TEXT[kind].button}
    </button>
  );

  return (
    <section class="acts" aria-labelledby="acts-h">
      <h3 id="acts-h">Do and record</h3>
      {genuine ? <p class="acts-rule">A real patient or customer: never delete, hide or ban. Reply with an approved offline template and follow up.</p> : null}
      <div class="acts-row">
        <button type="button" class={`capture${item.done.captured ? ' done' : ''}`} onClick={capture}>
          {item.done.captured ? `✓ Captured ${localTime(item.done.captured)} · capture again` : 'Capture evidence'}
        </button>
        {first.map(button)}
      </div>
      {rest.length ? (
        <details class="acts-more">
          <summary>More</summary>
          <div class="acts-row">{rest.map(button)}</div>
        </details>
      ) : null}
      <form
        class="acts-note"
        onSubmit={(e) => {
          e.preventDefault();
          const text = note.trim();
          if (!text) return;
          void act(async () => {
            await sendToBackground('actions/record', { itemKey: item.key, authorKey: null, incidentId: null, kind: 'note', detail: text });
            setNote('');
            return 'Note added to the log.';
          });
        }}
      >
        <input type="text" aria-label="Note for the log" placeholder="Note for the next person on shift" value={note} maxLength={2000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        <button type="submit" class="secondary" disabled={!note.trim()}>
          Add note
        </button>
      </form>
      <details class="acts-label">
        <summary>Not right? Set the label</summary>
        <div class="acts-row">
          {LABELS.filter((l) => l !== item.label).map((l) => (
            <button
              key={l}
              type="button"
              class={`secondary l-${l}`}
              onClick={() =>
                act(async () => {
                  await sendToBackground('items/relabel', { key: item.key, label: l });
                  return `Labelled ${LABEL_TEXT[l].name}.`;
                })
              }
            >
              {LABEL_TEXT[l].name}
            </button>
          ))}
        </div>
      </details>
      <StatusLine status={status} />
      <h3>This item’s log</h3>
      {rows.length === 0 ? (
        <p class="empty">Nothing done about it yet.</p>
      ) : (
        <ol class="acts-log" aria-label="This item’s log, newest first">
          {rows.map((r: Action) => (
            <li key={r.seq}>
              <span class="log-when">{localTime(r.at)}</span> <span class="log-who" dir="auto">{r.actor}</span>{' '}
              <span class="log-what">
                {r.kind === 'undone' ? 'Undo' : r.kind in DONE_TEXT ? DONE_TEXT[r.kind as DoneKind].past : ACTION_WORDS[r.kind]}
                : <span dir="auto">{r.kind === 'step' ? stepName(r.detail) : r.detail}</span>
              </span>
              {undone.has(r.seq) ? (
                <span class="log-undone"> (undone)</span>
              ) : UNDOABLE.has(r.kind) && r.seq !== undefined ? (
                <button
                  type="button"
                  class="link"
                  aria-label={`Undo: ${r.kind} ${r.detail}`}
                  onClick={() =>
                    act(async () => {
                      const row = await sendToBackground('actions/undo', { seq: r.seq as number });
                      return `Undone: ${row.detail}`;
                    })
                  }
                >
                  Undo
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
