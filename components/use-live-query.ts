import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Dexie's liveQuery as a Preact hook: re-renders when the rows it read change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null }>({ value: undefined, error: null });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState({ value: undefined, error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
