/**
 * The whole audit log, newest first: who did what, when, why, and to which item
 * or author. Narrowed by kind, by who, or by any words; thousands of entries stay
 * quick because only the rows in view are in the page (VirtualList) and the
 * filter runs over text prepared once per load.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ACTION_WORDS } from '@/utils/action-words';
import { ACTION_KINDS, type Action, type KeelDb } from '@/utils/db';
import { useLiveQuery } from './use-live-query';
import { VirtualList } from './VirtualList';
import './AuditLog.css';

const ROW_HEIGHT = 52;
const LIST_HEIGHT = 416;


/** What an entry is about: the item's author and words, or an author alone. */
export interface Subject {
  who: string;
  text: string;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const fullTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' });

const whatOf = (a: Action) => `${ACTION_WORDS[a.kind] ?? a.kind}${a.detail ? `: ${a.detail}` : ''}`;
const subjectLine = (s: Subject | undefined) => (s ? `${s.who}${s.text ? `: “${s.text}”` : ''}` : '');

/** The entries that pass the filters, in the order given. `text` is matched, in any case, against everything a row shows. */
export function filterActions(
  rows: readonly Action[],
  subjects: ReadonlyMap<string, Subject>,
  filter: { kind: string; actor: string; text: string },
): Action[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((a) => {
    if (filter.kind && a.kind !== filter.kind) return false;
    if (filter.actor && a.actor !== filter.actor) return false;
    if (!words.length) return true;
    const subject = subjects.get(a.itemKey ?? '') ?? subjects.get(a.authorKey ?? '');
    const hay = `${a.actor}\n${whatOf(a)}\n${a.cause ?? ''}\n${subjectLine(subject)}\n${a.itemKey ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The items and authors the entries name, read once per new key (not live: item rows change at every scan). */
function useSubjects(db: KeelDb, rows: readonly Action[] | undefined): ReadonlyMap<string, Subject> {
  const [subjects, setSubjects] = useState<ReadonlyMap<string, Subject>>(new Map());
  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    const itemKeys = new Set<string>();
    const authorKeys = new Set<string>();
    for (const a of rows) {
      if (a.itemKey) {
        if (!subjects.has(a.itemKey)) itemKeys.add(a.itemKey);
      } else if (a.authorKey && !subjects.has(a.authorKey)) authorKeys.add(a.authorKey);
    }
    if (!itemKeys.size && !authorKeys.size) return;
    const items = [...itemKeys];
    const authors = [...authorKeys];
    void Promise.all([db.items.bulkGet(items), db.authors.bulkGet(authors)]).then(([itemRows, authorRows]) => {
      if (cancelled) return;
      const next = new Map(subjects);
      itemRows.forEach((item, i) => {
        if (item) next.set(items[i] as string, { who: item.author.name || 'No name', text: item.text.slice(0, 300) });
      });
      authorRows.forEach((author, i) => {
        if (author) next.set(authors[i] as string, { who: author.names[0] ?? 'No name', text: '' });
      });
      setSubjects(next);
    });
    return () => {
      cancelled = true;
    };
  }, [rows]);
  return subjects;
}

function EntryRow({ action, subject }: { action: Action; subject: Subject | undefined }) {
  const what = whatOf(action);
  const about = subjectLine(subject) || (action.itemKey ? `Item ${action.itemKey}` : '');
  return (
    <>
      <div class="al-line">
        <time class="al-time" dateTime={new Date(action.at).toISOString()}>
          {timeFormat.format(action.at)}
        </time>
        <span class="al-who">{action.actor}</span>
        <span class="al-what" title={what}>
          {what}
        </span>
        {action.cause ? <span class="al-cause">{action.cause}</span> : null}
      </div>
      <div class="al-about" title={about}>
        {about || '\u00a0'}
      </div>
    </>
  );
}

/** Everything about one entry, in full, below the list. */
function EntryDetail({ db, action, subject }: { db: KeelDb; action: Action; subject: Subject | undefined }) {
  const item = useLiveQuery(async () => (action.itemKey ? ((await db.items.get(action.itemKey)) ?? null) : null), [action.itemKey]);
  return (
    <div class="al-detail">
      <h3>Entry {action.seq}</h3>
      <dl>
        <dt>When</dt>
        <dd>{fullTimeFormat.format(action.at)}</dd>
        <dt>Who</dt>
        <dd>{action.actor}</dd>
        <dt>What</dt>
        <dd>{whatOf(action)}</dd>
        <dt>Why</dt>
        <dd>{action.cause ?? 'not recorded'}</dd>
        {action.undoes ? (
          <>
            <dt>Reverses</dt>
            <dd>entry {action.undoes}</dd>
          </>
        ) : null}
        {action.incidentId ? (
          <>
            <dt>Incident</dt>
            <dd>{action.incidentId}</dd>
          </>
        ) : null}
        {action.itemKey || subject ? (
          <>
            <dt>About</dt>
            <dd>
              {item.value ? (
                <>
                  <strong>{item.value.author.name || 'No name'}</strong>
                  <p class="al-full">{item.value.text}</p>
                </>
              ) : subject ? (
                <strong>{subject.who}</strong>
              ) : (
                `Item ${action.itemKey} (no longer stored)`
              )}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export function AuditLog({ db }: { db: KeelDb }) {
  const log = useLiveQuery(() => db.actions.orderBy('seq').reverse().toArray(), []);
  const subjects = useSubjects(db, log.value);
  const [kind, setKind] = useState('');
  const [actor, setActor] = useState('');
  const [text, setText] = useState('');
  const [activeSeq, setActiveSeq] = useState<number | null>(null);

  const filterBy = (set: (v: string) => void, value: string) => {
    set(value);
    setActiveSeq(null);
  };

  const rows = log.value ?? [];
  const actors = useMemo(() => [...new Set(rows.map((a) => a.actor))].sort((a, b) => a.localeCompare(b)), [log.value]);
  const kinds = useMemo(() => ACTION_KINDS.filter((k) => rows.some((a) => a.kind === k)), [log.value]);
  const shown = useMemo(() => filterActions(rows, subjects, { kind, actor, text }), [log.value, subjects, kind, actor, text]);
  // Stable while the rows are: a new key function would make the list re-measure every row on each render.
  const rowKey = useCallback((i: number) => shown[i]?.seq ?? i, [shown]);
  const activeIndex = Math.max(0, activeSeq === null ? 0 : shown.findIndex((a) => a.seq === activeSeq));
  const active = shown[activeIndex];
  const filtered = kind || actor || text.trim();

  return (
    <section aria-labelledby="audit-h" class="audit">
      <h2 id="audit-h">Audit log</h2>
      <p>Everything Keel and your team did, newest first. Entries are never changed or removed: an undo is an entry of its own.</p>
      <form class="al-filters" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <label>
          Kind
          <select value={kind} onChange={(e) => filterBy(setKind, (e.target as HTMLSelectElement).value)}>
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {ACTION_WORDS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who
          <select value={actor} onChange={(e) => filterBy(setActor, (e.target as HTMLSelectElement).value)}>
            <option value="">Everyone</option>
            {actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label class="al-words">
          Words
          <input type="search" value={text} placeholder="name, words, cause…" onInput={(e) => filterBy(setText, (e.target as HTMLInputElement).value)} />
        </label>
      </form>
      <p class="stat" role="status" data-testid="audit-count">
        {log.error
          ? ''
          : log.value === undefined
            ? 'Reading the log…'
            : filtered
              ? `${shown.length.toLocaleString()} of ${rows.length.toLocaleString()} entries`
              : `${rows.length.toLocaleString()} ${rows.length === 1 ? 'entry' : 'entries'}`}
      </p>
      {log.error ? (
        <p class="error" role="alert">
          Could not read the audit log: {log.error.message}
        </p>
      ) : null}
      {shown.length ? (
        <>
          <p class="hint">Arrow keys, Page Up / Page Down, Home and End move through the entries; the one in focus is shown in full below.</p>
          <VirtualList
            // A new filter starts at the top, at the newest entry it lets through.
            key={`${kind}\n${actor}\n${text}`}
            class="al-list"
            label="Audit log entries, newest first"
            count={shown.length}
            rowHeight={ROW_HEIGHT}
            height={LIST_HEIGHT}
            rowKey={rowKey}
            active={activeIndex}
            onActiveChange={(i) => setActiveSeq(shown[i]?.seq ?? null)}
            onActivate={(i) => setActiveSeq(shown[i]?.seq ?? null)}
            renderRow={(i) => {
              const a = shown[i] as Action;
              return <EntryRow action={a} subject={subjects.get(a.itemKey ?? '') ?? subjects.get(a.authorKey ?? '')} />;
            }}
          />
          {active ? <EntryDetail db={db} action={active} subject={subjects.get(active.itemKey ?? '') ?? subjects.get(active.authorKey ?? '')} /> : null}
        </>
      ) : log.value && rows.length ? (
        <p class="empty">No entry matches.</p>
      ) : log.value ? (
        <p class="empty">Nothing yet: labels you set and actions you take are written here.</p>
      ) : null}
    </section>
  );
}
