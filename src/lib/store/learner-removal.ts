/**
 * Deleting a child with a way back: everything kept about them is read out before it is
 * removed, held in memory by the page, and put back as it was on "undo".
 */
import type { Answer, Assignment, LessonProgress, Membership, Profile, WordCard, ZdraveiDb } from './db';
import { deleteProfile } from './profiles';

/** Every record of one child, as it was when they were deleted. */
export interface RemovedLearner {
  profile: Profile;
  answers: Answer[];
  lessonProgress: LessonProgress[];
  cards: WordCard[];
  memberships: Membership[];
  assignments: Assignment[];
}

const learnerTables = (db: ZdraveiDb) => [db.profiles, db.answers, db.lessonProgress, db.cards, db.memberships, db.assignments];

/** Deletes a child and everything about them; gives back what was deleted, for restoreLearner. */
export async function removeLearner(db: ZdraveiDb, id: string): Promise<RemovedLearner | undefined> {
  return db.transaction('rw', learnerTables(db), async () => {
    const profile = await db.profiles.get(id);
    if (!profile) return undefined;
    const removed: RemovedLearner = {
      profile,
      answers: await db.answers.where('profileId').equals(id).toArray(),
      lessonProgress: await db.lessonProgress.where('profileId').equals(id).toArray(),
      cards: await db.cards.where('profileId').equals(id).toArray(),
      memberships: await db.memberships.where('profileId').equals(id).toArray(),
      assignments: await db.assignments.where('profileId').equals(id).toArray(),
    };
    await deleteProfile(db, id);
    return removed;
  });
}

/** Puts a deleted child back with all their records; a group deleted meanwhile is not brought back. */
export async function restoreLearner(db: ZdraveiDb, removed: RemovedLearner): Promise<void> {
  await db.transaction('rw', [...learnerTables(db), db.groups, db.paths], async () => {
    await db.profiles.put(removed.profile);
    await db.answers.bulkPut(removed.answers);
    await db.lessonProgress.bulkPut(removed.lessonProgress);
    await db.cards.bulkPut(removed.cards);
    const groups = new Set((await db.groups.toArray()).map((g) => g.id));
    await db.memberships.bulkPut(removed.memberships.filter((m) => groups.has(m.groupId)));
    const paths = new Set((await db.paths.toArray()).map((p) => p.id));
    await db.assignments.bulkPut(removed.assignments.filter((a) => paths.has(a.pathId)));
  });
}
