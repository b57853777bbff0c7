/**
 * Build-time: the content collections as the plain data the search index is built
 * from (lib/search/documents.ts). Read once for all five help languages.
 */
import { getCollection } from 'astro:content';
import type { SearchContent } from '../search/documents';
import { topicOf } from './topics';

let content: Promise<SearchContent> | undefined;

export function searchContent(): Promise<SearchContent> {
  content ??= Promise.all([getCollection('lessons'), getCollection('culture'), getCollection('vocabulary')]).then(
    ([lessons, culture, words]) => ({
      lessons: lessons.map((lesson) => ({ id: lesson.id, data: lesson.data, body: lesson.body ?? '' })),
      culture: culture.map((module) => ({ id: module.id, data: module.data, body: module.body ?? '' })),
      words: words.map((word) => ({ ...word.data, topic: topicOf(word.filePath) })),
    }),
  );
  return content;
}
