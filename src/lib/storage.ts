/**
 * Opens the progress store. When the browser's IndexedDB cannot be used (private
 * window, disabled, blocked, broken), the site keeps teaching from an in-memory copy of
 * the same database (fake-indexeddb, loaded only then) and says that progress will not
 * be kept. Nothing here throws at the child.
 */
import { createDatabase, databaseName, type ZdraveiDb } from './db';

export type StorageKind = 'persistent' | 'memory';

export interface OpenedStore {
  db: ZdraveiDb;
  /** `memory` when progress lasts only until the page is closed. */
  kind: StorageKind;
}

export async function openStore(name = databaseName, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<OpenedStore> {
  try {
    if (!factory) throw new Error('IndexedDB is not available');
    const db = createDatabase(name, { indexedDB: factory, IDBKeyRange: globalThis.IDBKeyRange });
    await db.open();
    // Ask the browser not to delete the data when space runs low (Safari deletes a
    // site's storage after 7 days unvisited otherwise). Refusal changes nothing.
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
    return { db, kind: 'persistent' };
  } catch (error) {
    console.warn('Progress will not be kept on this computer:', error);
    return openMemoryStore(name);
  }
}

export async function openMemoryStore(name = databaseName): Promise<OpenedStore> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const db = createDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return { db, kind: 'memory' };
}
