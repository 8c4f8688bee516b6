import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { usePending } from './Settle';

const sameDeps = (a: unknown[] | null, b: unknown[]) => !!a && a.length === b.length && a.every((d, i) => Object.is(d, b[i]));

/** Dexie's liveQuery as a Preact hook: re-renders when the rows it read change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null; deps: unknown[] | null }>({ value: undefined, error: null, deps: null });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, deps }),
      error: (error: unknown) => setState({ value: undefined, error: error instanceof Error ? error : new Error(String(error)), deps }),
    });
    return () => sub.unsubscribe();
  }, deps);
  // Loading until the query for the current deps has answered: a screen under <Settle> waits for it.
  usePending(!sameDeps(state.deps, deps));
  return state;
}
