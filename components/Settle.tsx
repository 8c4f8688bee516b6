/**
 * No layout jumps while a screen loads. The popup's sections each read the
 * database on their own (liveQuery), so they would arrive one after another,
 * each pushing the ones below it down. Under <Settle>, the content keeps its
 * place but stays invisible (and out of the accessibility tree, aria-busy)
 * until every reading inside it, including those of sections that mount on the
 * way, has its first answer; then it shows at once. Later changes are live
 * updates and show as they come. A reading that takes longer than `maxWaitMs`
 * does not hold the screen back.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

interface Gate {
  /** Counts one reading as pending; returns its release (idempotent). */
  hold(): () => void;
}

const SettleContext = createContext<Gate | null>(null);

/** Marks the calling component as still loading while `pending` is true (a no-op outside <Settle>). */
export function usePending(pending: boolean): void {
  const gate = useContext(SettleContext);
  // Layout effects: a section that mounts in the same commit as another's answer registers before the check runs.
  useLayoutEffect(() => (gate && pending ? gate.hold() : undefined), [gate, pending]);
}

export function Settle({ pending = false, maxWaitMs = 500, children }: { pending?: boolean; maxWaitMs?: number; children: ComponentChildren }) {
  const [settled, setSettled] = useState(false);
  const count = useRef(0);
  const done = useRef(false);
  // A user-timing mark says when, and whether every reading had answered or the wait ran out (tests read it).
  const reveal = (by: 'answers' | 'time') => {
    if (done.current) return;
    done.current = true;
    performance.mark('keel:settled', { detail: { by } });
    setSettled(true);
  };
  const gate = useMemo<Gate>(() => {
    const check = () => {
      // After the current commit and any render it queued (Preact renders in a microtask), not in it.
      setTimeout(() => {
        if (!done.current && count.current === 0) reveal('answers');
      }, 0);
    };
    return {
      hold() {
        count.current++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          count.current--;
          check();
        };
      },
    };
  }, []);
  useLayoutEffect(() => (pending ? gate.hold() : undefined), [gate, pending]);
  useEffect(() => {
    // Nothing pending at all on the first commit: show at once.
    const first = gate.hold();
    first();
    const cap = setTimeout(() => reveal('time'), maxWaitMs);
    return () => clearTimeout(cap);
  }, [gate, maxWaitMs]);
  return (
    <SettleContext.Provider value={settled ? null : gate}>
      <div class={settled ? 'settle' : 'settle settling'} aria-busy={settled ? undefined : 'true'}>
        {children}
      </div>
    </SettleContext.Provider>
  );
}
