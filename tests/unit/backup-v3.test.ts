import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportProgress, importBackup, ImportError, parseBackup, type BackupFile } from '../../src/lib/store/backup';
import { createDatabase, schemaV2, type ZdraveiDb } from '../../src/lib/store/db';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt } from '../../src/lib/store/progress';
import { addMember, createGroup } from '../../src/lib/store/groups';
import { savePath } from '../../src/lib/store/lesson-paths';
import { assignPath, pathForLearner } from '../../src/lib/store/assignments';
import { testDatabase } from './db-helpers';

/** A backup file exactly as version 1 of the app wrote it: answers without ids, no groups or paths. */
const version1File = {
  app: 'zdravei',
  version: 1,
  exportedAt: new Date(10_000).toISOString(),
  profiles: [{ id: 'p-ana', name: 'Ана', picture: '1F98A', createdAt: 1000, updatedAt: 1000 }],
  attempts: [
    { profileId: 'p-ana', lessonId: 'l/a', exerciseId: 'l/a#1', wordId: 'zdravey', correct: true, ms: 700, at: 3000 },
    { profileId: 'p-ana', lessonId: 'l/a', exerciseId: 'l/a#1', correct: false, ms: 900, at: 4000 },
  ],
  lessonProgress: [],
  cards: [],
};

async function classWithPath(db: ZdraveiDb) {
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' }, 1000);
  const omar = await createProfile(db, { name: 'عمر', picture: '1F981' }, 2000);
  const group = await createGroup(db, 'Вторник следобед', 3000);
  await addMember(db, group.id, ana.id, 3000);
  await addMember(db, group.id, omar.id, 3000);
  const path = await savePath(
    db,
    { title: 'Първи стъпки', lessons: ['alphabet/first-letters', 'language/greetings'], basedOn: 'first-steps' },
    4000,
  );
  await assignPath(db, { pathId: path.id, target: { kind: 'group', groupId: group.id }, by: '2026-12-24' }, 5000);
  await recordAttempt(db, { profileId: ana.id, lessonId: 'l/a', exerciseId: 'l/a#1', correct: true, ms: 500 }, 6000);
  return { ana, omar, group, path };
}

describe('backups of version 2 and later (groups and paths)', () => {
  it('carry groups, memberships, paths and assignments to another computer', async () => {
    const source = testDatabase();
    const { ana, path } = await classWithPath(source);
    const file = parseBackup(JSON.stringify(await exportProgress(source)));
    expect(file.version).toBe(3);
    const target = testDatabase();
    await importBackup(target, file);
    expect(await target.groups.toArray()).toEqual(await source.groups.toArray());
    expect(await target.memberships.toArray()).toEqual(await source.memberships.toArray());
    expect(await target.paths.toArray()).toEqual(await source.paths.toArray());
    expect(await pathForLearner(target, ana.id)).toEqual({ path, from: 'group', by: '2026-12-24' });
  });

  it('leave out memberships and own assignments of children who are not in the file', async () => {
    const db = testDatabase();
    const { ana, omar, path } = await classWithPath(db);
    await assignPath(db, { pathId: path.id, target: { kind: 'learner', profileId: omar.id } });
    const file = await exportProgress(db, [ana.id]);
    expect(file.memberships.map((m) => m.profileId)).toEqual([ana.id]);
    expect(file.assignments.map((a) => a.groupId ?? a.profileId)).toEqual([file.groups[0]!.id]);
    expect(() => parseBackup(JSON.stringify(file))).not.toThrow();
  });

  it('loaded twice add nothing twice', async () => {
    const source = testDatabase();
    await classWithPath(source);
    const text = JSON.stringify(await exportProgress(source));
    const target = testDatabase();
    expect(await importBackup(target, parseBackup(text))).toMatchObject({ profilesAdded: 2, attemptsAdded: 1 });
    expect(await importBackup(target, parseBackup(text))).toMatchObject({ profilesAdded: 0, attemptsAdded: 0 });
    expect(await target.answers.count()).toBe(1);
    expect(await target.assignments.count()).toBe(1);
    expect(await target.memberships.count()).toBe(2);
  });

  it('are refused when an assignment names a path the file does not have', async () => {
    const db = testDatabase();
    await classWithPath(db);
    const file = await exportProgress(db);
    const broken: BackupFile = { ...file, paths: [] };
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(new ImportError('inconsistent', `pathId ${file.assignments[0]!.pathId}`));
  });

  it('are refused when an assignment names both a child and a group', async () => {
    const db = testDatabase();
    const { ana } = await classWithPath(db);
    const file = await exportProgress(db);
    const both = { ...file, assignments: file.assignments.map((a) => ({ ...a, profileId: ana.id })) };
    expect(() => parseBackup(JSON.stringify(both))).toThrow('invalid: assignments[0]');
  });
});

describe('backups of version 1 (answers without ids)', () => {
  it('still load, each answer getting an id made of its content', async () => {
    const db = testDatabase();
    const report = await importBackup(db, parseBackup(JSON.stringify(version1File)));
    expect(report).toMatchObject({ profilesAdded: 1, attemptsAdded: 2 });
    const answers = await db.answers.orderBy('at').toArray();
    expect(answers.map((a) => a.id)).toEqual(['v2:p-ana:3000:l/a#1', 'v2:p-ana:4000:l/a#1']);
    expect(answers[0]).toMatchObject({ wordId: 'zdravey', correct: true, day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('loaded twice add nothing twice', async () => {
    const db = testDatabase();
    await importBackup(db, parseBackup(JSON.stringify(version1File)));
    expect(await importBackup(db, parseBackup(JSON.stringify(version1File)))).toMatchObject({ attemptsAdded: 0 });
    expect(await db.answers.count()).toBe(2);
  });

  it('add nothing on a computer whose own store was upgraded from the same answers', async () => {
    const name = `zdravei-v1-file-${Date.now()}`;
    const old = new Dexie(name);
    old.version(2).stores(schemaV2);
    await old.table('profiles').add(version1File.profiles[0]);
    await old.table('attempts').bulkAdd(version1File.attempts.map((a) => ({ ...a, day: '1970-01-01' })));
    old.close();
    const db = createDatabase(name);
    expect(await importBackup(db, parseBackup(JSON.stringify(version1File)))).toMatchObject({ attemptsAdded: 0 });
    expect(await db.answers.count()).toBe(2);
    await db.delete();
  });
});
