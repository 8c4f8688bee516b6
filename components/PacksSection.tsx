import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DRAFT_PACK } from '@/utils/background/tab-state';
import type { KeelDb } from '@/utils/db';
import { sendToBackground } from '@/utils/messaging/client';
import type { PackTestResult } from '@/utils/messaging/protocol';
import { selectorErrors } from '@/utils/packs/check-dom';
import { type Pack, parsePack } from '@/utils/packs/schema';
import { packFor, packOrigins } from '@/utils/pages';
import { FilePicker } from './FilePicker';
import { type Status, StatusLine } from './StatusLine';
import { useLiveQuery } from './use-live-query';

type Check = { ok: true; pack: Pack; notes: string[] } | { ok: false; errors: string[] };

function check(text: string): Check {
  const parsed = parsePack(text);
  if (!parsed.ok) return parsed;
  const dom = selectorErrors(parsed.pack);
  return dom.length ? { ok: false, errors: dom } : parsed;
}

function download(pack: Pack) {
  const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${pack.id}.keel-pack.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1_000);
}

const errorText = (err: unknown) => (err instanceof Error ? err.message.replace(/^[a-z]+\/[a-z]+: /, '') : String(err));

/** Selector packs: add a site, or repair a broken adapter, without a new release of Keel. */
export function PacksSection({ db }: { db: KeelDb }) {
  const packs = useLiveQuery(() => db.packs.orderBy('id').toArray(), []);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Check | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [tested, setTested] = useState<PackTestResult[] | null>(null);

  // A pack proposed by "Pick a comment on the page" waits here for review.
  useEffect(() => {
    void browser.storage.session.get(DRAFT_PACK).then((got) => {
      const draft = got[DRAFT_PACK] as Pack | undefined;
      if (!draft) return;
      setText(JSON.stringify(draft, null, 2));
      setStatus({ kind: 'ok', text: 'A proposed pack from the page you picked on: check it, test it, then save.' });
      void browser.storage.session.remove(DRAFT_PACK);
    });
  }, []);

  const edit = (value: string) => {
    setText(value);
    setChecked(null);
    setTested(null);
  };

  const runCheck = () => {
    const c = check(text);
    setChecked(c);
    return c;
  };

  const save = async () => {
    const c = runCheck();
    if (!c.ok) return;
    try {
      await sendToBackground('packs/save', { pack: c.pack, mode: 'replace' });
      setStatus({ kind: 'ok', text: `Saved ${c.pack.name} (v${c.pack.version}).` });
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not saved: ${errorText(err)}` });
    }
  };

  const test = async () => {
    const c = runCheck();
    if (!c.ok) return;
    const origins = packOrigins(c.pack);
    // First await: the user's click is what lets the browser ask.
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    if (!granted) {
      setStatus({ kind: 'bad', text: 'Keel was not given access to that site, so it cannot test the pack there.' });
      return;
    }
    const tabs = (await browser.tabs.query({ url: origins })).filter(
      (t) => t.id !== undefined && t.url && packFor(t.url, [c.pack]) !== null,
    );
    if (!tabs.length) {
      setStatus({ kind: 'bad', text: `Open a page the pack matches (${c.pack.matches.join(', ')}) in another tab, then test again.` });
      return;
    }
    const results: PackTestResult[] = [];
    for (const tab of tabs.slice(0, 5)) {
      try {
        results.push(await sendToBackground('packs/test', { pack: c.pack, tabId: tab.id as number }));
      } catch (err) {
        results.push({ url: tab.url ?? '', found: 0, emptyAuthor: 0, emptyText: 0, error: errorText(err), sample: [] });
      }
    }
    setTested(results);
    setStatus(null);
    // The test needed the site's access for a moment; give it back unless one of your pages uses it.
    const used = new Set((await db.pages.toArray()).flatMap((p) => p.origins));
    const unused = origins.filter((o) => !used.has(o));
    if (unused.length) await browser.permissions.remove({ origins: unused }).catch(() => false);
  };

  const importFile = async (file: File) => {
    if (file.size > 200_000) {
      setStatus({ kind: 'bad', text: `${file.name} is larger than any pack (200 KB): not imported.` });
      return;
    }
    const content = await file.text();
    const c = check(content);
    setText(content);
    setChecked(c);
    if (!c.ok) {
      setStatus({ kind: 'bad', text: `${file.name} was not imported: fix the fields listed below.` });
      return;
    }
    try {
      const { stored } = await sendToBackground('packs/save', { pack: c.pack, mode: 'merge' });
      setStatus(
        stored
          ? { kind: 'ok', text: `Imported ${c.pack.name} (v${c.pack.version}).` }
          : { kind: 'ok', text: `Kept the pack you have: it is the same or a newer version than v${c.pack.version}.` },
      );
    } catch (err) {
      setStatus({ kind: 'bad', text: `Not imported: ${errorText(err)}` });
    }
  };

  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">Selector packs</h2>
      <p>
        A pack tells Keel where a site keeps its comments or reviews: for a site Keel does not know, or when a platform changes its layout
        before Keel is updated. Packs are plain JSON; share them with your team through Export and Import.
      </p>
      {packs.value?.length ? (
        <ul class="pages" aria-label="Installed packs">
          {packs.value.map(({ pack }) => (
            <li key={pack.id} class="page-row">
              <span class="page-url">
                <strong>{pack.name}</strong> <span class="sub">{pack.id} · v{pack.version} · {pack.matches.join(', ')}</span>
              </span>
              <button type="button" class="secondary" onClick={() => edit(JSON.stringify(pack, null, 2))}>
                Edit
              </button>
              <button type="button" class="secondary" onClick={() => download(pack)}>
                Export
              </button>
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  try {
                    await sendToBackground('packs/remove', { id: pack.id });
                    setStatus({ kind: 'ok', text: `Removed ${pack.name}.` });
                  } catch (err) {
                    setStatus({ kind: 'bad', text: errorText(err) });
                  }
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No packs installed.</p>
      )}
      <label for="pack-json">Pack (JSON)</label>
      <textarea id="pack-json" value={text} onInput={(e) => edit((e.target as HTMLTextAreaElement).value)} spellcheck={false} autocomplete="off" />
      <div class="row">
        <button type="button" class="secondary" disabled={!text.trim()} onClick={runCheck}>
          Check
        </button>
        <button type="button" class="secondary" disabled={!text.trim()} onClick={test}>
          Test on open tabs
        </button>
        <button type="button" class="copy" disabled={!text.trim()} onClick={save}>
          Save pack
        </button>
        <FilePicker label="Import file…" onFile={(file) => void importFile(file)} />
      </div>
      <StatusLine status={status} block />
      {checked && !checked.ok ? (
        <ul class="errors" role="alert" aria-label="Problems in the pack">
          {checked.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : checked?.ok ? (
        <>
          <p class="status ok">The pack is well formed.</p>
          {checked.notes.length ? (
            <div class="pack-notes" data-testid="pack-notes">
              <p>Keel read some fields by another name; saved and exported, the pack uses Keel's own:</p>
              <ul>
                {checked.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
      {tested ? (
        <div class="tested" data-testid="pack-test">
          {tested.map((r) => (
            <div key={r.url} class="test-result">
              <p>
                <strong>{r.error ? 'Failed' : `${r.found} found`}</strong> on <span class="page-url">{r.url}</span>
                {r.error ? `: ${r.error}` : r.found ? ` · ${r.emptyAuthor} without an author · ${r.emptyText} without text` : ' — check the item selector.'}
              </p>
              {r.sample.length ? (
                <table class="sample">
                  <thead>
                    <tr>
                      <th scope="col">Author</th>
                      <th scope="col">Text</th>
                      <th scope="col">Rating</th>
                      <th scope="col">Time</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.sample.map((item, i) => (
                      <tr key={i}>
                        <td>{item.author.name || '—'}</td>
                        <td>{item.text.slice(0, 140) || '—'}</td>
                        <td>{item.rating ?? '—'}</td>
                        <td>{item.postedText ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
