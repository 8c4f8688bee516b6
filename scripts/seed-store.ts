// Test and bench setup only: rows written straight into Keel's IndexedDB as
// Keel stores them, far faster than the background would write them one by one.
// The product itself writes through the background.
import { KeelDb } from '../utils/db';
import { FILTER_ID, PACKED, packTable } from '../utils/db/packed';

export interface StoreWrite {
  store: string;
  records: unknown[];
  /** A pack store: its key filter (record FILTER_ID) is dropped, so Keel rebuilds it with the new keys. */
  filterId: number | null;
}

/**
 * `rows` of `table` as the records of the object store that holds them: a packed table's rows in packs (utils/db/packed.ts).
 * Packed rows must be new: a key already stored would then be in two packs.
 */
export function storeWrite(table: string, rows: ReadonlyArray<Record<string, unknown>>): StoreWrite {
  const packed = PACKED[table];
  if (!packed) return { store: table, records: [...rows], filterId: null };
  // The table as Keel declares it (never opened here): its packs carry the indexes of its schema.
  return { store: packed.store, records: packTable(new KeelDb().table(table), rows), filterId: FILTER_ID };
}

/**
 * Evaluated in an extension page or the service worker (it uses nothing from
 * outside itself): writes every record in one transaction on Keel's database.
 */
export async function writeStores(writes: StoreWrite[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('keel');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction([...new Set(writes.map((w) => w.store))], 'readwrite');
  for (const { store, records, filterId } of writes) {
    const target = tx.objectStore(store);
    if (filterId !== null) target.delete(filterId);
    for (const record of records) target.put(record);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

/** The source of a call of writeStores with `writes`, for page.evaluate. */
export const writeStoresCall = (writes: StoreWrite[]): string => `(${writeStores.toString()})(${JSON.stringify(writes)})`;
