import { useEffect, useState } from 'preact/hooks';
import type { KeelDb, StoredItem } from '@/utils/db';
import { watchIncidentItems } from '@/utils/queue/live';
import { usePending } from '../Settle';

/**
 * The items of `incidentId`, live (none without an incident). Like useLiveQuery,
 * but a change reads only the rows it names (see utils/queue/live.ts).
 */
export function useIncidentItems(db: KeelDb, incidentId: string | null): { value: StoredItem[] | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: StoredItem[] | undefined; error: Error | null; of: string | null | undefined }>({
    value: undefined,
    error: null,
    of: undefined,
  });
  useEffect(() => {
    if (!incidentId) {
      setState({ value: [], error: null, of: null });
      return;
    }
    return watchIncidentItems(
      db,
      incidentId,
      (value) => setState({ value, error: null, of: incidentId }),
      (error) => setState({ value: undefined, error, of: incidentId }),
    );
  }, [db, incidentId]);
  // Loading until the items of the current incident have been read: a screen under <Settle> waits for them.
  usePending(state.of !== incidentId);
  return state.of === incidentId ? state : { value: undefined, error: null };
}
