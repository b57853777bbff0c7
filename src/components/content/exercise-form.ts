/**
 * The form an exercise takes on its page: the author's `form`, else the one its lesson's
 * level asks for (pre-reader at A0).
 */
import { formFor, type ExerciseForm } from '../../lib/exercises/form';
import { lessonLevel } from '../../lib/content/lesson-level';
import type { ExerciseContext } from './exercise-context';

export async function exerciseForm(context: ExerciseContext, chosen: ExerciseForm | undefined): Promise<ExerciseForm> {
  return formFor(chosen, await lessonLevel(context.lessonId));
}
