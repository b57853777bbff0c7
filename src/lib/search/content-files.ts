/**
 * Reads content/ into the plain data the search index is built from, without Astro, for
 * the benchmark and the tests. The site itself gets the same data from its content
 * collections (src/lib/content/search-content.ts); both are checked by the same schemas.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { cultureFrontmatter, lessonFrontmatter } from '../content/schema';
import { ContentError, formatContentIssues } from '../content/errors';
import { topicOf } from '../content/topics';
import { loadVocabularyFiles } from '../content/vocabulary-loader';
import type { SearchContent } from './documents';
import type { ZodTypeAny, z } from 'zod';

/** An MDX file's YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  return { frontmatter: parse(match[1] ?? '') ?? {}, body: source.slice(match[0].length) };
}

async function mdxFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true, encoding: 'utf8' }).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.mdx')).sort();
}

async function readEntries<S extends ZodTypeAny>(root: string, folder: string, schema: S) {
  const entries: { id: string; data: z.infer<S>; body: string }[] = [];
  for (const name of await mdxFiles(path.join(root, folder))) {
    const file = `${folder}/${name}`;
    const { frontmatter, body } = splitFrontmatter(await readFile(path.join(root, file), 'utf8'));
    const result = schema.safeParse(frontmatter);
    if (!result.success) throw new ContentError(formatContentIssues(file, result.error));
    entries.push({
      id: name
        .replace(/\.mdx$/, '')
        .split(path.sep)
        .join('/'),
      data: result.data,
      body,
    });
  }
  return entries;
}

export async function readSearchContent(root = process.cwd()): Promise<SearchContent> {
  return {
    lessons: await readEntries(root, 'content/lessons', lessonFrontmatter),
    culture: await readEntries(root, 'content/culture', cultureFrontmatter),
    words: (await loadVocabularyFiles('content/vocabulary', root)).map(({ file, entry }) => ({ ...entry, topic: topicOf(file) })),
  };
}
