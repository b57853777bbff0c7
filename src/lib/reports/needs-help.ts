/**
 * The class view's cells: for each child and each lesson of a path, where the child is.
 *
 * The "needs help" rule (the tutor's help text says the same in words):
 * a lesson the child has started and not finished needs help when
 *   1. the child gave {@link wrongAnswersForHelp} (3) or more wrong answers to one exercise
 *      of it, or
 *   2. the child started it more than {@link daysForHelp} (7) days ago: the first answer to
 *      it (or, with no answer kept, the last change of its progress record) is more than
 *      7 × 24 hours before now.
 * Exactly 3 wrong answers is needs help; exactly 7 days is not yet. A finished lesson is
 * "done" with its stars whatever happened on the way: the child got through it.
 *
 * Pure: it takes the records (from this computer's store or merged backups) and `now`.
 */
import type { Answer, LessonProgress } from '../store/db';

/** Wrong answers to one exercise from which a lesson not finished needs help. */
export const wrongAnswersForHelp = 3;
/** Days after starting from which a lesson not finished needs help. */
export const daysForHelp = 7;
const dayMs = 24 * 60 * 60 * 1000;

/** What the cell needs of an answer: backups and the store both have these fields. */
export type AnswerRecord = Pick<Answer, 'profileId' | 'lessonId' | 'exerciseId' | 'wordId' | 'correct' | 'at'>;
export type ProgressRecord = Pick<LessonProgress, 'profileId' | 'lessonId' | 'status' | 'stars' | 'updatedAt'>;

/** Why a lesson needs help. */
export type HelpReason =
  | {
      kind: 'wrong-answers';
      /** `lessonId#exerciseId` of the exercise. */
      exerciseId: string;
      /** How many wrong answers it got. */
      wrong: number;
      /** The words of those wrong answers, each once, in the order first missed. */
      wordIds: string[];
    }
  | {
      kind: 'not-finished';
      /** When the child started the lesson, in ms since 1970. */
      startedAt: number;
      /** Whole days since then. */
      days: number;
    };

export type LessonCell =
  | { status: 'not-started' }
  | { status: 'in-progress'; startedAt: number }
  | { status: 'done'; stars: 0 | 1 | 2 | 3 }
  /** Reasons in the rule's order: wrong answers first (the exercise with the most first), then time. */
  | { status: 'needs-help'; startedAt: number; reasons: HelpReason[] };

/** One child's cell for one lesson, from that child's answers and record for that lesson. */
export function lessonCell(answers: readonly AnswerRecord[], progress: ProgressRecord | undefined, now: number): LessonCell {
  if (progress?.status === 'completed') return { status: 'done', stars: progress.stars };
  if (answers.length === 0 && !progress) return { status: 'not-started' };

  const startedAt = answers.reduce((first, answer) => Math.min(first, answer.at), progress?.updatedAt ?? Infinity);
  const byExercise = new Map<string, { wrong: number; wordIds: string[] }>();
  for (const answer of [...answers].sort((a, b) => a.at - b.at)) {
    if (answer.correct) continue;
    const entry = byExercise.get(answer.exerciseId) ?? { wrong: 0, wordIds: [] };
    entry.wrong++;
    if (answer.wordId && !entry.wordIds.includes(answer.wordId)) entry.wordIds.push(answer.wordId);
    byExercise.set(answer.exerciseId, entry);
  }

  const reasons: HelpReason[] = [...byExercise]
    .filter(([, entry]) => entry.wrong >= wrongAnswersForHelp)
    .sort(([idA, a], [idB, b]) => b.wrong - a.wrong || (idA < idB ? -1 : 1))
    .map(([exerciseId, entry]) => ({ kind: 'wrong-answers', exerciseId, ...entry }));
  if (now - startedAt > daysForHelp * dayMs) {
    reasons.push({ kind: 'not-finished', startedAt, days: Math.floor((now - startedAt) / dayMs) });
  }
  return reasons.length > 0 ? { status: 'needs-help', startedAt, reasons } : { status: 'in-progress', startedAt };
}

export interface ClassRow {
  profileId: string;
  /** One cell per lesson, in the path's order. */
  cells: { lessonId: string; cell: LessonCell }[];
}

/** The class view: one row per child, one cell per lesson of the path. Records of other children or lessons are ignored. */
export function classGrid(
  profileIds: readonly string[],
  lessonIds: readonly string[],
  answers: readonly AnswerRecord[],
  progress: readonly ProgressRecord[],
  now: number,
): ClassRow[] {
  const key = (profileId: string, lessonId: string) => `${profileId}\u0000${lessonId}`;
  const answersOf = new Map<string, AnswerRecord[]>();
  for (const answer of answers) {
    const k = key(answer.profileId, answer.lessonId);
    const list = answersOf.get(k);
    if (list) list.push(answer);
    else answersOf.set(k, [answer]);
  }
  const progressOf = new Map(progress.map((p) => [key(p.profileId, p.lessonId), p]));
  return profileIds.map((profileId) => ({
    profileId,
    cells: lessonIds.map((lessonId) => {
      const k = key(profileId, lessonId);
      return { lessonId, cell: lessonCell(answersOf.get(k) ?? [], progressOf.get(k), now) };
    }),
  }));
}
