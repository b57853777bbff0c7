/** The real content in content/ keeps the contract's promises beyond the schema. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadVocabularyFiles } from '../../src/lib/content/vocabulary-loader';
import { locales } from '../../src/lib/i18n/locales';

const root = path.resolve(import.meta.dirname, '../..');
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const lessonFiles = readdirSync(path.join(root, 'content/lessons'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.join(root, 'content/lessons', f));

describe('the word bank', async () => {
  const words = await loadVocabularyFiles('content/vocabulary', root);
  const ids = new Set(words.map((w) => w.entry.id));

  it('loads with no problem and has unique ids', () => {
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(ids.size).toBe(words.length);
  });

  it('gives every lesson word a picture', () => {
    const lessonIds = lessonFiles.flatMap((file) => frontmatter(file).vocabulary as string[]);
    const withoutPicture = words.filter((w) => lessonIds.includes(w.entry.id) && !w.entry.picture).map((w) => w.entry.id);
    expect(withoutPicture).toEqual([]);
  });

  it.each(lessonFiles.map((f) => [path.relative(root, f)]))(
    '%s refers only to words in the bank, in its frontmatter and its flashcards',
    (file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      const referenced = [
        ...(frontmatter(path.join(root, file)).vocabulary as string[]),
        ...[...text.matchAll(/words=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/"([^"]+)"/g)].map((q) => q[1])),
      ];
      expect(referenced.filter((id) => !ids.has(id as string))).toEqual([]);
    },
  );

  it('has a generated sound for every word and example', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'public/audio/manifest.json'), 'utf8')) as Record<string, string>;
    const missing = words.flatMap(({ entry }) => [
      ...(entry.audio || `words/${entry.id}.mp3` in manifest ? [] : [`words/${entry.id}.mp3`]),
      ...(!entry.example || `examples/${entry.id}.mp3` in manifest ? [] : [`examples/${entry.id}.mp3`]),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('culture modules', async () => {
  const bank = new Set((await loadVocabularyFiles('content/vocabulary', root)).map((w) => w.entry.id));
  const byLocale = Object.fromEntries(
    locales.map((locale) => [
      locale,
      readdirSync(path.join(root, 'content/culture', locale))
        .filter((f) => f.endsWith('.mdx'))
        .sort(),
    ]),
  );

  it('exist in every help language', () => {
    for (const locale of locales) expect(byLocale[locale], locale).toEqual(byLocale.en);
  });

  it('refer only to words in the bank, in frontmatter and in <Word>', () => {
    for (const locale of locales) {
      for (const file of byLocale[locale] ?? []) {
        const full = path.join(root, 'content/culture', locale, file);
        const text = readFileSync(full, 'utf8');
        const ids = [
          ...((frontmatter(full).vocabulary as string[] | undefined) ?? []),
          ...[...text.matchAll(/<Word id="([^"]+)"/g)].map((m) => m[1] as string),
        ];
        expect(
          ids.filter((id) => !bank.has(id)),
          `${locale}/${file}`,
        ).toEqual([]);
      }
    }
  });

  it('keep the same order and words in every language', () => {
    for (const file of byLocale.en ?? []) {
      const english = frontmatter(path.join(root, 'content/culture/en', file));
      for (const locale of locales) {
        const other = frontmatter(path.join(root, 'content/culture', locale, file));
        expect(other.order, `${locale}/${file}`).toBe(english.order);
        expect(other.vocabulary, `${locale}/${file}`).toEqual(english.vocabulary);
      }
    }
  });
});
