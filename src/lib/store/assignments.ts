/**
 * Which lesson path each child follows. A path is given to one child, a group, or everyone
 * on this computer; a child follows their own path, else their group's (the one given last),
 * else everyone's, else the default path from content/paths/ (the page knows that one).
 */
import type { Assignment, LessonPath, ZdraveiDb } from './db';

export type AssignTarget = { kind: 'learner'; profileId: string } | { kind: 'group'; groupId: string } | { kind: 'everyone' };

/** Whom an assignment is for, as a target. */
export function targetOf(assignment: Assignment): AssignTarget {
  if (assignment.profileId !== undefined) return { kind: 'learner', profileId: assignment.profileId };
  if (assignment.groupId !== undefined) return { kind: 'group', groupId: assignment.groupId };
  return { kind: 'everyone' };
}

const sameTarget = (a: AssignTarget, b: AssignTarget) =>
  a.kind === b.kind &&
  (a.kind !== 'learner' || a.profileId === (b as typeof a).profileId) &&
  (a.kind !== 'group' || a.groupId === (b as typeof a).groupId);

/** Gives a path to a target, replacing what that target had; `by` is a date as YYYY-MM-DD. */
export async function assignPath(
  db: ZdraveiDb,
  input: { pathId: string; target: AssignTarget; by?: string },
  now = Date.now(),
): Promise<Assignment> {
  if (input.by !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.by)) throw new RangeError(`by: not a date: ${input.by}`);
  const { target } = input;
  const assignment: Assignment = {
    id: crypto.randomUUID(),
    pathId: input.pathId,
    ...(target.kind === 'learner'
      ? { profileId: target.profileId }
      : target.kind === 'group'
        ? { groupId: target.groupId }
        : { everyone: true }),
    ...(input.by ? { by: input.by } : {}),
    assignedAt: now,
  };
  await db.transaction('rw', db.assignments, async () => {
    const replaced = (await db.assignments.toArray()).filter((a) => sameTarget(targetOf(a), target)).map((a) => a.id);
    await db.assignments.bulkDelete(replaced);
    await db.assignments.add(assignment);
  });
  return assignment;
}

export async function unassign(db: ZdraveiDb, id: string): Promise<void> {
  await db.assignments.delete(id);
}

/** Every assignment, the latest first. */
export async function listAssignments(db: ZdraveiDb): Promise<Assignment[]> {
  return (await db.assignments.toArray()).sort((a, b) => b.assignedAt - a.assignedAt);
}

export interface LearnerPath {
  path: LessonPath;
  by?: string;
  from: 'learner' | 'group' | 'everyone';
}

/** The path a child follows, and why; undefined when nothing is assigned to them (the default path). */
export async function pathForLearner(db: ZdraveiDb, profileId: string): Promise<LearnerPath | undefined> {
  return db.transaction('r', [db.assignments, db.memberships, db.paths], async () => {
    const groupIds = (await db.memberships.where('profileId').equals(profileId).toArray()).map((m) => m.groupId);
    const [own, ofGroups, all] = await Promise.all([
      db.assignments.where('profileId').equals(profileId).toArray(),
      groupIds.length > 0 ? db.assignments.where('groupId').anyOf(groupIds).toArray() : [],
      db.assignments.filter((a) => a.everyone === true).toArray(),
    ]);
    return choosePath(own, ofGroups, all, (id) => db.paths.get(id));
  });
}

/**
 * Which assigned path a child follows (see pathForLearner), from their own assignments,
 * their groups' and everyone's; also for records read without Dexie.
 */
export async function choosePath(
  own: Assignment[],
  ofGroups: Assignment[],
  all: Assignment[],
  pathById: (id: string) => Promise<LessonPath | undefined>,
): Promise<LearnerPath | undefined> {
  const candidates: [Assignment[], LearnerPath['from']][] = [
    [own, 'learner'],
    [ofGroups, 'group'],
    [all, 'everyone'],
  ];
  for (const [assignments, from] of candidates) {
    // The latest first; an assignment whose path is gone is passed over.
    for (const assignment of assignments.sort((a, b) => b.assignedAt - a.assignedAt)) {
      const path = await pathById(assignment.pathId);
      if (path) return { path, from, ...(assignment.by ? { by: assignment.by } : {}) };
    }
  }
  return undefined;
}
