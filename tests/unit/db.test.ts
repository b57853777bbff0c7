import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createDatabase, localDay, schemaV1 } from '../../src/lib/store/db';
import { practiceStreak } from '../../src/lib/store/progress';

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
    expect(db.verno).toBe(2);
    expect(await db.profiles.toArray()).toHaveLength(1);
    const attempts = await db.attempts.toArray();
    expect(attempts.map((a) => a.day)).toEqual([localDay(at), localDay(at + 86_400_000)]);
    expect(await db.lessonProgress.get(['p1', 'language/greetings'])).toMatchObject({ stars: 3 });
    expect(await db.settings.get('computer')).toMatchObject({ value: { inactivityMinutes: 5 } });
    // The new index works on upgraded records.
    expect(await practiceStreak(db, 'p1', at + 86_400_000)).toBe(2);
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
    otherTab.version(3).stores({ ...schemaV1, stickers: 'id' });
    await otherTab.open();
    expect(otherTab.verno).toBe(3);
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
