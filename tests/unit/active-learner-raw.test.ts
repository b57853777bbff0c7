import { expect, it } from 'vitest';
import { endSessionRaw, readActiveLearner, readRecordingsRaw } from '../../src/lib/store/active-learner-raw';
import { readTutorGateRaw } from '../../src/lib/store/tutor-gate-raw';
import { createProfile } from '../../src/lib/store/profiles';
import { closeTutorTools, openTutorTools, saveComputerSettings, setTutorPin, startSession } from '../../src/lib/store/session';
import { noteWrong, throttled } from '../../src/lib/store/throttle';
import { testDatabase } from './db-helpers';

const minute = 60_000;

it('reads the active learner with the plain IndexedDB API', async () => {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, ana.id, 1_000_000);
  expect(await readActiveLearner(1_000_000 + 5 * minute, db.name)).toEqual({
    name: 'Ана',
    picture: '1F98A',
    endsAt: 1_000_000 + 15 * minute,
  });
});

it("follows the tutor's time-out, default and changed", async () => {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, ana.id, 0);
  expect(await readActiveLearner(15 * minute, db.name)).toBeDefined();
  expect(await readActiveLearner(15 * minute + 1, db.name)).toBeUndefined();
  await saveComputerSettings(db, { inactivityMinutes: 60 });
  expect(await readActiveLearner(59 * minute, db.name)).toBeDefined();
});

it('finds nobody when nobody chose, and never creates a database that does not exist', async () => {
  const db = testDatabase();
  await db.open();
  expect(await readActiveLearner(Date.now(), db.name)).toBeUndefined();
  const name = `zdravei-never-made-${process.pid}`;
  expect(await readActiveLearner(Date.now(), name)).toBeUndefined();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
});

it('ends the session for "Switch learner", and the learner is gone', async () => {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, ana.id, 0);
  expect(await endSessionRaw(db.name)).toBe(true);
  expect(await readActiveLearner(1, db.name)).toBeUndefined();
  expect(await db.profiles.count()).toBe(1);
});

it('ends nothing, and creates nothing, when there is no database', async () => {
  const name = `zdravei-never-made-${process.pid}-end`;
  expect(await endSessionRaw(name)).toBe(false);
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
});

it("finds tutors' recordings by their keys in one go, without Dexie, and nothing where there is none", async () => {
  const db = testDatabase();
  await db.recordings.put({ wordId: 'example:kotka', audio: new Blob(['said'], { type: 'audio/webm' }), updatedAt: 1 });
  await db.recordings.put({ wordId: 'kotka', audio: new Blob(['word'], { type: 'audio/webm' }), updatedAt: 1 });
  const found = await readRecordingsRaw(['kotka', 'mechka', 'example:kotka'], db.name);
  expect([...found.keys()].sort()).toEqual(['example:kotka', 'kotka']);
  expect((await readRecordingsRaw(['kotka'], 'no-such-database')).size).toBe(0);
});

it('reads what a tutor page shows first without Dexie: the PIN, the tools still open, the wait after wrong PINs', async () => {
  const db = testDatabase();
  await db.open();
  expect(await readTutorGateRaw(0, db.name)).toEqual({ pinSet: false, open: false, waitMs: 0 });
  await setTutorPin(db, '2468');
  await openTutorTools(db, 1_000_000);
  expect(await readTutorGateRaw(1_000_000 + 10 * minute, db.name)).toEqual({ pinSet: true, open: true, waitMs: 0 });
  expect(await readTutorGateRaw(1_000_000 + 10 * minute + 1, db.name)).toEqual({ pinSet: true, open: false, waitMs: 0 });
  await closeTutorTools(db);
  for (let i = 0; i < 4; i++) await noteWrong(db, throttled.tutorPin, 2_000_000);
  expect(await readTutorGateRaw(2_000_000 + 1_000, db.name)).toEqual({ pinSet: true, open: false, waitMs: 9_000 });
  const name = `zdravei-never-made-${process.pid}-tutor`;
  // A browser that never opened the site: no PIN yet, and the read makes no database.
  expect(await readTutorGateRaw(0, name)).toEqual({ pinSet: false, open: false, waitMs: 0 });
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
});
