/**
 * The words of the reports in the tutor's language: lesson and question names, dates
 * through Intl.DateTimeFormat, numbers and plurals through lib/i18n/format.ts, and each
 * cell's status as one line (the class view's CSV and the cells' accessible text).
 */
import { format } from '../../../lib/i18n/format';
import type { LessonCell } from '../../../lib/reports/needs-help';
import type { ReportStrings } from '../strings';
import type { ReportCatalogue, ReportWord } from './catalogue';

export interface ReportText {
  strings: ReportStrings;
  /** Fills a string's placeholders in the page's language. */
  t: (key: keyof ReportStrings, values?: Record<string, string | number>) => string;
  lessonTitle: (lessonId: string) => string;
  /** `lesson#exercise` as "Lesson title: exercise “exercise”". */
  questionName: (exerciseId: string) => string;
  word: (wordId: string) => ReportWord | undefined;
  /** A word as text: its Bulgarian spelling, or its id when the word bank no longer has it. */
  wordText: (wordId: string) => string;
  /** A time as a date in the page's language. */
  date: (ms: number) => string;
  /** A calendar day (YYYY-MM-DD) as a short date: day and month. */
  shortDay: (day: string) => string;
  /** A cell's status, and why, as one line. */
  statusText: (cell: LessonCell) => string;
}

export function reportText(strings: ReportStrings, catalogue: ReportCatalogue): ReportText {
  const { locale } = strings;
  const t: ReportText['t'] = (key, values = {}) => format(strings[key] as string, values, locale);
  const titles = new Map(catalogue.lessons.map((lesson) => [lesson.id, lesson.title]));
  const words = new Map(catalogue.words.map((word) => [word.id, word]));
  const lessonTitle = (lessonId: string) => titles.get(lessonId) ?? lessonId;
  const questionName = (exerciseId: string) => {
    const [lessonId = '', exercise = ''] = exerciseId.split('#');
    return t('report.questionName', { lesson: lessonTitle(lessonId), exercise });
  };
  const wordText = (wordId: string) => words.get(wordId)?.stressed ?? wordId;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const shortDay = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return dayFormat.format(new Date(y!, m! - 1, d!));
  };
  const statusText = (cell: LessonCell): string => {
    const status = t(`report.status.${cell.status}`);
    if (cell.status === 'done') return `${status}: ${t('report.stars', { count: cell.stars })}`;
    if (cell.status === 'in-progress') return `${status}: ${t('report.startedOn', { date: dateFormat.format(cell.startedAt) })}`;
    if (cell.status === 'not-started') return status;
    const reasons = cell.reasons.map((reason) =>
      reason.kind === 'wrong-answers'
        ? `${t('report.wrongAnswers', { count: reason.wrong, question: questionName(reason.exerciseId) })} (${reason.wordIds.map(wordText).join(', ')})`
        : t('report.notFinished', { days: reason.days }),
    );
    return `${status}: ${reasons.join('; ')}`;
  };
  return {
    strings,
    t,
    lessonTitle,
    questionName,
    word: (id) => words.get(id),
    wordText,
    date: (ms) => dateFormat.format(ms),
    shortDay,
    statusText,
  };
}
