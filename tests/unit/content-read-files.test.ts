/** The project's one reader of content/ outside Astro: ids as the site uses them, and mistakes named by file and field. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readContent, readLessons, readPaths, readWordBank, splitFrontmatter } from '../../src/lib/content/read-files';
import { readSearchContent } from '../../src/lib/search/content-files';
import { validEntry } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder holding only the given content files. */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zdravei-content-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const everyLocale = (text: string) => ({ bg: text, en: text, ar: text, fa: text, uk: text });
const lesson = (fields: Record<string, unknown> = {}) =>
  `---\n${stringify({ title: everyLocale('Мечки'), track: 'language', level: 'A0', order: 1, minutes: 10, picture: '1F43B', vocabulary: ['mechka'], objectives: [everyLocale('мечка')], ...fields })}---\n\n<Flashcards words={["mechka"]} />\n`;

describe('splitFrontmatter', () => {
  it('separates the YAML frontmatter from the MDX body', () => {
    expect(splitFrontmatter('---\ntitle: Мечки\norder: 1\n---\n\n<Flashcards words={["mechka"]} />\n')).toEqual({
      frontmatter: { title: 'Мечки', order: 1 },
      body: '\n<Flashcards words={["mechka"]} />\n',
    });
  });

  it('reads a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Just text.')).toEqual({ frontmatter: {}, body: 'Just text.' });
  });
});

describe('the real content', async () => {
  const content = await readContent(root);

  it('has ids as the site uses them, with files and bodies', () => {
    const greetings = content.lessons.find((l) => l.id === 'language/greetings');
    expect(greetings?.file).toBe('content/lessons/language/greetings.mdx');
    expect(greetings?.body).toContain('<HelpText');
    expect(content.culture.map((c) => c.id)).toContain('fa/baba-marta');
    expect(content.paths.map((p) => p.id)).toContain('first-steps');
  });

  it('gives every word its file and topic', () => {
    const bear = content.words.find((w) => w.entry.id === 'mechka');
    expect(bear).toMatchObject({ file: 'content/vocabulary/animals.yaml', topic: 'animals' });
  });

  it('is what search reads, words with their topics', async () => {
    const search = await readSearchContent(root);
    expect(search.lessons.map((l) => l.id)).toEqual(content.lessons.map((l) => l.id));
    expect(search.words.find((w) => w.id === 'mechka')?.topic).toBe('animals');
  });
});

describe('a mistake', () => {
  it('in a lesson names the file and the field, for every file at once', async () => {
    const dir = projectWith({
      'content/lessons/language/a.mdx': lesson({ level: 'B7' }),
      'content/lessons/language/b.mdx': lesson({ minutes: undefined }),
      'content/lessons/language/c.mdx': lesson(),
    });
    const error = await readLessons(dir).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.split('\n')).toEqual([
      'content/lessons/language/a.mdx: field level expected one of A0, A1.1, A1.2, A2, found "B7"',
      'content/lessons/language/b.mdx: field minutes is missing (expected number)',
    ]);
  });

  it('in a path file names the file and the field', async () => {
    const dir = projectWith({
      'content/paths/first.yaml': stringify({ title: everyLocale('Път'), description: everyLocale('Път'), lessons: ['Greetings'] }),
    });
    await expect(readPaths(dir)).rejects.toThrow(
      'content/paths/first.yaml: field lessons[0] expected a lesson id such as language/greetings',
    );
  });

  it('in YAML syntax names the file', async () => {
    const dir = projectWith({ 'content/paths/broken.yaml': 'title: [unclosed\n' });
    await expect(readPaths(dir)).rejects.toThrow(/^content\/paths\/broken\.yaml: not valid YAML/);
  });

  it('in the word bank names the file, the entry and the field', async () => {
    const { uk: _uk, ...gloss } = validEntry().gloss as Record<string, string>;
    const dir = projectWith({ 'content/vocabulary/animals.yaml': stringify([validEntry({ gloss, picture: undefined })]) });
    await expect(readWordBank(dir)).rejects.toThrow(
      'content/vocabulary/animals.yaml, entry "mechka": field gloss.uk is missing (expected string)',
    );
  });
});
