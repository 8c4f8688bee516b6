/**
 * Options › Replies: the active workspace's reply templates by status (drafts
 * waiting for approval, approved ones moderators copy with one click, retired
 * ones), an editor that checks the reply as you type (filled from the
 * workspace's profile, through the same linter the popup and the page use),
 * Approve (records your name, the time and the version; refused while the
 * linter finds an error), Retire, and each template's history of versions.
 * The built-in examples are added as drafts the first time a workspace's
 * replies are listed: a manager reads and approves them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb, type TemplateRow } from '@/utils/db';
import { localTime } from '@/utils/export/format';
import { LABEL_TEXT, type Label } from '@/utils/labels';
import { sendToBackground } from '@/utils/messaging/client';
import type { WorkspaceProfile } from '@/utils/model';
import { checkTemplate, labelsOf, lineages, nameOf, REPLY_LABELS, ruleWords, type TemplateCheck, versionsOf } from '@/utils/templates/store';
import { errorText } from './data-files';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';
import './Templates.css';

const STATUS_WORDS: Record<TemplateRow['status'], string> = { draft: 'Draft', approved: 'Approved', retired: 'Retired' };

const PLACEHOLDERS = ['{businessName}', '{managerName}', '{phone}', '{email}', '{hours}'];

function forWords(labels: readonly Label[]): string {
  return labels.length ? `Answers: ${labels.map((l) => LABEL_TEXT[l].name).join(', ')}` : 'A statement for the page: offered first during a pile-on';
}

function Findings({ check, id }: { check: TemplateCheck; id?: string }) {
  if (!check.errors.length && !check.warnings.length) {
    return (
      <p class="tpo-ok" id={id}>
        ✓ The reply check finds nothing wrong.
      </p>
    );
  }
  return (
    <ul class="tpo-findings" id={id} aria-label="What the reply check found">
      {check.errors.map((f) => (
        <li key={`e-${f.rule}-${f.excerpt}`} class="f-error">
          <span class="tpo-kind">Error:</span> {ruleWords(f.rule)} — “<span dir="auto">{f.excerpt}</span>”. {f.message}
        </li>
      ))}
      {check.warnings.map((f) => (
        <li key={`w-${f.rule}`} class="f-warn">
          <span class="tpo-kind">Warning:</span> {f.message}
        </li>
      ))}
    </ul>
  );
}

interface Draft {
  name: string;
  scenario: string;
  body: string;
  labels: Label[];
}

function Editor({
  initial,
  profile,
  saveText,
  onSave,
  onCancel,
}: {
  initial: Draft;
  profile: WorkspaceProfile;
  saveText: string;
  onSave: (d: Draft) => Promise<void>;
  onCancel: () => void;
}) {
  const [d, setD] = useState<Draft>(initial);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const uid = useRef(`tpe-${Math.random().toString(36).slice(2, 8)}`).current;
  useEffect(() => first.current?.focus(), []);
  const check = checkTemplate(d.body, profile, d.labels);
  const set = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }));
  return (
    <form
      class="tpo-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSave(d).finally(() => setBusy(false));
      }}
    >
      <div class="field">
        <label for={`${uid}-name`}>Name</label>
        <input id={`${uid}-name`} ref={first} type="text" value={d.name} maxLength={200} onInput={(e) => set({ name: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for={`${uid}-when`}>When to use it</label>
        <input id={`${uid}-when`} type="text" value={d.scenario} maxLength={500} onInput={(e) => set({ scenario: (e.target as HTMLInputElement).value })} />
      </div>
      <fieldset>
        <legend>Offered for</legend>
        <div class="checks">
          {REPLY_LABELS.map((l) => (
            <label key={l} class="check">
              <input
                type="checkbox"
                checked={d.labels.includes(l)}
                onChange={(e) => set({ labels: (e.target as HTMLInputElement).checked ? [...d.labels, l] : d.labels.filter((x) => x !== l) })}
              />{' '}
              {LABEL_TEXT[l].name}
            </label>
          ))}
        </div>
        <p class="hint">None ticked: a statement for the page, offered first during a pile-on. Threats, trolls and spam are never answered.</p>
      </fieldset>
      <div class="field">
        <label for={`${uid}-body`}>Reply</label>
        <textarea
          id={`${uid}-body`}
          value={d.body}
          maxLength={5000}
          aria-describedby={`${uid}-hint ${uid}-lint`}
          aria-invalid={check.errors.length > 0}
          onInput={(e) => set({ body: (e.target as HTMLTextAreaElement).value })}
        />
        <span class="hint" id={`${uid}-hint`}>
          Filled from the workspace’s profile: {PLACEHOLDERS.join(' ')}. Never a name, a visit, a date, a treatment or an amount.
        </span>
      </div>
      <div>
        <strong>As it will read</strong>
        <p class="tpo-preview" dir="auto">
          {check.text || ' '}
        </p>
        <div class="tpo-lint" aria-live="polite">
          <Findings check={check} id={`${uid}-lint`} />
        </div>
      </div>
      <div class="tpo-actions">
        <button type="submit" class="copy" disabled={busy || !d.name.trim() || !d.body.trim()}>
          {saveText}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Card({
  row,
  versions,
  profile,
  approver,
  editing,
  onEdit,
  onStop,
  setStatus,
}: {
  row: TemplateRow;
  versions: TemplateRow[];
  profile: WorkspaceProfile;
  approver: string | null;
  editing: boolean;
  onEdit: () => void;
  onStop: () => void;
  setStatus: (s: Status) => void;
}) {
  const check = checkTemplate(row.body, profile, labelsOf(row));
  const openDraft = row.status !== 'draft' ? versions.find((v) => v.status === 'draft') : undefined;
  const run = async (what: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', text: await what() });
    } catch (err) {
      setStatus({ kind: 'bad', text: errorText(err) });
    }
  };
  const approveBlocked = check.errors.length
    ? 'Approve is off until the errors above are fixed.'
    : approver
      ? null
      : 'Approve is off until you set your name (Settings › Your name): an approval records who approved.';
  const nextVersion = (versions[0]?.version ?? row.version) + 1;
  return (
    <li class={`tpo s-${row.status}`} data-template={row.lineage} data-version={row.version} data-status={row.status}>
      <div class="tpo-head">
        <span class="tpo-name" dir="auto">
          {row.name}
        </span>
        <span class="tpo-status">
          {STATUS_WORDS[row.status]} · v{row.version}
        </span>
      </div>
      <p class="tpo-for">{forWords(labelsOf(row))}</p>
      {row.approvedBy ? (
        <p class="tpo-for tpo-approval">
          Approved by <span dir="auto">{row.approvedBy}</span>, {row.approvedAt ? localTime(row.approvedAt) : ''}, version {row.version}
        </p>
      ) : null}
      {editing ? (
        <Editor
          initial={{ name: row.name, scenario: row.scenario, body: row.body, labels: [...labelsOf(row)] }}
          profile={profile}
          saveText={row.status === 'draft' ? 'Save draft' : `Save as draft v${nextVersion}`}
          onCancel={onStop}
          onSave={(d) =>
            run(async () => {
              const saved = await sendToBackground('templates/save', { id: row.id, ...d });
              onStop();
              return saved.id === row.id
                ? `Saved the draft ${nameOf(saved)}.`
                : `Saved ${nameOf(saved)} as a draft; ${nameOf(row)} stays ${row.status === 'approved' ? 'approved (one click) until it is approved' : 'retired'}.`;
            })
          }
        />
      ) : (
        <>
          {row.scenario ? (
            <p class="tpo-when" dir="auto">
              {row.scenario}
            </p>
          ) : null}
          <p class="tpo-body" dir="auto">
            {row.body}
          </p>
          {row.status === 'draft' ? <Findings check={check} /> : null}
          <div class="tpo-actions">
            {row.status === 'draft' ? (
              <button
                type="button"
                class="copy"
                disabled={approveBlocked !== null}
                aria-describedby={approveBlocked ? `why-${row.id}` : undefined}
                onClick={() => run(async () => `Approved ${nameOf(await sendToBackground('templates/approve', { id: row.id }))}: moderators can copy it now.`)}
              >
                Approve v{row.version}
              </button>
            ) : null}
            <button type="button" class="secondary" disabled={!!openDraft} onClick={onEdit}>
              {row.status === 'draft' ? 'Edit' : openDraft ? `Draft v${openDraft.version} is open` : `Edit (makes draft v${nextVersion})`}
            </button>
            {row.status !== 'retired' ? (
              <button
                type="button"
                class="secondary"
                onClick={() => run(async () => `Retired ${nameOf(await sendToBackground('templates/retire', { id: row.id }))}.`)}
              >
                {row.status === 'draft' ? 'Set aside' : 'Retire'}
              </button>
            ) : null}
          </div>
          {row.status === 'draft' && approveBlocked ? (
            <p class="tpo-why" id={`why-${row.id}`}>
              {approveBlocked}
            </p>
          ) : null}
        </>
      )}
      {versions.length > 1 ? (
        <details class="tpo-history">
          <summary>History ({versions.length} versions)</summary>
          <ol reversed aria-label={`Versions of ${row.name}, newest first`}>
            {versions.map((v) => (
              <li key={v.id}>
                v{v.version}: {STATUS_WORDS[v.status]}
                {v.approvedBy ? (
                  <>
                    , approved by <span dir="auto">{v.approvedBy}</span> {v.approvedAt ? localTime(v.approvedAt) : ''}
                  </>
                ) : null}
                , last changed {localTime(v.updatedAt)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}

export function TemplatesSection({ db }: { db: KeelDb }) {
  const data = useLiveQuery(async () => {
    const ws = await activeWorkspace(db);
    const rows = await db.templates.where('workspaceId').equals(ws.id).toArray();
    const name = (await db.settings.get('moderatorName'))?.value;
    return { ws, rows, approver: typeof name === 'string' && name.trim() ? name.trim() : null };
  }, []);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const wsId = data.value?.ws.id;
  // The built-in examples, as drafts, the first time a workspace's replies are listed (idempotent).
  useEffect(() => {
    if (!wsId) return;
    sendToBackground('templates/seed', { workspaceId: wsId }).catch((err) => setStatus({ kind: 'bad', text: `Could not add the examples: ${errorText(err)}` }));
  }, [wsId]);
  useEffect(() => {
    // Opened from the popup at #replies: bring the section into view once it has content.
    if (data.value && location.hash === '#replies') document.getElementById('replies')?.scrollIntoView({ block: 'start' });
  }, [!!data.value]);

  const v = data.value;
  const all = v ? lineages(v.rows) : [];
  const groups: { status: TemplateRow['status']; title: string; rows: TemplateRow[] }[] = [
    { status: 'draft', title: 'Drafts, waiting for approval', rows: [] },
    { status: 'approved', title: 'Approved: moderators copy these with one click', rows: [] },
    { status: 'retired', title: 'Retired', rows: [] },
  ];
  for (const l of all) for (const r of [...l.versions].reverse()) groups.find((g) => g.status === r.status)?.rows.push(r);

  const card = (r: TemplateRow) =>
    v ? (
      <Card
        key={r.id}
        row={r}
        versions={versionsOf(v.rows, r.lineage)}
        profile={v.ws.profile}
        approver={v.approver}
        editing={editing === r.id}
        onEdit={() => {
          setStatus(null);
          setEditing(r.id);
        }}
        onStop={() => setEditing(null)}
        setStatus={setStatus}
      />
    ) : null;

  return (
    <section id="replies" aria-labelledby="replies-h">
      <h2 id="replies-h">Replies</h2>
      <p>
        The replies moderators copy with one click, in the popup and beside an item, filled with this workspace’s details. Only
        approved ones are offered. Keel’s examples start as drafts: read them, adapt them, approve them. Approving records your name,
        the time and the version, and needs the reply, as it will read, to pass the reply check. Editing an approved reply makes a new
        draft; the approved one stays in use until the new one is approved.
      </p>
      {data.error ? <p class="error" role="alert">Could not read the replies: {data.error.message}</p> : null}
      {v ? (
        <>
          {editing === 'new' ? (
            <div class="tpo s-draft tpo-new">
              <Editor
                initial={{ name: '', scenario: '', body: '', labels: ['genuine'] }}
                profile={v.ws.profile}
                saveText="Save draft"
                onCancel={() => setEditing(null)}
                onSave={async (d) => {
                  try {
                    const saved = await sendToBackground('templates/save', { workspaceId: v.ws.id, ...d });
                    setEditing(null);
                    setStatus({ kind: 'ok', text: `Saved the draft ${nameOf(saved)}.` });
                  } catch (err) {
                    setStatus({ kind: 'bad', text: errorText(err) });
                  }
                }}
              />
            </div>
          ) : (
            <div class="row">
              <button type="button" class="secondary" onClick={() => setEditing('new')}>
                New reply template
              </button>
            </div>
          )}
          <StatusLine status={status} block />
          {groups.map((g) =>
            g.status === 'retired' ? (
              g.rows.length ? (
                <details key={g.status} class="tpo-history">
                  <summary>
                    {g.title} ({g.rows.length})
                  </summary>
                  <ul class="tpo-list">{g.rows.map(card)}</ul>
                </details>
              ) : null
            ) : (
              <div key={g.status}>
                <h3 class="tpo-group">
                  {g.title} ({g.rows.length})
                </h3>
                {g.rows.length ? <ul class="tpo-list">{g.rows.map(card)}</ul> : <p class="hint">None.</p>}
              </div>
            ),
          )}
        </>
      ) : null}
    </section>
  );
}
