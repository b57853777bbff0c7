/**
 * The content the search index is built from, read from content/ without Astro (for the
 * benchmark and the tests) by the project's one reader (lib/content/read-files.ts). The
 * site gets the same data from its collections (lib/content/search-content.ts); both
 * are checked by the same schemas.
 */
import { readCultureGuides, readLessons, readWordBank } from '../content/read-files';
import type { SearchContent } from './documents';

export async function readSearchContent(root = process.cwd()): Promise<SearchContent> {
  const [lessons, culture, words] = await Promise.all([readLessons(root), readCultureGuides(root), readWordBank(root)]);
  return { lessons, culture, words: words.map(({ entry, topic }) => ({ ...entry, topic })) };
}
