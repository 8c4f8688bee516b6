/** One row of the queue: where it stands, its label in words, who, and the start of what they wrote (text only). */
import { isHandled } from '@/utils/export/report-model';
import { LABEL_TEXT } from '@/utils/labels';
import type { QueueItem } from '@/utils/queue/order';
import '../labels.css';

/** What has been done about an item, in words ("deleted, banned"), or the label being set by hand. */
export function doneWords(item: Pick<QueueItem, 'done' | 'labelSource'>): string {
  const kinds = Object.keys(item.done ?? {});
  if (kinds.length) return kinds.join(', ');
  return item.labelSource === 'moderator' ? 'labelled by you' : '';
}

export function QueueRow({ item, position, pending, selected }: { item: QueueItem; position: number; pending: boolean; selected: boolean }) {
  const done = pending || isHandled(item);
  const words = doneWords(item);
  return (
    <div class={`q-row${done ? ' is-done' : ''}${selected ? ' is-picked' : ''}`} data-key={item.key}>
      <div class="q-line">
        <span class="q-pos">{position}</span>
        <span class={`pill l-${item.label}`}>{LABEL_TEXT[item.label].name}</span>
        <span class="q-author" dir="auto">
          {item.author.name || 'Unnamed'}
        </span>
        <span class="q-state">{done ? `Done${words ? `: ${words}` : ''}` : 'To do'}</span>
      </div>
      <div class="q-text" dir="auto">
        {selected ? <span class="q-sel">Selected · </span> : null}
        {item.text || '(no text)'}
      </div>
    </div>
  );
}
