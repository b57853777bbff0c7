/**
 * A lesson played one exercise at a time, for a child (someone is learning on this
 * computer): the families' explanations folded away and the player (SequencePlayer:
 * dots, next, back, the celebration) loaded on demand. It works on the static page
 * after load (lib/browser/lesson-steps.ts), so without JavaScript, for search engines,
 * for printing and for a visitor, every exercise shows.
 */
import { readActiveLearner } from '../lib/store/active-learner-raw';
import { lazy, Suspense, useEffect, useState } from 'react';
import { lessonSteps, stepFromHash, type LessonStep } from '../lib/browser/lesson-steps';
import { onExerciseFinished, type ExerciseFinished } from '../lib/browser/exercise-finished';
import type { CelebrationStrings } from './Celebration';
import type { Locale } from '../lib/i18n/locales';

const SequencePlayer = lazy(() => import('./SequencePlayer'));

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

export interface SequenceProps {
  strings: SequenceStrings;
  dir: 'ltr' | 'rtl';
  /** The page's help language. */
  locale: Locale;
  /** This lesson's id (`track/slug`): where it stands on a path a tutor gave the child. */
  lessonId: string;
  /** The lesson after this one on the default path or its track (lib/paths/next-lesson.ts), if any. */
  next?: { url: string; title: string; titleBg?: string } | undefined;
  /** The child's page, where the big button goes when no lesson follows. */
  homeUrl: string;
}

interface Found {
  steps: LessonStep[];
  endSlot: Element | null;
  start: number;
}

export default function LessonSequence(props: SequenceProps) {
  const [found, setFound] = useState<Found>();
  // Heard from the start, so an exercise ended before the player loaded still counts.
  const [finished, setFinished] = useState<ReadonlyMap<string, ExerciseFinished>>(new Map());

  useEffect(() => onExerciseFinished(document, (done) => setFinished((before) => new Map(before).set(done.exerciseId, done))), []);

  useEffect(() => {
    let live = true;
    // Who is learning: read as the header's learner badge reads it.
    void readActiveLearner()
      .catch(() => undefined)
      .then((learner) => {
        const body = document.querySelector('.lesson-body');
        const steps = body ? lessonSteps(body) : [];
        if (!live || !learner || !body || steps.length === 0) return;
        body.querySelectorAll('details.help-text').forEach((details) => ((details as HTMLDetailsElement).open = false));
        const start = stepFromHash(window.location.hash, steps.length) ?? 0;
        setFound({ steps, endSlot: document.getElementById('lesson-sequence-end'), start });
      });
    return () => {
      live = false;
    };
  }, []);

  if (!found) return null;
  return (
    <Suspense fallback={null}>
      <SequencePlayer {...props} {...found} finished={finished} />
    </Suspense>
  );
}
