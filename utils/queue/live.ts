/**
 * The items of one incident, kept current for the cleanup queue without
 * reading them all again on every change. A liveQuery over the incident reads
 * every one of its items again whenever any of them changes: with thousands
 * of items, each key a moderator pressed cost seconds of reading. Here the
 * items are read once; after that, each committed change (in this page or in
 * the background: Dexie's `storagemutated`, shared between extension pages
 * and the worker) names the keys it wrote, and only those rows are read. A
 * change Dexie does not follow key by key (a bulk write of 50 rows or more, a
 * clear, a page restored from the back/forward cache) reads them all again.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { KeelDb, StoredItem } from '../db';

/** While changes keep coming, the list is handed on at least this often. */
const EMIT_EVERY_MS = 100;

/** The parts of an interval tree Dexie sends (a RangeSet, or a plain copy of one from another context). */
interface Node {
  from: unknown;
  to: unknown;
  l?: Node | null;
  r?: Node | null;
}

/** Adds the single keys of `tree` to `out`; false if it holds a range (then the keys are not known). */
export function keysOf(tree: Node | null | undefined, out: Set<string>): boolean {
  const stack: Node[] = tree ? [tree] : [];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    out.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return true;
}

/**
 * Calls `onItems` with every item of `incidentId` once they are read, and again
 * after each change to them. Returns the function that stops it.
 */
export function watchIncidentItems(
  db: KeelDb,
  incidentId: string,
  onItems: (items: StoredItem[]) => void,
  onError: (err: Error) => void,
): () => void {
  const items = new Map<string, StoredItem>();
  const part = `idb://${db.name}/items/`;
  const changed = new Set<string>();
  let all = true;
  let stopped = false;
  let running = false;
  let lastEmit = 0;
  // Changes noted and not read yet (onMutated notes them even while a read is on its way).
  const pending = () => all || changed.size > 0;

  const step = async () => {
    if (all) {
      all = false;
      changed.clear();
      const rows = await db.items.where('incidentId').equals(incidentId).toArray();
      items.clear();
      for (const row of rows) items.set(row.key, row);
      return;
    }
    const keys = [...changed];
    changed.clear();
    const rows = await db.items.bulkGet(keys);
    keys.forEach((key, i) => {
      const row = rows[i];
      if (row && row.incidentId === incidentId) items.set(key, row);
      else items.delete(key);
    });
  };

  const emit = () => {
    lastEmit = Date.now();
    onItems([...items.values()]);
  };

  const run = async () => {
    if (running) return;
    running = true;
    try {
      do {
        await step();
        // A batch job writes one item after the other: show its progress as it goes, not only once it stops.
        if (!stopped && pending() && Date.now() - lastEmit >= EMIT_EVERY_MS) emit();
      } while (!stopped && pending());
      if (!stopped) emit();
    } catch (err) {
      // What was being read is not known to be current: the next change reads everything again.
      all = true;
      if (!stopped) onError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      running = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    if (stopped) return;
    const tree = parts[part] as Node | undefined;
    if (parts.all) all = true;
    else if (!tree) return;
    else if (!keysOf(tree, changed)) all = true;
    void run();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  void run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
