/**
 * One report from several computers: merges the backup files a tutor loads, in memory,
 * without touching this computer's store. Loading the same file twice counts nothing twice,
 * and which records are kept does not depend on the order the files come in.
 *
 * - A child is the same child on every computer by profile id; the profile changed last wins.
 * - Answers are only ever appended, so the merge is their union, keyed by each answer's global
 *   id (db.ts `Answer`; an answer from before those ids has one made of its content, the same
 *   on every computer).
 * - Lesson progress is merged by its best values: completed over started, the best score, the
 *   most stars, each exercise's best score, the latest change.
 * - A word card is the one reviewed last (FSRS `last_review`, then `updatedAt`): its state
 *   already carries every review before it.
 */
import type { BackupFile } from '../store/backup';

/** The records of several backups, merged; the same shapes as in a backup file. */
export type MergedProgress = Pick<BackupFile, 'profiles' | 'answers' | 'lessonProgress' | 'cards'>;
type Profile = BackupFile['profiles'][number];
type Answer = BackupFile['answers'][number];
type Progress = BackupFile['lessonProgress'][number];
type Card = BackupFile['cards'][number];

const key = (...parts: (string | number | undefined)[]) => parts.map((part) => part ?? '').join('\u0000');
const answerKey = (a: Answer) => a.id;

function newerProfile(a: Profile, b: Profile): Profile {
  return b.updatedAt > a.updatedAt ? b : a;
}

function bestProgress(a: Progress, b: Progress): Progress {
  const exercises: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [id, score] of [...Object.entries(a.exercises), ...Object.entries(b.exercises)]) {
    exercises[id] = Math.max(exercises[id] ?? 0, score);
  }
  return {
    profileId: a.profileId,
    lessonId: a.lessonId,
    status: a.status === 'completed' || b.status === 'completed' ? 'completed' : 'started',
    bestScore: Math.max(a.bestScore, b.bestScore),
    stars: Math.max(a.stars, b.stars) as Progress['stars'],
    // A plain object again, with the keys in a fixed order, so equal merges compare equal.
    exercises: Object.fromEntries(Object.entries(exercises).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}

/** Time of a card's last review in ms; a card met but never reviewed comes before any review. */
const reviewedAt = (card: Card) => (card.fsrs.last_review ? Date.parse(card.fsrs.last_review) : -Infinity);

function laterCard(a: Card, b: Card): Card {
  const byReview = reviewedAt(b) - reviewedAt(a);
  if (byReview !== 0 && !Number.isNaN(byReview)) return byReview > 0 ? b : a;
  return b.updatedAt > a.updatedAt ? b : a;
}

function mergeBy<T>(records: Iterable<T>, keyOf: (record: T) => string, pick: (kept: T, other: T) => T): T[] {
  const kept = new Map<string, T>();
  for (const record of records) {
    const k = keyOf(record);
    const previous = kept.get(k);
    kept.set(k, previous === undefined ? record : pick(previous, record));
  }
  return [...kept.values()];
}

/** Merges checked backups (from `parseBackup`) into one set of records for the reports. */
export function mergeBackups(backups: readonly MergedProgress[]): MergedProgress {
  const answers = mergeBy(
    backups.flatMap((b) => b.answers),
    answerKey,
    (kept) => kept,
  );
  return {
    profiles: mergeBy(
      backups.flatMap((b) => b.profiles),
      (p) => p.id,
      newerProfile,
    ),
    answers: answers.sort((a, b) => a.at - b.at || (answerKey(a) < answerKey(b) ? -1 : 1)),
    lessonProgress: mergeBy(
      backups.flatMap((b) => b.lessonProgress),
      (p) => key(p.profileId, p.lessonId),
      bestProgress,
    ),
    cards: mergeBy(
      backups.flatMap((b) => b.cards),
      (c) => key(c.profileId, c.wordId),
      laterCard,
    ),
  };
}
