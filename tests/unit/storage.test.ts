import { afterEach, expect, it, vi } from 'vitest';
import { openStore } from '../../src/lib/storage';

afterEach(() => vi.unstubAllGlobals());

it('opens the browser’s IndexedDB when it works', async () => {
  const { db, kind } = await openStore(`zdravei-storage-${Date.now()}`);
  expect(kind).toBe('persistent');
  await db.delete();
});

it('keeps teaching from memory when IndexedDB is missing, and says so', async () => {
  vi.stubGlobal('indexedDB', undefined);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { db, kind } = await openStore('zdravei-no-idb', globalThis.indexedDB);
  expect(kind).toBe('memory');
  await db.profiles.add({ id: 'p1', name: 'Ана', picture: '1F98A', createdAt: 1, updatedAt: 1 });
  expect(await db.profiles.count()).toBe(1);
  expect(warn).toHaveBeenCalled();
});

it('falls back to memory when opening fails (blocked or broken storage)', async () => {
  const broken = {
    open: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { kind } = await openStore('zdravei-broken-idb', broken);
  expect(kind).toBe('memory');
});
