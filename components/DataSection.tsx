import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupText } from '@/utils/backup/dump';
import { backupFileName, MAX_BACKUP_CHARS } from '@/utils/backup/format';
import { buildConfig, configFileName } from '@/utils/config/export';
import { type KeelConfig, parseConfig } from '@/utils/config/schema';
import { activeWorkspace, type KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { pageTarget } from '@/utils/pages';
import { downloadText, errorText } from './data-files';
import { FilePicker } from './FilePicker';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Each part says what its last action did; only the part used last shows it,
 * so an old "deleted" never sits beside a newer "restored".
 */
interface PartProps {
  db: KeelDb;
  current: boolean;
  onAct: () => void;
}

function ConfigPart({ db, current, onAct }: PartProps) {
  const ws = useLiveQuery(() => activeWorkspace(db), []);
  const [pending, setPending] = useState<{ file: string; config: KeelConfig; origins: string[] } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [into, setInto] = useState<'active' | 'new'>('active');
  const [newName, setNewName] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const exportConfig = async () => {
    if (!ws.value) return;
    onAct();
    const config = await buildConfig(db, ws.value.id);
    downloadText(`${JSON.stringify(config, null, 2)}\n`, configFileName(ws.value.name));
    setStatus({ kind: 'ok', text: `Exported the configuration of ${ws.value.name}: ${plural(config.pages.length, 'page')}, ${plural(config.templates.length, 'template')}, ${plural(config.packs.length, 'pack')}.` });
  };

  const choose = async (file: File) => {
    onAct();
    setStatus(null);
    setPending(null);
    if (file.size > 5_000_000) {
      setErrors([`${file.name} is larger than any configuration (5 MB): not imported.`]);
      return;
    }
    const parsed = parseConfig(await file.text());
    if (!parsed.ok) {
      setErrors([`${file.name} was not imported, nothing was changed:`, ...parsed.errors]);
      return;
    }
    setErrors([]);
    // The pages' host access, worked out now so that the Import click can ask for it at once.
    const packs = [...(await db.packs.toArray()).map((r) => r.pack), ...parsed.config.packs];
    const origins = parsed.config.pages.flatMap((p) => {
      const t = pageTarget(p.url, packs);
      return t.ok ? t.target.origins : [];
    });
    setPending({ file: file.name, config: parsed.config, origins: [...new Set(origins)] });
    setNewName(parsed.config.workspace.name);
  };

  const runImport = async () => {
    if (!pending) return;
    const { config, origins } = pending;
    // Host access for the file's pages is the first thing awaited on this click: later, the browser no longer counts the click.
    if (origins.length) await browser.permissions.request({ origins }).catch(() => false);
    try {
      const r = await sendToBackground('config/import', { config, into: into === 'new' ? { kind: 'new', name: newName } : { kind: 'active' } });
      if (r.created || into === 'new') await sendToBackground('workspaces/switch', { id: r.workspaceId });
      const parts = [
        r.created ? `made workspace “${r.workspaceName}”` : `merged into “${r.workspaceName}”`,
        r.profileChanged ? 'profile and rules updated' : null,
        `${plural(r.pagesAdded.length, 'page')} added${r.pagesKept ? ` (${r.pagesKept} already there)` : ''}`,
        `${plural(r.packsStored, 'pack')} stored${r.packsKept ? ` (${r.packsKept} kept: same or newer here)` : ''}`,
        `${plural(r.templatesAdded + r.templatesUpdated, 'template')} added or updated${r.templatesKept ? ` (${r.templatesKept} unchanged)` : ''}`,
      ].filter(Boolean);
      setStatus({ kind: 'ok', text: `Imported ${pending.file}: ${parts.join('; ')}.` });
      setErrors(r.pagesRefused.map((p) => `Not added: ${p.url} — ${p.reason}`));
      setPending(null);
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not imported, nothing was changed: ${errorText(err)}` });
    }
  };

  return (
    <div class="part">
      <h3 class="part-h">Configuration: share with your team</h3>
      <p>
        The active workspace’s profile, rules, reply templates, pages and selector packs as one file. Importing merges: the same file twice
        changes nothing the second time, packs keep the higher version, and templates keep their approval.
      </p>
      <div class="row">
        <button type="button" class="secondary" onClick={exportConfig}>
          Export configuration
        </button>
        <FilePicker label="Import configuration…" onFile={(f) => void choose(f)} />
      </div>
      {pending ? (
        <div class="confirm" data-testid="config-preview">
          <p>
            <strong>{pending.file}</strong>: workspace “{pending.config.workspace.name}”, {plural(pending.config.pages.length, 'page')},{' '}
            {plural(pending.config.templates.length, 'template')}, {plural(pending.config.packs.length, 'pack')}.
            {pending.config.pages.length ? ' Your browser will ask you to let Keel read the pages’ sites.' : ''}
          </p>
          <fieldset>
            <legend>Import into</legend>
            <label class="check">
              <input type="radio" name="into" checked={into === 'active'} onChange={() => setInto('active')} /> the active workspace (
              {ws.value?.name}): its profile and rules are replaced
            </label>
            <label class="check">
              <input type="radio" name="into" checked={into === 'new'} onChange={() => setInto('new')} /> a new workspace named
            </label>
            <input type="text" aria-label="Name of the new workspace" value={newName} disabled={into !== 'new'} onInput={(e) => setNewName((e.target as HTMLInputElement).value)} />
          </fieldset>
          <div class="row">
            <button type="button" class="copy" onClick={runImport} disabled={into === 'new' && !newName.trim()}>
              Import
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <StatusLine status={current ? status : null} block />
      {current && errors.length ? (
        <ul class="errors" role="alert" aria-label="Problems with the configuration">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function BackupPart({ db, current, onAct }: PartProps) {
  const [pending, setPending] = useState<{ file: string; text: string; at: number | null } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    onAct();
    setBusy(true);
    try {
      const now = Date.now();
      const text = await backupText(db, now);
      downloadText(text, backupFileName(now));
      setStatus({ kind: 'ok', text: `Backup downloaded (${(text.length / 1e6).toFixed(1)} MB). Keep it somewhere safe: it holds comments and names.` });
    } catch (err) {
      setStatus({ kind: 'bad', text: `No backup made: ${errorText(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File) => {
    onAct();
    setStatus(null);
    if (file.size > MAX_BACKUP_CHARS) {
      setStatus({ kind: 'bad', text: `${file.name} is larger than Keel restores (${MAX_BACKUP_CHARS / 1e6} MB). Nothing was changed.` });
      return;
    }
    const text = await file.text();
    // Only for the confirmation's wording: the background checks the whole file.
    const at = /"exportedAt":(\d+)/.exec(text.slice(0, 200))?.[1];
    setPending({ file: file.name, text, at: at ? Number(at) : null });
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const r = await sendToBackground('data/restore', { text: pending.text });
      const access = r.pagesWithoutAccess.length
        ? ` Keel has no access yet to ${plural(r.pagesWithoutAccess.length, 'page')} (${r.pagesWithoutAccess.join(', ')}): remove and add them again under Your pages.`
        : '';
      setStatus({ kind: 'ok', text: `Restored ${pending.file}: ${plural(r.counts.workspaces ?? 0, 'workspace')}, ${plural(r.counts.pages ?? 0, 'page')}, ${plural(r.counts.items ?? 0, 'item')}.${access}` });
    } catch (err) {
      setStatus({ kind: 'bad', text: errorText(err) });
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  return (
    <div class="part">
      <h3 class="part-h">Full backup</h3>
      <p>Everything Keel keeps on this device, every workspace, in one file. A restore checks the whole file first: if anything in it is wrong, nothing changes.</p>
      <div class="row">
        <button type="button" class="secondary" disabled={busy} onClick={download}>
          Download backup
        </button>
        <FilePicker label="Restore from backup…" onFile={(f) => void choose(f)} />
      </div>
      {pending ? (
        <div class="confirm" role="alertdialog" aria-labelledby="restore-q">
          <p id="restore-q">
            <strong>Replace everything with {pending.file}?</strong> Every workspace, page, item and log entry now on this device is replaced by
            the backup{pending.at ? ` made ${new Date(pending.at).toLocaleString()}` : ''}.
          </p>
          <div class="row">
            <button type="button" class="danger" disabled={busy} onClick={restore}>
              Replace everything with this backup
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <StatusLine status={current ? status : null} block />
    </div>
  );
}

function WipePart({ current, onAct }: Omit<PartProps, 'db'>) {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>(null);
  return (
    <div class="part">
      <h3 class="part-h">Delete all data</h3>
      <p>
        Removes every workspace, page, item, author, incident, evidence capture, template, roster and log entry from this device, gives back
        the access to your pages’ sites, and leaves Keel as freshly installed. It cannot be undone.
      </p>
      <label for="wipe-confirm">Type DELETE to confirm</label>
      <div class="row">
        <input id="wipe-confirm" type="text" class="short" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} autocomplete="off" spellcheck={false} />
        <button
          type="button"
          class="danger"
          disabled={typed !== 'DELETE'}
          onClick={async () => {
            onAct();
            try {
              await sendToBackground('data/wipe', { confirm: 'DELETE' });
              setTyped('');
              setStatus({ kind: 'ok', text: 'All of Keel’s data on this device is deleted.' });
            } catch (err) {
              setStatus({ kind: 'bad', text: `Not deleted: ${errorText(err)}` });
            }
          }}
        >
          Delete all data
        </button>
      </div>
      <StatusLine status={current ? status : null} block />
    </div>
  );
}

/** Configuration export/import, full backup and restore, and "delete all data". */
export function DataSection({ db }: { db: KeelDb }) {
  const [last, setLast] = useState<'config' | 'backup' | 'wipe' | null>(null);
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <ConfigPart db={db} current={last === 'config'} onAct={() => setLast('config')} />
      <BackupPart db={db} current={last === 'backup'} onAct={() => setLast('backup')} />
      <WipePart current={last === 'wipe'} onAct={() => setLast('wipe')} />
    </section>
  );
}
