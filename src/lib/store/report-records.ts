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

/** What a report can be about on this computer: its groups and their members, its saved paths and the assignments. */
export interface ReportScopeRecords {
  groups: { id: string; name: string }[];
  memberships: { groupId: string; profileId: string }[];
  paths: { id: string; title: string; lessons: string[] }[];
  assignments: { pathId: string; groupId?: string; everyone?: boolean; assignedAt: number }[];
}

export async function reportScope(db: ZdraveiDb): Promise<ReportScopeRecords> {
  const [paths, assignments] = await Promise.all([db.paths.toArray(), db.assignments.toArray()]);
  // Groups come with the next version of the database.
  return { groups: [], memberships: [], paths, assignments };
}
