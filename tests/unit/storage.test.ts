import { afterEach, expect, it, vi } from 'vitest';
import { openPersistentStore } from '../../src/lib/store/storage';
import { openMemoryStore } from '../../src/lib/store/memory-store';

afterEach(() => vi.restoreAllMocks());

it('opens the browser’s IndexedDB when it works', async () => {
  const db = await openPersistentStore(`zdravei-storage-${Date.now()}`);
  expect(db?.verno).toBe(2);
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
