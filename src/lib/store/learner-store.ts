/** The store for the learner pages (profiles, home, review, tutor): persistent, or else in memory. */
import { liveQuery } from 'dexie';
import { persistentStore } from './persistent-store';
import type { OpenedStore } from './storage';

let opened: Promise<OpenedStore> | undefined;

export function learnerStore(): Promise<OpenedStore> {
  opened ??= persistentStore().then(async (db) =>
    db ? { db, kind: 'persistent' as const } : { db: await (await import('./memory-store')).openMemoryStore(), kind: 'memory' as const },
  );
  return opened;
}

/**
 * Reads again whenever what `read` read changes (Dexie's liveQuery, as dexie-react-hooks
 * does), for islands that load the store on demand (islands/use-live-read.ts). Returns a stop.
 */
export function watchStore<T>(read: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
