import { describe, expect, it } from 'vitest';
import { recordAttempt, saveExerciseResult, starsFor } from '../../src/lib/store/progress';
import { attemptsOf, lessonProgressOf } from '../../src/lib/store/progress-reads';
import { testDatabase } from './db-helpers';

const day = (d: number, h = 10) => new Date(2026, 10, d, h).getTime();

describe('attempts', () => {
  it('records every answer with profile, lesson, exercise, result, time taken and when', async () => {
    const db = testDatabase();
    await recordAttempt(
      db,
      {
        profileId: 'p1',
        lessonId: 'language/greetings',
        exerciseId: 'language/greetings#listen',
        wordId: 'zdravey',
        correct: false,
        ms: 1234.6,
      },
      day(3),
    );
    expect(await attemptsOf(db, 'p1')).toEqual([
      expect.objectContaining({
        lessonId: 'language/greetings',
        exerciseId: 'language/greetings#listen',
        wordId: 'zdravey',
        correct: false,
        ms: 1235,
        at: day(3),
        day: '2026-11-03',
      }),
    ]);
  });

  it('updates the word’s card: a wrong answer makes it due again soon', async () => {
    const db = testDatabase();
    await recordAttempt(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#a', wordId: 'mechka', correct: false, ms: 1 }, day(3));
    const card = await db.cards.get(['p1', 'mechka']);
    expect(card?.fsrs.reps).toBeGreaterThan(0);
    expect(card!.due - day(3)).toBeLessThan(60 * 60 * 1000);
  });
});

describe('lesson progress', () => {
  it('gives stars for a share of right answers', () => {
    expect([0, 0.59, 0.6, 0.89, 0.9, 1].map(starsFor)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('is started until every exercise has a result, then completed with stars from the mean', async () => {
    const db = testDatabase();
    const lessonExercises = ['l/x#a', 'l/x#b'];
    const first = await saveExerciseResult(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#a', score: 1, lessonExercises });
    expect(first).toMatchObject({ status: 'started', stars: 0 });
    const second = await saveExerciseResult(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#b', score: 0.5, lessonExercises });
    expect(second).toMatchObject({ status: 'completed', stars: 2, bestScore: 0.75 });
  });

  it('never lowers a result the child already had', async () => {
    const db = testDatabase();
    await saveExerciseResult(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#a', score: 1, lessonExercises: ['l/x#a'] });
    const again = await saveExerciseResult(db, {
      profileId: 'p1',
      lessonId: 'l/x',
      exerciseId: 'l/x#a',
      score: 0.2,
      lessonExercises: ['l/x#a'],
    });
    expect(again).toMatchObject({ status: 'completed', stars: 3, bestScore: 1, exercises: { 'l/x#a': 1 } });
  });

  it('keeps each child’s progress apart', async () => {
    const db = testDatabase();
    await saveExerciseResult(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#a', score: 1, lessonExercises: ['l/x#a'] });
    expect(await lessonProgressOf(db, 'p1')).toHaveLength(1);
    expect(await lessonProgressOf(db, 'p2')).toEqual([]);
  });
});
