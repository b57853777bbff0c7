/**
 * Reading back what a child did (progress.ts writes it): lesson progress, days practised,
 * answers. Apart from progress.ts so that pages that only read (the child's home, the
 * tutor's reports) do not load the FSRS scheduler that recording an answer needs.
 */
import type { Answer, LessonProgress, ZdraveiDb } from './db';
import { localDay } from './local-day';

export async function lessonProgressOf(db: ZdraveiDb, profileId: string): Promise<LessonProgress[]> {
  return db.lessonProgress.where('profileId').equals(profileId).toArray();
}

/**
 * Days practised in a row, counting back from today (or from yesterday, so a streak
 * is not lost before the child has had a chance to practise today).
 */
export async function practiceStreak(db: ZdraveiDb, profileId: string, now = Date.now()): Promise<number> {
  return streakOf(
    (await db.answers.where('[profileId+day]').between([profileId, ''], [profileId, '\uffff']).keys()).map(
      (key) => (key as unknown as [string, string])[1],
    ),
    now,
  );
}

/** Days practised in a row (see practiceStreak), from the days a child answered anything (YYYY-MM-DD). */
export function streakOf(answerDays: readonly string[], now: number): number {
  const days = new Set(answerDays);
  const dayMs = 24 * 60 * 60 * 1000;
  // Step back from local noon, so a 23- or 25-hour day (clock change) cannot skip a date.
  const today = new Date(now);
  let cursor = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 12).getTime();
  if (!days.has(localDay(cursor))) cursor -= dayMs;
  let streak = 0;
  while (days.has(localDay(cursor))) {
    streak++;
    cursor -= dayMs;
  }
  return streak;
}

/** Every answer of a child, oldest first. */
export async function attemptsOf(db: ZdraveiDb, profileId: string): Promise<Answer[]> {
  return db.answers.where('profileId').equals(profileId).sortBy('at');
}
