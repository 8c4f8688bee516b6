/**
 * A banner when Keel's storage is in trouble, on the popup and in Settings:
 * the database cannot be opened (no IndexedDB in this window, a newer Keel's
 * data, a failure), an upgrade is blocked by another Keel window holding the
 * old version open, or another window upgraded it under this one (then this
 * page lets go of it and asks for a reload). In the popup it also shows the
 * tab's own note: what the page reported could not be stored.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KeelDb } from '@/utils/db';
import { type StorageTrouble, storageTrouble, TROUBLE_TEXT } from '@/utils/storage-errors';
import './StorageBanner.css';

const TITLES: Record<StorageTrouble, string> = {
  quota: 'Keel is out of storage space.',
  version: 'Keel’s data is from a newer Keel.',
  blocked: 'Keel is waiting for another Keel window.',
  closed: 'Keel’s data changed in another window.',
  unavailable: 'Keel cannot keep data in this window.',
  aborted: 'A save was cancelled.',
  failed: 'Keel’s storage is failing.',
};

/** The storage trouble of this page's database connection, kept current. */
export function useStorageTrouble(db: KeelDb): StorageTrouble | null {
  const [trouble, setTrouble] = useState<StorageTrouble | null>(null);
  useEffect(() => {
    let live = true;
    const set = (next: (was: StorageTrouble | null) => StorageTrouble | null) => {
      if (live) setTrouble(next);
    };
    // An upgrade of ours waits on a connection that keeps the old version open: it goes on once that closes.
    const onBlocked = () => set(() => 'blocked');
    // Another connection upgrades (or deletes) the database: let go of it, or that one waits for ever; this page's code is now stale.
    const onVersionChange = () => {
      db.close();
      set(() => 'closed');
    };
    db.on('blocked', onBlocked);
    db.on('versionchange', onVersionChange);
    db.open().then(
      () => set((was) => (was === 'blocked' ? null : was)),
      (err: unknown) => set(() => storageTrouble(err) ?? 'failed'),
    );
    return () => {
      live = false;
      db.on.blocked.unsubscribe(onBlocked);
      db.on.versionchange.unsubscribe(onVersionChange);
    };
  }, [db]);
  return trouble;
}

export function StorageBanner({ db, note = null }: { db: KeelDb; note?: { message: string; at: number } | null | undefined }) {
  const trouble = useStorageTrouble(db);
  if (!trouble && !note) return null;
  return (
    <div class="storage-banner" role="alert" data-testid="storage-banner">
      <strong>{trouble ? TITLES[trouble] : 'Keel could not save what it read on this page.'}</strong>
      <p>{trouble ? TROUBLE_TEXT[trouble] : note?.message}</p>
      {trouble && trouble !== 'quota' && trouble !== 'aborted' ? (
        <button type="button" class="storage-reload" onClick={() => location.reload()}>
          Reload this page
        </button>
      ) : null}
    </div>
  );
}
