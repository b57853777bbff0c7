import { expect, it } from 'vitest';
import { checkedDueWords, checkedLessonProgress } from '../../src/lib/store/checked-reads';
import { meetWords } from '../../src/lib/store/scheduler';
import { saveExerciseResult } from '../../src/lib/store/progress';
import { withDefaults } from '../../src/lib/store/keys';
import { testDatabase } from './db-helpers';

it('leaves a malformed lesson progress record out and keeps the others', async () => {
  const db = testDatabase();
  await saveExerciseResult(db, {
    profileId: 'p1',
    lessonId: 'language/greetings',
    exerciseId: 'language/greetings#cards',
    score: 1,
    lessonExercises: ['language/greetings#cards'],
  });
  await db.lessonProgress.put({ profileId: 'p1', lessonId: 'language/colours', status: 'finished!', stars: 'many' } as never);
  const progress = await checkedLessonProgress(db, 'p1');
  expect(progress.map((p) => p.lessonId)).toEqual(['language/greetings']);
});

it('leaves a malformed word card out of the review, and the round goes on', async () => {
  const db = testDatabase();
  await meetWords(db, 'p1', ['mechka', 'valk'], 1_000);
  await db.cards.put({ profileId: 'p1', wordId: 'lisitsa', due: 500, fsrs: null, updatedAt: 500 } as never);
  const due = await checkedDueWords(db, 'p1', 2_000);
  expect(due.map((c) => c.wordId).sort()).toEqual(['mechka', 'valk']);
});

it('keeps the default of a setting stored malformed', () => {
  expect(withDefaults({ inactivityMinutes: '5' as never, picturePasswords: 1 as never, speakInstructions: 'no' as never })).toEqual({
    inactivityMinutes: 15,
    picturePasswords: false,
    speakInstructions: true,
  });
  expect(withDefaults({ inactivityMinutes: 30, speakInstructions: false })).toEqual({
    inactivityMinutes: 30,
    picturePasswords: false,
    speakInstructions: false,
  });
  expect(withDefaults(undefined)).toEqual({ inactivityMinutes: 15, picturePasswords: false, speakInstructions: true });
});
