import { expect, it } from 'vitest';
import { removeLearner, restoreLearner } from '../../src/lib/store/learner-removal';
import { createProfile, listProfiles } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { createGroup, deleteGroup, membersOf, setMembers } from '../../src/lib/store/groups';
import { savePath } from '../../src/lib/store/lesson-paths';
import { assignPath, pathForLearner } from '../../src/lib/store/assignments';
import type { ZdraveiDb } from '../../src/lib/store/db';
import { testDatabase } from './db-helpers';

const everything = async (db: ZdraveiDb) => Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()]));

it('deletes a child with all their records, and puts every one back on undo', async () => {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' }, 1000);
  const omar = await createProfile(db, { name: 'عمر', picture: '1F981' }, 1000);
  await recordAttempt(db, { profileId: ana.id, lessonId: 'l/a', exerciseId: 'l/a#1', wordId: 'zdravey', correct: false, ms: 800 }, 2000);
  await saveExerciseResult(db, { profileId: ana.id, lessonId: 'l/a', exerciseId: 'l/a#1', score: 1, lessonExercises: ['l/a#1'] }, 2000);
  const group = await createGroup(db, 'A', 3000);
  await setMembers(db, group.id, [ana.id, omar.id], 3000);
  const path = await savePath(db, { title: 'Път', lessons: ['l/a'] }, 3000);
  await assignPath(db, { pathId: path.id, target: { kind: 'learner', profileId: ana.id } }, 4000);
  const before = await everything(db);

  const removed = await removeLearner(db, ana.id);
  expect((await listProfiles(db)).map((p) => p.name)).toEqual(['عمر']);
  expect(await db.answers.count()).toBe(0);
  expect(await membersOf(db, group.id)).toEqual([omar.id]);

  await restoreLearner(db, removed!);
  expect(await everything(db)).toEqual(before);
  expect(await pathForLearner(db, ana.id)).toMatchObject({ from: 'learner' });
});

it('does not bring back a group deleted in the meantime', async () => {
  const db = testDatabase();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  const group = await createGroup(db, 'A');
  await setMembers(db, group.id, [ana.id]);
  const removed = await removeLearner(db, ana.id);
  await deleteGroup(db, group.id);
  await restoreLearner(db, removed!);
  expect(await db.memberships.count()).toBe(0);
  expect(await removeLearner(db, 'nobody')).toBeUndefined();
});
