import { authorHistory } from '@/utils/authors/history';
import type { AuthorHistory as History } from '@/utils/authors/schema';
import { actionLine, historySummary, matchesSummary, matchLine, pagePlace, replyLine, shortDate } from '@/utils/authors/summary';
import type { KeelDb } from '@/utils/db';
import { LABEL_TEXT } from '@/utils/labels';
import { useLiveQuery } from './use-live-query';
import './labels.css';

/** Longest item text shown in the popup's history. */
const TEXT_MAX = 400;

/**
 * Everything Keel knows about the author of `itemKey`, read live from the
 * database: updated as their items, labels and actions change. Names and texts
 * are page content: rendered as text only.
 */
export function AuthorHistory({ db, itemKey, onOpen }: { db: KeelDb; itemKey: string; onOpen?: (key: string) => void }) {
  const history = useLiveQuery(() => authorHistory(db, itemKey, { textMax: TEXT_MAX }), [itemKey]);
  return (
    <section class="hist" aria-labelledby="hist-h" aria-busy={history.value === undefined && !history.error}>
      <h3 id="hist-h">Their history</h3>
      {history.error ? (
        <p class="error" role="alert">
          Could not read their history: {history.error.message}
        </p>
      ) : history.value ? (
        <HistoryBody h={history.value} onOpen={onOpen} />
      ) : (
        <p class="hist-sum">Looking up their history…</p>
      )}
    </section>
  );
}

function HistoryBody({ h, onOpen }: { h: History; onOpen?: (key: string) => void }) {
  const now = Date.now();
  const same = matchesSummary(h);
  const here = h.items.find((i) => i.key === h.itemKey)?.pageUrl ?? null;
  return (
    <>
      <p class="hist-sum">{historySummary(h, now)}</p>
      {h.author.profileUrl ? (
        <p class="hist-who">
          Profile:{' '}
          <a href={safeHref(h.author.profileUrl)} target="_blank" rel="noreferrer noopener" dir="auto">
            {pagePlace(h.author.profileUrl)}
          </a>
          {h.author.names.length > 1 ? <> · also went by {h.author.names.filter((n) => n !== h.author.names[0]).join(', ')}</> : null}
        </p>
      ) : null}

      <h4>
        Their items <span class="sub">{h.items.length < h.author.itemCount ? `newest ${h.items.length} of ${h.author.itemCount}` : `${h.author.itemCount}, newest first`}</span>
      </h4>
      <ol class="hist-items">
        {h.items.map((i) => (
          <li key={i.key} class={i.key === h.itemKey ? 'hist-item current' : 'hist-item'}>
            <span class="hist-head">
              <span class={`pill l-${i.label}`}>{LABEL_TEXT[i.label].name}</span>
              <span class="hist-when">
                {shortDate(i.at, now)} · {i.pageUrl === here ? 'this page' : pagePlace(i.pageUrl)}
              </span>
              {i.key === h.itemKey ? <span class="hist-this">this one</span> : null}
            </span>
            {onOpen && i.key !== h.itemKey ? (
              <button type="button" class="hist-text link-like" dir="auto" onClick={() => onOpen(i.key)} aria-label={`Open this item: ${i.text}`}>
                {i.text || '(no text)'}
              </button>
            ) : (
              <span class="hist-text" dir="auto">
                {i.text || '(no text)'}
              </span>
            )}
          </li>
        ))}
      </ol>

      <h4>What was done</h4>
      {h.actions.length ? (
        <ul class="hist-lines">
          {h.actions.map((a) => (
            <li key={a.seq}>{actionLine(a, now)}</li>
          ))}
          {h.actionCount > h.actions.length ? <li class="sub">and {h.actionCount - h.actions.length} more</li> : null}
        </ul>
      ) : (
        <p class="empty">Nothing yet.</p>
      )}

      <h4>Your replies to them</h4>
      {h.replies.length ? (
        <ul class="hist-lines">
          {h.replies.map((r) => (
            <li key={r.via === 'page' ? r.key : `${r.via}-${r.at}`} dir="auto">
              {replyLine(r, now)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No reply from the business yet.</p>
      )}

      <h4>Same name on other pages or platforms</h4>
      {same ? (
        <>
          <p class="hist-match">{same}</p>
          <ul class="hist-lines">
            {h.matches.map((m) => (
              <li key={m.key} dir="auto">
                {matchLine(m, now)}
              </li>
            ))}
            {h.matchCount > h.matches.length ? <li class="sub">and {h.matchCount - h.matches.length} more</li> : null}
          </ul>
        </>
      ) : (
        <p class="empty">Nobody else of that name.</p>
      )}
    </>
  );
}

/** Only web addresses become links: a stored `javascript:` URL must never be clickable. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
