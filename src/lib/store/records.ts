/**
 * What a stored record must look like, checked with zod wherever records come in: from
 * a backup file (backup-file.ts, which adds `.strict()`) and from IndexedDB before a
 * record reaches a component. IndexedDB keeps whatever was written to it (an old bug, a
 * curious adult with developer tools), so one malformed record must be skipped, not
 * crash the page for every child.
 */
import type { IndexableType } from 'dexie';
import type { LessonProgress, WordCard } from './db';
// zod's mini build: the same checks as `zod`, written as functions so a bundle keeps only
// those used. The learner pages check every record they read, and the full build was
// 13 KB of their JavaScript.
import { z } from '../zod-mini';

/** A record key that names a child or a word: never empty, never a whole essay. */
export const recordId = z.string().check(z.minLength(1), z.maxLength(100));
/** `track/slug` of a lesson. */
export const lessonId = z.string().check(z.maxLength(200));
/** A moment in ms since 1970, within what `Date` can hold. */
export const time = z.int().check(z.nonnegative(), z.maximum(8.64e15));
/** Salt and hash of a secret, as lowercase hex (see secrets.ts). */
const hex = z.string().check(z.regex(/^[0-9a-f]{1,128}$/));

/** A child who learns on this computer (db.ts `Profile`). */
export const profileFields = z.object({
  /** Random id, stable across export and import. */
  id: recordId,
  // A name is shown as text anyway; markup in one means the record was made to attack.
  /** The child's name, as cleanName in profiles.ts keeps it; empty when the child started by picture alone. */
  name: z.string().check(
    z.maxLength(40),
    z.regex(/^[^<>]*$/),
    z.refine((name) => name === name.trim(), 'kept without surrounding spaces'),
  ),
  /** OpenMoji code of the profile picture. */
  picture: z.string().check(z.maxLength(60)),
  /** The card's colour, by name (lib/learner-pictures.ts `profileColours`). */
  colour: z.optional(z.string().check(z.maxLength(20))),
  /** Salted hash of the picture password, when there is one. */
  picturePassword: z.optional(z.strictObject({ salt: hex, hash: hex })),
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
  exerciseId: z.string().check(z.maxLength(300)),
  /** The word the answer was about, when there is one. */
  wordId: z.optional(recordId),
  /** Whether the answer was right. */
  correct: z.boolean(),
  /** Time from question to answer: at most a day. */
  ms: z.number().check(z.nonnegative(), z.maximum(8.64e7)),
  /** When the child answered. */
  at: time,
});

/** One answer with its global id (db.ts `Answer`, without `day`, which is worked out from `at`). */
export const answerFields = z.extend(attemptFields, {
  /** crypto.randomUUID, or legacyAnswerId for an answer recorded before version 3: child, moment and exercise. */
  id: z.string().check(z.minLength(1), z.maxLength(450)),
});

/** A short text a tutor typed (a group's or a path's name): shown as text only. */
const label = z.string().check(z.trim(), z.minLength(1), z.maxLength(100), z.regex(/^[^<>]*$/));

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
  description: z.optional(z.string().check(z.maxLength(500))),
  /** The ready-made path in content/paths/ it started from. */
  basedOn: z.optional(z.string().check(z.maxLength(100))),
  /** The lessons, in order. */
  lessons: z.array(lessonId).check(z.maxLength(300)),
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
  profileId: z.optional(recordId),
  /** The group it is given to. */
  groupId: z.optional(recordId),
  /** Given to every child on the computer. */
  everyone: z.optional(z.literal(true)),
  /** When the tutor wants it done. */
  by: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
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
  bestScore: z.number().check(z.minimum(0), z.maximum(1)),
  /** 0 before completion, then 1 to 3. */
  stars: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  /** Best score of each finished exercise, by exercise id. */
  exercises: z
    .record(z.string().check(z.maxLength(300)), z.number().check(z.minimum(0), z.maximum(1)))
    .check(z.refine((r) => Object.keys(r).length <= 200)),
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
  schema: z.ZodMiniType,
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
  fsrs: z.looseObject({ due: z.date(), state: z.int().check(z.minimum(0), z.maximum(3)), lapses: z.int().check(z.nonnegative()) }),
  /** When the card last changed. */
  updatedAt: time,
});

/** The well-formed word cards among stored records (checked-reads.ts, and cards read without Dexie). */
export function checkedCards(records: readonly unknown[]): WordCard[] {
  return checkRecords<WordCard>(storedCardFields, records, (record) => JSON.stringify(record)).valid;
}

/** The well-formed lesson progress records among stored ones (checked-reads.ts, and records read without Dexie). */
export function checkedProgress(records: readonly unknown[]): LessonProgress[] {
  return checkRecords<LessonProgress>(lessonProgressFields, records, (record) => JSON.stringify(record)).valid;
}
