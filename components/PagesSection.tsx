import { useState } from 'preact/hooks';
import { activeWorkspace, type KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import { PLATFORM_NAMES, pageTarget } from '@/utils/pages';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';
import { watchPage } from './watch-page';

/** The business's own pages, per workspace: Keel reads these and leaves every other page alone. */
export function PagesSection({ db }: { db: KeelDb }) {
  const data = useLiveQuery(async () => {
    const ws = await activeWorkspace(db);
    const pages = await db.pages.where('workspaceId').equals(ws.id).sortBy('addedAt');
    const packs = (await db.packs.toArray()).map((r) => r.pack);
    return { ws, pages, packs };
  }, []);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const preview = input.trim() ? pageTarget(input, data.value?.packs ?? []) : null;
  // Until the workspace is read there is nowhere to add a page to: the button waits rather than do nothing.
  const ready = preview?.ok === true && data.value !== undefined;

  const add = async () => {
    if (!data.value) return;
    setStatus(null);
    const result = await watchPage(input, data.value.packs, data.value.ws.id);
    if (result.ok) {
      setInput('');
      setStatus({ kind: 'ok', text: `Added. Keel now reads ${result.covers}.` });
    } else {
      setStatus({ kind: 'bad', text: result.error });
    }
  };

  return (
    <section aria-labelledby="pages-h">
      <h2 id="pages-h">Your pages</h2>
      <p>
        Keel reads only the pages listed here, for {data.value?.ws.name ?? 'this workspace'}, and leaves every other page untouched. When you add
        one, your browser asks you to let Keel read that site.
      </p>
      {data.value?.pages.length ? (
        <ul class="pages" aria-label="Pages Keel reads">
          {data.value.pages.map((p) => (
            <li key={p.id} class="page-row">
              <span class="page-url">{p.url.replace(/^https?:\/\//, '')}</span>
              <span class="pill">{PLATFORM_NAMES[p.adapter] ?? `${p.adapter} (pack)`}</span>
              <button
                type="button"
                class="secondary"
                aria-label={`Stop reading ${p.url}`}
                onClick={async () => {
                  await sendToBackground('pages/remove', { id: p.id });
                  setStatus({ kind: 'ok', text: `Removed ${p.url}. Keel no longer reads it.` });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty" data-testid="no-pages">
          No pages yet: Keel is not reading anything.
        </p>
      )}
      <label for="page-url">Address of a page, post or review list</label>
      <div class="row">
        <input
          id="page-url"
          type="text"
          inputMode="url"
          placeholder="https://www.facebook.com/YourPractice"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && ready) void add();
          }}
          spellcheck={false}
          autocomplete="off"
        />
      </div>
      {preview ? (
        <p class={preview.ok ? 'hint' : 'status bad'} data-testid="page-preview">
          {preview.ok ? `Will read ${preview.target.covers}.` : preview.error}
        </p>
      ) : null}
      <div class="row">
        <button type="button" class="copy" disabled={!ready} onClick={add}>
          Add page
        </button>
        <StatusLine status={status} />
      </div>
    </section>
  );
}
