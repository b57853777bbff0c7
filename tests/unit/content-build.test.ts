/**
 * A content mistake fails the build with a message that names the file and the field.
 * Each case builds a small copy of the site whose content has one mistake. A mistake that
 * the content loaders catch (src/content.config.ts) stops `astro build` at its first step,
 * the content sync, so those cases run that step alone (`astro sync`, seconds instead of a
 * whole build); a mistake found while pages render (a lesson's word ids, an exercise's props)
 * needs the build.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { clientMinify } from '../../src/build/client-minify';
import { validEntry } from './fixtures';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const everyLocale = (text: string) => ({ bg: text, en: text, ar: text, fa: text, uk: text });
const lesson = (vocabulary: string[]) =>
  `---\n${stringify({ title: everyLocale('Мечки'), track: 'nature', level: 'A0', order: 1, minutes: 10, picture: '1F43B', vocabulary, objectives: [everyLocale('мечка')], sources: [{ title: 'Brown bear', publisher: 'IUCN Red List', url: 'https://www.iucnredlist.org/species/41688/121229971' }] })}---\n\n<Flashcards words={${JSON.stringify(vocabulary)}} />\n`;

/** Builds (or syncs) a copy of the site with the given content files; resolves to the command's output. */
async function buildWith(
  files: Record<string, string>,
  command: 'build' | 'sync' = 'build',
): Promise<{ failed: boolean; output: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zdravei-fixture-'));
  made.push(dir);
  for (const item of ['src', 'tsconfig.json', 'package.json']) cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  cpSync(path.join(root, 'astro.config.mjs'), path.join(dir, 'astro.site.mjs'));
  // Astro keeps its content cache under node_modules/.astro: the fixture gets its own. The
  // browser's code is minified by Vite's default (esbuild), not Terser's two passes
  // (src/build/client-minify.ts): bytes have nothing to do with content mistakes, and
  // Terser took 13 of a fixture build's 29 s.
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import site from './astro.site.mjs';",
      `const plugins = site.vite.plugins.filter((plugin) => plugin.name !== ${JSON.stringify(clientMinify().name)});`,
      "export default { ...site, cacheDir: './.cache', vite: { ...site.vite, plugins } };",
      '',
    ].join('\n'),
  );
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  for (const folder of ['content/vocabulary', 'content/lessons/nature', 'content/culture/en', 'content/paths', 'public'])
    mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'node_modules/astro/astro.js'), command], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { failed: false, output: stdout + stderr, dir };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr, dir };
  }
}

describe('a content mistake fails the build', () => {
  it('builds the fixture when nothing is wrong', async () => {
    const result = await buildWith({
      'content/vocabulary/animals.yaml': stringify([validEntry()]),
      'content/lessons/nature/bears.mdx': lesson(['mechka']),
    });
    expect(result.failed, result.output).toBe(false);
    expect(existsSync(path.join(result.dir, 'dist/ar/lessons/nature/bears/index.html'))).toBe(true);
  }, 120_000);

  it('names the file, the entry and the field of a missing gloss', async () => {
    const { uk: _uk, ...gloss } = validEntry().gloss as Record<string, string>;
    const result = await buildWith(
      {
        'content/vocabulary/animals.yaml': stringify([validEntry({ gloss })]),
        'content/lessons/nature/bears.mdx': lesson(['mechka']),
      },
      'sync',
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/vocabulary/animals.yaml, entry "mechka": field gloss.uk is missing (expected string)');
  }, 120_000);

  it('names the lesson file and the field of an unknown word id', async () => {
    const result = await buildWith({
      'content/vocabulary/animals.yaml': stringify([validEntry()]),
      'content/lessons/nature/bears.mdx': lesson(['mechka', 'vulk']),
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/lessons/nature/bears.mdx: field vocabulary[1]: unknown word id "vulk"');
  }, 120_000);

  it('names the lesson file and the field of a frontmatter mistake', async () => {
    const result = await buildWith(
      {
        'content/vocabulary/animals.yaml': stringify([validEntry()]),
        'content/lessons/nature/bears.mdx': lesson(['mechka']).replace('level: A0', 'level: B7'),
      },
      'sync',
    );
    expect(result.failed).toBe(true);
    // From the project's root: not the absolute path Astro's loader knows the file by.
    expect(result.output).toMatch(
      /(?:^|\s)content\/lessons\/nature\/bears\.mdx: field level expected one of A0, A1\.1, A1\.2, A2, found "B7"/,
    );
  }, 120_000);
  it('names the lesson file of a picture that does not exist', async () => {
    const result = await buildWith(
      {
        'content/vocabulary/animals.yaml': stringify([validEntry()]),
        'content/lessons/nature/bears.mdx': lesson(['mechka']).replace('picture: 1F43B', 'picture: 1F9FFF'),
      },
      'sync',
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/lessons/nature/bears.mdx: field picture: no OpenMoji picture has the code 1F9FFF');
  }, 120_000);

  it('names the lesson file, the exercise and the field of an unknown word in an exercise', async () => {
    const result = await buildWith({
      'content/vocabulary/animals.yaml': stringify([validEntry()]),
      'content/lessons/nature/bears.mdx': `${lesson(['mechka'])}\n<ListenAndChoose words={["mechka", "mechka", "vulk"]} />\n`,
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/lessons/nature/bears.mdx: field <ListenAndChoose> words[2]: unknown word id "vulk"');
  }, 120_000);

  it('names the lesson file and the prop of a mistake in a quiz', async () => {
    const { fa: _fa, ...prompt } = everyLocale('Къде живее мечката?');
    const quiz = { prompt, options: [{ word: 'mechka', correct: true }, { text: everyLocale('В морето') }] };
    const result = await buildWith({
      'content/vocabulary/animals.yaml': stringify([validEntry()]),
      'content/lessons/nature/bears.mdx': `${lesson(['mechka'])}\n<Quiz questions={[${JSON.stringify(quiz)}]} />\n`,
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/lessons/nature/bears.mdx: <Quiz>: field questions[0].prompt.fa is missing (expected string)');
  }, 120_000);
});
