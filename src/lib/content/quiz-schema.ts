/**
 * What a <Quiz> in a lesson's MDX may say, checked at build time. Every text is given in
 * all five help languages (like <HelpText>), Bulgarian words in [brackets]. An option is
 * either a text or a word from the word bank, shown as the word with its picture, as the
 * picture alone, or as its sound alone. Each question has exactly one right option. The
 * options are shown in a shuffled order (the same on every visit) unless `pinOrder` is set.
 */
import { z } from 'astro/zod';
import { localizedText } from './schema';
import { exerciseForm } from './exercise-props';

export const quizOption = z
  .object({
    /** The option as text in every help language. */
    text: localizedText.optional(),
    /** Or a word-bank id: the option shows that word. */
    word: z.string().min(1).optional(),
    /** How a word option shows: `word` (picture and text, the default), `picture` alone, or `audio` alone. */
    show: z.enum(['word', 'picture', 'audio']).optional(),
    /** True for the one right option of the question. */
    correct: z.boolean().optional(),
    /** What the child reads after choosing this option. */
    feedback: localizedText.optional(),
  })
  .strict()
  .superRefine((option, ctx) => {
    if ((option.text === undefined) === (option.word === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'needs either text or word (exactly one of them)' });
    }
    if (option.show && option.word === undefined) {
      ctx.addIssue({ code: 'custom', path: ['show'], message: 'applies only to an option with a word' });
    }
  });

export const quizQuestion = z
  .object({
    /** The question, in every help language. */
    prompt: localizedText,
    /** A word the question is about, shown with its picture and sound. */
    word: z.string().min(1).optional(),
    /** Two to four options. */
    options: z.array(quizOption).min(2).max(4),
    /** Shown when the child asks for a hint. */
    hint: localizedText.optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    const right = question.options.filter((option) => option.correct).length;
    if (right !== 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `needs exactly one option with correct: true, found ${right}` });
  });

export const quizProps = z
  .object({
    /** One question or more, asked in this order. */
    questions: z.array(quizQuestion).min(1),
    /** Stable exercise id within the lesson; defaults to "quiz". */
    id: z.string().optional(),
    /** `pre-reader`: a word option shows its picture and plays its sound, without its Bulgarian text; `reader`: written. */
    form: exerciseForm,
    /** True keeps every question's options in the order written (a scale, "all of these"); otherwise they are shuffled. */
    pinOrder: z.boolean().optional(),
  })
  .strict();

export type QuizQuestionInput = z.infer<typeof quizQuestion>;
