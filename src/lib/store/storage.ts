/**
 * Opens the progress store in the browser's IndexedDB. When that cannot be used
 * (private window, disabled, blocked, broken), this returns undefined instead of
 * throwing: lessons keep teaching and say that progress will not be kept. The learner
 * pages can go on from memory instead (lib/store/memory-store.ts); lesson pages never load it.
 */
import { createDatabase, databaseName, type ZdraveiDb } from './db';

export type StorageKind = 'persistent' | 'memory';

export interface OpenedStore {
  db: ZdraveiDb;
  /** `memory` when progress lasts only until the page is closed. */
  kind: StorageKind;
}

export async function openPersistentStore(
  name = databaseName,
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<ZdraveiDb | undefined> {
  try {
    if (!factory) throw new Error('IndexedDB is not available');
    const db = createDatabase(name, { indexedDB: factory, IDBKeyRange: globalThis.IDBKeyRange });
    await db.open();
    // Ask the browser not to delete the data when space runs low (Safari deletes a
    // site's storage after 7 days unvisited otherwise). Refusal changes nothing.
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
    return db;
  } catch (error) {
    console.warn('Progress will not be kept on this computer:', error);
    return undefined;
  }
}
