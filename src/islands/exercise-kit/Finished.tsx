/**
 * The end of an exercise's run (ExerciseShell.tsx loads it at the first touch): praise,
 * stars from the first tries through ExerciseOutcome, why progress was not kept if it was
 * not, and "Play again".
 */
import { useEffect, useRef } from 'react';
import ExerciseOutcome from '../ExerciseOutcome';
import { starsFor } from '../../lib/exercises/scoring';
import { announceFinished } from '../../lib/browser/exercise-finished';
import type { Run } from './use-run';
import { SayPhrase } from './phrases';
import type { EndLook } from './ExerciseShell';
import type { ShellStrings } from './strings';

/** The end of a run: praise, stars from the first tries, why progress was not kept if it was not, and "Play again". */
export default function Finished({
  run,
  strings,
  end,
  learnersUrl,
}: {
  run: Run;
  strings: ShellStrings;
  end: EndLook;
  learnersUrl: string;
}) {
  // The end takes the focus (not "Play again", which a second Enter would press by mistake).
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  // The page hears of the end (the lesson's sequence offers "next"), and again once the result is kept or not.
  const { score = 0, outcome } = run;
  useEffect(() => announceFinished(region.current, score, outcome), [score, outcome]);
  return (
    <div ref={region} className="exercise__end" tabIndex={-1}>
      <p className={end.doneClass} role="status">
        {end.done}
        <SayPhrase text={end.done} />
      </p>
      <ExerciseOutcome stars={starsFor(run.score ?? 0)} outcome={run.outcome} strings={strings} learnersUrl={learnersUrl} />
      <button type="button" className={end.primary ? 'button primary' : 'button'} onClick={run.again}>
        {!end.primary && <span aria-hidden="true">↻</span>}
        {!end.primary && ' '}
        {end.again}
      </button>
    </div>
  );
}
