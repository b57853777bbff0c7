import { describe, expect, it } from 'vitest';
import { classGrid, lessonCell, type AnswerRecord, type ProgressRecord } from '../../src/lib/reports/needs-help';

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2027, 0, 20, 12);
const lessonId = 'language/greetings';

function answer(correct: boolean, at: number, exercise = 'a', wordId?: string): AnswerRecord {
  return { profileId: 'ana', lessonId, exerciseId: `${lessonId}#${exercise}`, correct, at, ...(wordId ? { wordId } : {}) };
}

function progress(status: 'started' | 'completed', stars: 0 | 1 | 2 | 3, updatedAt = now - day): ProgressRecord {
  return { profileId: 'ana', lessonId, status, stars, updatedAt };
}

describe('the needs-help rule, cell by cell', () => {
  it('is not started with no answer and no record', () => {
    expect(lessonCell([], undefined, now)).toEqual({ status: 'not-started' });
  });

  it('is in progress after a first answer', () => {
    expect(lessonCell([answer(true, now - day)], undefined, now)).toEqual({ status: 'in-progress', startedAt: now - day });
  });

  it('is in progress with a started record and no answer kept', () => {
    expect(lessonCell([], progress('started', 0), now)).toEqual({ status: 'in-progress', startedAt: now - day });
  });

  it('is done with the stars once completed, even after many wrong answers long ago', () => {
    const wrong = [1, 2, 3, 4].map((i) => answer(false, now - 30 * day + i));
    expect(lessonCell(wrong, progress('completed', 2), now)).toEqual({ status: 'done', stars: 2 });
  });

  it('does not need help after 2 wrong answers to one exercise', () => {
    const answers = [answer(false, now - 3000, 'a', 'chao'), answer(false, now - 2000, 'a', 'chao')];
    expect(lessonCell(answers, undefined, now).status).toBe('in-progress');
  });

  it('needs help after exactly 3 wrong answers to one exercise, naming it and the missed words', () => {
    const answers = [
      answer(false, now - 4000, 'a', 'chao'),
      answer(true, now - 3500, 'a', 'zdravey'),
      answer(false, now - 3000, 'a', 'dobro-utro'),
      answer(false, now - 2000, 'a', 'chao'),
    ];
    expect(lessonCell(answers, progress('started', 0, now - 1000), now)).toEqual({
      status: 'needs-help',
      startedAt: now - 4000,
      reasons: [{ kind: 'wrong-answers', exerciseId: `${lessonId}#a`, wrong: 3, wordIds: ['chao', 'dobro-utro'] }],
    });
  });

  it('does not add up wrong answers of different exercises', () => {
    const answers = [answer(false, now - 3000, 'a'), answer(false, now - 2000, 'b'), answer(false, now - 1000, 'c')];
    expect(lessonCell(answers, undefined, now).status).toBe('in-progress');
  });

  it('is not yet needs help exactly 7 days after starting', () => {
    expect(lessonCell([answer(true, now - 7 * day)], undefined, now)).toEqual({ status: 'in-progress', startedAt: now - 7 * day });
  });

  it('needs help a moment more than 7 days after starting, counting from the first answer', () => {
    const answers = [answer(true, now - 1000), answer(true, now - 7 * day - 1)];
    expect(lessonCell(answers, progress('started', 0, now - 1000), now)).toEqual({
      status: 'needs-help',
      startedAt: now - 7 * day - 1,
      reasons: [{ kind: 'not-finished', startedAt: now - 7 * day - 1, days: 7 }],
    });
  });

  it('gives both reasons, the exercise with the most wrong answers first', () => {
    const start = now - 10 * day;
    const answers = [
      ...[1, 2, 3].map((i) => answer(false, start + i, 'b')),
      ...[1, 2, 3, 4].map((i) => answer(false, start + 10 + i, 'a')),
    ];
    const cell = lessonCell(answers, undefined, now);
    expect(cell.status).toBe('needs-help');
    expect(cell.status === 'needs-help' && cell.reasons.map((r) => (r.kind === 'wrong-answers' ? r.exerciseId : r.kind))).toEqual([
      `${lessonId}#a`,
      `${lessonId}#b`,
      'not-finished',
    ]);
  });
});

describe('the class grid', () => {
  it('has one row per child and one cell per lesson, in the given order, ignoring other records', () => {
    const path = ['alphabet/first-letters', lessonId];
    const answers: AnswerRecord[] = [
      answer(true, now - day),
      { ...answer(false, now - day), profileId: 'someone-else' },
      { ...answer(false, now), lessonId: 'school/marks', exerciseId: 'school/marks#a' },
    ];
    const records: ProgressRecord[] = [
      { profileId: 'omar', lessonId: 'alphabet/first-letters', status: 'completed', stars: 3, updatedAt: now },
    ];
    expect(classGrid(['omar', 'ana'], path, answers, records, now)).toEqual([
      {
        profileId: 'omar',
        cells: [
          { lessonId: 'alphabet/first-letters', cell: { status: 'done', stars: 3 } },
          { lessonId, cell: { status: 'not-started' } },
        ],
      },
      {
        profileId: 'ana',
        cells: [
          { lessonId: 'alphabet/first-letters', cell: { status: 'not-started' } },
          { lessonId, cell: { status: 'in-progress', startedAt: now - day } },
        ],
      },
    ]);
  });
});
