/**
 * The backup file: its schema, and the checks that refuse a file whole before anything
 * is written (backup.ts writes). Record schemas are shared with the checks of what is
 * read from IndexedDB (records.ts); here every object is strict.
 */
import { z } from '../zod-mini';
import { cardState } from './card-state';
import { legacyAnswerId } from './db';
import {
  answerFields,
  assignmentFields,
  attemptFields,
  groupFields,
  hasOneTarget,
  lessonPathFields,
  lessonProgressFields,
  membershipFields,
  profileFields,
  recordId,
  time,
} from './records';

/**
 * 3: the tutor's recordings, when the tutor chose to include them. Still read: 2 (answers
 * with global ids, groups, memberships, paths and assignments) and 1 (answers without ids).
 */
export const backupVersion = 3;
/**
 * Larger files are refused before they are read: a year of a class's answers is far
 * smaller, and recordings add at most a voice pack's worth (voice-pack.ts, 50 MB).
 */
export const maxBackupBytes = 80 * 1024 * 1024;

/** A record schema of records.ts that refuses keys it does not name, as every object in a file must. */
const strict = <Shape extends z.core.$ZodLooseShape>(schema: z.ZodMiniObject<Shape>) => z.strictObject(schema.shape);

const isoDate = z.iso.datetime();
/** ts-fsrs's card, with its dates as ISO strings. */
const fsrsCardSchema = z.strictObject({
  due: isoDate,
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  elapsed_days: z.number().check(z.nonnegative()),
  scheduled_days: z.number().check(z.nonnegative()),
  learning_steps: z.int().check(z.nonnegative()),
  reps: z.int().check(z.nonnegative()),
  lapses: z.int().check(z.nonnegative()),
  state: z.enum(cardState),
  last_review: z.optional(isoDate),
});

/** One word's card for one child: who, which word, its FSRS state, when it last changed. */
const cardSchema = z.strictObject({ profileId: recordId, wordId: recordId, fsrs: fsrsCardSchema, updatedAt: time });

/** What every version of the file has. */
const common = {
  /** Always `zdravei`: a file from anything else is refused by name. */
  app: z.literal('zdravei'),
  /** When the file was made. */
  exportedAt: isoDate,
  /** The children in the file; all progress in it belongs to one of them. */
  profiles: z.array(strict(profileFields)).check(z.maxLength(500)),
  /** Each lesson's status and stars, by child. */
  lessonProgress: z.array(strict(lessonProgressFields)).check(z.maxLength(100_000)),
  /** Each word's spaced-repetition card, by child. */
  cards: z.array(cardSchema).check(z.maxLength(500_000)),
};

/** Version 1 files, written before answers had ids and before groups and paths. */
const backupV1Schema = z.strictObject({
  ...common,
  version: z.literal(1),
  attempts: z.array(strict(attemptFields)).check(z.maxLength(500_000)),
});

/** One of the tutor's recordings: its `recordings` key, when it was made, its audio in base64. */
const recordingSchema = z.strictObject({
  /** Word id, `example:<wordId>` or `phrase:<locale>:<key>` (lib/audio/recording-keys.ts). */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  recordedAt: time,
  /** The audio's MIME type (audio/wav, audio/webm;codecs=opus …). */
  mime: z.string().check(z.regex(/^audio\/[\w.+-]+(;.*)?$/)),
  /** Padded base64, as btoa writes it: anything else could fail to decode halfway through an import. */
  audio: z.string().check(z.regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/)),
});

/** What versions 2 and 3 share. */
const version2Fields = {
  ...common,
  /** Every answer, oldest first, each with its global id. */
  answers: z.array(strict(answerFields)).check(z.maxLength(500_000)),
  /** The groups of children. */
  groups: z.array(strict(groupFields)).check(z.maxLength(1000)),
  /** Which child is in which group. */
  memberships: z.array(strict(membershipFields)).check(z.maxLength(50_000)),
  /** The tutor's lesson paths. */
  paths: z.array(strict(lessonPathFields)).check(z.maxLength(1000)),
  /** Which path is given to whom. */
  assignments: z
    .array(strict(assignmentFields).check(z.refine(hasOneTarget, 'exactly one of profileId, groupId, everyone')))
    .check(z.maxLength(50_000)),
};

/** Version 2 files, written before a backup could hold recordings. */
const backupV2Schema = z.strictObject({ ...version2Fields, version: z.literal(2) });

export const backupSchema = z.strictObject({
  ...version2Fields,
  /** The file format's version; see backupVersion. */
  version: z.literal(backupVersion),
  /** The tutor's recordings; absent when the tutor left them out (they are large). */
  recordings: z.optional(z.array(recordingSchema).check(z.maxLength(20_000))),
});
export type BackupFile = z.infer<typeof backupSchema>;
export type BackupRecording = z.infer<typeof recordingSchema>;

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

/** A version 1 file as a version 2 one: each answer gets the id the database upgrade gives it. */
function fromVersion1({ attempts, ...rest }: z.infer<typeof backupV1Schema>): BackupFile {
  const answers = attempts.map((attempt) => ({ ...attempt, id: legacyAnswerId(attempt) }));
  return { ...rest, version: backupVersion, answers, groups: [], memberships: [], paths: [], assignments: [] };
}

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

/** A file listing one child, answer, lesson, card or recording twice cannot be merged honestly: say which. */
function findDuplicate(backup: BackupFile): string | undefined {
  const pair = (a: string, b: string) => `${a}\u0000${b}`;
  return (
    firstDuplicate(
      'profiles',
      backup.profiles,
      (p) => p.id,
      (p) => `id ${p.id}`,
    ) ??
    firstDuplicate(
      'answers',
      backup.answers,
      (a) => a.id,
      (a) => `${a.exerciseId}, ${new Date(a.at).toISOString()}`,
    ) ??
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
    ) ??
    firstDuplicate(
      'groups',
      backup.groups,
      (g) => g.id,
      (g) => `id ${g.id}`,
    ) ??
    firstDuplicate(
      'memberships',
      backup.memberships,
      (m) => pair(m.groupId, m.profileId),
      (m) => `${m.groupId}, ${m.profileId}`,
    ) ??
    firstDuplicate(
      'paths',
      backup.paths,
      (p) => p.id,
      (p) => `id ${p.id}`,
    ) ??
    firstDuplicate(
      'assignments',
      backup.assignments,
      (a) => a.id,
      (a) => `id ${a.id}`,
    ) ??
    firstDuplicate(
      'recordings',
      backup.recordings ?? [],
      (r) => r.key,
      (r) => r.key,
    )
  );
}

/** A record naming a child, group or path the file does not have, as `profileId …`. */
function findOrphan(backup: BackupFile): string | undefined {
  const profileIds = new Set(backup.profiles.map((p) => p.id));
  const groupIds = new Set(backup.groups.map((g) => g.id));
  const pathIds = new Set(backup.paths.map((p) => p.id));
  const byChild = [...backup.answers, ...backup.lessonProgress, ...backup.cards, ...backup.memberships];
  const orphan = byChild.find((r) => !profileIds.has(r.profileId));
  if (orphan) return `profileId ${orphan.profileId}`;
  for (const record of [...backup.memberships, ...backup.assignments]) {
    if (record.groupId !== undefined && !groupIds.has(record.groupId)) return `groupId ${record.groupId}`;
  }
  for (const assignment of backup.assignments) {
    if (!pathIds.has(assignment.pathId)) return `pathId ${assignment.pathId}`;
    if (assignment.profileId !== undefined && !profileIds.has(assignment.profileId)) return `profileId ${assignment.profileId}`;
  }
  return undefined;
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
  if (version !== backupVersion && version !== 2 && version !== 1) throw new ImportError('older-version');
  const result = (version === 1 ? backupV1Schema : version === 2 ? backupV2Schema : backupSchema).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ImportError(
      'invalid',
      issue?.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join(''),
    );
  }
  const read = result.data;
  // Older files become today's shape, so that the rest of the app knows one shape only.
  const backup: BackupFile = read.version === 1 ? fromVersion1(read) : { ...read, version: backupVersion };
  const duplicate = findDuplicate(backup);
  if (duplicate) throw new ImportError('duplicate', duplicate);
  const orphan = findOrphan(backup);
  if (orphan) throw new ImportError('inconsistent', orphan);
  return backup;
}
