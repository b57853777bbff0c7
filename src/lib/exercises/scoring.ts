/**
 * Scores and stars for one run of an exercise. Pure: islands import it without pulling
 * in the progress store.
 */

/** Stars for a share of right answers: 3 from 90 %, 2 from 60 %, else 1 for finishing. */
export function starsFor(score: number): 1 | 2 | 3 {
  if (score >= 0.9) return 3;
  if (score >= 0.6) return 2;
  return 1;
}

/**
 * The share of items answered right at the first try, 0 to 1. An item answered right
 * only after trying again counts as not right: the child still finishes, with fewer stars.
 */
export function scoreOf(firstTries: readonly boolean[]): number {
  if (firstTries.length === 0) return 1;
  return firstTries.filter(Boolean).length / firstTries.length;
}
