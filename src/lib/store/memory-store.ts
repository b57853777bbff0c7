/**
 * The same database in memory (fake-indexeddb), for the learner pages when the
 * browser's IndexedDB cannot be used: the page still works, and says that nothing will
 * be kept. Loaded only then, and never by lesson pages.
 */
import Dexie from 'dexie';
import { createDatabase, databaseName, type ZdraveiDb } from './db';

export async function openMemoryStore(name = databaseName): Promise<ZdraveiDb> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const indexedDB = new IDBFactory();
  // Dexie's live queries run only when Dexie found an IndexedDB when it loaded; without
  // one (window.indexedDB missing) they would wait for ever and the page would say
  // "Loading…" for good. The in-memory one stands in.
  if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });
  const db = createDatabase(name, { indexedDB, IDBKeyRange });
  await db.open();
  return db;
}
