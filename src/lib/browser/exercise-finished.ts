/**
 * How an exercise tells the page it has ended: a DOM event from its section, so the
 * lesson's sequence (one exercise at a time) can offer "next" and celebrate the last,
 * though each exercise is its own island. Sent when the end appears and again once the
 * store says whether the result was kept.
 */
import type { Outcome } from '../store/exercise-report';

export const exerciseFinishedEvent = 'zdravei:exercise-finished';

export interface ExerciseFinished {
  /** `track/slug#exercise`. */
  exerciseId: string;
  /** Share of first tries that were right, 0 to 1. */
  score: number;
  /** Whether the result was kept, with the lesson's progress; absent until the store answers. */
  outcome?: Outcome;
}

/** Sent from inside an exercise's section, whose `data-exercise` names it. */
export function announceFinished(from: Element | null, score: number, outcome?: Outcome): void {
  const exerciseId = from?.closest('[data-exercise]')?.getAttribute('data-exercise');
  if (!from || !exerciseId) return;
  const detail: ExerciseFinished = { exerciseId, score, ...(outcome ? { outcome } : {}) };
  from.dispatchEvent(new CustomEvent<ExerciseFinished>(exerciseFinishedEvent, { detail, bubbles: true }));
}

/** Calls back for every exercise end on the page; returns the unsubscribe. */
export function onExerciseFinished(root: Document | Element, listener: (finished: ExerciseFinished) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ExerciseFinished>).detail);
  root.addEventListener(exerciseFinishedEvent, handler);
  return () => root.removeEventListener(exerciseFinishedEvent, handler);
}
