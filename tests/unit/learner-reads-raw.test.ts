import { afterEach, expect, it, vi } from 'vitest';
import { readProfilesRaw } from '../../src/lib/store/profiles-raw';
import { readDueCardsRaw, readHomeRaw } from '../../src/lib/store/learner-reads-raw';
import { createProfile } from '../../src/lib/store/profiles';
import { startSession } from '../../src/lib/store/session';
import { testDatabase } from './db-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

it('answers "nothing stored" in a browser that never opened the site, and creates no database', async () => {
  const name = `zdravei-never-made-${process.pid}-reads`;
  expect(await readProfilesRaw(name)).toEqual([]);
  expect(await readHomeRaw(0, name)).toEqual({ data: null });
  expect(await readDueCardsRaw(0, name)).toEqual({ profileId: undefined, cards: [] });
  expect(await databaseNames()).not.toContain(name);
});

it('answers undefined when storage is unusable, so the page opens the store (and its in-memory stand-in)', async () => {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('storage is off', 'InvalidStateError');
  });
  const name = `zdravei-unusable-${process.pid}`;
  expect(await readProfilesRaw(name)).toBeUndefined();
  expect(await readHomeRaw(0, name)).toBeUndefined();
  expect(await readDueCardsRaw(0, name)).toBeUndefined();
});

it("reads the stored profiles, the child's home and their due words from the store's own database", async () => {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  expect((await readProfilesRaw(db.name))?.map((record) => (record as { name: string }).name)).toEqual(['Ана']);
  expect(await readHomeRaw(1_000, db.name)).toEqual({ data: null });
  await startSession(db, ana.id, 1_000);
  const home = await readHomeRaw(2_000, db.name);
  expect(home?.data?.profile.name).toBe('Ана');
  expect(home?.data?.due).toBe(0);
  expect(await readDueCardsRaw(2_000, db.name)).toEqual({ profileId: ana.id, cards: [] });
});
