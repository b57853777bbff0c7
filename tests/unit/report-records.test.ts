import { describe, expect, it } from 'vitest';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { reportRecords } from '../../src/lib/store/report-records';
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
});
