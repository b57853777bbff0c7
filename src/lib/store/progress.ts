/**
 * What a child did: every answer (the `answers` table), each exercise's best score, and each
 * lesson's status and stars. Functions take the database so tests can give their own.
 * Reading them back is progress-reads.ts, which does not load the FSRS scheduler.
 */
import { localDay, type Answer, type LessonProgress, type ZdraveiDb } from './db';
import { gradeFor, rateWord } from './scheduler';
import { starsFor } from '../exercises/scoring';

/** An answer as an exercise reports it: before it gets its id, time and day. */
export type AnswerInput = Pick<Answer, 'profileId' | 'lessonId' | 'exerciseId' | 'wordId' | 'correct' | 'ms'>;

/** Records one answer; an answer about a word also updates that word's card. */
export async function recordAttempt(db: ZdraveiDb, input: AnswerInput, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.answers, db.cards, async () => {
    const answer: Answer = { ...input, id: crypto.randomUUID(), ms: Math.max(0, Math.round(input.ms)), at: now, day: localDay(now) };
    await db.answers.add(answer);
    if (input.wordId) await rateWord(db, input.profileId, input.wordId, gradeFor(input.correct), now);
  });
}

// Stars are computed in lib/scoring.ts, which islands can import without Dexie.
export { starsFor };

export interface ExerciseResult {
  profileId: string;
  lessonId: string;
  exerciseId: string;
  /** Share of right answers, 0 to 1. */
  score: number;
  /** Ids of every exercise in the lesson, so the lesson is complete when each has a result. */
  lessonExercises: readonly string[];
}

/**
 * Keeps an exercise's best score and updates its lesson: completed once every exercise
 * in it has a result, with stars from the mean of their best scores. Never lowers a
 * result the child already had.
 */
export async function saveExerciseResult(db: ZdraveiDb, result: ExerciseResult, now = Date.now()): Promise<LessonProgress> {
  return db.transaction('rw', db.lessonProgress, async () => {
    const previous = await db.lessonProgress.get([result.profileId, result.lessonId]);
    const exercises = { ...(previous?.exercises ?? {}) };
    exercises[result.exerciseId] = Math.max(exercises[result.exerciseId] ?? 0, clamp(result.score));
    const done = result.lessonExercises.length > 0 && result.lessonExercises.every((id) => id in exercises);
    const scores = result.lessonExercises.map((id) => exercises[id] ?? 0);
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
    const wasCompleted = previous?.status === 'completed';
    const record: LessonProgress = {
      profileId: result.profileId,
      lessonId: result.lessonId,
      status: done || wasCompleted ? 'completed' : 'started',
      bestScore: Math.max(previous?.bestScore ?? 0, done ? mean : 0),
      stars: done ? (Math.max(previous?.stars ?? 0, starsFor(mean)) as 1 | 2 | 3) : (previous?.stars ?? 0),
      exercises,
      updatedAt: now,
    };
    await db.lessonProgress.put(record);
    return record;
  });
}

function clamp(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
