/**
 * The rounds of an exercise that asks one thing at a time (a word, a question, a
 * sentence, a letter): which round is asked, the wrong choices made in it, the verdict,
 * and the step after it: "Next" after a right answer (the end after the last round),
 * "Try again" after a wrong one. The order of steps is pure: lib/exercises/rounds.ts.
 */
import { useReducer, type RefObject } from 'react';
import { firstRound, goesOn, isLastRound, rounds, type RoundsAction, type RoundsState } from '../../lib/exercises/rounds';
import type { Verdict } from '../../lib/exercises/answer-check';
import type { Run } from './use-run';
import { focusFirst } from './parts';

export interface RoundsOptions {
  /** How many rounds this run asks. */
  total: number;
  /** The word-bank ids the child met in this run, reported at the end. */
  seen: () => readonly string[];
  /** Clears what the island keeps for a round (a typed answer, placed tiles) before the next try or round. */
  reset?: () => void;
  /** The group of choices: keyboard users go on from its first enabled button. */
  group?: RefObject<HTMLElement | null>;
  /** Where the focus goes for the next try or round, when it is not the group's first button (a text field). */
  focus?: () => void;
}

export function useRounds<Choice = string>(run: Run, { total, seen, reset, group, focus }: RoundsOptions) {
  const [state, dispatch] = useReducer(
    rounds as (state: RoundsState<Choice>, action: RoundsAction<Choice>) => RoundsState<Choice>,
    firstRound,
  );
  const refocus = focus ?? (() => focusFirst(group?.current ?? null));

  const next = () => {
    if (isLastRound(state, total)) return run.finish(seen());
    reset?.();
    dispatch({ type: 'next' });
    run.ask();
    refocus();
  };
  const retry = () => {
    reset?.();
    dispatch({ type: 'retry' });
    refocus();
  };

  return {
    ...state,
    total,
    /** Records the answer to this round as an attempt on `item` (about `wordId`), with the choice made. */
    answer(verdict: Verdict, item: string, { wordId, choice }: { wordId?: string | undefined; choice?: Choice } = {}) {
      run.answer(item, goesOn(verdict), wordId);
      dispatch({ type: 'answer', verdict, ...(choice === undefined ? {} : { choice }) });
    },
    /**
     * How a choice button shows: marked wrong once tried, marked right after the right
     * answer (`isAnswer`); none can be pressed while the feedback shows.
     */
    choice(choice: Choice, isAnswer: boolean) {
      const wrong = state.wrong.includes(choice);
      const right = state.verdict === 'right' && isAnswer;
      return { marks: `${wrong ? ' is-wrong' : ''}${right ? ' is-right' : ''}`, disabled: wrong || state.verdict !== undefined };
    },
    next,
    retry,
    /** The feedback's button: "Next" when the child may go on, else "Try again". */
    step: state.verdict && goesOn(state.verdict) ? { onNext: next } : { onRetry: retry },
  };
}

export type Rounds<Choice = string> = ReturnType<typeof useRounds<Choice>>;
