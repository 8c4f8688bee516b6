import { useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { AuditLog } from './AuditLog';
import { IncidentsSection } from './IncidentsSection';
import { PacksSection } from './PacksSection';
import { PagesSection } from './PagesSection';
import { DataSection } from './DataSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { TemplatesSection } from './TemplatesSection';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';
import { WorkspacesSection } from './WorkspacesSection';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

function RosterSection({ db }: { db: KeelDb }) {
  const roster = useLiveQuery(async () => {
    const ws = await activeWorkspace(db);
    return { workspace: ws.name, count: (await db.roster.get(ws.id))?.hashes.length ?? 0 };
  }, []);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>(null);
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

  return (
    <section aria-labelledby="roster-h">
      <h2 id="roster-h">Patient roster</h2>
      <p>
        Keel never treats someone on your roster as a troll. Paste your patients’ full names, one per line. They are turned into
        salted SHA-256 hashes on this device the moment you save; the names themselves are not kept anywhere.
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
        <button type="button" class="secondary" onClick={() => save([])}>
          Clear roster
        </button>
        <StatusLine status={status} />
      </div>
    </section>
  );
}

function ModeratorSection({ db }: { db: KeelDb }) {
  const current = useLiveQuery(async () => {
    const v = (await db.settings.get('moderatorName'))?.value;
    return typeof v === 'string' ? v : '';
  }, []);
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const value = name ?? current.value ?? '';
  return (
    <section aria-labelledby="mod-h">
      <h2 id="mod-h">Your name</h2>
      <p>Written beside every label you set, in the audit log, so the next person on shift knows who did what.</p>
      <div class="row">
        <input id="mod-name" type="text" aria-label="Your name" value={value} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <button
          type="button"
          class="copy"
          onClick={async () => {
            await sendToBackground('settings/moderator-name', { name: value });
            setSaved(true);
          }}
        >
          Save
        </button>
        {saved ? <span role="status" class="status ok">Saved.</span> : null}
      </div>
    </section>
  );
}

export function Options({ db }: { db: KeelDb }) {
  return (
    <main class="options">
      <header class="top">
        <h1>Keel settings</h1>
        <span class="ws">Everything here stays on this device.</span>
        <WorkspaceSwitcher db={db} />
      </header>
      <WorkspacesSection db={db} />
      <ProfileSection db={db} />
      <IncidentsSection db={db} />
      <PagesSection db={db} />
      <PacksSection db={db} />
      <RosterSection db={db} />
      <ModeratorSection db={db} />
      <RulesSection db={db} />
      <TemplatesSection db={db} />
      <DataSection db={db} />
      <AuditLog db={db} />
    </main>
  );
}
