/**
 * The frame of every exercise island: a crash caught with a friendly message, the
 * section screen readers name, one run (attempts, score, result) and its end (praise,
 * stars, why progress was not kept, and "Play again": Finished.tsx).
 *
 * The end's code is not in the lesson's first download: the first touch or key starts
 * loading it with the recorder, so it is there long before the last answer.
 */
import { Fragment, lazy, Suspense, type ReactNode } from 'react';
import ExerciseBoundary from '../ExerciseBoundary';
import { prefetchRecorder } from '../../lib/store/exercise-report';
import { loadOnce } from '../../lib/browser/load-once';
import { useRun, type Run } from './use-run';
import { PhraseStringsContext, type PhraseStrings } from './phrases';
import type { ExerciseProps, ExerciseStrings, ShellStrings } from './strings';

/** The end's component once its code is here: then it shows in the same render as the last answer. */
let LoadedFinished: (typeof import('./Finished'))['default'] | undefined;
/** Fetched once; a fetch that failed (offline, not kept) is tried again at the next touch. */
const loadFinished = loadOnce(() =>
  import('./Finished').then((module) => {
    LoadedFinished = module.default;
    return module;
  }),
);
const LazyFinished = lazy(loadFinished);

/** The first touch or key: the recorder and the end start loading, to be there when needed. */
function prefetchForAnswers(): void {
  prefetchRecorder();
  void loadFinished().catch(() => undefined);
}

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
    // The first touch or key starts loading the recorder and the end, so they are there in time.
    <section
      className={`exercise ${kind}`}
      aria-label={label}
      data-exercise={exerciseId}
      data-in-progress={run.inProgress || undefined}
      onPointerDownCapture={prefetchForAnswers}
      onKeyDownCapture={prefetchForAnswers}
    >
      {header}
      {run.score !== undefined && showsRun ? (
        <End run={run} strings={words.strings} end={end} learnersUrl={learnersUrl} />
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

/** The end, at once when its code is here (the usual case), else as soon as it arrives. */
function End(props: Parameters<typeof LazyFinished>[0]) {
  if (LoadedFinished) return <LoadedFinished {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyFinished {...props} />
    </Suspense>
  );
}
