/**
 * The two forms an exercise can take. `pre-reader`: pictures and sound, no Bulgarian to
 * read (cards that speak, chips that say their word, letter tiles instead of a keyboard);
 * `reader`: the Bulgarian words written. An author may choose per exercise; otherwise a
 * lesson at level A0 (first contact, when many children cannot read yet) uses the
 * pre-reader form.
 */

export const exerciseForms = ['pre-reader', 'reader'] as const;

export type ExerciseForm = (typeof exerciseForms)[number];

/** The form an exercise takes: the author's choice, else pre-reader at level A0 and reader above it. */
export function formFor(chosen: ExerciseForm | undefined, level: string | undefined): ExerciseForm {
  return chosen ?? (level === 'A0' ? 'pre-reader' : 'reader');
}
