/**
 * The frame of every exercise island: a crash caught with a friendly message, the
 * section screen readers name, one run (attempts, score, result) and its end (praise,
 * stars through ExerciseOutcome, why progress was not kept, and "Play again").
 */
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import ExerciseBoundary from '../ExerciseBoundary';
import ExerciseOutcome from '../ExerciseOutcome';
import { starsFor } from '../../lib/exercises/scoring';
import { announceFinished } from '../../lib/browser/exercise-finished';
import { prefetchRecorder } from '../../lib/store/exercise-report';
import { useRun, type Run } from './use-run';
import { PhraseStringsContext, SayPhrase, type PhraseStrings } from './phrases';
import type { ExerciseProps, ExerciseStrings, ShellStrings } from './strings';

/** The words and look of the end, when an exercise has its own (the flashcards). */
export interface EndLook {
  done: string;
  again: string;
  /** Class of the praise, which tests and styles find it by. */
  doneClass: string;
  /** "Play again" as the main button, without the ↻ (the deck's "Start again"). */
  primary: boolean;
}

type ShellProps = {
  exerciseId: string;
  /** The "Who is learning?" page, linked at the end when nobody is chosen. */
  learnersUrl: string;
  /** The kind as a CSS class: `listen`, `match`, `quiz`, `type`, `order`, `alphabet`, `flashcards`. */
  kind: string;
  /** The exercise's name for screen readers. */
  label: string;
  /** Shown above the run and its end alike (the alphabet's modes). */
  header?: ReactNode;
  /** False while the exercise shows something other than its run (the alphabet's letters to explore): the end waits. */
  showsRun?: boolean;
  /** The run's content; "Play again" renders it afresh with a new seed. */
  children: (run: Run) => ReactNode;
} & ({ strings: ExerciseStrings; end?: undefined } | { strings: ShellStrings; end: EndLook });

export function ExerciseShell(props: ShellProps) {
  return (
    <ExerciseBoundary message={props.strings['exercise.crashed']}>
      <PhraseStringsContext.Provider value={props.strings as PhraseStrings}>
        <Shell {...props} />
      </PhraseStringsContext.Provider>
    </ExerciseBoundary>
  );
}

function Shell({ exerciseId, learnersUrl, kind, label, header, showsRun = true, children, ...words }: ShellProps) {
  const run = useRun(exerciseId);
  const end: EndLook =
    words.end === undefined
      ? { done: words.strings['exercise.done'], again: words.strings['exercise.again'], doneClass: 'exercise__done', primary: false }
      : words.end;
  return (
    // The first touch or key starts loading the recorder, so it is there by the first answer.
    <section
      className={`exercise ${kind}`}
      aria-label={label}
      data-exercise={exerciseId}
      data-in-progress={run.inProgress || undefined}
      onPointerDownCapture={prefetchRecorder}
      onKeyDownCapture={prefetchRecorder}
    >
      {header}
      {run.score !== undefined && showsRun ? (
        <Finished run={run} strings={words.strings} end={end} learnersUrl={learnersUrl} />
      ) : (
        <Fragment key={run.seed}>{children(run)}</Fragment>
      )}
    </section>
  );
}

/**
 * An exercise island that asks in rounds: the shell around its body, which gets the
 * run. `label` picks the exercise's name from its strings.
 */
export function exerciseIsland<Props extends ExerciseProps>(
  kind: string,
  label: (strings: Props['strings']) => string,
  Body: (props: Props & { run: Run }) => ReactNode,
) {
  return function ExerciseIsland(props: Props) {
    return (
      <ExerciseShell kind={kind} label={label(props.strings)} {...props}>
        {(run) => <Body run={run} {...props} />}
      </ExerciseShell>
    );
  };
}

/** The end of a run: praise, stars from the first tries, why progress was not kept if it was not, and "Play again". */
function Finished({ run, strings, end, learnersUrl }: { run: Run; strings: ShellStrings; end: EndLook; learnersUrl: string }) {
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
