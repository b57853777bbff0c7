/**
 * Export and import of progress as one versioned JSON file, so a tutor can back up a
 * computer or carry a child's progress to another one. An import is validated whole
 * before anything is written (backup-file.ts), then applied in one transaction: all or
 * nothing, even when the computer runs out of room halfway.
 */
import { localDay, type Answer, type Group, type LessonPath, type LessonProgress, type WordCard, type ZdraveiDb } from './db';
import { backupVersion, ImportError, type BackupFile } from './backup-file';
import { validProfiles } from './profiles';

export { backupSchema, backupVersion, ImportError, maxBackupBytes, parseBackup, type BackupFile, type ImportProblem } from './backup-file';

export interface ImportReport {
  profilesAdded: number;
  profilesUpdated: number;
  attemptsAdded: number;
  lessonsUpdated: number;
  cardsUpdated: number;
}

/** The tables a backup file carries. */
const backupTables = (db: ZdraveiDb) => [
  db.profiles,
  db.answers,
  db.lessonProgress,
  db.cards,
  db.groups,
  db.memberships,
  db.paths,
  db.assignments,
];

/**
 * Everything about the given children (all children when none are given), as a backup file,
 * with every group and path of this computer, and the assignments that concern those children.
 */
export async function exportProgress(db: ZdraveiDb, profileIds?: readonly string[], now = Date.now()): Promise<BackupFile> {
  return db.transaction('r', backupTables(db), async () => {
    // A malformed record stays out of the file, so that the file can always be loaded again.
    const stored = profileIds ? (await db.profiles.bulkGet([...profileIds])).filter(Boolean) : await db.profiles.toArray();
    const profiles = validProfiles(stored);
    const ids = profiles.map((p) => p.id);
    const [answers, lessonProgress, cards, groups, memberships, paths, assignments] = await Promise.all([
      db.answers.where('profileId').anyOf(ids).sortBy('at'),
      db.lessonProgress.where('profileId').anyOf(ids).toArray(),
      db.cards.where('profileId').anyOf(ids).toArray(),
      db.groups.toArray(),
      db.memberships.where('profileId').anyOf(ids).toArray(),
      db.paths.toArray(),
      db.assignments.toArray(),
    ]);
    const groupIds = new Set(groups.map((g) => g.id));
    const pathIds = new Set(paths.map((p) => p.id));
    return {
      app: 'zdravei',
      version: backupVersion,
      exportedAt: new Date(now).toISOString(),
      profiles: profiles.map(({ id, name, picture, picturePassword, createdAt, updatedAt }) => ({
        id,
        name,
        picture,
        ...(picturePassword ? { picturePassword } : {}),
        createdAt,
        updatedAt,
      })),
      answers: answers.map(({ id, profileId, lessonId, exerciseId, wordId, correct, ms, at }) => ({
        id,
        profileId,
        lessonId,
        exerciseId,
        ...(wordId ? { wordId } : {}),
        correct,
        ms,
        at,
      })),
      lessonProgress: lessonProgress.map((p) => ({ ...p, exercises: p.exercises ?? {} })),
      cards: cards.map(({ profileId, wordId, fsrs, updatedAt }) => ({
        profileId,
        wordId,
        updatedAt,
        fsrs: {
          due: fsrs.due.toISOString(),
          stability: fsrs.stability,
          difficulty: fsrs.difficulty,
          elapsed_days: fsrs.elapsed_days,
          scheduled_days: fsrs.scheduled_days,
          learning_steps: fsrs.learning_steps,
          reps: fsrs.reps,
          lapses: fsrs.lapses,
          state: fsrs.state,
          ...(fsrs.last_review ? { last_review: fsrs.last_review.toISOString() } : {}),
        },
      })),
      groups,
      memberships: memberships.filter((m) => groupIds.has(m.groupId)),
      paths,
      // An assignment to a child left out of the file, or naming a path or group that is gone, stays here.
      assignments: assignments.filter(
        (a) =>
          pathIds.has(a.pathId) &&
          (a.profileId === undefined || ids.includes(a.profileId)) &&
          (a.groupId === undefined || groupIds.has(a.groupId)),
      ),
    };
  });
}

/** True for the browser's "no room left" error, however Dexie wraps it (an aborted transaction keeps it as `inner`). */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

/**
 * A child in the file whose id is already used by a different child here (created at
 * another moment): merging would silently rename that child and mix their progress, so
 * the file is refused whole instead.
 */
async function findCollision(db: ZdraveiDb, backup: BackupFile): Promise<string | undefined> {
  const here = await db.profiles.bulkGet(backup.profiles.map((p) => p.id));
  const index = backup.profiles.findIndex((p, i) => {
    const existing = here[i];
    return existing !== undefined && existing.createdAt !== p.createdAt;
  });
  if (index < 0) return undefined;
  return `profiles[${index}] “${backup.profiles[index]!.name}” ≠ “${String(here[index]!.name)}”`;
}

/** Merges a checked backup into the database in one transaction; the newer record wins. */
export async function importBackup(db: ZdraveiDb, backup: BackupFile): Promise<ImportReport> {
  try {
    return await db.transaction('rw', backupTables(db), async () => {
      const collision = await findCollision(db, backup);
      if (collision) throw new ImportError('collision', collision);
      return merge(db, backup);
    });
  } catch (error) {
    // The transaction aborted, so nothing of the file was kept; say why in words a tutor can act on.
    if (isQuotaError(error)) throw new ImportError('storage-full');
    throw error;
  }
}

/** The writes of an import; runs inside importBackup's transaction. */
async function merge(db: ZdraveiDb, backup: BackupFile): Promise<ImportReport> {
  const report: ImportReport = { profilesAdded: 0, profilesUpdated: 0, attemptsAdded: 0, lessonsUpdated: 0, cardsUpdated: 0 };
  for (const profile of backup.profiles) {
    const existing = await db.profiles.get(profile.id);
    if (!existing) report.profilesAdded++;
    else if (existing.updatedAt < profile.updatedAt) report.profilesUpdated++;
    else continue;
    await db.profiles.put(profile);
  }

  // Answers are only ever appended: one already here under its id is the same answer.
  const here = await db.answers.bulkGet(backup.answers.map((a) => a.id));
  const fresh: Answer[] = backup.answers.filter((_, i) => here[i] === undefined).map((a) => ({ ...a, day: localDay(a.at) }));
  await db.answers.bulkAdd(fresh);
  report.attemptsAdded = fresh.length;

  for (const progress of backup.lessonProgress) {
    const existing = await db.lessonProgress.get([progress.profileId, progress.lessonId]);
    if (existing && existing.updatedAt >= progress.updatedAt) continue;
    await db.lessonProgress.put(progress as LessonProgress);
    report.lessonsUpdated++;
  }

  for (const card of backup.cards) {
    const existing = await db.cards.get([card.profileId, card.wordId]);
    if (existing && existing.updatedAt >= card.updatedAt) continue;
    const { last_review, due, ...rest } = card.fsrs;
    const fsrs = { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
    const record: WordCard = { profileId: card.profileId, wordId: card.wordId, due: fsrs.due.getTime(), fsrs, updatedAt: card.updatedAt };
    await db.cards.put(record);
    report.cardsUpdated++;
  }
  await mergeNewer<Group>(db.groups, backup.groups);
  await mergeNewer<LessonPath>(db.paths, backup.paths);
  await db.memberships.bulkPut(backup.memberships);
  const assignmentsHere = await db.assignments.bulkGet(backup.assignments.map((a) => a.id));
  await db.assignments.bulkPut(backup.assignments.filter((a, i) => (assignmentsHere[i]?.assignedAt ?? -1) < a.assignedAt));
  return report;
}

/** Puts each record that is new here, or changed later than the one here (groups and paths: small tables). */
async function mergeNewer<T extends { id: string; updatedAt: number }>(
  table: { toArray(): Promise<T[]>; bulkPut(records: T[]): Promise<unknown> },
  records: readonly T[],
) {
  const here = new Map((await table.toArray()).map((r) => [r.id, r.updatedAt]));
  await table.bulkPut(records.filter((record) => (here.get(record.id) ?? -1) < record.updatedAt));
}
