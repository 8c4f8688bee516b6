/**
 * The item under the cursor, in full (text only: it is page content), with
 * every command as a button that names its key.
 */
import { localTime } from '@/utils/export/format';
import { LABEL_TEXT, LABELS } from '@/utils/labels';
import { type Command, keyFor, MARK_KINDS } from '@/utils/queue/keys';
import type { QueueItem } from '@/utils/queue/order';
import { doneWords } from './QueueRow';
import '../labels.css';

const MARK_TEXT: Record<(typeof MARK_KINDS)[number], string> = { reported: 'Reported', deleted: 'Deleted', banned: 'Banned', hidden: 'Hidden' };

function Key({ command }: { command: Command }) {
  return <kbd>{keyFor(command)}</kbd>;
}

function Button({ command, text, onCommand, class: cls }: { command: Command; text: string; onCommand: (c: Command) => void; class?: string }) {
  return (
    <button type="button" class={cls} onClick={() => onCommand(command)} aria-keyshortcuts={keyFor(command) === '?' ? 'Shift+?' : keyFor(command)}>
      <Key command={command} /> {text}
    </button>
  );
}

export interface CurrentItemProps {
  item: QueueItem | null;
  position: number;
  total: number;
  done: boolean;
  selecting: boolean;
  onCommand: (c: Command) => void;
}

export function CurrentItem({ item, position, total, done, selecting, onCommand }: CurrentItemProps) {
  return (
    <section class="q-current" aria-labelledby="q-cur-h" data-testid="current">
      <h2 id="q-cur-h" class="q-cur-h">
        {item ? (
          <>
            <span class="q-cur-pos">
              {position} of {total}
            </span>
            <span class={`pill l-${item.label}`}>{LABEL_TEXT[item.label].name}</span>
            <span class="q-cur-author" dir="auto">
              {item.author.name || 'Unnamed'}
            </span>
          </>
        ) : (
          'No item'
        )}
      </h2>
      <p class="q-cur-meta">
        {item ? (
          <>
            {item.postedText ?? localTime(item.at)} · {done ? `Done${doneWords(item) ? `: ${doneWords(item)}` : ''}` : 'To do'}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      {/* Chromium lets the keyboard scroll a long text (focusable scrollers). */}
      <p class="q-cur-text" dir="auto">
        {item ? item.text || '(no text)' : ''}
      </p>
      <fieldset class="q-acts">
        <legend>Label</legend>
        {LABELS.map((label) => (
          <Button key={label} command={{ type: 'label', label }} text={LABEL_TEXT[label].name} onCommand={onCommand} />
        ))}
      </fieldset>
      <fieldset class="q-acts">
        <legend title="Record what you did on the platform">Done</legend>
        <Button command={{ type: 'capture' }} text="Capture" onCommand={onCommand} />
        {MARK_KINDS.map((kind) => (
          <Button key={kind} command={{ type: 'mark', kind }} text={MARK_TEXT[kind]} onCommand={onCommand} class="mark" />
        ))}
      </fieldset>
      <fieldset class="q-acts">
        <legend>More</legend>
        <Button command={{ type: 'author' }} text={selecting ? 'Cancel selection' : 'All by this author'} onCommand={onCommand} />
        <Button command={{ type: 'undo' }} text="Undo" onCommand={onCommand} />
        <Button command={{ type: 'open' }} text="Open on platform" onCommand={onCommand} />
      </fieldset>
    </section>
  );
}
