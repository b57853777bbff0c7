/**
 * The words a child finds hardest and the questions children miss most, for the child and
 * lesson views of the tutor's reports. Pure: it takes word cards and answers (from this
 * computer's store or merged backups).
 *
 * The ranking of words, most difficult first, each step breaking the ties of the one before:
 *   1. misses: the wrong answers about the word, or the card's FSRS lapses when those are
 *      more. Not their sum: every wrong answer about a word rates its card "Again", and a
 *      lapse is such an answer once the word was learnt, so it is already among them. The
 *      lapses stand in when the answers are not all there (a backup of cards only, say).
 *   2. lapses: a word forgotten after being learnt weighs more than one not learnt yet;
 *   3. the card's FSRS difficulty (1 to 10), higher first;
 *   4. the word id, in code-unit order, so the order is the same on every computer.
 * Only words missed at least once are listed.
 */
import type { Answer, WordCard } from '../store/db';

/** What the ranking needs of an answer. */
export type AnswerRecord = Pick<Answer, 'profileId' | 'exerciseId' | 'wordId' | 'correct'>;
/** What the ranking needs of a card: a stored `WordCard` and a backup's card both fit. */
export interface CardRecord {
  profileId: string;
  wordId: string;
  fsrs: Pick<WordCard['fsrs'], 'lapses' | 'difficulty'>;
}

export interface HardWord {
  wordId: string;
  /** The larger of `wrong` and `lapses`: the ranking's first key. */
  misses: number;
  /** Wrong answers about the word. */
  wrong: number;
  /** Right answers about the word. */
  right: number;
  /** Times the word was forgotten after being learnt (FSRS), 0 without a card. */
  lapses: number;
  /** FSRS difficulty, 1 to 10; 0 without a card. */
  difficulty: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One child's hardest words, most difficult first, at most `limit` of them. */
export function hardestWords(profileId: string, cards: readonly CardRecord[], answers: readonly AnswerRecord[], limit = 10): HardWord[] {
  const words = new Map<string, HardWord>();
  const wordOf = (wordId: string) => {
    let word = words.get(wordId);
    if (!word) words.set(wordId, (word = { wordId, misses: 0, wrong: 0, right: 0, lapses: 0, difficulty: 0 }));
    return word;
  };
  for (const card of cards) {
    if (card.profileId !== profileId) continue;
    const word = wordOf(card.wordId);
    word.lapses = card.fsrs.lapses;
    word.difficulty = card.fsrs.difficulty;
  }
  for (const answer of answers) {
    if (answer.profileId !== profileId || !answer.wordId) continue;
    const word = wordOf(answer.wordId);
    if (answer.correct) word.right++;
    else word.wrong++;
  }
  return [...words.values()]
    .map((word) => ({ ...word, misses: Math.max(word.wrong, word.lapses) }))
    .filter((word) => word.misses > 0)
    .sort((a, b) => b.misses - a.misses || b.lapses - a.lapses || b.difficulty - a.difficulty || byCodeUnits(a.wordId, b.wordId))
    .slice(0, limit);
}

export interface MissedQuestion {
  /** `lessonId#exerciseId`. */
  exerciseId: string;
  /** How many of the given children answered it wrongly at least once. */
  children: number;
  /** Wrong answers to it, all children together. */
  wrong: number;
  /** Answers to it, right and wrong. */
  answers: number;
}

/**
 * The questions (exercises) missed most, for one child or a group: ranked by how many
 * children got them wrong, then by wrong answers, then by exercise id. Only questions
 * missed at least once are listed.
 */
export function mostMissedQuestions(profileIds: readonly string[], answers: readonly AnswerRecord[], limit = 10): MissedQuestion[] {
  const chosen = new Set(profileIds);
  const questions = new Map<string, MissedQuestion & { who: Set<string> }>();
  for (const answer of answers) {
    if (!chosen.has(answer.profileId)) continue;
    let question = questions.get(answer.exerciseId);
    if (!question)
      questions.set(answer.exerciseId, (question = { exerciseId: answer.exerciseId, children: 0, wrong: 0, answers: 0, who: new Set() }));
    question.answers++;
    if (answer.correct) continue;
    question.wrong++;
    question.who.add(answer.profileId);
  }
  return [...questions.values()]
    .filter((question) => question.wrong > 0)
    .map(({ who, ...question }) => ({ ...question, children: who.size }))
    .sort((a, b) => b.children - a.children || b.wrong - a.wrong || byCodeUnits(a.exerciseId, b.exerciseId))
    .slice(0, limit);
}
