/**
 * Build-time: the word bank by written form, for the chips of the pre-reader word order.
 * A chip whose text is a word of the bank (capitals, stress marks and punctuation aside)
 * says itself with that word's file; the others are left to the browser's voice.
 */
import { getCollection } from 'astro:content';
import { normalise } from '../exercises/answer-check';
import type { VocabularyEntry } from './schema';

let byText: Promise<Map<string, VocabularyEntry>> | undefined;

function wordsByText(): Promise<Map<string, VocabularyEntry>> {
  // The first entry of a written form wins: homographs are rare in a child's words.
  byText ??= getCollection('vocabulary').then((entries) => {
    const map = new Map<string, VocabularyEntry>();
    for (const { data } of entries) if (!map.has(normalise(data.bg))) map.set(normalise(data.bg), data);
    return map;
  });
  return byText;
}

/** The word of the bank written as `text`, if there is one. */
export async function wordByText(text: string): Promise<VocabularyEntry | undefined> {
  return (await wordsByText()).get(normalise(text));
}
