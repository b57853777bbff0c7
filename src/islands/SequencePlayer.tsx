/**
 * The lesson one exercise at a time, once LessonSequence has found a child and the
 * steps: progress dots, "next" once an exercise is finished, back to any exercise
 * already seen, and the celebration after the last. Loaded on demand, so a visitor's
 * lesson page does not carry it.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { showStep, stepFromHash, type LessonStep } from '../lib/browser/lesson-steps';
import { onExerciseFinished, type ExerciseFinished } from '../lib/browser/exercise-finished';
import { starsFor } from '../lib/exercises/scoring';
import { openmojiUrl } from '../lib/routes';
import { format } from '../lib/i18n/format';
import { assignedOnward, type Onward } from '../lib/browser/assigned-next';
import Celebration from './Celebration';
import type { SequenceProps } from './LessonSequence';

interface Props extends SequenceProps {
  steps: LessonStep[];
  /** Where the "next" button and the celebration go: after the lesson body. */
  endSlot: Element | null;
  /** The step opened first (an address's `#step-N`). */
  start: number;
  /** The exercises ended so far, by id, with their score and whether it was kept. */
  finished: ReadonlyMap<string, ExerciseFinished>;
}

interface View {
  current: number;
  /** The furthest step opened: the dots up to it can be tapped. */
  reached: number;
  celebrating: boolean;
}

export default function SequencePlayer({ strings, dir, locale, lessonId, next, homeUrl, steps, endSlot, start, finished }: Props) {
  const [view, setView] = useState<View>({ current: start, reached: start, celebrating: false });
  const [sticker, setSticker] = useState<string>();
  /** The next lesson of the path a tutor gave the child, once looked up; else the page's own. */
  const [assigned, setAssigned] = useState<Onward>();
  const status = useRef<HTMLParagraphElement>(null);
  const nav = useRef<HTMLElement>(null);
  const { current, celebrating } = view;
  const last = steps.length - 1;

  // The last exercise ended (not just its result kept): the celebration.
  useEffect(
    () =>
      onExerciseFinished(document, (done) => {
        if (done.outcome === undefined && done.exerciseId === steps[last]?.exerciseId) {
          setView((v) => (v.current === last ? { ...v, celebrating: true } : v));
        }
      }),
    [steps, last],
  );

  // A child starts at the dots and the first exercise, with the page's title scrolled away.
  useEffect(() => nav.current?.scrollIntoView?.({ block: 'start' }), []);

  // The last exercise stays above the celebration, with its own stars.
  useEffect(() => {
    showStep(steps, current);
    window.history.replaceState(null, '', `#step-${current + 1}`);
  }, [steps, current]);

  // An address `#step-3` opens that exercise (a link, a tutor showing one exercise).
  useEffect(() => {
    const follow = () => {
      const step = stepFromHash(window.location.hash, steps.length);
      if (step !== undefined) setView((v) => ({ ...v, current: step, reached: Math.max(v.reached, step), celebrating: false }));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [steps.length]);

  const lastResult = finished.get(steps.at(-1)?.exerciseId ?? '');
  const completed = lastResult?.outcome?.progress?.status === 'completed';
  useEffect(() => {
    if (!celebrating || !completed) return;
    void import('../lib/store/lesson-reward').then(async ({ stickerOfActiveLearner }) => setSticker(await stickerOfActiveLearner()));
  }, [celebrating, completed]);

  useEffect(() => {
    if (!celebrating) return;
    let live = true;
    void assignedOnward(locale, lessonId).then((onward) => live && setAssigned(onward));
    return () => {
      live = false;
    };
  }, [celebrating, locale, lessonId]);
  const onward = assigned === 'home' ? undefined : (assigned ?? next);

  const go = (step: number) => {
    setView((v) => ({ ...v, current: step, reached: Math.max(v.reached, step), celebrating: false }));
    // The child hears and sees where they are: the focus moves to "Exercise 2 of 5".
    requestAnimationFrame(() => status.current?.focus());
  };
  const isDone = (step: LessonStep) => finished.has(step.exerciseId);
  const scores = steps.flatMap((step) => finished.get(step.exerciseId)?.score ?? []);
  const stars = lastResult?.outcome?.progress?.stars || starsFor(scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length));
  const [forward, backward] = dir === 'rtl' ? ['←', '→'] : ['→', '←'];
  const currentStep = steps[current];

  const end = celebrating ? (
    <Celebration
      title={strings['celebration.lesson']}
      stars={stars}
      sticker={sticker && openmojiUrl(sticker)}
      onward={
        onward
          ? { href: onward.url, label: strings['celebration.nextLesson'], detail: onward.title, detailBg: onward.titleBg }
          : { href: homeUrl, label: strings['celebration.home'] }
      }
      dir={dir}
      strings={strings}
    />
  ) : (
    <div className="sequence__moves">
      {current > 0 && (
        <button type="button" className="button sequence__back" onClick={() => go(current - 1)}>
          <span aria-hidden="true">{backward}</span> {strings['sequence.back']}
        </button>
      )}
      {currentStep && isDone(currentStep) && (
        <button
          type="button"
          className="button primary sequence__next"
          onClick={() => (current === last ? setView((v) => ({ ...v, celebrating: true })) : go(current + 1))}
        >
          {strings['sequence.next']} <span aria-hidden="true">{forward}</span>
        </button>
      )}
    </div>
  );

  return (
    <>
      <nav ref={nav} className="sequence" aria-label={strings['sequence.label']}>
        <ol className="sequence__dots">
          {steps.map((step, i) => (
            <li key={step.exerciseId}>
              <button
                type="button"
                className={`sequence__dot${isDone(step) ? ' is-done' : ''}${i === current && !celebrating ? ' is-current' : ''}`}
                aria-label={format(
                  strings[isDone(step) ? 'sequence.stepDone' : 'sequence.step'],
                  { current: i + 1, total: steps.length },
                  strings.locale,
                )}
                aria-current={i === current && !celebrating ? 'step' : undefined}
                disabled={i > view.reached}
                onClick={() => go(i)}
              >
                <span aria-hidden="true">{isDone(step) ? '✓' : ''}</span>
              </button>
            </li>
          ))}
        </ol>
        {!celebrating && (
          <p ref={status} className="sequence__status" tabIndex={-1}>
            {format(strings['sequence.step'], { current: current + 1, total: steps.length }, strings.locale)}
          </p>
        )}
      </nav>
      {endSlot && createPortal(end, endSlot)}
    </>
  );
}
