import { describe, expect, it } from 'vitest';
import { missedQuestions, missedWords } from '../../src/lib/reports/missed-questions';
import type { ReportAnswer } from '../../src/lib/reports/report-records';

let clock = 0;
function answer(profileId: string, exercise: string, correct: boolean, wordId?: string): ReportAnswer {
  const lessonId = exercise.split('#')[0]!;
  return { profileId, lessonId, exerciseId: exercise, correct, ms: 1000, at: ++clock, ...(wordId ? { wordId } : {}) };
}

const answers = [
  answer('ana', 'language/greetings#listen', false, 'chao'),
  answer('ana', 'language/greetings#listen', false, 'chao'),
  answer('ivo', 'language/greetings#listen', false, 'da'),
  answer('ivo', 'language/greetings#listen', false, 'chao'),
  answer('ivo', 'language/greetings#listen', true, 'ne'),
  answer('ana', 'language/greetings#order', false, 'molya'),
  answer('ana', 'language/colours#match', false, 'cherven'),
  answer('ana', 'language/colours#match', false, 'cherven'),
  answer('ana', 'language/colours#match', false, 'cherven'),
  answer('zoe', 'language/greetings#listen', false, 'ne'),
];

describe('the words missed in a question', () => {
  it('ranks by children who missed them, then wrong answers, and ignores right answers and other children', () => {
    expect(missedWords('language/greetings#listen', ['ana', 'ivo'], answers)).toEqual([
      { wordId: 'chao', children: 2, wrong: 3 },
      { wordId: 'da', children: 1, wrong: 1 },
    ]);
  });
});

describe('the questions missed most', () => {
  it('for a group in one lesson: the question most children missed first, with its words', () => {
    const questions = missedQuestions(['ana', 'ivo'], answers, { lessonId: 'language/greetings' });
    expect(questions.map((q) => [q.exerciseId, q.children, q.wrong, q.answers])).toEqual([
      ['language/greetings#listen', 2, 4, 5],
      ['language/greetings#order', 1, 1, 1],
    ]);
    expect(questions[0]!.words.map((w) => w.wordId)).toEqual(['chao', 'da']);
  });

  it('for one child in every lesson: the question with the most wrong answers first', () => {
    const questions = missedQuestions(['ana'], answers, { limit: 2 });
    expect(questions.map((q) => q.exerciseId)).toEqual(['language/colours#match', 'language/greetings#listen']);
    expect(questions[0]!.words).toEqual([{ wordId: 'cherven', children: 1, wrong: 3 }]);
  });

  it('is empty when nothing was missed', () => {
    expect(missedQuestions(['ivo'], answers, { lessonId: 'language/colours' })).toEqual([]);
  });
});
