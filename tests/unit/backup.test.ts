import { describe, expect, it } from 'vitest';
import { exportProgress, importBackup, ImportError, maxBackupBytes, parseBackup, type BackupFile } from '../../src/lib/store/backup';
import { createProfile, setPicturePassword } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import type { ZdraveiDb } from '../../src/lib/store/db';
import { testDatabase } from './db-helpers';

async function classroom(db: ZdraveiDb) {
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' }, 1000);
  const omar = await createProfile(db, { name: 'Omar', picture: '1F981' }, 2000);
  await setPicturePassword(db, ana.id, ['1F34E', '1F436', '2B50'], 1500);
  await recordAttempt(
    db,
    { profileId: ana.id, lessonId: 'language/greetings', exerciseId: 'language/greetings#a', wordId: 'zdravey', correct: true, ms: 900 },
    3000,
  );
  await recordAttempt(
    db,
    { profileId: ana.id, lessonId: 'language/greetings', exerciseId: 'language/greetings#a', wordId: 'chao', correct: false, ms: 1500 },
    4000,
  );
  await saveExerciseResult(
    db,
    {
      profileId: ana.id,
      lessonId: 'language/greetings',
      exerciseId: 'language/greetings#a',
      score: 0.5,
      lessonExercises: ['language/greetings#a'],
    },
    4000,
  );
  await recordAttempt(
    db,
    { profileId: omar.id, lessonId: 'alphabet/first-letters', exerciseId: 'alphabet/first-letters#a', correct: true, ms: 700 },
    5000,
  );
  return { ana, omar };
}

const snapshot = async (db: ZdraveiDb) => ({
  profiles: await db.profiles.toArray(),
  answers: await db.answers.toArray(),
  groups: await db.groups.toArray(),
  memberships: await db.memberships.toArray(),
  paths: await db.paths.toArray(),
  assignments: await db.assignments.toArray(),
  lessonProgress: await db.lessonProgress.toArray(),
  cards: await db.cards.toArray(),
});

describe('export and import', () => {
  it('restores every profile and its progress into an empty computer', async () => {
    const source = testDatabase();
    await classroom(source);
    const file = JSON.stringify(await exportProgress(source));
    const target = testDatabase();
    const report = await importBackup(target, parseBackup(file));
    expect(report).toEqual({
      profilesAdded: 2,
      profilesUpdated: 0,
      attemptsAdded: 3,
      lessonsUpdated: 1,
      cardsUpdated: 2,
      recordingsAdded: 0,
    });
    const [a, b] = [await snapshot(source), await snapshot(target)];
    expect(b.profiles).toEqual(a.profiles);
    expect(b.lessonProgress).toEqual(a.lessonProgress);
    expect(b.cards).toEqual(a.cards);
    // Every answer keeps its global id, so a later import of another copy cannot count it twice.
    expect(b.answers).toEqual(a.answers);
    expect(a.answers).toHaveLength(3);
  });

  it('exports one child only when asked', async () => {
    const db = testDatabase();
    const { omar } = await classroom(db);
    const file = await exportProgress(db, [omar.id]);
    expect(file.profiles.map((p) => p.name)).toEqual(['Omar']);
    expect(file.answers).toHaveLength(1);
    expect(file.cards).toEqual([]);
  });

  it('merges: importing the same file twice adds nothing, and the newer record wins', async () => {
    const db = testDatabase();
    const { ana } = await classroom(db);
    const file = await exportProgress(db);
    expect(await importBackup(db, file)).toEqual({
      profilesAdded: 0,
      profilesUpdated: 0,
      attemptsAdded: 0,
      lessonsUpdated: 0,
      cardsUpdated: 0,
      recordingsAdded: 0,
    });
    expect(await db.profiles.count()).toBe(2);

    const renamed: BackupFile = {
      ...file,
      profiles: file.profiles.map((p) => (p.id === ana.id ? { ...p, name: 'Анна', updatedAt: 9000 } : p)),
    };
    const older: BackupFile = { ...file, lessonProgress: file.lessonProgress.map((p) => ({ ...p, stars: 3, updatedAt: 1 })) };
    expect(await importBackup(db, renamed)).toMatchObject({ profilesUpdated: 1 });
    expect(await importBackup(db, older)).toMatchObject({ lessonsUpdated: 0 });
    expect((await db.profiles.get(ana.id))?.name).toBe('Анна');
    expect((await db.lessonProgress.get([ana.id, 'language/greetings']))?.stars).toBe(1);
  });
});

describe('a bad file is refused with a reason and changes nothing', () => {
  const cases: [string, (good: string, parsed: BackupFile) => string, string][] = [
    ['truncated', (good) => good.slice(0, good.length / 2), 'not-json'],
    ['not JSON at all', () => 'PK\u0003\u0004 a zip file', 'not-json'],
    ['from another program', () => JSON.stringify({ app: 'anki', version: 1 }), 'not-zdravei'],
    ['from a newer version', (_, f) => JSON.stringify({ ...f, version: 99 }), 'newer-version'],
    ['from an unknown older version', (_, f) => JSON.stringify({ ...f, version: 0 }), 'older-version'],
    [
      'with a huge string',
      (_, f) => JSON.stringify({ ...f, profiles: f.profiles.map((p) => ({ ...p, name: 'x'.repeat(100_000) })) }),
      'invalid',
    ],
    [
      'with markup in a name',
      (_, f) => JSON.stringify({ ...f, profiles: f.profiles.map((p) => ({ ...p, name: '<script>alert(1)</script>' })) }),
      'invalid',
    ],
    ['with unknown fields', (_, f) => JSON.stringify({ ...f, profiles: f.profiles.map((p) => ({ ...p, isAdmin: true })) }), 'invalid'],
    ['with progress of a child who is not in the file', (_, f) => JSON.stringify({ ...f, profiles: f.profiles.slice(1) }), 'inconsistent'],
    ['larger than any real backup', () => ' '.repeat(maxBackupBytes + 1), 'too-large'],
  ];

  it.each(cases)('%s', async (_, corrupt, problem) => {
    const db = testDatabase();
    await classroom(db);
    const parsed = await exportProgress(db);
    const before = await snapshot(db);
    let error: unknown;
    try {
      await importBackup(db, parseBackup(corrupt(JSON.stringify(parsed), parsed)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe(problem);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names where a file is wrong', () => {
    const file = {
      app: 'zdravei',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      profiles: [{ id: 'p', name: ' Ana ', picture: 'x', createdAt: 0, updatedAt: 0 }],
      attempts: [],
      lessonProgress: [],
      cards: [],
    };
    expect(() => parseBackup(JSON.stringify(file))).toThrow('invalid: profiles[0].name');
  });
});
