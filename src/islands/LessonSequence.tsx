/**
 * A lesson played one exercise at a time, for a child (someone is learning on this
 * computer): progress dots, "next" once an exercise is finished, back to any exercise
 * already seen, the families' explanations folded away, and the celebration after the
 * last. It works on the static page after load (lib/browser/lesson-steps.ts), so
 * without JavaScript, for search engines and for printing, every exercise shows.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { readActiveLearner } from '../lib/store/active-learner-raw';
import { lessonSteps, showStep, stepFromHash, type LessonStep } from '../lib/browser/lesson-steps';
import { onExerciseFinished, type ExerciseFinished } from '../lib/browser/exercise-finished';
import { starsFor } from '../lib/exercises/scoring';
import { openmojiUrl } from '../lib/routes';
import { format } from '../lib/i18n/format';
import Celebration, { type CelebrationStrings } from './Celebration';

export interface SequenceStrings extends CelebrationStrings {
  'sequence.label': string;
  'sequence.step': string;
  'sequence.stepDone': string;
  'sequence.next': string;
  'sequence.back': string;
  'celebration.lesson': string;
  'celebration.nextLesson': string;
  'celebration.home': string;
}

interface Props {
  strings: SequenceStrings;
  dir: 'ltr' | 'rtl';
  /** The lesson after this one on the child's path (lib/paths/next-lesson.ts), if any. */
  next?: { url: string; title: string; titleBg?: string } | undefined;
  /** The child's page, where the big button goes when no lesson follows. */
  homeUrl: string;
}

interface View {
  steps: LessonStep[];
  /** Where the "next" button and the celebration go: after the lesson body. */
  end: Element | null;
  current: number;
  /** The furthest step opened: the dots up to it can be tapped. */
  reached: number;
  celebrating: boolean;
}

export default function LessonSequence({ strings, dir, next, homeUrl }: Props) {
  const [view, setView] = useState<View>({ steps: [], end: null, current: 0, reached: 0, celebrating: false });
  const [finished, setFinished] = useState<ReadonlyMap<string, ExerciseFinished>>(new Map());
  const [sticker, setSticker] = useState<string>();
  const status = useRef<HTMLParagraphElement>(null);
  const nav = useRef<HTMLElement>(null);
  const { steps, current, celebrating } = view;
  const last = steps.length - 1;

  useEffect(() => {
    let live = true;
    void readActiveLearner()
      .catch(() => undefined)
      .then((learner) => {
        const body = document.querySelector('.lesson-body');
        const found = body ? lessonSteps(body) : [];
        if (!live || !learner || !body || found.length === 0) return;
        body.querySelectorAll('details.help-text').forEach((details) => ((details as HTMLDetailsElement).open = false));
        const start = stepFromHash(window.location.hash, found.length) ?? 0;
        setView({ steps: found, end: document.getElementById('lesson-sequence-end'), current: start, reached: start, celebrating: false });
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onExerciseFinished(document, (done) => {
        setFinished((before) => new Map(before).set(done.exerciseId, done));
        // The last exercise ended (not just its result kept): the celebration.
        if (done.outcome === undefined) {
          setView((v) =>
            v.current === v.steps.length - 1 && v.steps.at(-1)?.exerciseId === done.exerciseId ? { ...v, celebrating: true } : v,
          );
        }
      }),
    [],
  );

  // A child starts at the dots and the first exercise, with the page's title scrolled away.
  const started = steps.length > 0;
  useEffect(() => {
    if (started) nav.current?.scrollIntoView?.({ block: 'start' });
  }, [started]);

  // The last exercise stays above the celebration, with its own stars.
  useEffect(() => {
    if (steps.length === 0) return;
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

  if (steps.length === 0) return null;

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
        next
          ? { href: next.url, label: strings['celebration.nextLesson'], detail: next.title, detailBg: next.titleBg }
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
      {view.end && createPortal(end, view.end)}
    </>
  );
}
