import { useState } from 'preact/hooks';
import type { KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { AuditLog } from './AuditLog';
import { IncidentsSection } from './IncidentsSection';
import { PacksSection } from './PacksSection';
import { PagesSection } from './PagesSection';
import { DataSection } from './DataSection';
import { ProfileSection } from './ProfileSection';
import { RosterSection } from './RosterSection';
import { RulesSection } from './RulesSection';
import { StorageBanner } from './StorageBanner';
import { TemplatesSection } from './TemplatesSection';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';
import { WorkspacesSection } from './WorkspacesSection';
import { useLiveQuery } from './use-live-query';

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
      <StorageBanner db={db} />
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
