/**
 * What exercise islands call to report answers and results. Small and free of Dexie:
 * the recorder (Dexie, ts-fsrs) is imported when a child first touches an exercise, so
 * a lesson opens without it; a tutor's recordings are looked up with the browser's own
 * IndexedDB API (active-learner-raw.ts).
 */
import type { Outcome } from './progress-recorder';
import type { AnswerInput } from './progress';
import { readRecordingsRaw } from './active-learner-raw';

export type { Outcome };

const loadRecorder = () => import('./progress-recorder');

/**
 * Starts loading the recorder and opening the store: called on the first touch of an
 * exercise, so that both are usually ready by the first answer, and the lesson's opening
 * does not pay for them.
 */
export function prefetchRecorder(): void {
  void loadRecorder()
    .then((recorder) => recorder.persistentStore())
    .catch(() => undefined);
}

/** Saves still running: the first one of a page waits for the recorder's code. */
const saving = new Set<Promise<unknown>>();

function tracked<T>(save: Promise<T>): Promise<T> {
  saving.add(save);
  void save.finally(() => saving.delete(save)).catch(() => undefined);
  return save;
}

/** Whether a save is running: links wait for it (lib/browser/hold-links.ts, installed by the recorder). */
export const isSaving = (): boolean => saving.size > 0;

/** Resolves once every save started so far has ended, kept or not. */
export async function savesSettled(): Promise<void> {
  while (saving.size > 0) await Promise.allSettled([...saving]);
}

export function reportAnswer(answer: Omit<AnswerInput, 'profileId'>): Promise<Outcome> {
  return tracked(loadRecorder().then((recorder) => recorder.saveAnswer(answer)));
}

export function reportResult(result: {
  lessonId: string;
  exerciseId: string;
  score: number;
  seenWords?: readonly string[];
}): Promise<Outcome> {
  return tracked(
    loadRecorder().then(({ saveResult }) =>
      saveResult({ ...result, lessonExercises: lessonExerciseIds(result.exerciseId) }, result.seenWords),
    ),
  );
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

const knownRecordings = new Map<string, Blob | undefined>();
const lookups = new Map<string, Promise<Blob | undefined>>();
/** Keys asked for in this turn of the event loop: a page's audio buttons mount together. */
let batch: { keys: string[]; found: Promise<Map<string, Blob>> } | undefined;

function lookUp(key: string): Promise<Blob | undefined> {
  if (!batch) {
    const keys: string[] = [];
    const found = new Promise<void>((resolve) => setTimeout(resolve))
      .then(() => {
        batch = undefined;
        return readRecordingsRaw(keys);
      })
      .catch(() => new Map<string, Blob>());
    batch = { keys, found };
  }
  batch.keys.push(key);
  return batch.found.then((found) => found.get(key));
}

/**
 * A tutor's recording of a word (the `recordings` table), looked up once a page: the
 * answer once known, or a promise while the lookup runs. The keys asked for together
 * are read in one transaction.
 */
export function tutorRecording(wordId: string): Blob | undefined | Promise<Blob | undefined> {
  if (knownRecordings.has(wordId)) return knownRecordings.get(wordId);
  let lookup = lookups.get(wordId);
  if (!lookup) {
    lookup = lookUp(wordId).then((blob) => {
      knownRecordings.set(wordId, blob);
      return blob;
    });
    lookups.set(wordId, lookup);
  }
  return lookup;
}
