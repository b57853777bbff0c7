import { describe, expect, it } from 'vitest';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { reportRecords, reportScope } from '../../src/lib/store/report-records';
import { createGroup, setMembers } from '../../src/lib/store/groups';
import { savePath } from '../../src/lib/store/lesson-paths';
import { assignPath } from '../../src/lib/store/assignments';
import { testDatabase } from './db-helpers';

describe('the records the reports read from this computer', () => {
  it('has every child, answer (oldest first), lesson record and word card', async () => {
    const db = testDatabase();
    const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
    const answer = { profileId: ana.id, lessonId: 'language/greetings', exerciseId: 'language/greetings#listen', wordId: 'chao', ms: 900 };
    await recordAttempt(db, { ...answer, correct: false }, 2000);
    await recordAttempt(db, { ...answer, correct: true }, 1000);
    await saveExerciseResult(db, {
      profileId: ana.id,
      lessonId: 'language/greetings',
      exerciseId: 'language/greetings#listen',
      score: 1,
      lessonExercises: ['language/greetings#listen'],
    });

    const records = await reportRecords(db);
    expect(records.profiles).toEqual([{ id: ana.id, name: 'Ана', picture: '1F98A' }]);
    expect(records.answers.map((a) => [a.correct, a.at])).toEqual([
      [true, 1000],
      [false, 2000],
    ]);
    expect(records.lessonProgress).toEqual([expect.objectContaining({ lessonId: 'language/greetings', status: 'completed', stars: 3 })]);
    expect(records.cards).toEqual([expect.objectContaining({ profileId: ana.id, wordId: 'chao' })]);
  });

  it('leaves a damaged record out instead of failing', async () => {
    const db = testDatabase();
    await db.lessonProgress.put({ profileId: 'p', lessonId: 'l/x', status: 'started', stars: 9 } as never);
    expect((await reportRecords(db)).lessonProgress).toEqual([]);
  });

  it('has what a report can be about: the groups (by name), their members, the saved paths and the assignments', async () => {
    const db = testDatabase();
    const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
    const tuesday = await createGroup(db, 'Вторник');
    const monday = await createGroup(db, 'Понеделник');
    await setMembers(db, tuesday.id, [ana.id]);
    const path = await savePath(db, { title: 'Поздрави', lessons: ['language/greetings'] });
    await assignPath(db, { pathId: path.id, target: { kind: 'group', groupId: tuesday.id } });

    const scope = await reportScope(db, 'bg');
    expect(scope.groups.map((g) => g.name)).toEqual(['Вторник', 'Понеделник'].sort((a, b) => a.localeCompare(b, 'bg')));
    expect(scope.groups.map((g) => g.id)).toContain(monday.id);
    expect(scope.memberships).toEqual([expect.objectContaining({ groupId: tuesday.id, profileId: ana.id })]);
    expect(scope.paths.map((p) => p.title)).toEqual(['Поздрави']);
    expect(scope.assignments).toEqual([expect.objectContaining({ pathId: path.id, groupId: tuesday.id })]);
  });
});
