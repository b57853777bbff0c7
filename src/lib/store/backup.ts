/**
 * Export and import of progress as one versioned JSON file, so a tutor can back up a
 * computer or carry a child's progress to another one. The tutor's recordings go in only
 * when asked for (withRecordings): they are large, so backupSizes says what each choice
 * weighs before saving. An import is validated whole before anything is written
 * (backup-file.ts), then applied in one transaction: all or nothing, even when the
 * computer runs out of room halfway.
 */
import {
  localDay,
  type Answer,
  type Group,
  type LessonPath,
  type LessonProgress,
  type Recording,
  type WordCard,
  type ZdraveiDb,
} from './db';
import { backupVersion, ImportError, type BackupFile, type BackupRecording } from './backup-file';
import { validProfiles } from './profiles';
import { base64Length, fromBase64, toBase64 } from './base64';

export {
  backupSchema,
  backupVersion,
  ImportError,
  maxBackupBytes,
  parseBackup,
  type BackupFile,
  type BackupRecording,
  type ImportProblem,
} from './backup-file';

export interface ImportReport {
  profilesAdded: number;
  profilesUpdated: number;
  attemptsAdded: number;
  lessonsUpdated: number;
  cardsUpdated: number;
  /** The tutor's recordings added or replaced by newer ones. */
  recordingsAdded: number;
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

/** The recordings of this computer that can go in a file: a malformed row stays out, so that the file loads again. */
async function storedRecordings(db: ZdraveiDb): Promise<Recording[]> {
  const rows = await db.recordings.toArray();
  return rows.filter((r) => {
    try {
      return (
        typeof r.wordId === 'string' &&
        r.wordId.length > 0 &&
        r.wordId.length <= 200 &&
        Number.isSafeInteger(r.updatedAt) &&
        r.updatedAt >= 0 &&
        r.updatedAt <= 8.64e15 &&
        // Duck-typed: a Blob made in another realm (a test's, a frame's) is a Blob all the same.
        typeof r.audio?.arrayBuffer === 'function' &&
        typeof r.audio.size === 'number'
      );
    } catch {
      // A Blob-like value whose size cannot even be read.
      return false;
    }
  });
}

/** A recording's entry in the file, with the audio still to be filled in. */
function recordingEntry(recording: Recording, audio: string): BackupRecording {
  // A recording without a usable type was made by MediaRecorder, whose default is WebM.
  const mime = /^audio\/[\w.+-]+(;.*)?$/.test(recording.audio.type) ? recording.audio.type : 'audio/webm';
  return { key: recording.wordId, recordedAt: recording.updatedAt, mime, audio };
}

/** The backup with every recording of this computer in it. */
export async function withRecordings(db: ZdraveiDb, file: BackupFile): Promise<BackupFile> {
  const recordings = await storedRecordings(db);
  const entries = await Promise.all(recordings.map(async (r) => recordingEntry(r, toBase64(new Uint8Array(await r.audio.arrayBuffer())))));
  return { ...file, recordings: entries };
}

/** The size in bytes of a backup file as the tutor tools save it (JSON indented by one space: islands/tutor/download.ts). */
export function backupBytes(file: BackupFile): number {
  return new TextEncoder().encode(JSON.stringify(file, null, 1)).length;
}

export interface BackupSizes {
  /** Progress alone. */
  progress: number;
  /** Progress and every recording. */
  withRecordings: number;
  /** How many recordings there are. */
  recordings: number;
}

/**
 * What each choice weighs, before saving: the file is made without its audio, and each
 * recording's base64 is counted from its size instead of being made, since the tutor may
 * not choose it. Exact, because base64 is plain ASCII that JSON does not escape.
 */
export async function backupSizes(db: ZdraveiDb, now = Date.now()): Promise<BackupSizes> {
  const file = await exportProgress(db, undefined, now);
  const recordings = await storedRecordings(db);
  const withoutAudio = { ...file, recordings: recordings.map((r) => recordingEntry(r, '')) };
  const audio = recordings.reduce((sum, r) => sum + base64Length(r.audio.size), 0);
  return { progress: backupBytes(file), withRecordings: backupBytes(withoutAudio) + audio, recordings: recordings.length };
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
  // Decoded before the transaction, which must not wait on anything but the database.
  const recordings: Recording[] = (backup.recordings ?? []).map((r) => ({
    wordId: r.key,
    audio: new Blob([fromBase64(r.audio)], { type: r.mime }),
    updatedAt: r.recordedAt,
  }));
  try {
    return await db.transaction('rw', [...backupTables(db), db.recordings], async () => {
      const collision = await findCollision(db, backup);
      if (collision) throw new ImportError('collision', collision);
      const report = await merge(db, backup);
      // The newer recording of a word wins, as for every other record.
      const here = await db.recordings.bulkGet(recordings.map((r) => r.wordId));
      const newer = recordings.filter((r, i) => (here[i]?.updatedAt ?? -1) < r.updatedAt);
      await db.recordings.bulkPut(newer);
      return { ...report, recordingsAdded: newer.length };
    });
  } catch (error) {
    // The transaction aborted, so nothing of the file was kept; say why in words a tutor can act on.
    if (isQuotaError(error)) throw new ImportError('storage-full');
    throw error;
  }
}

/** The writes of an import; runs inside importBackup's transaction. */
async function merge(db: ZdraveiDb, backup: BackupFile): Promise<Omit<ImportReport, 'recordingsAdded'>> {
  const report = { profilesAdded: 0, profilesUpdated: 0, attemptsAdded: 0, lessonsUpdated: 0, cardsUpdated: 0 };
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
