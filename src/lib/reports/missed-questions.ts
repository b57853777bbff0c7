/**
 * The questions missed most, with the words missed on each: for the child view (one
 * child, every lesson) and the lesson view (a group, one lesson). The ranking is
 * hardest-words.ts's `mostMissedQuestions`; the words under each question are ranked by
 * how many of the children missed them, then by wrong answers, then by word id.
 */
import { mostMissedQuestions, type MissedQuestion } from './hardest-words';
import type { ReportAnswer } from './report-records';

export interface MissedWord {
  wordId: string;
  /** How many of the children answered it wrongly at least once in this question. */
  children: number;
  /** Wrong answers about it in this question. */
  wrong: number;
}

export interface MissedQuestionWithWords extends MissedQuestion {
  /** The words missed in this question, most missed first. */
  words: MissedWord[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The words missed in one question by the given children. */
export function missedWords(exerciseId: string, profileIds: readonly string[], answers: readonly ReportAnswer[]): MissedWord[] {
  const chosen = new Set(profileIds);
  const words = new Map<string, { wrong: number; who: Set<string> }>();
  for (const answer of answers) {
    if (answer.correct || !answer.wordId || answer.exerciseId !== exerciseId || !chosen.has(answer.profileId)) continue;
    const word = words.get(answer.wordId) ?? { wrong: 0, who: new Set<string>() };
    word.wrong++;
    word.who.add(answer.profileId);
    words.set(answer.wordId, word);
  }
  return [...words]
    .map(([wordId, { wrong, who }]) => ({ wordId, children: who.size, wrong }))
    .sort((a, b) => b.children - a.children || b.wrong - a.wrong || byCodeUnits(a.wordId, b.wordId));
}

/** The questions the children missed most (of one lesson, when `lessonId` is given), each with its missed words. */
export function missedQuestions(
  profileIds: readonly string[],
  answers: readonly ReportAnswer[],
  options: { lessonId?: string; limit?: number } = {},
): MissedQuestionWithWords[] {
  const { lessonId, limit = 10 } = options;
  const chosen = lessonId === undefined ? answers : answers.filter((answer) => answer.lessonId === lessonId);
  return mostMissedQuestions(profileIds, chosen, limit).map((question) => ({
    ...question,
    words: missedWords(question.exerciseId, profileIds, chosen),
  }));
}
