/**
 * The states of an FSRS card (ts-fsrs `State`), as plain numbers. Importing the enum
 * from ts-fsrs would put the whole scheduler into every page that only reads cards (the
 * child's home, the tutor's reports): a bundler keeps a module's code together.
 * card-state.test.ts checks that the numbers agree with ts-fsrs.
 */
export const cardState = {
  /** Never answered. */
  new: 0,
  /** Answered recently, in the short learning steps. */
  learning: 1,
  /** Learnt: scheduled days or more ahead. */
  review: 2,
  /** Got wrong after it was learnt: back in the short steps. */
  relearning: 3,
} as const;
