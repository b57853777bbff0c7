/**
 * The steps every round-based exercise takes: ask, answer, then either go on (after a
 * right or nearly right answer) or try the same round again (after a wrong one), until
 * the last round is left. Pure, so the order of steps is tested without React.
 */
import type { Verdict } from './answer-check';

export interface RoundsState<Choice> {
  /** The round being asked, from 0. */
  index: number;
  /** How the last answer to this round was judged; undefined while the child is choosing. */
  verdict?: Verdict | undefined;
  /** The wrong choices made in this round: they stay marked and disabled. */
  wrong: readonly Choice[];
}

export type RoundsAction<Choice> = { type: 'answer'; verdict: Verdict; choice?: Choice } | { type: 'retry' } | { type: 'next' };

export const firstRound: RoundsState<never> = { index: 0, wrong: [] };

/** True when the round being asked is the last of `total`: going on ends the run. */
export const isLastRound = (state: RoundsState<unknown>, total: number): boolean => state.index + 1 >= total;

/** The verdict on a choice that is either right or wrong. */
export const verdictOf = (correct: boolean): Verdict => (correct ? 'right' : 'wrong');

/** True after an answer that lets the child go on: right, or nearly right (one letter off). */
export const goesOn = (verdict: Verdict): boolean => verdict !== 'wrong';

export function rounds<Choice>(state: RoundsState<Choice>, action: RoundsAction<Choice>): RoundsState<Choice> {
  switch (action.type) {
    case 'answer': {
      const wrong = action.verdict === 'wrong' && action.choice !== undefined ? [...state.wrong, action.choice] : state.wrong;
      return { ...state, verdict: action.verdict, wrong };
    }
    case 'retry':
      return { ...state, verdict: undefined };
    case 'next':
      return { index: state.index + 1, wrong: [] };
  }
}

/**
 * The first answer to each item, which decides the score: answering again after a
 * mistake lets the child finish but does not make the item right.
 */
export class FirstTries {
  private readonly firsts = new Map<string, boolean>();

  /** Records an answer; only the first for each item counts. */
  add(item: string, correct: boolean): void {
    if (!this.firsts.has(item)) this.firsts.set(item, correct);
  }

  values(): boolean[] {
    return [...this.firsts.values()];
  }
}
