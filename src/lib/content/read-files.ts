/**
 * The one way to read content/ from disk without Astro: for the search benchmark, the
 * scripts (content report, audio) and the tests. Every file is checked by the same zod
 * schemas the site's collections use (schema.ts), and every problem in a folder is
 * reported at once, naming the file and the field. The collections in content.config.ts
 * keep Astro's loaders (MDX needs them) but check their data with `checkContent` below.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, YAMLError } from 'yaml';
import type { z, ZodTypeAny } from 'zod';
import { cultureFrontmatter, lessonFrontmatter, pathFile } from './schema';
import { ContentError, formatContentIssues } from './errors';
import { loadVocabularyFiles, type LoadedEntry } from './vocabulary-loader';

/** Where each kind of content lives, relative to the project. */
export const contentFolders = {
  lessons: 'content/lessons',
  culture: 'content/culture',
  vocabulary: 'content/vocabulary',
  paths: 'content/paths',
} as const;

/** One checked file: its id as the site uses it, where it is, its data and (for MDX) its body. */
export interface ContentFile<T> {
  /** The path below its folder without the extension: `language/greetings`, `fa/baba-marta`. */
  id: string;
  /** Relative to the project, for messages: `content/lessons/language/greetings.mdx`. */
  file: string;
  data: T;
  /** The MDX after the frontmatter; empty for YAML files. */
  body: string;
}

/** `data` checked against `schema`; a mistake throws a ContentError naming the file and the field. */
export function checkContent<S extends ZodTypeAny>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(formatContentIssues(file, result.error));
  return result.data as z.output<S>;
}

/** An MDX file's YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  return { frontmatter: parse(match[1] ?? '') ?? {}, body: source.slice(match[0].length) };
}

/** Every file of a folder (and its subfolders) with this extension, checked; all problems at once. */
async function readFolder<S extends ZodTypeAny>(
  root: string,
  folder: string,
  extension: '.mdx' | '.yaml',
  schema: S,
): Promise<ContentFile<z.output<S>>[]> {
  const names = await readdir(path.join(root, folder), { recursive: true, encoding: 'utf8' }).catch(() => [] as string[]);
  const files: ContentFile<z.output<S>>[] = [];
  const problems: string[] = [];
  for (const name of names.filter((n) => n.endsWith(extension)).sort()) {
    const id = name.slice(0, -extension.length).split(path.sep).join('/');
    const file = `${folder}/${id}${extension}`;
    try {
      const text = await readFile(path.join(root, file), 'utf8');
      const { frontmatter, body } = extension === '.mdx' ? splitFrontmatter(text) : { frontmatter: parse(text), body: '' };
      files.push({ id, file, data: checkContent(file, schema, frontmatter), body });
    } catch (error) {
      if (error instanceof ContentError) problems.push(error.message);
      else if (error instanceof YAMLError) problems.push(`${file}: not valid YAML: ${error.message}`);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return files;
}

export function readLessons(root = process.cwd()) {
  return readFolder(root, contentFolders.lessons, '.mdx', lessonFrontmatter);
}

/** The guides for families; `id` is `<locale>/<slug>`. */
export function readCultureGuides(root = process.cwd()) {
  return readFolder(root, contentFolders.culture, '.mdx', cultureFrontmatter);
}

export function readPaths(root = process.cwd()) {
  return readFolder(root, contentFolders.paths, '.yaml', pathFile);
}

/** The word bank, each entry with its file and topic, checked beyond the schema (vocabulary-loader.ts). */
export function readWordBank(root = process.cwd()): Promise<LoadedEntry[]> {
  return loadVocabularyFiles(contentFolders.vocabulary, root);
}

/** Everything in content/, checked. */
export async function readContent(root = process.cwd()) {
  const [lessons, culture, words, paths] = await Promise.all([readLessons(root), readCultureGuides(root), readWordBank(root), readPaths(root)]);
  return { lessons, culture, words, paths };
}
