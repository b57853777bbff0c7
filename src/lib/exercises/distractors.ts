/**
 * Which pictures to offer beside the right one. Distractors come from the other words of
 * the same exercise, never from the whole word bank, and never look like the answer: a
 * word with the same picture (здравей and чао are both a waving hand) or the same
 * Bulgarian text would make two right answers.
 */
import { randomFrom, shuffle } from './shuffle';

export interface Choosable {
  id: string;
  stressed: string;
  picture?: string;
}

/** Two words a child could not tell apart in a picture choice. */
export function lookAlike(a: Choosable, b: Choosable): boolean {
  return a.id === b.id || a.stressed === b.stressed || (a.picture !== undefined && a.picture === b.picture);
}

/**
 * `count` options (fewer when the exercise has too few distinct words): the target and
 * distractors from `pool`, in a seeded order.
 */
export function chooseOptions<T extends Choosable>(pool: readonly T[], target: T, count: number, seed: number): T[] {
  const random = randomFrom(seed);
  const distractors: T[] = [];
  for (const word of shuffle(pool, random)) {
    if (distractors.length >= count - 1) break;
    if (!lookAlike(word, target) && !distractors.some((chosen) => lookAlike(chosen, word))) distractors.push(word);
  }
  return shuffle([target, ...distractors], random);
}

export interface Round<T> {
  target: T;
  options: T[];
}

/** One round for every word, in a seeded order, each with its options. */
export function choiceRounds<T extends Choosable>(words: readonly T[], optionCount: number, seed: number): Round<T>[] {
  return shuffle(words, seed).map((target, i) => ({ target, options: chooseOptions(words, target, optionCount, seed + i + 1) }));
}
