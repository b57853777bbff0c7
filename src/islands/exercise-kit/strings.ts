/**
 * The UI strings the shared kit shows, and what every exercise island receives besides
 * its content. Each island lists its own keys after these, and its wrapper and tests
 * pick exactly that list.
 */
import type { AudioButtonStrings } from '../AudioButton';
import type { OutcomeStrings } from '../ExerciseOutcome';

/** The UI strings of the shell, the feedback, the end and the audio buttons. */
export const exerciseStringKeys = [
  'audio.play',
  'audio.loading',
  'audio.playing',
  'audio.unavailable',
  'audio.humanVoice',
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
  // The speaker beside an instruction or feedback (lib/audio/phrase-keys.ts lists what is spoken).
  'exercise.say',
] as const satisfies readonly (keyof (AudioButtonStrings & OutcomeStrings) | `exercise.${string}`)[];

/**
 * Strings by key, for a list of keys: the type an island's string list gives it. Picked
 * strings also carry the page's locale, so numbers and plurals follow it.
 */
export type StringsOf<Keys extends readonly string[]> = Record<Keys[number], string> & { locale?: string };

export type ExerciseStrings = StringsOf<typeof exerciseStringKeys>;

/** What the shell itself needs from an exercise whose end has its own words (the flashcards). */
export type ShellStrings = OutcomeStrings & { 'exercise.crashed': string };

/** What every exercise island receives besides its content. */
export interface ExerciseProps<S extends ShellStrings = ExerciseStrings> {
  /** `track/slug#exercise`: stable across content edits that do not touch this exercise. */
  exerciseId: string;
  strings: S;
  /** The page's direction: in right-to-left pages the left arrow moves forward. */
  dir: 'ltr' | 'rtl';
  /** The "Who is learning?" page, linked when nobody is chosen. */
  learnersUrl: string;
}
