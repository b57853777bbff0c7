/**
 * The numbers at the top of the child view: lessons done, words learnt, answers given.
 * A word is learnt when its FSRS card has reached the review state (ts-fsrs State.Review, cardState.review):
 * the child answered it right often enough to leave the learning steps, and has not
 * forgotten it since (a forgotten word is relearning, and counts again once relearnt).
 */
import { cardState } from '../store/card-state';
import type { ReportRecords } from './report-records';

export interface ChildSummary {
  /** Lessons completed. */
  lessonsDone: number;
  /** Lessons started and not completed. */
  lessonsStarted: number;
  /** Words whose card is in the review state. */
  wordsLearnt: number;
  /** Words with a card at all: met at least once. */
  wordsMet: number;
  /** Answers given, right and wrong. */
  answers: number;
  /** Right answers. */
  right: number;
  /** The last answer's time, in ms since 1970; undefined before any. */
  lastActive: number | undefined;
}

export function childSummary(profileId: string, records: Pick<ReportRecords, 'answers' | 'lessonProgress' | 'cards'>): ChildSummary {
  const progress = records.lessonProgress.filter((p) => p.profileId === profileId);
  const cards = records.cards.filter((c) => c.profileId === profileId);
  const answers = records.answers.filter((a) => a.profileId === profileId);
  return {
    lessonsDone: progress.filter((p) => p.status === 'completed').length,
    lessonsStarted: progress.filter((p) => p.status === 'started').length,
    wordsLearnt: cards.filter((c) => c.fsrs.state === cardState.review).length,
    wordsMet: cards.length,
    answers: answers.length,
    right: answers.filter((a) => a.correct).length,
    lastActive: answers.length > 0 ? Math.max(...answers.map((a) => a.at)) : undefined,
  };
}
