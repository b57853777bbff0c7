/** Search over the real catalogue in content/: every lesson and word can be found in every help language. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../../src/lib/search/build-index';
import { readSearchContent } from '../../../src/lib/search/content-files';
import { openSearch } from '../../../src/lib/search/engine';
import { locales } from '../../../src/lib/i18n/locales';
import { routes } from '../../../src/lib/routes';

const content = await readSearchContent(path.resolve(import.meta.dirname, '../../..'));
const plain = (parts: { text: string }[] | undefined) => parts?.map((p) => p.text).join('') ?? '';

describe.each(locales)('the real catalogue in %s', (locale) => {
  const engine = openSearch(JSON.parse(JSON.stringify(buildSearchPayload(content, locale))));

  it('finds every lesson by its title, in the help language and in Bulgarian', () => {
    for (const lesson of content.lessons) {
      for (const title of [lesson.data.title[locale], lesson.data.title.bg]) {
        expect(
          engine.search(title, 3).map((r) => r.url),
          title,
        ).toContain(routes.lesson(locale, lesson.id));
      }
    }
  });

  it('finds every word by its Bulgarian, its stressed form, its transliteration and its meaning', () => {
    for (const word of content.words) {
      // A one-letter transliteration on English pages is also an English word ("i" for и is
      // the pronoun I, in many glosses): it is not required to find the letter first.
      const translit = locale === 'en' && word.translit.length === 1 ? [] : [word.translit];
      const queries = [word.bg, word.stressed, ...translit, ...(locale === 'bg' ? [] : [word.gloss[locale]])];
      for (const query of queries) {
        const found = engine.search(query).filter((r) => r.kind === 'word');
        expect(
          found.map((r) => plain(r.titleBg ?? r.title.parts)),
          `${word.id}: "${query}"`,
        ).toContain(word.stressed);
      }
    }
    // Hundreds of words, four searches each.
  }, 120_000);

  it('finds every culture module in this language by its title', () => {
    for (const module of content.culture.filter((m) => m.id.startsWith(`${locale}/`))) {
      expect(engine.search(module.data.title, 3).map((r) => r.url)).toContain(routes.cultureModule(locale, module.id.split('/')[1] ?? ''));
    }
  });
});
