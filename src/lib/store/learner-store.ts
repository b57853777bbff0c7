/** The store for the learner pages (profiles, home, review, tutor): persistent, or else in memory. */
import { persistentStore } from './persistent-store';
import type { OpenedStore } from './storage';

let opened: Promise<OpenedStore> | undefined;

export function learnerStore(): Promise<OpenedStore> {
  opened ??= persistentStore().then(async (db) =>
    db ? { db, kind: 'persistent' as const } : { db: await (await import('./memory-store')).openMemoryStore(), kind: 'memory' as const },
  );
  return opened;
}
