/**
 * The cleanup queue (side panel; Firefox: sidebar): the incident's items in
 * order, worked through from the keyboard. Reads the store live (the
 * incident's items: read once, then only the rows each change names) and
 * writes only by message. Only the rows in view are in the document
 * (VirtualList), so thousands of items stay quick. Item text is page content:
 * it is only ever set as text.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { activeWorkspace, type Incident, type KeelDb } from '@/utils/db';
import { isHandled } from '@/utils/export/report-model';
import { sendToBackground } from '@/utils/messaging/client';
import { chooseIncident } from '@/utils/queue/choose';
import { type Command, commandFor } from '@/utils/queue/keys';
import { orderQueue, type QueueItem, type Rank } from '@/utils/queue/order';
import { progressOf } from '@/utils/queue/progress';
import { EMPTY_MACHINE, type Machine, resolveCursor, startCursor, step } from '@/utils/queue/walk';
import { type Status, StatusLine } from '../StatusLine';
import { useLiveQuery } from '../use-live-query';
import { VirtualList } from '../VirtualList';
import { CurrentItem } from './CurrentItem';
import { type EffectContext, messageOf, runEffect, type UndoEntry } from './effects';
import { KeyLegend } from './KeyLegend';
import { QueueRow } from './QueueRow';
import { useIncidentItems } from './use-incident-items';
import { useTabPage } from './use-tab-page';

const ROW_HEIGHT = 52;
/** A moved cursor asks the page to scroll once the keys stop for this long (a held j does not flood the tab). */
const SHOW_DELAY_MS = 120;

const STATUS_WORDS: Record<Incident['status'], string> = { open: 'open', contained: 'contained', resolved: 'resolved' };

async function incidentsUnderWay(db: KeelDb): Promise<Incident[]> {
  const workspace = await activeWorkspace(db);
  const rows = await db.incidents.where('workspaceId').equals(workspace.id).toArray();
  return rows.filter((r) => r.status !== 'resolved').sort((a, b) => b.openedAt - a.openedAt);
}

/** The height of `box` (the list's share of the panel), kept current as the panel is resized. */
function useHeight(box: { current: HTMLElement | null }, shown: boolean): number {
  const [height, setHeight] = useState(300);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.max(ROW_HEIGHT * 2, Math.floor(entry.contentRect.height)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  return height;
}

export function Queue({ db }: { db: KeelDb }) {
  const tabPage = useTabPage();
  const [chosen, setChosen] = useState<string | null>(null);
  const under = useLiveQuery(() => incidentsUnderWay(db), []);
  const incident = under.value && tabPage !== undefined ? chooseIncident(under.value, tabPage, chosen) : null;
  const incidentId = incident?.id ?? null;
  const items = useIncidentItems(db, incidentId);

  // Places given per incident: an item keeps its place once it is in the list.
  const ranks = useRef<{ incidentId: string | null; ranks: Map<string, Rank> }>({ incidentId: null, ranks: new Map() });
  const order: QueueItem[] = useMemo(() => {
    if (ranks.current.incidentId !== incidentId) ranks.current = { incidentId, ranks: new Map() };
    const ordered = orderQueue(items.value ?? [], ranks.current.ranks);
    ranks.current.ranks = ordered.ranks;
    return ordered.order;
  }, [items.value, incidentId]);

  const machine = useRef<Machine>(EMPTY_MACHINE);
  const machineOf = useRef<string | null>(null);
  const lastIndex = useRef(0);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [status, setStatus] = useState<Status>(null);
  const [pageNote, setPageNote] = useState<string | null>(null);
  const undo = useRef<UndoEntry[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const showTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Another incident: a fresh cursor and selection (the undo stack is the panel's, across incidents).
  if (machineOf.current !== incidentId) {
    machineOf.current = incidentId;
    machine.current = EMPTY_MACHINE;
    lastIndex.current = 0;
  }
  // Items the store now shows as dealt with need no pending mark; the cursor follows the order.
  {
    const m = machine.current;
    let pending = m.pending;
    if (pending.size) {
      const handled = new Set(order.filter((i) => isHandled(i)).map((i) => i.key));
      if ([...pending].some((k) => handled.has(k))) pending = new Set([...pending].filter((k) => !handled.has(k)));
    }
    const cursor = m.cursor === null ? startCursor(order, pending) : resolveCursor(order, m.cursor, lastIndex.current);
    if (cursor !== m.cursor || pending !== m.pending) machine.current = { ...m, cursor, pending };
  }
  const { cursor, selection, pending } = machine.current;
  const cursorIndex = order.findIndex((i) => i.key === cursor);
  if (cursorIndex >= 0) lastIndex.current = cursorIndex;
  const current = cursorIndex >= 0 ? (order[cursorIndex] as QueueItem) : null;
  const progress = progressOf(order, pending);
  const picked = useMemo(() => new Set(selection?.keys ?? []), [selection]);
  // Stable while the order is: the list's windowing rebuilds every row's position when this changes.
  const rowKey = useCallback((i: number) => order[i]?.key ?? i, [order]);

  const show = (key: string) => {
    clearTimeout(showTimer.current);
    showTimer.current = setTimeout(() => {
      sendToBackground('queue/show', { key }).then(
        (r) => setPageNote(r.shown ? null : r.note),
        (err) => setPageNote(messageOf(err)),
      );
    }, SHOW_DELAY_MS);
  };

  const context = (): EffectContext => ({
    db,
    incidentId,
    undo: undo.current,
    say: setStatus,
    release: (keys, focus) => {
      const next = new Set(machine.current.pending);
      for (const k of keys) next.delete(k);
      const back = focus ? keys[0] : undefined;
      machine.current = { ...machine.current, pending: next, cursor: back ?? machine.current.cursor };
      if (back) show(back);
      rerender(0);
    },
    nameOf: (key) => order.find((i) => i.key === key)?.author.name || 'an unnamed author',
  });

  const run = (command: Command) => {
    const next = step(order, machine.current, command);
    machine.current = next.machine;
    for (const effect of next.effects) {
      if (effect.type === 'say') setStatus({ kind: 'ok', text: effect.text });
      else if (effect.type === 'show') show(effect.key);
      // One after another: z waits for the action it undoes to be stored.
      else chain.current = chain.current.then(() => runEffect(effect, context()));
    }
    rerender(0);
  };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const command = commandFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: e.target as HTMLElement | null });
      if (!command) return;
      // A held mark key marks one item, not a run of them.
      if (e.repeat && command.type !== 'move') return;
      e.preventDefault();
      runRef.current(command);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      clearTimeout(showTimer.current);
    };
  }, []);

  // Keyboard focus in the list follows the cursor, so the ring and the current row stay one.
  const listBox = useRef<HTMLDivElement | null>(null);
  const listHeight = useHeight(listBox, incident !== null);
  useLayoutEffect(() => {
    const box = listBox.current;
    const focused = document.activeElement;
    if (!box || cursorIndex < 0 || !(focused instanceof HTMLElement) || !focused.classList.contains('vrow') || !box.contains(focused)) return;
    const want = String(cursorIndex);
    let tries = 0;
    const follow = () => {
      if (focused.dataset.index === want) return;
      const row = box.querySelector<HTMLElement>(`.vrow[data-index="${want}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (tries++ < 5) requestAnimationFrame(follow);
    };
    follow();
  }, [cursorIndex]);

  const moveTo = (index: number) => {
    const key = order[index]?.key;
    if (!key || key === machine.current.cursor) return;
    machine.current = { ...machine.current, cursor: key };
    show(key);
    rerender(0);
  };

  const several = (under.value?.length ?? 0) > 1;
  return (
    <main class="queue">
      <header class="q-top">
        <h1>Cleanup queue</h1>
        {incident && several ? (
          <label class="q-pick">
            <span class="q-pick-label">Incident</span>
            <select value={incident.id} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
              {(under.value ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title} ({STATUS_WORDS[i.status]})
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </header>
      {under.error || items.error ? (
        <p class="error" role="alert">
          Could not read Keel’s data: {(under.error ?? items.error)?.message}
        </p>
      ) : null}
      {!incident ? (
        under.value && tabPage !== undefined ? (
          <section class="notice" role="status">
            <strong>No incident under way.</strong>
            <p>
              The queue holds an incident’s items. Keel opens an incident by itself when a page is piled on; you can start one from
              Keel’s popup on the page.
            </p>
          </section>
        ) : null
      ) : (
        <>
          <p class="q-title" dir="auto">
            <span class="q-title-status">{incident.status === 'open' ? 'Open' : 'Contained'} incident</span> {incident.title}
          </p>
          <div class="q-progress">
            <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Items dealt with" />
            <span data-testid="progress">{progress.text}</span>
          </div>
          <div class="q-status" data-testid="status">
            {selection ? (
              <p role="status" class="q-selecting">
                <strong>
                  {selection.keys.length} {selection.keys.length === 1 ? 'item' : 'items'} by <span dir="auto">{selection.authorName}</span> selected.
                </strong>{' '}
                The next mark or label applies to all. Esc cancels.
              </p>
            ) : status ? (
              <StatusLine status={status} block />
            ) : (
              <p class="q-hint">Do it on the platform, then press its key here: the next item comes up by itself.</p>
            )}
            {pageNote ? <p class="q-page-note">On the page: {pageNote}</p> : null}
          </div>
          <CurrentItem
            item={current}
            position={cursorIndex + 1}
            total={order.length}
            done={!!current && (pending.has(current.key) || isHandled(current))}
            selecting={!!selection}
            onCommand={(c) => runRef.current(c)}
          />
          <div
            class="q-list"
            ref={listBox}
          >
            {order.length ? (
              <VirtualList
                count={order.length}
                rowHeight={ROW_HEIGHT}
                height={listHeight}
                label="Items of the incident, in the order to work through them"
                rowKey={rowKey}
                active={Math.max(0, cursorIndex)}
                onActiveChange={moveTo}
                renderRow={(i) => {
                  const item = order[i] as QueueItem;
                  return <QueueRow item={item} position={i + 1} pending={pending.has(item.key)} selected={picked.has(item.key)} />;
                }}
              />
            ) : items.value ? (
              <p class="empty">No items in this incident yet.</p>
            ) : null}
          </div>
        </>
      )}
      <KeyLegend />
    </main>
  );
}
