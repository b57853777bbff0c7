import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { childSummary } from '../../src/lib/reports/child-summary';
import type { ReportRecords } from '../../src/lib/reports/report-records';

const card = (profileId: string, wordId: string, state: State) => ({ profileId, wordId, fsrs: { lapses: 0, difficulty: 5, state } });
const answer = (profileId: string, correct: boolean, at: number) => ({
  profileId,
  lessonId: 'language/greetings',
  exerciseId: 'language/greetings#a',
  correct,
  ms: 1000,
  at,
});

const records: Pick<ReportRecords, 'answers' | 'lessonProgress' | 'cards'> = {
  answers: [answer('ana', true, 10), answer('ana', false, 30), answer('ana', true, 20), answer('ivo', true, 99)],
  lessonProgress: [
    { profileId: 'ana', lessonId: 'language/greetings', status: 'completed', stars: 3, updatedAt: 1 },
    { profileId: 'ana', lessonId: 'language/colours', status: 'started', stars: 0, updatedAt: 1 },
    { profileId: 'ivo', lessonId: 'language/colours', status: 'completed', stars: 1, updatedAt: 1 },
  ],
  cards: [
    card('ana', 'chao', State.Review),
    card('ana', 'da', State.Learning),
    card('ana', 'ne', State.Relearning),
    card('ivo', 'da', State.Review),
  ],
};

describe('a child’s summary', () => {
  it('counts only that child’s lessons, words and answers', () => {
    expect(childSummary('ana', records)).toEqual({
      lessonsDone: 1,
      lessonsStarted: 1,
      wordsLearnt: 1,
      wordsMet: 3,
      answers: 3,
      right: 2,
      lastActive: 30,
    });
  });

  it('is all zeros for a child with nothing yet', () => {
    expect(childSummary('new', records)).toEqual({
      lessonsDone: 0,
      lessonsStarted: 0,
      wordsLearnt: 0,
      wordsMet: 0,
      answers: 0,
      right: 0,
      lastActive: undefined,
    });
  });
});
