import { afterEach, expect, it, vi } from 'vitest';
import { openPersistentStore } from '../../src/lib/store/storage';
import { openMemoryStore } from '../../src/lib/store/memory-store';

afterEach(() => vi.restoreAllMocks());

it('opens the browser’s IndexedDB when it works', async () => {
  const db = await openPersistentStore(`zdravei-storage-${Date.now()}`);
  expect(db?.verno).toBe(3);
  await db?.delete();
});

it('says that progress will not be kept, without throwing, when IndexedDB is missing', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(await openPersistentStore('zdravei-no-idb', null)).toBeUndefined();
  expect(warn).toHaveBeenCalled();
});

it('does the same when opening fails (blocked or broken storage)', async () => {
  const broken = {
    open: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(await openPersistentStore('zdravei-broken-idb', broken)).toBeUndefined();
});

it('offers the learner pages the same database in memory', async () => {
  const db = await openMemoryStore('zdravei-memory');
  await db.profiles.add({ id: 'p1', name: 'Ана', picture: '1F98A', createdAt: 1, updatedAt: 1 });
  expect(await db.profiles.count()).toBe(1);
});

it('answers live queries in memory when the browser had no IndexedDB at all when Dexie loaded', async () => {
  const { default: Dexie, liveQuery } = await import('dexie');
  const saved = { ...Dexie.dependencies };
  Object.assign(Dexie.dependencies, { indexedDB: undefined, IDBKeyRange: undefined });
  try {
    const db = await openMemoryStore('zdravei-memory-live');
    await db.profiles.add({ id: 'p1', name: 'Ана', picture: '1F98A', createdAt: 1, updatedAt: 1 });
    const count = await new Promise<number>((resolve, reject) => {
      const subscription = liveQuery(() => db.profiles.count()).subscribe({
        next: (value) => {
          subscription.unsubscribe();
          resolve(value);
        },
        error: reject,
      });
    });
    expect(count).toBe(1);
  } finally {
    Object.assign(Dexie.dependencies, saved);
  }
});
