/**
 * The rows of each report's CSV file (written by csv.ts). The words come from the page
 * in the tutor's language; what goes in which row and column is decided here.
 */
import type { CsvCell } from './csv';
import type { ChildSummary } from './child-summary';
import type { HardWord } from './hardest-words';
import type { MissedQuestionWithWords } from './missed-questions';
import type { ClassRow, LessonCell } from './needs-help';
import type { DayTime } from './time-per-day';

type Rows = CsvCell[][];

/** The class view: a header (the child, then each lesson), then one row per child with each lesson's status in words. */
export function classCsvRows(
  grid: readonly ClassRow[],
  header: { child: string; lessonTitle: (lessonId: string) => string },
  nameOf: (profileId: string) => string,
  statusText: (cell: LessonCell) => string,
): Rows {
  const lessonIds = grid[0]?.cells.map((c) => c.lessonId) ?? [];
  return [
    [header.child, ...lessonIds.map(header.lessonTitle)],
    ...grid.map((row) => [nameOf(row.profileId), ...row.cells.map(({ cell }) => statusText(cell))]),
  ];
}

/** The columns of the child view's CSV, one table of sections: what, which, how many, details. */
export interface ChildCsvLabels {
  header: [string, string, string, string];
  lessonsDone: string;
  wordsLearnt: string;
  answers: string;
  /** Section names. */
  minutesOnDay: string;
  hardWord: string;
  missedQuestion: string;
}

/** The child view: the numbers, each day's minutes, the hardest words, the questions missed most. */
export function childCsvRows(
  labels: ChildCsvLabels,
  summary: ChildSummary,
  days: readonly DayTime[],
  hardest: readonly HardWord[],
  questions: readonly MissedQuestionWithWords[],
  text: { word: (wordId: string) => string; question: (exerciseId: string) => string },
): Rows {
  return [
    [...labels.header],
    [labels.lessonsDone, '', summary.lessonsDone, ''],
    [labels.wordsLearnt, '', summary.wordsLearnt, ''],
    [labels.answers, '', summary.answers, summary.right],
    ...days.map((d) => [labels.minutesOnDay, d.day, Math.round(d.ms / 6000) / 10, d.answers]),
    ...hardest.map((w) => [labels.hardWord, text.word(w.wordId), w.misses, w.right]),
    ...questions.map((q) => [
      labels.missedQuestion,
      text.question(q.exerciseId),
      q.wrong,
      q.words.map((w) => text.word(w.wordId)).join(', '),
    ]),
  ];
}

/** The lesson view: one row per question missed, with how many children missed it and the words they missed. */
export function lessonCsvRows(
  header: [string, string, string, string, string],
  questions: readonly MissedQuestionWithWords[],
  text: { word: (wordId: string) => string; question: (exerciseId: string) => string },
): Rows {
  return [
    [...header],
    ...questions.map((q) => [
      text.question(q.exerciseId),
      q.children,
      q.wrong,
      q.answers,
      q.words.map((w) => text.word(w.wordId)).join(', '),
    ]),
  ];
}
