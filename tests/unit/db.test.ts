import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createDatabase, legacyAnswerId, localDay, schemaV1, schemaV2, schemaV3 } from '../../src/lib/store/db';
import { pathForLearner } from '../../src/lib/store/assignments';
import { recordAttempt } from '../../src/lib/store/progress';
import { practiceStreak } from '../../src/lib/store/progress-reads';

describe('schema upgrade', () => {
  it('opens a database written by version 1 and finds every record, with the new day field filled', async () => {
    const name = `zdravei-upgrade-${Date.now()}`;
    // A database exactly as version 1 of the app wrote it.
    const old = new Dexie(name);
    old.version(1).stores(schemaV1);
    const at = new Date(2026, 2, 1, 10).getTime();
    await old.table('profiles').add({ id: 'p1', name: 'Ана', picture: '1F98A', createdAt: at, updatedAt: at });
    await old.table('attempts').bulkAdd([
      { profileId: 'p1', lessonId: 'language/greetings', exerciseId: 'language/greetings#a', correct: true, ms: 900, at },
      {
        profileId: 'p1',
        lessonId: 'language/greetings',
        exerciseId: 'language/greetings#a',
        correct: false,
        ms: 1200,
        at: at + 86_400_000,
      },
    ]);
    await old
      .table('lessonProgress')
      .add({ profileId: 'p1', lessonId: 'language/greetings', status: 'completed', bestScore: 1, stars: 3, exercises: {}, updatedAt: at });
    await old.table('settings').add({ key: 'computer', value: { inactivityMinutes: 5 } });
    old.close();

    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.profiles.toArray()).toHaveLength(1);
    const answers = await db.answers.orderBy('at').toArray();
    expect(answers.map((a) => a.day)).toEqual([localDay(at), localDay(at + 86_400_000)]);
    expect(await db.lessonProgress.get(['p1', 'language/greetings'])).toMatchObject({ stars: 3 });
    expect(await db.settings.get('computer')).toMatchObject({ value: { inactivityMinutes: 5 } });
    // The new index works on upgraded records.
    expect(await practiceStreak(db, 'p1', at + 86_400_000)).toBe(2);
    await db.delete();
  });
});

describe('upgrade to version 3', () => {
  it('moves every answer of a version 2 database to `answers` with a string id, and keeps paths and assignments', async () => {
    const name = `zdravei-upgrade-v3-${Date.now()}`;
    const old = new Dexie(name);
    old.version(2).stores(schemaV2);
    const at = new Date(2026, 2, 1, 10).getTime();
    const answer = {
      profileId: 'p1',
      lessonId: 'l/x',
      exerciseId: 'l/x#a',
      wordId: 'mechka',
      correct: false,
      ms: 800,
      at,
      day: localDay(at),
    };
    await old.table('profiles').add({ id: 'p1', name: 'Ана', picture: '1F98A', createdAt: at, updatedAt: at });
    await old.table('attempts').bulkAdd([answer, { ...answer, exerciseId: 'l/x#b', correct: true, at: at + 1 }]);
    await old.table('paths').add({ id: 'path1', title: 'Път', lessons: ['l/x'], createdAt: at, updatedAt: at });
    await old.table('assignments').add({ id: 'as1', profileId: 'p1', pathId: 'path1', assignedAt: at });
    old.close();

    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name)).not.toContain('attempts');
    const answers = await db.answers.orderBy('at').toArray();
    expect(answers).toEqual([
      { ...answer, id: legacyAnswerId(answer) },
      { ...answer, exerciseId: 'l/x#b', correct: true, at: at + 1, id: `v2:p1:${at + 1}:l/x#b` },
    ]);
    expect(legacyAnswerId(answer)).toBe(`v2:p1:${at}:l/x#a`);
    // The old assignment still gives the child their path; new answers get a random id beside the old ones.
    expect(await pathForLearner(db, 'p1')).toMatchObject({ path: { id: 'path1' }, from: 'learner' });
    await recordAttempt(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#a', correct: true, ms: 1 }, at + 2);
    expect((await db.answers.orderBy('at').last())?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.groups.count()).toBe(0);
    await db.delete();
  });
});

describe('another tab upgrading the database', () => {
  it('does not break this one: it closes for the upgrade and reopens on the next query', async () => {
    // Dexie says what it does on the console; the test checks that instead of printing it.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = `zdravei-tabs-${Date.now()}`;
    const thisTab = createDatabase(name);
    await thisTab.profiles.add({ id: 'p1', name: 'Ана', picture: '1F98A', createdAt: 1, updatedAt: 1 });

    // A newer version of the site in another tab adds a table.
    const otherTab = new Dexie(name);
    otherTab.version(4).stores({ ...schemaV3, stickers: 'id' });
    await otherTab.open();
    expect(otherTab.verno).toBe(4);
    otherTab.close();

    expect(await thisTab.profiles.get('p1')).toMatchObject({ name: 'Ана' });
    await thisTab.profiles.add({ id: 'p2', name: 'Омар', picture: '1F981', createdAt: 2, updatedAt: 2 });
    expect(await thisTab.profiles.count()).toBe(2);
    await thisTab.delete();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/Closing db now to resume the upgrade/);
    warn.mockRestore();
  });
});

it('gives the local calendar day of a time', () => {
  expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
});
