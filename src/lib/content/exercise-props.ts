/**
 * What each exercise in a lesson's MDX may say, checked at build time by its wrapper
 * (src/components/content/*.astro). A mistake fails the build naming the lesson file,
 * the exercise, the prop and what was expected: `field <MatchPairs> mode: expected
 * "picture" or "sound", found "pictures"`. <Quiz> has its own file: quiz-schema.ts.
 */
import { z } from 'astro/zod';
import { selectLetters } from '../exercises/alphabet';
import { exerciseForms, type ExerciseForm } from '../exercises/form';

/** A list of word-bank ids, from `min` to `max` long. Whether each id exists is checked against the word bank later. */
export function wordIds(min: number, max?: number) {
  return z
    .array(z.string())
    .optional()
    .superRefine((ids, ctx) => {
      if (!ids || ids.length < min) {
        ctx.addIssue({ code: 'custom', message: `expected a list of at least ${min} word ids, found ${ids?.length ?? 'none'}` });
      } else if (max !== undefined && ids.length > max) {
        ctx.addIssue({ code: 'custom', message: `expected at most ${max} words, found ${ids.length}` });
      }
    })
    .transform((ids) => ids ?? []);
}

/** One of a few values, with the message authors have always seen: `expected 3 or 4, found 5`. */
function oneOf<const T extends readonly (string | number)[]>(values: T, fallback: T[number], expected: string) {
  const quote = (value: unknown) => (typeof fallback === 'string' ? `"${String(value)}"` : String(value));
  return z
    .any()
    .default(fallback)
    .refine(
      (value): value is T[number] => values.includes(value),
      (value) => ({ message: `expected ${expected}, found ${quote(value)}` }),
    );
}

/**
 * Who the exercise is written for: `pre-reader` (pictures and sound, no Bulgarian to
 * read) or `reader` (the Bulgarian written). Left out, a lesson at level A0 uses
 * `pre-reader` and the others `reader` (lib/exercises/form.ts).
 */
export const exerciseForm = z
  .any()
  .optional()
  .refine(
    (form): form is ExerciseForm | undefined => form === undefined || exerciseForms.includes(form),
    (form) => ({ message: `expected "pre-reader" or "reader", found "${String(form)}"` }),
  );

/** The exercise's own id within the lesson (lower-case words joined by "-"); checked with the lesson's other ids. */
const id = z.string().optional();

export const flashcardsProps = z
  .object({
    /** Word-bank ids, in the order the cards appear. */
    words: wordIds(1),
    /** Stable exercise id within the lesson; defaults to one made from the first word. */
    id,
  })
  .strict();

export const listenAndChooseProps = z
  .object({
    /** Word-bank ids, each with a picture; each is asked once, and the others are the pictures to choose from. */
    words: wordIds(3),
    /** Stable exercise id within the lesson; defaults to one made from the first word. */
    id,
    /** Pictures to choose from in each round: 3 or 4 (default 4). */
    choices: oneOf([3, 4] as const, 4, '3 or 4'),
  })
  .strict();

export const matchPairsProps = z
  .object({
    /** Three to six word-bank ids; in picture mode each needs a picture. */
    words: wordIds(3, 6),
    /** Stable exercise id within the lesson; defaults to one made from the first word. */
    id,
    /** `picture` (the default): pictures to words; `sound`: sounds to words. The pre-reader form ignores it: pictures to cards that speak. */
    mode: oneOf(['picture', 'sound'] as const, 'picture', '"picture" or "sound"'),
    /** `pre-reader`: pictures to cards that say their word when tapped, every word with a picture; `reader`: to written words. */
    form: exerciseForm,
  })
  .strict();

export const typeWhatYouHearProps = z
  .object({
    /** Word-bank ids to hear and write; short, common words suit it best. */
    words: wordIds(1),
    /** Stable exercise id within the lesson; defaults to one made from the first word. */
    id,
    /** `pre-reader`: big tiles of the word's letters and a few others instead of the keyboard; `reader`: the keyboard. */
    form: exerciseForm,
  })
  .strict();

export const wordOrderProps = z
  .object({
    /** Word-bank ids whose example sentences (of two words or more) the child builds. */
    words: wordIds(1),
    /** Stable exercise id within the lesson; defaults to one made from the first word. */
    id,
    /** `pre-reader`: the sentence is heard first and each word says itself when tapped; `reader`: read only. */
    form: exerciseForm,
  })
  .strict();

export const alphabetExplorerProps = z
  .object({
    /** Which letters to show: single letters and ranges such as "А-И, Ъ"; all 30 when left out. */
    letters: z
      .string()
      .optional()
      .transform((spec, ctx) => {
        const { letters, unknown } = selectLetters(spec);
        if (unknown.length > 0 || letters.length < 2) {
          const found = unknown.length > 0 ? unknown.map((u) => `"${u}"`).join(', ') : 'fewer than two letters';
          ctx.addIssue({ code: 'custom', message: `expected Bulgarian letters or ranges such as "А-И", found ${found}` });
        }
        return letters;
      }),
    /** How many letters "Find the letter" asks (default 6; at most the letters shown). */
    rounds: z
      .any()
      .default(6)
      .refine(
        (rounds): rounds is number => Number.isInteger(rounds) && rounds >= 1,
        (rounds) => ({ message: `expected a whole number from 1, found ${rounds}` }),
      ),
    /** Stable exercise id within the lesson; defaults to "alphabet". */
    id,
  })
  .strict();
