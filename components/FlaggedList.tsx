import type { StoredItem } from '@/utils/db';
import { LABEL_TEXT } from '@/utils/labels';
import './labels.css';

function ago(ms: number, now: number): string {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}

/**
 * Newest flagged items. Names and text are page content: rendered as text only.
 * Each item is one button (click, Enter or Space): it opens the item's detail.
 */
export function FlaggedList({ items, now, onOpen }: { items: StoredItem[]; now: number; onOpen: (key: string) => void }) {
  if (items.length === 0) {
    return <p class="empty">Nothing flagged on this page.</p>;
  }
  return (
    <ol class="flagged" aria-label="Newest flagged items">
      {items.map((item) => (
        <li key={item.key} class="flag" data-key={item.key}>
          <button type="button" class="flag-open" data-open={item.key} onClick={() => onOpen(item.key)}>
            <span class="flag-head">
              <span class={`pill l-${item.label}`}>{LABEL_TEXT[item.label].name}</span>
              <span class="flag-author" dir="auto">{item.author.name || 'Unknown author'}</span>
              <span class="flag-time">{ago(item.firstSeenAt, now)}</span>
            </span>
            <span class="flag-text" dir="auto">{item.text}</span>
            {item.reasons[0] ? <span class="flag-why">{item.reasons[0]}</span> : null}
          </button>
        </li>
      ))}
    </ol>
  );
}
