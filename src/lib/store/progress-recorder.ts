/**
 * The browser side of progress: opens the store once, finds who is learning, and
 * records for them. Loaded with a dynamic import (see exercise-report.ts), so Dexie and
 * ts-fsrs are not part of a lesson page's up-front JavaScript.
 */
import { activeLearner, touchSession } from './session';
import { persistentStore } from './persistent-store';
import { recordAttempt, saveExerciseResult, type AnswerInput, type ExerciseResult } from './progress';
import { meetWords } from './scheduler';
import type { LessonProgress, ZdraveiDb } from './db';
import { isSaving, savesSettled } from './exercise-report';
import { holdLinksWhileSaving } from '../browser/hold-links';

// exercise-report.ts opens the store through the recorder it has just loaded.
export { persistentStore };

// Every save waits for this module: from its loading on, a link followed while a save runs
// waits for it (a lesson page does not carry that code up front).
if (typeof document !== 'undefined') holdLinksWhileSaving(isSaving, savesSettled);

/** Why progress was not kept, for the message beside the exercise. */
export type NotKept = 'no-learner' | 'memory' | 'failed';

export interface Outcome {
  kept: boolean;
  reason?: NotKept;
  progress?: LessonProgress;
}

async function withLearner(work: (db: ZdraveiDb, profileId: string) => Promise<LessonProgress | void>): Promise<Outcome> {
  try {
    const db = await persistentStore();
    if (!db) return { kept: false, reason: 'memory' };
    const profileId = await activeLearner(db);
    if (!profileId) return { kept: false, reason: 'no-learner' };
    const progress = (await work(db, profileId)) ?? undefined;
    await touchSession(db);
    return { kept: true, progress };
  } catch (error) {
    // Quota, a closed database, anything: the child keeps playing; the note says why.
    console.warn('Progress could not be saved:', error);
    return { kept: false, reason: 'failed' };
  }
}

export function saveAnswer(answer: Omit<AnswerInput, 'profileId'>): Promise<Outcome> {
  return withLearner((db, profileId) => recordAttempt(db, { ...answer, profileId }));
}

export function saveResult(result: Omit<ExerciseResult, 'profileId'>, seenWords: readonly string[] = []): Promise<Outcome> {
  return withLearner(async (db, profileId) => {
    if (seenWords.length > 0) await meetWords(db, profileId, seenWords);
    return saveExerciseResult(db, { ...result, profileId });
  });
}
