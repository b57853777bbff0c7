/**
 * One run of an exercise: answers timed and reported as attempts, the first answer to
 * each item counted for the score, the result reported at the end, and "Play again"
 * with a new seed, so the order changes.
 */
import { useEffect, useRef, useState } from 'react';
import { lessonIdOf, reportAnswer, reportResult, type Outcome } from '../../lib/store/exercise-report';
import { FirstTries } from '../../lib/exercises/rounds';
import { scoreOf } from '../../lib/exercises/scoring';
import { seedOf } from '../../lib/exercises/shuffle';

export function useRun(exerciseId: string) {
  const [run, setRun] = useState(0);
  const [score, setScore] = useState<number>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [answered, setAnswered] = useState(false);
  const firstTries = useRef(new FirstTries());
  const shownAt = useRef(0);
  // The store may answer after the child has left the exercise: nothing is set then.
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    shownAt.current = Date.now();
    return () => {
      mounted.current = false;
    };
  }, []);

  const lessonId = lessonIdOf(exerciseId);
  return {
    /** Shuffles this run's order; a new run gets the next seed. */
    seed: seedOf(exerciseId) + run,
    /** The share of first tries that were right, once the run is finished. */
    score,
    /** Whether the result was kept, once the store has answered. */
    outcome,
    /** True from the first answer to the end: the page offers a new version of the site only when no run is (lib/browser/service-worker.ts). */
    inProgress: answered && score === undefined,
    /** Records an answer as an attempt; the first answer to an item decides its score. */
    answer(item: string, correct: boolean, wordId?: string) {
      setAnswered(true);
      firstTries.current.add(item, correct);
      void reportAnswer({ lessonId, exerciseId, ...(wordId ? { wordId } : {}), correct, ms: Date.now() - shownAt.current });
      shownAt.current = Date.now();
    },
    /** Restarts the answer clock, when a new question appears. */
    ask() {
      shownAt.current = Date.now();
    },
    /** Ends the run: the score from the first tries, and every word seen gets a review card. */
    finish(seenWords: readonly string[]) {
      const result = scoreOf(firstTries.current.values());
      setScore(result);
      void reportResult({ lessonId, exerciseId, score: result, seenWords }).then((kept) => {
        if (mounted.current) setOutcome(kept);
      });
    },
    again() {
      firstTries.current = new FirstTries();
      setScore(undefined);
      setOutcome(undefined);
      setAnswered(false);
      setRun((n) => n + 1);
      shownAt.current = Date.now();
    },
  };
}

export type Run = ReturnType<typeof useRun>;
