/** The real content in content/ keeps the contract's promises beyond the schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-files';
import { locales } from '../../src/lib/i18n/locales';

const root = path.resolve(import.meta.dirname, '../..');
const { lessons, culture, words } = await readContent(root);
const ids = new Set(words.map((w) => w.entry.id));

describe('the word bank', () => {
  it('loads with no problem and has unique ids', () => {
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(ids.size).toBe(words.length);
  });

  it('gives every lesson word a picture', () => {
    const lessonIds = new Set(lessons.flatMap((lesson) => lesson.data.vocabulary));
    const withoutPicture = words.filter((w) => lessonIds.has(w.entry.id) && !w.entry.picture).map((w) => w.entry.id);
    expect(withoutPicture).toEqual([]);
  });

  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))(
    '%s refers only to words in the bank, in its frontmatter and its flashcards',
    (_file, lesson) => {
      const referenced = [
        ...lesson.data.vocabulary,
        ...[...lesson.body.matchAll(/words=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/"([^"]+)"/g)].map((q) => q[1])),
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

describe('culture modules', () => {
  /** Guide file names (`baba-marta.mdx`) by language. */
  const byLocale = Object.fromEntries(
    locales.map((locale) => [
      locale,
      culture.filter((guide) => guide.id.startsWith(`${locale}/`)).map((guide) => path.basename(guide.file)),
    ]),
  );
  const guide = (locale: string, name: string) => culture.find((g) => g.file === `content/culture/${locale}/${name}`);

  it('exist in every help language', () => {
    for (const locale of locales) expect(byLocale[locale], locale).toEqual(byLocale.en);
  });

  it('refer only to words in the bank, in frontmatter and in <Word>', () => {
    for (const { file, data, body } of culture) {
      const referenced = [...data.vocabulary, ...[...body.matchAll(/<Word id="([^"]+)"/g)].map((m) => m[1] as string)];
      expect(
        referenced.filter((id) => !ids.has(id)),
        file,
      ).toEqual([]);
    }
  });

  it('keep the same order and words in every language', () => {
    for (const name of byLocale.en ?? []) {
      const english = guide('en', name);
      for (const locale of locales) {
        const other = guide(locale, name);
        expect(other?.data.order, `${locale}/${name}`).toBe(english?.data.order);
        expect(other?.data.vocabulary, `${locale}/${name}`).toEqual(english?.data.vocabulary);
      }
    }
  });
});
