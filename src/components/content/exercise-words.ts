/**
 * The words of an exercise, from the word bank, in the page's help language. Fails the
 * build on an unknown id, or on a word that lacks what the exercise shows.
 */
import { wordsById } from '../../lib/content/word-bank';
import { wordForLocale, type WordForLocale } from '../../lib/content/words';
import type { VocabularyEntry } from '../../lib/content/schema';
import { requireEach, type ExerciseContext } from './exercise-context';

/** What every word of an exercise must have, and how a message names it when one lacks it. */
export interface WordNeed {
  has: (entry: VocabularyEntry) => boolean;
  what: string;
}

export async function exerciseWords(context: ExerciseContext, field: string, ids: readonly string[], need?: WordNeed): Promise<WordForLocale[]> {
  const entries = await wordsById(context.file, field, ids);
  if (need) requireEach(context.file, field, entries, need.has, need.what);
  return entries.map((entry) => wordForLocale(entry, context.locale));
}
