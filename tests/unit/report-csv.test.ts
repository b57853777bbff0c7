import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/reports/csv';
import { childCsvRows, classCsvRows, lessonCsvRows } from '../../src/lib/reports/report-csv';
import type { ClassRow, LessonCell } from '../../src/lib/reports/needs-help';

const grid: ClassRow[] = [
  {
    profileId: 'ana',
    cells: [
      { lessonId: 'l/a', cell: { status: 'done', stars: 2 } },
      {
        lessonId: 'l/b',
        cell: {
          status: 'needs-help',
          startedAt: 1,
          reasons: [{ kind: 'wrong-answers', exerciseId: 'l/b#x', wrong: 3, wordIds: ['chao'] }],
        },
      },
    ],
  },
  {
    profileId: 'ivo',
    cells: [
      { lessonId: 'l/a', cell: { status: 'in-progress', startedAt: 1 } },
      { lessonId: 'l/b', cell: { status: 'not-started' } },
    ],
  },
];
const statusText = (cell: LessonCell) => (cell.status === 'done' ? `done ${cell.stars}` : cell.status);
const text = { word: (id: string) => id.toUpperCase(), question: (id: string) => `Q ${id}` };

describe('the reports’ CSV rows', () => {
  it('class view: a header of lessons, then one row per child with each lesson’s status', () => {
    const names: Record<string, string> = { ana: 'Ана', ivo: '=Иво' };
    const rows = classCsvRows(grid, { child: 'Child', lessonTitle: (id) => `Lesson ${id}` }, (id) => names[id]!, statusText);
    expect(rows).toEqual([
      ['Child', 'Lesson l/a', 'Lesson l/b'],
      ['Ана', 'done 2', 'needs-help'],
      ['=Иво', 'in-progress', 'not-started'],
    ]);
    // The writer keeps the Cyrillic name and disarms the one that looks like a formula.
    expect(toCsv(rows)).toContain("\r\n'=Иво,in-progress,not-started\r\n");
  });

  it('class view without children is just the header', () => {
    expect(classCsvRows([], { child: 'Child', lessonTitle: (id) => id }, (id) => id, statusText)).toEqual([['Child']]);
  });

  it('child view: the numbers, each day in minutes, the hard words and the missed questions', () => {
    const labels = {
      header: ['What', 'Which', 'How many', 'Details'] as [string, string, string, string],
      lessonsDone: 'Lessons done',
      wordsLearnt: 'Words learnt',
      answers: 'Answers',
      minutesOnDay: 'Minutes',
      hardWord: 'Hard word',
      missedQuestion: 'Missed question',
    };
    const summary = { lessonsDone: 2, lessonsStarted: 1, wordsLearnt: 5, wordsMet: 9, answers: 40, right: 30, lastActive: 1 };
    const rows = childCsvRows(
      labels,
      summary,
      [{ day: '2027-01-20', ms: 90_000, answers: 12 }],
      [{ wordId: 'chao', misses: 3, wrong: 3, right: 1, lapses: 0, difficulty: 6 }],
      [{ exerciseId: 'l/b#x', children: 1, wrong: 3, answers: 5, words: [{ wordId: 'chao', children: 1, wrong: 3 }] }],
      text,
    );
    expect(rows).toEqual([
      ['What', 'Which', 'How many', 'Details'],
      ['Lessons done', '', 2, ''],
      ['Words learnt', '', 5, ''],
      ['Answers', '', 40, 30],
      ['Minutes', '2027-01-20', 1.5, 12],
      ['Hard word', 'CHAO', 3, 1],
      ['Missed question', 'Q l/b#x', 3, 'CHAO'],
    ]);
  });

  it('lesson view: one row per missed question with its words', () => {
    const rows = lessonCsvRows(
      ['Question', 'Children', 'Wrong', 'Answers', 'Words'],
      [
        {
          exerciseId: 'l/b#x',
          children: 2,
          wrong: 4,
          answers: 9,
          words: [
            { wordId: 'chao', children: 2, wrong: 3 },
            { wordId: 'da', children: 1, wrong: 1 },
          ],
        },
      ],
      text,
    );
    expect(rows).toEqual([
      ['Question', 'Children', 'Wrong', 'Answers', 'Words'],
      ['Q l/b#x', 2, 4, 9, 'CHAO, DA'],
    ]);
  });
});
