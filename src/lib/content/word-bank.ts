/**
 * Build-time access to the word bank for pages and content components. Looks words up
 * by id and reports an unknown id as a content error naming the file and the field.
 */
import { getCollection } from 'astro:content';
import type { VocabularyEntry } from './schema';
import { resolveWordIds } from './words';
import { ContentError } from './errors';

let bank: Promise<Map<string, VocabularyEntry>> | undefined;

function wordBank(): Promise<Map<string, VocabularyEntry>> {
  bank ??= getCollection('vocabulary').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return bank;
}

export async function wordsById(file: string, field: string, ids: readonly string[]): Promise<VocabularyEntry[]> {
  const words = await wordBank();
  return resolveWordIds(file, field, ids, (id) => words.get(id));
}

/** One word by id, for a field that holds a single id; an unknown id is a content error. */
export async function wordById(file: string, field: string, id: string): Promise<VocabularyEntry> {
  const words = await wordBank();
  const entry = words.get(id);
  if (!entry) throw new ContentError(`${file}: field ${field}: unknown word id "${id}" (expected an id from content/vocabulary/*.yaml)`);
  return entry;
}
