import { useEffect, useRef, useState } from 'preact/hooks';
import { platformName, shortDate } from '@/utils/authors/summary';
import type { KeelDb } from '@/utils/db';
import { LABEL_TEXT } from '@/utils/labels';
import { AuthorHistory, safeHref } from './AuthorHistory';
import { Checklist } from './Checklist';
import { ItemActions } from './ItemActions';
import { ItemReplies } from './TemplateList';
import { useLiveQuery } from './use-live-query';
import './labels.css';

/**
 * Which item the popup shows in detail, if any. Back returns focus to the
 * list entry that opened it (the list stays mounted, hidden, underneath).
 */
export function useItemDetail(): { openKey: string | null; open(key: string): void; back(): void } {
  const [openKey, setOpenKey] = useState<string | null>(null);
  const from = useRef<string | null>(null);
  return {
    openKey,
    open(key) {
      // Opened from the list: Back returns there. Opened from a history, Back still returns to the list entry first opened.
      if (openKey === null) from.current = key;
      setOpenKey(key);
    },
    back() {
      const key = from.current;
      setOpenKey(null);
      setTimeout(() => {
        if (key) document.querySelector<HTMLElement>(`[data-open="${CSS.escape(key)}"]`)?.focus();
      }, 0);
    },
  };
}

/** One item: its label and why, where it is, and its author's history. Page content is rendered as text only. */
export function ItemDetail({ db, itemKey, onBack, onOpen }: { db: KeelDb; itemKey: string; onBack: () => void; onOpen?: (key: string) => void }) {
  // null: no such item (any more); undefined: still reading.
  const item = useLiveQuery(async () => (await db.items.get(itemKey)) ?? null, [itemKey]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to what opened: the item's heading (a screen reader reads it first).
  useEffect(() => heading.current?.focus(), [itemKey]);
  const i = item.value;
  const href = i?.permalink ? safeHref(i.permalink) : undefined;
  return (
    <section class="detail" aria-labelledby="detail-h">
      <button type="button" class="back" onClick={onBack}>
        ← Back to this page
      </button>
      <h2 id="detail-h" ref={heading} tabIndex={-1} dir="auto">
        {i ? i.author.name || 'Unknown author' : item.error ? 'This item' : 'Loading…'}
      </h2>
      {item.error ? (
        <p class="error" role="alert">
          Could not read Keel’s data: {item.error.message}
        </p>
      ) : i === undefined ? null : i === null ? (
        <p class="empty">Keel no longer has this item.</p>
      ) : (
        <>
          <p class="detail-meta">
            <span class={`pill l-${i.label}`}>{LABEL_TEXT[i.label].name}</span>{' '}
            {i.labelSource === 'moderator' ? 'set by you' : `${Math.round(i.confidence * 100)}% sure`} · {i.kind} on{' '}
            {platformName(i.platform)} · {shortDate(i.at, Date.now())}
          </p>
          <p class="detail-text" dir="auto">
            {i.text || '(no text)'}
          </p>
          <p class="detail-hint">{LABEL_TEXT[i.label].hint}</p>
          <h3>Why</h3>
          <ul class="why">
            {i.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <Checklist db={db} item={i} platformName={platformName(i.platform)} />
          {href ? (
            <p>
              <a href={href} target="_blank" rel="noreferrer noopener">
                Open it on {platformName(i.platform)}
              </a>
            </p>
          ) : (
            <p class="empty">The platform gave no link to this item.</p>
          )}
          <ItemReplies db={db} item={i} />
          <ItemActions db={db} item={i} />
          <AuthorHistory db={db} itemKey={itemKey} onOpen={onOpen} />
        </>
      )}
    </section>
  );
}
