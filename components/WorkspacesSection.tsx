import { useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb, type Workspace } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { WorkspaceNameSchema } from '@/utils/config/schema';
import { errorText } from './data-files';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

/** What removing a workspace takes with it, counted before the user confirms. */
async function countsOf(db: KeelDb, id: string) {
  return {
    pages: await db.pages.where('workspaceId').equals(id).count(),
    items: await db.items.where('workspaceId').equals(id).count(),
    templates: await db.templates.where('workspaceId').equals(id).count(),
    incidents: await db.incidents.where('workspaceId').equals(id).count(),
    evidence: await db.evidence.where('workspaceId').equals(id).count(),
    roster: (await db.roster.get(id))?.hashes.length ?? 0,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function RemoveConfirm({ db, ws, onDone }: { db: KeelDb; ws: Workspace; onDone: (s: Status) => void }) {
  const counts = useLiveQuery(() => countsOf(db, ws.id), [ws.id]);
  const c = counts.value;
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={`rm-${ws.id}`}>
      <p id={`rm-${ws.id}`}>
        <strong>Remove “{ws.name}”?</strong>
      </p>
      {c ? (
        <p data-testid="remove-what">
          This deletes from this device its {plural(c.pages, 'page')} (Keel stops reading them), {plural(c.items, 'labelled item')} and
          their authors, {plural(c.incidents, 'incident')}, {plural(c.evidence, 'evidence capture')}, {plural(c.templates, 'reply template')}{' '}
          and its roster of {plural(c.roster, 'name')}. The audit log keeps its entries. This cannot be undone: download a backup first
          if you may need them.
        </p>
      ) : (
        <p>Counting…</p>
      )}
      <div class="row">
        <button
          type="button"
          class="danger"
          onClick={async () => {
            try {
              const r = await sendToBackground('workspaces/remove', { id: ws.id });
              onDone({ kind: 'ok', text: `Removed “${r.name}”: ${plural(r.pages, 'page')}, ${plural(r.items, 'item')}, ${plural(r.templates, 'template')}.` });
            } catch (err) {
              onDone({ kind: 'bad', text: `Not removed: ${errorText(err)}` });
            }
          }}
        >
          Remove “{ws.name}” and its data
        </button>
        <button type="button" class="secondary" onClick={() => onDone(null)}>
          Keep it
        </button>
      </div>
    </div>
  );
}

/** Several clients, each with its own pages, profile, rules, templates and roster; one is active. */
export function WorkspacesSection({ db }: { db: KeelDb }) {
  const data = useLiveQuery(async () => {
    const active = await activeWorkspace(db);
    const all = (await db.workspaces.toArray()).sort((a, b) => a.createdAt - b.createdAt);
    return { activeId: active.id, all };
  }, []);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  const create = async () => {
    const parsed = WorkspaceNameSchema.safeParse(name);
    if (!parsed.success) {
      setStatus({ kind: 'bad', text: parsed.error.issues[0]?.message ?? 'Invalid name.' });
      return;
    }
    try {
      const ws = await sendToBackground('workspaces/create', { name: parsed.data });
      await sendToBackground('workspaces/switch', { id: ws.id });
      setName('');
      setStatus({ kind: 'ok', text: `Made “${ws.name}” and switched to it: fill in its profile below, then add its pages.` });
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not made: ${errorText(err)}` });
    }
  };

  const rename = async () => {
    if (!renaming) return;
    const parsed = WorkspaceNameSchema.safeParse(renaming.name);
    if (!parsed.success) {
      setStatus({ kind: 'bad', text: parsed.error.issues[0]?.message ?? 'Invalid name.' });
      return;
    }
    try {
      await sendToBackground('workspaces/update', { id: renaming.id, name: parsed.data });
      setRenaming(null);
      setStatus({ kind: 'ok', text: `Renamed to “${parsed.data}”.` });
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not renamed: ${errorText(err)}` });
    }
  };

  const all = data.value?.all ?? [];
  return (
    <section aria-labelledby="ws-h">
      <h2 id="ws-h">Workspaces</h2>
      <p>
        One workspace per client or practice: each has its own pages, profile, rules, reply templates and roster. Everything below
        this section is for the active one. Switch in one click here, or in the popup’s header.
      </p>
      <ul class="pages" aria-label="Workspaces">
        {all.map((ws) => {
          const active = ws.id === data.value?.activeId;
          return (
            <li key={ws.id} class="ws-item">
              <div class="page-row">
                {renaming?.id === ws.id ? (
                  <input
                    type="text"
                    aria-label={`New name for ${ws.name}`}
                    value={renaming.name}
                    onInput={(e) => setRenaming({ id: ws.id, name: (e.target as HTMLInputElement).value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') void rename();
                      if (e.key === 'Escape') setRenaming(null);
                    }}
                  />
                ) : (
                  <span class="page-url">
                    <strong>{ws.name}</strong> <span class="sub">{ws.profile.businessName}</span>
                  </span>
                )}
                {active ? <span class="pill active-pill">Active</span> : null}
                {renaming?.id === ws.id ? (
                  <>
                    <button type="button" class="copy" onClick={rename}>
                      Save name
                    </button>
                    <button type="button" class="secondary" onClick={() => setRenaming(null)}>
                      Cancel
                    </button>
                  </>
                ) : (
                  <>
                    {active ? null : (
                      <button type="button" class="secondary" aria-label={`Switch to ${ws.name}`} onClick={() => sendToBackground('workspaces/switch', { id: ws.id }).catch((err) => setStatus({ kind: 'bad', text: errorText(err) }))}>
                        Switch to
                      </button>
                    )}
                    <button type="button" class="secondary" aria-label={`Rename ${ws.name}`} onClick={() => setRenaming({ id: ws.id, name: ws.name })}>
                      Rename
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={`Remove ${ws.name}`}
                      disabled={all.length < 2}
                      title={all.length < 2 ? 'Keel needs one workspace: make another before removing this one.' : undefined}
                      onClick={() => setRemoving(ws.id)}
                    >
                      Remove…
                    </button>
                  </>
                )}
              </div>
              {removing === ws.id ? (
                <RemoveConfirm
                  db={db}
                  ws={ws}
                  onDone={(s) => {
                    setRemoving(null);
                    setStatus(s);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <label for="ws-name">Name of a new workspace</label>
      <div class="row">
        <input
          id="ws-name"
          type="text"
          placeholder="e.g. Northside Clinic"
          value={name}
          maxLength={100}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && name.trim()) void create();
          }}
          autocomplete="off"
        />
        <button type="button" class="copy" disabled={!name.trim()} onClick={create}>
          Create workspace
        </button>
      </div>
      <StatusLine status={status} block />
    </section>
  );
}
