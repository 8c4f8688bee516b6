import { useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { errorText } from './data-files';
import { useLiveQuery } from './use-live-query';

/** The active workspace, switched in one choice (popup header, options header). */
export function WorkspaceSwitcher({ db }: { db: KeelDb }) {
  const data = useLiveQuery(async () => {
    const active = await activeWorkspace(db);
    const all = (await db.workspaces.toArray()).sort((a, b) => a.name.localeCompare(b.name));
    return { activeId: active.id, all };
  }, []);
  const [error, setError] = useState<string | null>(null);
  if (!data.value) return <span class="ws-switch" />;
  const { activeId, all } = data.value;
  return (
    <span class="ws-switch">
      <select
        aria-label="Workspace"
        title={error ?? 'Workspace: pages, profile, templates and roster follow it'}
        value={activeId}
        onChange={async (e) => {
          const id = (e.target as HTMLSelectElement).value;
          setError(null);
          try {
            await sendToBackground('workspaces/switch', { id });
          } catch (err) {
            setError(`Not switched: ${errorText(err)}`);
          }
        }}
      >
        {all.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" class="status bad">
          {error}
        </span>
      ) : null}
    </span>
  );
}
