/**
 * What the learner pages read from IndexedDB, checked first (lib/store/records.ts): a
 * malformed record is left out, so the page shows the rest instead of breaking. Kept
 * apart from progress.ts and scheduler.ts, which lesson pages load to record answers,
 * so that zod stays out of the lesson's JavaScript.
 */
import type { LessonProgress, WordCard, ZdraveiDb } from './db';
import { lessonProgressOf } from './progress-reads';
import { checkedCards, checkedProgress } from './records';
import { dueWords } from './due-words';

/** A child's lesson progress, well-formed records only. */
export async function checkedLessonProgress(db: ZdraveiDb, profileId: string): Promise<LessonProgress[]> {
  return checkedProgress(await lessonProgressOf(db, profileId));
}

/** The words due for review (see dueWords), well-formed cards only. */
export async function checkedDueWords(db: ZdraveiDb, profileId: string, now = Date.now(), limit = 10): Promise<WordCard[]> {
  return checkedCards(await dueWords(db, profileId, now, limit));
}
