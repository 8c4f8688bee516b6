/**
 * A list of many fixed-height rows of which only those in view (and a few
 * around them) are in the document: 10,000 entries cost a few dozen elements.
 * Windowing is @tanstack/virtual-core's; this is its Preact binding (the same
 * few lines as @tanstack/react-virtual's hook, without preact/compat).
 *
 * Accessible as a single-select listbox (so a screen reader hands the arrow keys
 * to it, where in a plain list it would keep them for its own reading): the
 * true size and position on every row (aria-setsize / aria-posinset), the row
 * in focus selected, one row in the tab order (roving tabindex), and arrow
 * keys, Page Up / Page Down, Home and End moving the focus, scrolling rows into
 * view as they go.
 */
import { elementScroll, observeElementOffset, observeElementRect, type Rect, Virtualizer, type VirtualizerOptions } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

type ListVirtualizer = Virtualizer<HTMLDivElement, HTMLDivElement>;

/** Binds a Virtualizer to a component: it re-renders whenever the window of rows changes. */
function useVirtualizer(
  options: Omit<VirtualizerOptions<HTMLDivElement, HTMLDivElement>, 'observeElementRect' | 'observeElementOffset' | 'scrollToFn'> &
    Partial<Pick<VirtualizerOptions<HTMLDivElement, HTMLDivElement>, 'observeElementRect'>>,
): ListVirtualizer {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLDivElement, HTMLDivElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: () => rerender(0),
  };
  const [instance] = useState(() => new Virtualizer(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}

export interface VirtualListProps {
  count: number;
  /** Every row's height in px: rows clamp their content to it. */
  rowHeight: number;
  /** The list's own height in px (it scrolls inside it). */
  height: number;
  label: string;
  /** The row's content (its wrapper, position and focus are the list's). */
  renderRow: (index: number) => ComponentChildren;
  rowKey?: (index: number) => string | number;
  /** The row that holds the tab stop; it follows the focus. */
  active?: number;
  onActiveChange?: (index: number) => void;
  /** Enter on a row, or a click. */
  onActivate?: (index: number) => void;
  class?: string;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
}

export function VirtualList({
  count,
  rowHeight,
  height,
  label,
  renderRow,
  rowKey,
  active: activeProp,
  onActiveChange,
  onActivate,
  class: className,
  overscan = 8,
}: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [ownActive, setOwnActive] = useState(0);
  const active = Math.min(Math.max(0, activeProp ?? ownActive), Math.max(0, count - 1));
  // A row to focus once it is rendered (after a key moved the focus off screen).
  const pendingFocus = useRef<number | null>(null);
  const heightNow = useRef(height);
  const reportRect = useRef<((rect: Rect) => void) | null>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
    getItemKey: rowKey ?? ((i) => i),
    initialRect: { width: 0, height },
    // The list's height is ours (a prop), so there is nothing to measure: it is reported as it changes.
    observeElementRect: (_, report) => {
      reportRect.current = report;
      report({ width: 0, height: heightNow.current });
      return () => {
        reportRect.current = null;
      };
    },
  });
  useLayoutEffect(() => {
    heightNow.current = height;
    reportRect.current?.({ width: 0, height });
  }, [height]);
  // An active row set from outside (the cleanup queue's own keys) is scrolled into view, only when it is out of
  // view: rows are of fixed height, so that is known without asking the browser for a layout.
  useLayoutEffect(() => {
    if (activeProp === undefined || activeProp < 0 || activeProp >= count) return;
    const offset = virtualizer.scrollOffset ?? 0;
    const top = activeProp * rowHeight;
    if (top < offset || top + rowHeight > offset + height) virtualizer.scrollToIndex(activeProp, { align: 'auto' });
  }, [activeProp]);

  const focusRow = (index: number) => {
    const target = Math.min(Math.max(0, index), count - 1);
    if (target < 0) return;
    setOwnActive(target);
    onActiveChange?.(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const perPage = Math.max(1, Math.floor(height / rowHeight) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + perPage,
      PageUp: active - perPage,
      Home: 0,
      End: count - 1,
    };
    if (e.key in keys) {
      e.preventDefault();
      focusRow(keys[e.key] as number);
    } else if (e.key === 'Enter' && onActivate) {
      e.preventDefault();
      onActivate(active);
    }
  };

  const items = virtualizer.getVirtualItems();
  // The tab stop: the active row, or the first row in view when it has scrolled away.
  const offset = virtualizer.scrollOffset ?? 0;
  const tabStop = items.some((r) => r.index === active) ? active : (items.find((r) => r.end > offset)?.index ?? active);

  return (
    <div ref={scroller} class={`vlist${className ? ` ${className}` : ''}`} style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}>
      <div role="listbox" aria-label={label} style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {items.map((row) => (
          <div
            key={row.key}
            role="option"
            aria-selected={row.index === active}
            class={`vrow${row.index === active ? ' active' : ''}`}
            data-index={row.index}
            aria-setsize={count}
            aria-posinset={row.index + 1}
            tabIndex={row.index === tabStop ? 0 : -1}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, height: `${rowHeight}px`, transform: `translateY(${row.start}px)` }}
            onKeyDown={onKeyDown}
            onFocus={() => {
              if (row.index !== active) {
                setOwnActive(row.index);
                onActiveChange?.(row.index);
              }
            }}
            onClick={() => onActivate?.(row.index)}
          >
            {renderRow(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
