/**
 * What exercise islands call to report answers and results. Small and free of Dexie:
 * the recorder (Dexie, ts-fsrs) is imported on demand, and fetched early once the page
 * is idle, so it is ready before the first answer without slowing the first paint.
 */
import type { Outcome } from './progress-recorder';
import type { AnswerInput } from './progress';

export type { Outcome };

const loadRecorder = () => import('./progress-recorder');

/** Starts loading the recorder when the browser has nothing else to do. */
export function prefetchRecorder(): void {
  const idle =
    (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
  idle(() => void loadRecorder().catch(() => undefined));
}

export async function reportAnswer(answer: Omit<AnswerInput, 'profileId'>): Promise<Outcome> {
  return (await loadRecorder()).saveAnswer(answer);
}

export async function reportResult(result: {
  lessonId: string;
  exerciseId: string;
  score: number;
  seenWords?: readonly string[];
}): Promise<Outcome> {
  const { saveResult } = await loadRecorder();
  return saveResult({ ...result, lessonExercises: lessonExerciseIds(result.exerciseId) }, result.seenWords);
}

/**
 * Every exercise of this lesson, read from the page: each island renders
 * `data-exercise` on the server, hydrated or not. Always includes the reporting one.
 */
export function lessonExerciseIds(reporting: string): string[] {
  const ids =
    typeof document === 'undefined'
      ? []
      : [...document.querySelectorAll('[data-exercise]')].map((el) => el.getAttribute('data-exercise') ?? '');
  return [...new Set([...ids.filter(Boolean), reporting])];
}

/** `track/slug` from an exercise id `track/slug#exercise`. */
export function lessonIdOf(exerciseId: string): string {
  return exerciseId.split('#')[0] ?? exerciseId;
}

const recordings = new Map<string, Promise<Blob | undefined>>();
const knownRecordings = new Map<string, Blob | undefined>();

/**
 * A tutor's recording of a word (the `recordings` table), looked up once a page: the
 * answer once known, or a promise while the lookup runs. The store loads on demand.
 */
export function tutorRecording(wordId: string): Blob | undefined | Promise<Blob | undefined> {
  if (knownRecordings.has(wordId)) return knownRecordings.get(wordId);
  let lookup = recordings.get(wordId);
  if (!lookup) {
    lookup = loadRecorder()
      .then((recorder) => recorder.recordingOf(wordId))
      .catch(() => undefined)
      .then((blob) => {
        knownRecordings.set(wordId, blob);
        return blob;
      });
    recordings.set(wordId, lookup);
  }
  return lookup;
}
