/**
 * What the tutor's reports read from this computer: every child, answer, lesson record
 * and word card, each checked first (records.ts), so a damaged record is left out of the
 * report instead of breaking it; and what a report can be about (groups, paths,
 * assignments). Each read in one transaction, so the views agree.
 */
import type { ReportRecords } from '../reports/report-records';
import type { Assignment, Group, LessonPath, Membership, ZdraveiDb } from './db';
import { listAssignments } from './assignments';
import { listGroups, listMemberships } from './groups';
import { listPaths } from './lesson-paths';
import { listProfiles } from './profiles';
import { answerFields, checkRecords, lessonProgressFields, storedCardFields } from './records';

const keyOf = (record: unknown) => JSON.stringify(record);

/** This computer's records, as the reports read them; answers oldest first. */
export async function reportRecords(db: ZdraveiDb): Promise<ReportRecords> {
  return db.transaction('r', [db.profiles, db.answers, db.lessonProgress, db.cards], async () => {
    const [profiles, answers, lessonProgress, cards] = await Promise.all([
      listProfiles(db),
      db.answers.orderBy('at').toArray(),
      db.lessonProgress.toArray(),
      db.cards.toArray(),
    ]);
    return {
      profiles: profiles.map(({ id, name, picture }) => ({ id, name, picture })),
      answers: checkRecords<ReportRecords['answers'][number]>(answerFields, answers, keyOf).valid,
      lessonProgress: checkRecords<ReportRecords['lessonProgress'][number]>(lessonProgressFields, lessonProgress, keyOf).valid,
      cards: checkRecords<ReportRecords['cards'][number]>(storedCardFields, cards, keyOf).valid,
    };
  });
}

/** What a report can be about on this computer: its groups and their members, its saved paths and the assignments. */
export interface ReportScopeRecords {
  groups: Group[];
  memberships: Membership[];
  paths: LessonPath[];
  assignments: Assignment[];
}

export async function reportScope(db: ZdraveiDb, locale?: string): Promise<ReportScopeRecords> {
  return db.transaction('r', [db.groups, db.memberships, db.paths, db.assignments], async () => {
    const [groups, memberships, paths, assignments] = await Promise.all([
      listGroups(db, locale),
      listMemberships(db),
      listPaths(db),
      listAssignments(db),
    ]);
    return { groups, memberships, paths, assignments };
  });
}
