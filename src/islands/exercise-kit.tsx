/**
 * What every exercise island shares: one run of the exercise (answers timed and
 * reported as attempts, first tries counted for the score, a result with stars at the
 * end, "Play again" with a new order), the feedback after an answer, and the end screen.
 * Pictures carry the instructions and the feedback; the words are for those who read.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import AudioButton, { type AudioButtonStrings } from './AudioButton';
import ExerciseOutcome, { type OutcomeStrings } from './ExerciseOutcome';
import { exercisePicture, type ExercisePicture } from '../lib/exercises/pictures';
import { lessonIdOf, prefetchRecorder, reportAnswer, reportResult, type Outcome } from '../lib/store/exercise-report';
import { format } from '../lib/i18n/format';
import { scoreOf, starsFor } from '../lib/exercises/scoring';
import { seedOf } from '../lib/exercises/shuffle';
import type { Verdict } from '../lib/exercises/answer-check';
import type { TextPart } from '../lib/i18n/bulgarian-spans';
import './exercises.css';

export interface ExerciseStrings extends AudioButtonStrings, OutcomeStrings {
  'exercise.crashed': string;
  'exercise.right': string;
  'exercise.almost': string;
  'exercise.wrong': string;
  'exercise.tryAgain': string;
  'exercise.next': string;
  'exercise.position': string;
  'exercise.done': string;
  'exercise.again': string;
  'exercise.listen': string;
}

/** The keys of ExerciseStrings, for wrappers to pick. */
export const exerciseStringKeys = [
  'audio.play',
  'audio.loading',
  'audio.playing',
  'audio.unavailable',
  'progress.stars',
  'progress.noLearner',
  'progress.chooseLearner',
  'progress.memory',
  'progress.failed',
  'exercise.crashed',
  'exercise.right',
  'exercise.almost',
  'exercise.wrong',
  'exercise.tryAgain',
  'exercise.next',
  'exercise.position',
  'exercise.done',
  'exercise.again',
  'exercise.listen',
] as const;

/** What every exercise island receives besides its content. */
export interface ExerciseProps<S extends ExerciseStrings = ExerciseStrings> {
  /** `track/slug#exercise`: stable across content edits that do not touch this exercise. */
  exerciseId: string;
  strings: S;
  /** The page's direction. */
  dir: 'ltr' | 'rtl';
  /** The "Who is learning?" page, linked when nobody is chosen. */
  learnersUrl: string;
}

/**
 * One run of an exercise. `answer` records every answer as an attempt (the first answer
 * to an item decides its score); `finish` reports the result; `again` starts a new run
 * with a new seed, so the order changes.
 */
export function useRun(exerciseId: string) {
  const [run, setRun] = useState(0);
  const [score, setScore] = useState<number>();
  const [outcome, setOutcome] = useState<Outcome>();
  const firstTries = useRef(new Map<string, boolean>());
  const shownAt = useRef(0);

  useEffect(() => {
    shownAt.current = Date.now();
    prefetchRecorder();
  }, []);

  const lessonId = lessonIdOf(exerciseId);
  return {
    seed: seedOf(exerciseId) + run,
    score,
    outcome,
    answer(item: string, correct: boolean, wordId?: string) {
      if (!firstTries.current.has(item)) firstTries.current.set(item, correct);
      void reportAnswer({ lessonId, exerciseId, ...(wordId ? { wordId } : {}), correct, ms: Date.now() - shownAt.current });
      shownAt.current = Date.now();
    },
    /** Restarts the answer clock, when a new question appears. */
    ask() {
      shownAt.current = Date.now();
    },
    finish(seenWords: readonly string[]) {
      const result = scoreOf([...firstTries.current.values()]);
      setScore(result);
      void reportResult({ lessonId, exerciseId, score: result, seenWords }).then(setOutcome);
    },
    again() {
      firstTries.current = new Map();
      setScore(undefined);
      setOutcome(undefined);
      setRun((n) => n + 1);
      shownAt.current = Date.now();
    },
  };
}

export type Run = ReturnType<typeof useRun>;

export function Picture({ name, className = 'exercise__icon' }: { name: ExercisePicture; className?: string }) {
  return <img className={className} src={exercisePicture(name)} alt="" width="48" height="48" />;
}

/** The instruction as pictures, with the words for screen readers and those who read. */
export function Instruction({ pictures, text }: { pictures: ExercisePicture[]; text: string }) {
  return (
    <p className="exercise__instruction">
      {pictures.map((name) => (
        <Picture key={name} name={name} />
      ))}
      <span>{text}</span>
    </p>
  );
}

export function Position({ current, total, strings }: { current: number; total: number; strings: ExerciseStrings }) {
  return (
    <p className="exercise__position">
      <progress max={total} value={current - 1} aria-hidden="true" />
      <span>{format(strings['exercise.position'], { current, total })}</span>
    </p>
  );
}

export interface Answer {
  picture?: string | undefined;
  /** Bulgarian text of the right answer. */
  text?: ReactNode;
  /** Text in the help language (a gloss, an option). */
  help?: ReactNode;
  audio?: { src: string; text: string; wordId?: string } | undefined;
  /** Play it even after a right answer (a finished sentence). */
  play?: boolean;
}

interface FeedbackProps {
  verdict: Verdict;
  strings: ExerciseStrings;
  /** The right answer: shown always, played when the child's answer was not right. */
  answer?: Answer;
  /** Per-option feedback from the author. */
  note?: ReactNode;
  onNext?: () => void;
  onRetry?: () => void;
}

/** What follows an answer: a picture and a word of praise or help, and the right answer with its sound. */
export function Feedback({ verdict, strings, answer, note, onNext, onRetry }: FeedbackProps) {
  const action = useRef<HTMLButtonElement>(null);
  // Keyboard users continue with Enter: the next step takes the focus.
  useEffect(() => action.current?.focus(), []);
  const title = strings[verdict === 'right' ? 'exercise.right' : verdict === 'close' ? 'exercise.almost' : 'exercise.wrong'];
  return (
    <div className={`feedback feedback--${verdict}`}>
      <p className="feedback__title" role="status">
        <Picture name={verdict} className="feedback__icon" />
        <span>{title}</span>
      </p>
      {answer && (
        <div className="feedback__answer">
          {answer.picture && <img className="feedback__picture" src={answer.picture} alt="" width="96" height="96" />}
          {answer.text && (
            <span className="feedback__text" lang="bg">
              {answer.text}
            </span>
          )}
          {answer.audio && (
            <AudioButton
              src={answer.audio.src}
              text={answer.audio.text}
              {...(answer.audio.wordId ? { wordId: answer.audio.wordId } : {})}
              strings={strings}
              autoPlay={answer.play ?? verdict !== 'right'}
            />
          )}
          {answer.help && <span className="feedback__help">{answer.help}</span>}
        </div>
      )}
      {note && <p className="feedback__note">{note}</p>}
      {onRetry && (
        <button ref={action} type="button" className="button primary" onClick={onRetry}>
          <span aria-hidden="true">↻</span> {strings['exercise.tryAgain']}
        </button>
      )}
      {onNext && (
        <button ref={action} type="button" className="button primary" onClick={onNext}>
          {strings['exercise.next']} <span className="exercise__forward" aria-hidden="true" />
        </button>
      )}
    </div>
  );
}

/** The end of a run: praise, stars from the first tries, why progress was not kept if it was not, and "Play again". */
export function Finished({ run, strings, learnersUrl }: { run: Run; strings: ExerciseStrings; learnersUrl: string }) {
  // The end takes the focus (not "Play again", which a second Enter would press by mistake).
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => end.current?.focus(), []);
  return (
    <div ref={end} className="exercise__end" tabIndex={-1}>
      <p className="exercise__done" role="status">
        {strings['exercise.done']}
      </p>
      <ExerciseOutcome stars={starsFor(run.score ?? 0)} outcome={run.outcome} strings={strings} learnersUrl={learnersUrl} />
      <button type="button" className="button" onClick={run.again}>
        <span aria-hidden="true">↻</span> {strings['exercise.again']}
      </button>
    </div>
  );
}

/** Gives the focus to the first button still enabled in a group, after "Try again". */
export function focusFirst(group: HTMLElement | null) {
  // After React has re-enabled the buttons.
  setTimeout(() => group?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus());
}

/** Text in the help language with the Bulgarian words the author put in [brackets] marked lang="bg". */
export function Rich({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.bulgarian ? (
          <span key={i} lang="bg">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
