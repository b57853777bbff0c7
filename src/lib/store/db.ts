/**
 * The progress store: one IndexedDB database on this computer, through Dexie. This is
 * the only module that touches Dexie; everything else calls the functions in
 * the other modules of lib/store/ (progress, profiles, backup …), which take a `ZdraveiDb`.
 *
 * Schema changes go through a new `db.version(n)` with an upgrade function, and a test
 * in tests/unit/db.test.ts opens a database written by the previous version.
 */
import { databaseName } from './keys';
import { localDay } from './local-day';
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Card as FsrsCard } from 'ts-fsrs';

/** A child who learns on this computer. */
export interface Profile {
  /** Random id (crypto.randomUUID), stable across export and import. */
  id: string;
  /** Shown as text only, never as markup. Empty for a child who started by picture alone (a tutor may add it later). */
  name: string;
  /** OpenMoji code of the profile picture: no two children on one computer share it. */
  picture: string;
  /** The card's colour, a name from `profileColours` in lib/learner-pictures.ts; none on profiles made before colours. */
  colour?: string;
  /** Salted hash of the picture password, when the tutor set one (see lib/secrets.ts). */
  picturePassword?: { salt: string; hash: string };
  createdAt: number;
  updatedAt: number;
}

/**
 * One answer to one exercise: appended, never changed. Version 3 moved answers from the
 * `attempts` table (auto-increment numbers, which collide between computers) to `answers`,
 * keyed by a globally unique string.
 */
export interface Answer {
  /** crypto.randomUUID for a new answer; for one recorded before version 3, legacyAnswerId of its content. */
  id: string;
  profileId: string;
  /** `track/slug` of the lesson. */
  lessonId: string;
  /** `lessonId#exerciseId`. */
  exerciseId: string;
  /** The word the answer was about, when there is one: it updates that word's card. */
  wordId?: string;
  correct: boolean;
  /** Time from question to answer, in milliseconds. */
  ms: number;
  /** When, in ms since 1970. */
  at: number;
  /** The local calendar day of `at` (YYYY-MM-DD), for days practised in a row. Added in version 2. */
  day: string;
}

/**
 * The id of an answer recorded before answers had ids of their own (version 2 databases,
 * version 1 backup files): what told two such answers apart, the child, the moment and the
 * exercise, written out. The upgrade and an old file's import give the same answer the same
 * id, so loading an old backup after the upgrade adds nothing twice.
 */
export function legacyAnswerId(answer: Pick<Answer, 'profileId' | 'exerciseId' | 'at'>): string {
  return `v2:${answer.profileId}:${answer.at}:${answer.exerciseId}`;
}

export type LessonStatus = 'started' | 'completed';

export interface LessonProgress {
  profileId: string;
  lessonId: string;
  status: LessonStatus;
  /** Best share of right answers, 0 to 1. */
  bestScore: number;
  /** 1 to 3 once completed; 0 before. */
  stars: 0 | 1 | 2 | 3;
  /** Best score (0 to 1) of each exercise of the lesson the child has finished, by exercise id. */
  exercises: Record<string, number>;
  updatedAt: number;
}

/** Spaced-repetition state of one word for one child (FSRS, through ts-fsrs). */
export interface WordCard {
  profileId: string;
  wordId: string;
  /** When the word is next due, in ms, copied out of `fsrs` so it can be indexed. */
  due: number;
  fsrs: FsrsCard;
  updatedAt: number;
}

/** A lesson path a tutor made on this computer. */
export interface LessonPath {
  id: string;
  title: string;
  /** What the path is for, in the tutor's words. Added in version 3. */
  description?: string;
  /** The ready-made path (its id in content/paths/) the tutor started from. Added in version 3. */
  basedOn?: string;
  /** `track/slug` of each lesson, in order. */
  lessons: string[];
  createdAt: number;
  updatedAt: number;
}

/** A path given to one child, one group, or everyone on this computer: exactly one of the three. */
export interface Assignment {
  id: string;
  pathId: string;
  profileId?: string;
  /** Added in version 3. */
  groupId?: string;
  /** Added in version 3. */
  everyone?: true;
  /** When the tutor wants the path done, YYYY-MM-DD. Added in version 3. */
  by?: string;
  assignedAt: number;
}

/** A group of children a tutor teaches together ("Tuesday afternoon"). Added in version 3. */
export interface Group {
  /** crypto.randomUUID. */
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/** A child in a group; a child may be in several. Added in version 3. */
export interface Membership {
  groupId: string;
  profileId: string;
  addedAt: number;
}

/** A tutor's own recording of a word, played before the generated file. */
export interface Recording {
  wordId: string;
  audio: Blob;
  updatedAt: number;
}

/** Settings of this computer: tutor PIN hash, picture passwords on or off, time-outs, the current learner. */
export interface Setting {
  key: string;
  value: unknown;
}

export { databaseName };

export type ZdraveiDb = Dexie & {
  profiles: EntityTable<Profile, 'id'>;
  answers: EntityTable<Answer, 'id'>;
  lessonProgress: Table<LessonProgress, [string, string]>;
  cards: Table<WordCard, [string, string]>;
  paths: EntityTable<LessonPath, 'id'>;
  assignments: EntityTable<Assignment, 'id'>;
  groups: EntityTable<Group, 'id'>;
  memberships: Table<Membership, [string, string]>;
  recordings: EntityTable<Recording, 'wordId'>;
  settings: EntityTable<Setting, 'key'>;
};

/** Version 1: the first schema, as it shipped. Kept so the upgrade path is tested. */
export const schemaV1 = {
  profiles: 'id, name',
  attempts: '++id, profileId, [profileId+lessonId], [profileId+wordId], at',
  lessonProgress: '[profileId+lessonId], profileId',
  cards: '[profileId+wordId], profileId, [profileId+due]',
  paths: 'id',
  assignments: 'id, profileId, pathId',
  recordings: 'wordId',
  settings: 'key',
};

/** Version 2: attempts are indexed by calendar day, to count days practised in a row. */
export const schemaV2 = {
  ...schemaV1,
  attempts: '++id, profileId, [profileId+lessonId], [profileId+wordId], at, [profileId+day]',
};

/**
 * Version 3: answers get global string ids (a new table, filled from `attempts`, which goes);
 * groups of children and their members; assignments to a group or everyone.
 */
export const schemaV3 = {
  ...schemaV2,
  attempts: null,
  answers: 'id, profileId, [profileId+lessonId], [profileId+wordId], at, [profileId+day]',
  assignments: 'id, profileId, groupId, pathId',
  groups: 'id, name',
  memberships: '[groupId+profileId], groupId, profileId',
};

export { localDay };

/**
 * Opens (or creates) the database. `indexedDB`/`IDBKeyRange` can be given to run on
 * another implementation: tests, and the in-memory fallback when the browser's own
 * IndexedDB cannot be used.
 */
export function createDatabase(name = databaseName, dependencies?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): ZdraveiDb {
  const db = new Dexie(name, dependencies) as ZdraveiDb;
  db.version(1).stores(schemaV1);
  db.version(2)
    .stores(schemaV2)
    .upgrade((tx) =>
      tx
        .table<Omit<Answer, 'id'>>('attempts')
        .toCollection()
        .modify((attempt) => {
          attempt.day = localDay(attempt.at);
        }),
    );
  // Dexie keeps a table removed in a version readable during that version's upgrade, and deletes it after.
  db.version(3)
    .stores(schemaV3)
    .upgrade(async (tx) => {
      const attempts = await tx.table<Omit<Answer, 'id'> & { id?: unknown }>('attempts').toArray();
      const answers = new Map(attempts.map(({ id: _number, ...answer }) => [legacyAnswerId(answer), answer]));
      // Two answers of the same child to the same exercise in the same millisecond were already one answer to backups.
      await tx.table<Answer>('answers').bulkPut([...answers].map(([id, answer]) => ({ ...answer, id })));
    });
  // When another tab upgrades the schema, Dexie's own handler closes this connection so
  // the upgrade is not blocked, and reopens it on the next query (tested in db.test.ts).
  return db;
}
