/**
 * What a stored record must look like, checked with zod wherever records come in: from
 * a backup file (backup-file.ts, which adds `.strict()`) and from IndexedDB before a
 * record reaches a component. IndexedDB keeps whatever was written to it (an old bug, a
 * curious adult with developer tools), so one malformed record must be skipped, not
 * crash the page for every child.
 */
import type { IndexableType } from 'dexie';
import { z } from 'zod';

/** A record key that names a child or a word: never empty, never a whole essay. */
export const recordId = z.string().min(1).max(100);
/** `track/slug` of a lesson. */
export const lessonId = z.string().max(200);
/** A moment in ms since 1970, within what `Date` can hold. */
export const time = z.number().int().nonnegative().max(8.64e15);
/** Salt and hash of a secret, as lowercase hex (see secrets.ts). */
const hex = z.string().regex(/^[0-9a-f]{1,128}$/);

/** A child who learns on this computer (db.ts `Profile`). */
export const profileFields = z.object({
  /** Random id, stable across export and import. */
  id: recordId,
  // A name is shown as text anyway; markup in one means the record was made to attack.
  /** The child's name, as cleanName in profiles.ts keeps it. */
  name: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[^<>]*$/),
  /** OpenMoji code of the profile picture. */
  picture: z.string().max(60),
  /** Salted hash of the picture password, when there is one. */
  picturePassword: z.object({ salt: hex, hash: hex }).strict().optional(),
  /** When the child was added: with the id, what tells two children apart. */
  createdAt: time,
  /** When the name, picture or password last changed: the newer one wins on import. */
  updatedAt: time,
});

/** One answer to one exercise as version 1 backup files carry it: without an id (db.ts `Answer`). */
export const attemptFields = z.object({
  /** The child who answered. */
  profileId: recordId,
  /** The lesson of the exercise. */
  lessonId,
  /** `lessonId#exerciseId`. */
  exerciseId: z.string().max(300),
  /** The word the answer was about, when there is one. */
  wordId: recordId.optional(),
  /** Whether the answer was right. */
  correct: z.boolean(),
  /** Time from question to answer: at most a day. */
  ms: z.number().nonnegative().max(8.64e7),
  /** When the child answered. */
  at: time,
});

/** One answer with its global id (db.ts `Answer`, without `day`, which is worked out from `at`). */
export const answerFields = attemptFields.extend({
  /** crypto.randomUUID, or legacyAnswerId for an answer recorded before version 3: child, moment and exercise. */
  id: z.string().min(1).max(450),
});

/** A short text a tutor typed (a group's or a path's name): shown as text only. */
const label = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^<>]*$/);

/** A group of children (db.ts `Group`). */
export const groupFields = z.object({
  /** Random id. */
  id: recordId,
  /** The group's name, as the tutor typed it. */
  name: label,
  /** When the group was made. */
  createdAt: time,
  /** When it was last renamed: the newer one wins on import. */
  updatedAt: time,
});

/** A child in a group (db.ts `Membership`). */
export const membershipFields = z.object({
  /** The group. */
  groupId: recordId,
  /** The child. */
  profileId: recordId,
  /** When the child was put in the group. */
  addedAt: time,
});

/** A lesson path a tutor made (db.ts `LessonPath`). */
export const lessonPathFields = z.object({
  /** Random id. */
  id: recordId,
  /** Its name. */
  title: label,
  /** What it is for. */
  description: z.string().max(500).optional(),
  /** The ready-made path in content/paths/ it started from. */
  basedOn: z.string().max(100).optional(),
  /** The lessons, in order. */
  lessons: z.array(lessonId).max(300),
  /** When it was made. */
  createdAt: time,
  /** When it last changed: the newer one wins on import. */
  updatedAt: time,
});

/** A path given to a child, a group or everyone (db.ts `Assignment`); see `hasOneTarget`. */
export const assignmentFields = z.object({
  /** Random id. */
  id: recordId,
  /** The path. */
  pathId: recordId,
  /** The child it is given to. */
  profileId: recordId.optional(),
  /** The group it is given to. */
  groupId: recordId.optional(),
  /** Given to every child on the computer. */
  everyone: z.literal(true).optional(),
  /** When the tutor wants it done. */
  by: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** When it was given: among a child's groups, the latest one counts. */
  assignedAt: time,
});

/** An assignment names exactly one of a child, a group, everyone. */
export const hasOneTarget = (a: { profileId?: unknown; groupId?: unknown; everyone?: unknown }) =>
  [a.profileId, a.groupId, a.everyone].filter((x) => x !== undefined).length === 1;

/** A lesson's status and stars for one child (db.ts `LessonProgress`). */
export const lessonProgressFields = z.object({
  /** The child. */
  profileId: recordId,
  /** The lesson. */
  lessonId,
  /** Started, or every exercise has a result. */
  status: z.enum(['started', 'completed']),
  /** Best share of right answers. */
  bestScore: z.number().min(0).max(1),
  /** 0 before completion, then 1 to 3. */
  stars: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  /** Best score of each finished exercise, by exercise id. */
  exercises: z.record(z.string().max(300), z.number().min(0).max(1)).refine((r) => Object.keys(r).length <= 200),
  /** When the progress last changed: the newer one wins on import. */
  updatedAt: time,
});

/** A stored record that failed its check: kept out of the pages, shown to the tutor to remove. */
export interface BrokenRecord {
  /** Its primary key in IndexedDB, whatever type it has. */
  key: IndexableType;
  /** The first field that is wrong, for the tutor's list: `name`. */
  field: string;
}

/** Splits records into those that pass the schema and those that do not. */
export function checkRecords<T>(
  schema: z.ZodTypeAny,
  records: readonly unknown[],
  keyOf: (record: unknown) => IndexableType,
): { valid: T[]; broken: BrokenRecord[] } {
  const valid: T[] = [];
  const broken: BrokenRecord[] = [];
  for (const record of records) {
    const result = schema.safeParse(record);
    // The record itself goes on, not zod's copy: keys the database adds stay.
    if (result.success) valid.push(record as T);
    else broken.push({ key: keyOf(record), field: result.error.issues[0]?.path.join('.') || '(record)' });
  }
  return { valid, broken };
}

/** A word card as stored (db.ts `WordCard`): ts-fsrs keeps its dates as Date objects here. */
export const storedCardFields = z.object({
  /** The child. */
  profileId: recordId,
  /** The word. */
  wordId: recordId,
  /** When the card is next due, copied out of `fsrs` for the index. */
  due: time,
  /** ts-fsrs's card: only what the review and the reports read is checked. */
  fsrs: z.object({ due: z.date(), state: z.number().int().min(0).max(3), lapses: z.number().int().nonnegative() }).passthrough(),
  /** When the card last changed. */
  updatedAt: time,
});
