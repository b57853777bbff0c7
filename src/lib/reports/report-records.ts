/**
 * The records every report view reads, whether they come from this computer's store
 * (lib/store/report-records.ts) or from several computers' backups merged in memory
 * (merge-backups.ts). Only the fields the reports use, so both sources fit.
 */
import type { MergedProgress } from './merge-backups';

/** A child, as the reports name and show them. */
export interface ReportProfile {
  id: string;
  /** Shown as text only. */
  name: string;
  /** OpenMoji code of the profile picture. */
  picture: string;
}

/** One answer to one exercise. */
export interface ReportAnswer {
  profileId: string;
  /** `track/slug` of the lesson. */
  lessonId: string;
  /** `lessonId#exerciseId`. */
  exerciseId: string;
  /** The word the answer was about, when there is one. */
  wordId?: string | undefined;
  correct: boolean;
  /** Time from question to answer, in milliseconds. */
  ms: number;
  /** When, in ms since 1970. */
  at: number;
}

/** A lesson's status and stars for one child. */
export interface ReportProgress {
  profileId: string;
  lessonId: string;
  status: 'started' | 'completed';
  stars: 0 | 1 | 2 | 3;
  updatedAt: number;
}

/** A word's spaced-repetition card for one child: only what the reports read of its FSRS state. */
export interface ReportCard {
  profileId: string;
  wordId: string;
  /** `state` is ts-fsrs's State: 0 new, 1 learning, 2 review (learnt), 3 relearning (forgotten). */
  fsrs: { lapses: number; difficulty: number; state: number };
}

export interface ReportRecords {
  profiles: ReportProfile[];
  answers: ReportAnswer[];
  lessonProgress: ReportProgress[];
  cards: ReportCard[];
}

/** The records of merged backups, as the reports read them. */
export function recordsOfBackups(merged: MergedProgress): ReportRecords {
  return {
    profiles: merged.profiles.map(({ id, name, picture }) => ({ id, name, picture })),
    answers: merged.answers,
    lessonProgress: merged.lessonProgress,
    cards: merged.cards,
  };
}
