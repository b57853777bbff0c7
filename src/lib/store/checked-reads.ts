/**
 * What the learner pages read from IndexedDB, checked first (lib/store/records.ts): a
 * malformed record is left out, so the page shows the rest instead of breaking. Kept
 * apart from progress.ts and scheduler.ts, which lesson pages load to record answers,
 * so that zod stays out of the lesson's JavaScript.
 */
import type { LessonProgress, WordCard, ZdraveiDb } from './db';
import { lessonProgressOf } from './progress-reads';
import { checkRecords, lessonProgressFields, storedCardFields } from './records';
import { dueWords } from './due-words';

const keyOf = (record: unknown) => JSON.stringify(record);

/** A child's lesson progress, well-formed records only. */
export async function checkedLessonProgress(db: ZdraveiDb, profileId: string): Promise<LessonProgress[]> {
  return checkRecords<LessonProgress>(lessonProgressFields, await lessonProgressOf(db, profileId), keyOf).valid;
}

/** The words due for review (see dueWords), well-formed cards only. */
export async function checkedDueWords(db: ZdraveiDb, profileId: string, now = Date.now(), limit = 10): Promise<WordCard[]> {
  return checkRecords<WordCard>(storedCardFields, await dueWords(db, profileId, now, limit), keyOf).valid;
}
