/**
 * Which UI strings a child hears: every instruction, hint and feedback of the exercises
 * and of the "Who is learning?", secret-pictures and review screens, and pronunciation
 * practice. `npm run audio` makes one MP3 per spoken key and help language (public/audio/phrases/), and
 * tests/unit/phrase-audio.test.ts fails when a child-facing key is in neither list, or a
 * spoken one has no file. To add a phrase: put its key in `spokenKeys`, run
 * `npm run audio`, commit the files, and show it with `<Say phrase="key" …>`.
 */
import type { UIKey } from '../../i18n/en';

/** Spoken in every help language, each with its own generated file. */
export const spokenKeys = [
  // Feedback and the end of every exercise kind.
  'exercise.right',
  'exercise.almost',
  'exercise.wrong',
  'exercise.done',
  'flashcards.done',
  // The instruction of each exercise kind.
  'listen.instruction',
  'match.instruction',
  'match.instructionSound',
  'type.instruction',
  'order.instruction',
  'alphabet.findInstruction',
  // The pre-reader forms' instructions.
  'match.instructionPreReader',
  'type.instructionPreReader',
  'order.instructionPreReader',
  // "Who is learning?"
  'learners.title',
  'learners.intro',
  'learners.empty',
  'learners.picture',
  'learners.colour',
  'learners.choosePicture',
  // The secret pictures.
  'password.title',
  'password.intro',
  'password.wrong',
  'password.wait',
  // The review round.
  'review.intro',
  'review.right',
  'review.wrongAnswer',
  'review.nothingDue',
  'review.finished',
] as const satisfies readonly UIKey[];

export type SpokenKey = (typeof spokenKeys)[number];

/**
 * Child-facing keys that stay silent, and why: names of buttons and groups that carry a
 * picture or an arrow (screen readers say them), numbers a bar also shows, keyboard help,
 * and what only a tutor or a reader needs.
 */
export const silentKeys = [
  // Names for screen readers, of buttons, groups and exercises.
  'learners.taken',
  'learners.unnamed',
  // For the tutor, who removes a learner when every picture is taken.
  'learners.allTaken',
  'exercise.tryAgain',
  'exercise.next',
  'exercise.again',
  'exercise.listen',
  'exercise.say',
  'match.sounds',
  'order.listen',
  'flashcards.label',
  'flashcards.flip',
  'flashcards.flipBack',
  'flashcards.next',
  'flashcards.previous',
  'flashcards.again',
  'listen.label',
  'match.label',
  'match.sound',
  'match.left',
  'match.words',
  'quiz.label',
  'quiz.hint',
  'quiz.option',
  'type.label',
  'type.answer',
  'type.keyboard',
  'type.delete',
  'type.space',
  'type.check',
  'order.label',
  'order.sentence',
  'order.words',
  'alphabet.label',
  'alphabet.explore',
  'alphabet.find',
  'alphabet.letters',
  'alphabet.listenLetter',
  'learners.add',
  'learners.name',
  'learners.create',
  'learners.cancel',
  'password.clear',
  'review.title',
  'review.next',
  // Pronunciation practice: big buttons with a microphone, a square, an ear; the meter's name.
  'practice.record',
  'practice.again',
  'practice.stop',
  'practice.listen',
  'practice.level',
  // Numbers that a bar or dots also show.
  'exercise.position',
  'flashcards.position',
  'password.chosen',
  'review.progress',
  // Keyboard help, for those who use one.
  'flashcards.hint',
  'type.keys',
  // For a tutor or a reader: errors of typing a name, loading, crashes.
  'exercise.crashed',
  'learners.actionFailed',
  'learners.nameMissing',
  'learners.nameTooLong',
  'learners.nameMarkup',
  'learners.loading',
  'password.tutorWaiting',
  'practice.noMicrophone',
  'practice.refused',
] as const satisfies readonly UIKey[];

/** The prefixes of the child's screens: each of their keys must be in one of the two lists. */
export const childFacingPrefixes = [
  'exercise.',
  'flashcards.',
  'listen.',
  'match.',
  'quiz.',
  'type.',
  'order.',
  'alphabet.',
  'learners.',
  'password.',
  'review.',
  'practice.',
];

/** The generated file of a phrase, relative to public/audio/: its key and a hash of its spoken text. */
export function phraseFile(locale: string, key: string, hash: string): string {
  return `phrases/${locale}/${key}.${hash}.mp3`;
}
