/**
 * Export and import of progress as one versioned JSON file, so a tutor can back up a
 * computer or carry a child's progress to another one. An import is validated whole
 * before anything is written, then applied in one transaction: all or nothing.
 */
import { z } from 'zod';
import { State } from 'ts-fsrs';
import { localDay, type Attempt, type LessonProgress, type Profile, type WordCard, type ZdraveiDb } from './db';

export const backupVersion = 1;
/** Larger files are refused before they are read: a year of a class's answers is far smaller. */
export const maxBackupBytes = 20 * 1024 * 1024;

const id = z.string().min(1).max(100);
const lessonId = z.string().max(200);
const time = z.number().int().nonnegative().max(8.64e15);
const hex = z.string().regex(/^[0-9a-f]{1,128}$/);

const profileSchema = z
  .object({
    id,
    // A name is shown as text anyway; markup in one means the file was made to attack.
    name: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[^<>]*$/),
    picture: z.string().max(60),
    picturePassword: z.object({ salt: hex, hash: hex }).strict().optional(),
    createdAt: time,
    updatedAt: time,
  })
  .strict();

const attemptSchema = z
  .object({
    profileId: id,
    lessonId,
    exerciseId: z.string().max(300),
    wordId: id.optional(),
    correct: z.boolean(),
    ms: z.number().nonnegative().max(8.64e7),
    at: time,
  })
  .strict();

const lessonProgressSchema = z
  .object({
    profileId: id,
    lessonId,
    status: z.enum(['started', 'completed']),
    bestScore: z.number().min(0).max(1),
    stars: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    exercises: z.record(z.string().max(300), z.number().min(0).max(1)).refine((r) => Object.keys(r).length <= 200),
    updatedAt: time,
  })
  .strict();

const isoDate = z.string().datetime();
const fsrsCardSchema = z
  .object({
    due: isoDate,
    stability: z.number().nonnegative(),
    difficulty: z.number().nonnegative(),
    elapsed_days: z.number().nonnegative(),
    scheduled_days: z.number().nonnegative(),
    learning_steps: z.number().int().nonnegative(),
    reps: z.number().int().nonnegative(),
    lapses: z.number().int().nonnegative(),
    state: z.nativeEnum(State),
    last_review: isoDate.optional(),
  })
  .strict();

const cardSchema = z.object({ profileId: id, wordId: id, fsrs: fsrsCardSchema, updatedAt: time }).strict();

export const backupSchema = z
  .object({
    app: z.literal('zdravei'),
    version: z.literal(backupVersion),
    exportedAt: isoDate,
    profiles: z.array(profileSchema).max(500),
    attempts: z.array(attemptSchema).max(500_000),
    lessonProgress: z.array(lessonProgressSchema).max(100_000),
    cards: z.array(cardSchema).max(500_000),
  })
  .strict();
export type BackupFile = z.infer<typeof backupSchema>;

/** Why a file was refused; the UI says each in the tutor's language. */
export type ImportProblem = 'too-large' | 'not-json' | 'not-zdravei' | 'newer-version' | 'older-version' | 'invalid' | 'inconsistent';

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly problem: ImportProblem,
    /** Where in the file, for the details line: `profiles[0].name`. */
    readonly where?: string,
  ) {
    super(where ? `${problem}: ${where}` : problem);
  }
}

export interface ImportReport {
  profilesAdded: number;
  profilesUpdated: number;
  attemptsAdded: number;
  lessonsUpdated: number;
  cardsUpdated: number;
}

/** Everything about the given children (all children when none are given), as a backup file. */
export async function exportProgress(db: ZdraveiDb, profileIds?: readonly string[], now = Date.now()): Promise<BackupFile> {
  return db.transaction('r', [db.profiles, db.attempts, db.lessonProgress, db.cards], async () => {
    const profiles = profileIds ? ((await db.profiles.bulkGet([...profileIds])).filter(Boolean) as Profile[]) : await db.profiles.toArray();
    const ids = profiles.map((p) => p.id);
    const [attempts, lessonProgress, cards] = await Promise.all([
      db.attempts.where('profileId').anyOf(ids).sortBy('at'),
      db.lessonProgress.where('profileId').anyOf(ids).toArray(),
      db.cards.where('profileId').anyOf(ids).toArray(),
    ]);
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
      attempts: attempts.map(({ profileId, lessonId, exerciseId, wordId, correct, ms, at }) => ({
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
    };
  });
}

/** Reads and checks a backup file's text without writing anything. */
export function parseBackup(text: string): BackupFile {
  if (text.length > maxBackupBytes) throw new ImportError('too-large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('not-json');
  }
  if (typeof data !== 'object' || data === null || (data as { app?: unknown }).app !== 'zdravei') throw new ImportError('not-zdravei');
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > backupVersion) throw new ImportError('newer-version');
  if (version !== backupVersion) throw new ImportError('older-version');
  const result = backupSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ImportError('invalid', issue?.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join(''));
  }
  const profileIds = new Set(result.data.profiles.map((p) => p.id));
  const orphan = [...result.data.attempts, ...result.data.lessonProgress, ...result.data.cards].find((r) => !profileIds.has(r.profileId));
  if (orphan) throw new ImportError('inconsistent', `profileId ${orphan.profileId}`);
  return result.data;
}

/** Merges a checked backup into the database in one transaction; the newer record wins. */
export async function importBackup(db: ZdraveiDb, backup: BackupFile): Promise<ImportReport> {
  const report: ImportReport = { profilesAdded: 0, profilesUpdated: 0, attemptsAdded: 0, lessonsUpdated: 0, cardsUpdated: 0 };
  await db.transaction('rw', [db.profiles, db.attempts, db.lessonProgress, db.cards], async () => {
    for (const profile of backup.profiles) {
      const existing = await db.profiles.get(profile.id);
      if (!existing) report.profilesAdded++;
      else if (existing.updatedAt < profile.updatedAt) report.profilesUpdated++;
      else continue;
      await db.profiles.put(profile);
    }

    const attemptKey = (a: Pick<Attempt, 'profileId' | 'exerciseId' | 'at'>) => `${a.profileId}\u0000${a.exerciseId}\u0000${a.at}`;
    const ids = backup.profiles.map((p) => p.id);
    const known = new Set((await db.attempts.where('profileId').anyOf(ids).toArray()).map(attemptKey));
    const fresh: Attempt[] = backup.attempts.filter((a) => !known.has(attemptKey(a))).map((a) => ({ ...a, day: localDay(a.at) }));
    await db.attempts.bulkAdd(fresh);
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
  });
  return report;
}
