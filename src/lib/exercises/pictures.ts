/**
 * OpenMoji pictures the exercises use as instructions and feedback, for children who
 * cannot read yet: an ear for "listen", a finger for "tap", a tick for "right".
 * The pictures route ships them with the site (see src/pages/pictures/).
 */
import { openmojiUrl } from '../routes';
export const exercisePictures = {
  listen: '1F442',
  tap: '1F446',
  look: '1F440',
  find: '1F50E',
  type: '2328',
  order: '1F9E9',
  match: '1F517',
  hint: '1F4A1',
  right: '2705',
  close: '1F44D',
  wrong: '1F914',
  // Pronunciation practice: a microphone to record oneself, a square to stop.
  record: '1F3A4',
  stop: '23F9',
} as const;

export type ExercisePicture = keyof typeof exercisePictures;

/** The URL of an exercise picture (the same form as pictureUrl gives word pictures). */
export function exercisePicture(name: ExercisePicture): string {
  return openmojiUrl(exercisePictures[name]);
}
