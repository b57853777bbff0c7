/**
 * The same database in memory (fake-indexeddb), for the learner pages when the
 * browser's IndexedDB cannot be used: the page still works, and says that nothing will
 * be kept. Loaded only then, and never by lesson pages.
 */
import { createDatabase, databaseName, type ZdraveiDb } from './db';

export async function openMemoryStore(name = databaseName): Promise<ZdraveiDb> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const db = createDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
}
