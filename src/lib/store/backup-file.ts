/**
 * The backup file: its schema, and the checks that refuse a file whole before anything
 * is written (backup.ts writes). Record schemas are shared with the checks of what is
 * read from IndexedDB (records.ts); here every object is strict.
 */
import { z } from 'zod';
import { State } from 'ts-fsrs';
import type { Attempt } from './db';
import { attemptFields, lessonProgressFields, profileFields, recordId, time } from './records';

export const backupVersion = 1;
/** Larger files are refused before they are read: a year of a class's answers is far smaller. */
export const maxBackupBytes = 20 * 1024 * 1024;

const isoDate = z.string().datetime();
/** ts-fsrs's card, with its dates as ISO strings. */
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

/** One word's card for one child: who, which word, its FSRS state, when it last changed. */
const cardSchema = z.object({ profileId: recordId, wordId: recordId, fsrs: fsrsCardSchema, updatedAt: time }).strict();

export const backupSchema = z
  .object({
    /** Always `zdravei`: a file from anything else is refused by name. */
    app: z.literal('zdravei'),
    /** The file format's version; see backupVersion. */
    version: z.literal(backupVersion),
    /** When the file was made. */
    exportedAt: isoDate,
    /** The children in the file; all progress in it belongs to one of them. */
    profiles: z.array(profileFields.strict()).max(500),
    /** Every answer, oldest first. */
    attempts: z.array(attemptFields.strict()).max(500_000),
    /** Each lesson's status and stars, by child. */
    lessonProgress: z.array(lessonProgressFields.strict()).max(100_000),
    /** Each word's spaced-repetition card, by child. */
    cards: z.array(cardSchema).max(500_000),
  })
  .strict();
export type BackupFile = z.infer<typeof backupSchema>;

/** Why a file was refused, or an import failed; the UI says each in the tutor's language. */
export type ImportProblem =
  | 'too-large'
  | 'not-json'
  | 'not-zdravei'
  | 'newer-version'
  | 'older-version'
  | 'invalid'
  | 'inconsistent'
  | 'duplicate'
  | 'collision'
  | 'storage-full';

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

/** What makes two answers the same answer: the same child, exercise and moment. */
export const attemptKey = (a: Pick<Attempt, 'profileId' | 'exerciseId' | 'at'>) => `${a.profileId}\u0000${a.exerciseId}\u0000${a.at}`;

/** The first record listed twice under the same key, as `profiles[0] = profiles[2] (id …)`. */
function firstDuplicate<T>(table: string, records: readonly T[], keyOf: (record: T) => string, shown: (record: T) => string) {
  const seen = new Map<string, number>();
  for (const [index, record] of records.entries()) {
    const key = keyOf(record);
    const first = seen.get(key);
    if (first !== undefined) return `${table}[${first}] = ${table}[${index}] (${shown(record)})`;
    seen.set(key, index);
  }
  return undefined;
}

/** A file listing one child, answer, lesson or card twice cannot be merged honestly: say which. */
function findDuplicate(backup: BackupFile): string | undefined {
  const pair = (a: string, b: string) => `${a}\u0000${b}`;
  return (
    firstDuplicate(
      'profiles',
      backup.profiles,
      (p) => p.id,
      (p) => `id ${p.id}`,
    ) ??
    firstDuplicate('attempts', backup.attempts, attemptKey, (a) => `${a.exerciseId}, ${new Date(a.at).toISOString()}`) ??
    firstDuplicate(
      'lessonProgress',
      backup.lessonProgress,
      (p) => pair(p.profileId, p.lessonId),
      (p) => p.lessonId,
    ) ??
    firstDuplicate(
      'cards',
      backup.cards,
      (c) => pair(c.profileId, c.wordId),
      (c) => c.wordId,
    )
  );
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
  const duplicate = findDuplicate(result.data);
  if (duplicate) throw new ImportError('duplicate', duplicate);
  const profileIds = new Set(result.data.profiles.map((p) => p.id));
  const orphan = [...result.data.attempts, ...result.data.lessonProgress, ...result.data.cards].find((r) => !profileIds.has(r.profileId));
  if (orphan) throw new ImportError('inconsistent', `profileId ${orphan.profileId}`);
  return result.data;
}
