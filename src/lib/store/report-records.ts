/**
 * What the tutor's reports read from this computer: every child, answer, lesson record
 * and word card, each checked first (records.ts), so a damaged record is left out of the
 * report instead of breaking it. Read in one transaction, so the views agree.
 */
import type { ReportRecords } from '../reports/report-records';
import type { ZdraveiDb } from './db';
import { listProfiles } from './profiles';
import { attemptFields, checkRecords, lessonProgressFields, storedCardFields } from './records';

const keyOf = (record: unknown) => JSON.stringify(record);

/** This computer's records, as the reports read them. */
export async function reportRecords(db: ZdraveiDb): Promise<ReportRecords> {
  return db.transaction('r', [db.profiles, db.attempts, db.lessonProgress, db.cards], async () => {
    const [profiles, answers, lessonProgress, cards] = await Promise.all([
      listProfiles(db),
      db.attempts.orderBy('at').toArray(),
      db.lessonProgress.toArray(),
      db.cards.toArray(),
    ]);
    return {
      profiles: profiles.map(({ id, name, picture }) => ({ id, name, picture })),
      answers: checkRecords<ReportRecords['answers'][number]>(attemptFields, answers, keyOf).valid,
      lessonProgress: checkRecords<ReportRecords['lessonProgress'][number]>(lessonProgressFields, lessonProgress, keyOf).valid,
      cards: checkRecords<ReportRecords['cards'][number]>(storedCardFields, cards, keyOf).valid,
    };
  });
}
