/**
 * Options › Patient roster: names pasted, or imported from a CSV file (the
 * export of a practice-management system or a spreadsheet), are sent to the
 * background, which keeps only salted hashes. Plain names live in this
 * component's state only until they are sent or the import is cancelled; they
 * are never written to any storage.
 */
import { useMemo, useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import type { NameChoice, RosterTable } from '@/utils/roster-csv';
import { errorText } from './data-files';
import { FilePicker } from './FilePicker';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

type CsvModule = typeof import('@/utils/roster-csv');

/** A CSV file being imported: its table and the user's reading of it. Cleared once sent. */
interface Pending {
  csv: CsvModule;
  file: string;
  table: RosterTable;
  header: boolean;
  choice: NameChoice;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function ColumnSelect({ id, label, value, columns, onPick }: { id: string; label: string; value: number; columns: { label: string; example: string }[]; onPick: (i: number) => void }) {
  return (
    <span class="roster-col">
      <label for={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(e) => onPick(Number((e.target as HTMLSelectElement).value))}>
        {columns.map((c, i) => (
          <option key={String(i)} value={String(i)}>
            {c.label}
            {c.example ? ` (e.g. ${c.example})` : ''}
          </option>
        ))}
      </select>
    </span>
  );
}

function CsvImport({ pending, onChange, onDone, onCancel }: { pending: Pending; onChange: (p: Pending) => void; onDone: (status: Status) => void; onCancel: () => void }) {
  const { csv, table, header, choice } = pending;
  const columns = csv.columnsOf(table, header);
  const found = useMemo(() => csv.namesFrom(table, header, choice), [csv, table, header, choice]);
  const problem = csv.namesProblem(found);
  const [busy, setBusy] = useState(false);
  const split = choice.kind === 'split';
  const full = choice.kind === 'full' ? choice.column : 0;
  const first = choice.kind === 'split' ? choice.first : 0;
  const last = choice.kind === 'split' ? choice.last : Math.min(1, columns.length - 1);
  const skipped = [
    found.duplicates ? plural(found.duplicates, 'duplicate') : '',
    found.blank ? `${plural(found.blank, 'row')} without a name` : '',
    found.tooLong ? `${plural(found.tooLong, 'name')} too long` : '',
  ].filter(Boolean);

  const send = async () => {
    setBusy(true);
    try {
      const { count } = await sendToBackground('roster/replace', { names: found.names });
      onDone({ kind: 'ok', text: `Imported from ${pending.file}: ${plural(count, 'name')} on the roster, as hashes only.` });
    } catch (err) {
      onDone({ kind: 'bad', text: `Not imported: ${errorText(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="roster-import" data-testid="roster-import">
      <legend>
        Import <bdi>{pending.file}</bdi>
      </legend>
      <label class="check">
        <input type="checkbox" checked={header} onChange={(e) => onChange({ ...pending, header: (e.target as HTMLInputElement).checked })} />
        The first row holds column names
      </label>
      <div class="check">
        <input id="roster-full" type="radio" name="roster-how" checked={!split} onChange={() => onChange({ ...pending, choice: { kind: 'full', column: full } })} />
        <label for="roster-full">Full names in one column</label>
      </div>
      {split ? null : (
        <div class="roster-cols">
          <ColumnSelect id="roster-col-full" label="Column" value={full} columns={columns} onPick={(column) => onChange({ ...pending, choice: { kind: 'full', column } })} />
        </div>
      )}
      <div class="check">
        <input id="roster-split" type="radio" name="roster-how" checked={split} disabled={columns.length < 2} onChange={() => onChange({ ...pending, choice: { kind: 'split', first, last } })} />
        <label for="roster-split">First and last names in two columns, joined</label>
      </div>
      {split ? (
        <div class="roster-cols">
          <ColumnSelect id="roster-col-first" label="First name" value={first} columns={columns} onPick={(i) => onChange({ ...pending, choice: { kind: 'split', first: i, last } })} />
          <ColumnSelect id="roster-col-last" label="Last name" value={last} columns={columns} onPick={(i) => onChange({ ...pending, choice: { kind: 'split', first, last: i } })} />
        </div>
      ) : null}
      <p class="stat" aria-live="polite" data-testid="roster-found">
        {plural(found.names.length, 'name')} found in {plural(found.rows, 'row')}
        {skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}.
      </p>
      {problem ? (
        <p class="status bad" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="row">
        <button type="button" class="copy" disabled={busy || problem !== null} onClick={send}>
          Replace roster with {plural(found.names.length, 'name')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

export function RosterSection({ db }: { db: KeelDb }) {
  const roster = useLiveQuery(async () => {
    const ws = await activeWorkspace(db);
    return { workspace: ws.name, count: (await db.roster.get(ws.id))?.hashes.length ?? 0 };
  }, []);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const names = text.split(/\r?\n/).map((n) => n.trim()).filter(Boolean);

  const save = async (list: string[]) => {
    try {
      const { count } = await sendToBackground('roster/replace', { names: list });
      setText('');
      setStatus({ kind: 'ok', text: list.length ? `Saved: ${count} names, as hashes only.` : 'Roster cleared.' });
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not saved: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const choose = async (file: File) => {
    setPending(null);
    setStatus(null);
    // papaparse and the reader load only now: the options page does not carry them.
    const csv = await import('@/utils/roster-csv');
    if (file.size > csv.MAX_FILE_BYTES) {
      setStatus({ kind: 'bad', text: `${file.name} is too large for a roster (${Math.round(file.size / 1_000_000)} MB; at most 10 MB).` });
      return;
    }
    const read = csv.readRosterCsv(await file.text());
    if (!read.ok) {
      setStatus({ kind: 'bad', text: `${file.name}: ${read.error}` });
      return;
    }
    const header = csv.looksLikeHeader(read.table);
    const choice = csv.guessChoice(read.table, header);
    if (!choice) {
      setStatus({ kind: 'bad', text: `${file.name}: no column holds names (only numbers, dates or addresses). Export the patients’ names as a column and try again.` });
      return;
    }
    setPending({ csv, file: file.name, table: read.table, header, choice });
  };

  return (
    <section aria-labelledby="roster-h">
      <h2 id="roster-h">Patient roster</h2>
      <p>
        Keel never treats someone on your roster as a troll. Paste your patients’ full names, one per line, or import a CSV file. They are
        turned into salted SHA-256 hashes on this device the moment you save; the names themselves are not kept anywhere.
      </p>
      <p class="stat" data-testid="roster-count">
        {roster.value ? `${roster.value.count} names on the roster of ${roster.value.workspace}.` : ' '}
      </p>
      <label for="roster-names">Names (one per line)</label>
      <textarea id="roster-names" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} spellcheck={false} autocomplete="off" />
      <div class="row">
        <button type="button" class="copy" disabled={names.length === 0} onClick={() => save(names)}>
          Replace roster with {names.length} {names.length === 1 ? 'name' : 'names'}
        </button>
        <FilePicker
          label="Import a CSV file…"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onFile={(file) => void choose(file).catch((err: unknown) => setStatus({ kind: 'bad', text: `${file.name}: ${errorText(err)}` }))}
        />
        <button type="button" class="secondary" onClick={() => save([])}>
          Clear roster
        </button>
        <StatusLine status={status} />
      </div>
      {pending ? (
        <CsvImport
          pending={pending}
          onChange={setPending}
          onDone={(s) => {
            // The plain names leave with the table: nothing of them stays in the page.
            if (s?.kind === 'ok') setPending(null);
            setStatus(s);
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </section>
  );
}
