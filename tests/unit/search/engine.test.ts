/** The whole search, from content to results, on a small catalogue (fixture-content.ts). */
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../../src/lib/search/build-index';
import { expandIndex } from '../../../src/lib/search/compact';
import { openSearch, SearchPayloadError, type SearchResult } from '../../../src/lib/search/engine';
import type { Locale } from '../../../src/lib/i18n/locales';
import { content } from './fixture-content';

/** Each locale's payload goes through JSON, as it does between the build and the browser. */
const engines = Object.fromEntries(
  (['bg', 'en', 'ar', 'fa', 'uk'] as const).map((locale) => [
    locale,
    openSearch(JSON.parse(JSON.stringify(buildSearchPayload(content, locale)))),
  ]),
) as Record<Locale, ReturnType<typeof openSearch>>;

const text = (parts: { text: string }[] | undefined) => parts?.map((p) => p.text).join('') ?? '';
const marked = (result: SearchResult | undefined) =>
  [...(result?.title.parts ?? []), ...(result?.titleBg ?? []), ...(result?.snippet?.parts ?? [])].filter((p) => p.mark).map((p) => p.text);
/** The top result, a word, is мечка; the lesson that teaches it is among the results. */
function findsTheBear(locale: Locale, query: string) {
  const results = engines[locale].search(query);
  expect(results[0]?.kind, `${locale} "${query}"`).toBe('word');
  expect(text(results[0]?.titleBg ?? results[0]?.title.parts), `${locale} "${query}"`).toBe('мѐчка');
  expect(
    results.map((r) => r.url),
    `${locale} "${query}"`,
  ).toContain(`/${locale}/lessons/nature/bears/`);
  return results;
}

describe('search finds the same word and lesson however it is typed', () => {
  it.each(['bg', 'en', 'ar', 'fa', 'uk'] as const)('Bulgarian with and without stress marks and capitals (%s)', (locale) => {
    for (const query of ['мечка', 'мѐчка', 'ме́чка', 'МЕЧКА', 'Мечка']) findsTheBear(locale, query);
  });

  it('Bulgarian with the definite article: мечката finds мечка', () => {
    const [word] = findsTheBear('en', 'мечката');
    expect(marked(word)).toContain('мѐчка');
    // The example sentence is shown, with its own form of the word marked.
    expect(text(word?.snippet?.parts)).toBe('Мѐчката спѝ през зима̀та.');
    expect(word?.snippet?.parts.find((p) => p.mark)?.text).toBe('Мѐчката');
    findsTheBear('bg', 'мечката');
    findsTheBear('bg', 'мѐчката');
  });

  it('inflected plurals, with and without the article', () => {
    for (const query of ['мечки', 'мечките', 'мѐчките']) findsTheBear('en', query);
    const wolves = engines.en.search('вълците');
    expect(text(wolves[0]?.titleBg)).toBe('вълк');
  });

  it('Bulgarian in Latin letters, as the official system writes it', () => {
    for (const query of ['mechka', 'Mechka', 'mechkata', 'mechki', 'MECHKA']) findsTheBear('en', query);
    for (const query of ['mechka', 'mechkata']) findsTheBear('fa', query);
    expect(text(engines.en.search('valk')[0]?.titleBg)).toBe('вълк');
  });

  it('Latin look-alike letters inside a Cyrillic word', () => {
    for (const query of ['mечка', 'мeчкa', 'MEЧKA', 'мечкa']) findsTheBear('en', query);
  });

  it('the Ukrainian gloss, on Ukrainian pages and on others', () => {
    const [word] = findsTheBear('uk', 'ведмідь');
    expect(text(word?.title.parts)).toBe('ведмідь');
    findsTheBear('en', 'ведмідь');
    // One letter off: the word is found, after the lesson whose title (Ведмеді) is as near.
    expect(engines.uk.search('ведмедь').map((r) => text(r.title.parts))).toContain('ведмідь');
  });

  it('the Arabic gloss, with or without vowel signs, article and tatweel', () => {
    findsTheBear('ar', 'دب');
    findsTheBear('ar', 'دبّ');
    findsTheBear('ar', 'الدب');
    expect(text(engines.ar.search('الحافلة')[0]?.title.parts)).toBe(''); // not in the fixture: nothing, and no error
  });

  it('the Persian gloss, and its Persian letters survive', () => {
    const [word] = findsTheBear('fa', 'خرس');
    expect(text(word?.title.parts)).toBe('خرس');
    // گرگ (wolf) keeps its گ; typed with the Arabic kaf, کتاب (book) is still found.
    expect(text(engines.fa.search('گرگ')[0]?.title.parts)).toBe('گرگ');
    expect(text(engines.fa.search('كتاب')[0]?.title.parts)).toBe('کتاب');
    expect(text(engines.fa.search('بازي')[0]?.title.parts)).toBe('بازی');
    expect(text(engines.fa.search('پرستو')[0]?.title.parts)).toBe('پرستو');
    // The index itself holds the Persian letters.
    const terms = expandIndex(buildSearchPayload(content, 'fa').index.index).terms.map(([term]) => term);
    for (const term of ['گرگ', 'کتاب', 'بازی', 'پرستو', 'جنگل']) expect(terms).toContain(term);
  });

  it('a Persian word with a non-joiner, typed with it, without it, or with a space', () => {
    for (const query of ['جوجه‌تیغی', 'جوجهتیغی', 'جوجه تیغی']) {
      expect(text(engines.fa.search(query)[0]?.title.parts), query).toBe('جوجه‌تیغی');
    }
  });

  it('English glosses, singular or plural, on any page', () => {
    findsTheBear('en', 'bear');
    findsTheBear('en', 'bears');
    findsTheBear('bg', 'bear');
  });

  it('a word still being typed, and a word with one letter wrong', () => {
    findsTheBear('en', 'мечк');
    findsTheBear('en', 'mech');
    findsTheBear('en', 'mecka');
    findsTheBear('en', 'мечла');
  });

  it('words inside exercise components and culture modules', () => {
    // гора is taught only by the lesson's <Flashcards>.
    expect(engines.en.search('гора').map((r) => r.url)).toContain('/en/lessons/nature/bears/');
    const module = engines.fa.search('лястовица').find((r) => r.kind === 'culture');
    expect(module?.url).toBe('/fa/culture/forest/');
    expect(text(module?.title.parts)).toBe('در جنگل');
  });

  it('lesson titles in the help language and in Bulgarian', () => {
    expect(engines.uk.search('Ведмеді')[0]?.url).toBe('/uk/lessons/nature/bears/');
    expect(engines.ar.search('الدببة')[0]?.url).toBe('/ar/lessons/nature/bears/');
    const [lesson] = engines.fa.search('вълци');
    expect(text(lesson?.titleBg)).toBe('вълк');
  });
});

describe('search never throws', () => {
  const operators = [
    ':',
    '^',
    '~',
    '*',
    '+',
    '-',
    'мечка:',
    'мечка^2',
    'мечка~1',
    'мечка*',
    '+мечка',
    '-мечка',
    'title_bg:мечка',
    'bear^10 +wolf -fox',
    '*мечка*',
    'мечка~',
  ];

  it.each(operators)('with lunr operators: %s', (query) => {
    for (const engine of Object.values(engines)) expect(() => engine.search(query)).not.toThrow();
  });

  it('and operators around a word still find it', () => {
    for (const query of ['мечка:', 'мечка^2', '+мечка', '-мечка', 'мечка*', 'title_bg:мечка']) findsTheBear('en', query);
  });

  it('with an empty query, blanks, or punctuation only: no results', () => {
    for (const query of ['', '   ', '\n\t', '„“…', ':^~*+-']) expect(engines.en.search(query)).toEqual([]);
  });

  it('with a very long query', () => {
    expect(() => engines.en.search('мечка '.repeat(20_000))).not.toThrow();
    expect(engines.en.search('мечка '.repeat(20_000))[0]?.kind).toBe('word');
    expect(() => engines.en.search('ж'.repeat(100_000))).not.toThrow();
  });

  it('with names of JavaScript object properties', () => {
    for (const query of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', '_index']) {
      expect(() => engines.en.search(query)).not.toThrow();
    }
  });

  it('with random text from every script, marks and control characters', () => {
    const alphabet = [
      ...'аьъйѝѐмечкаMECHKAxyz0123456789:^~*+-"\'()[]{}\\/|<>!?.,;',
      '\u0300',
      '\u0301',
      '\u200c',
      '\u200d',
      '\u200f',
      '\u202e',
      '\ufeff',
      '\u0000',
      'خرسكيةـًّ',
      '۳٠',
      '😀',
      '\ud83d',
      '\udc00',
      ' ',
      '\n',
    ].flatMap((s) => [...s]);
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const engine of [engines.en, engines.fa]) expect(() => engine.search(query), JSON.stringify(query)).not.toThrow();
    }
  });
});

describe('openSearch', () => {
  it('refuses an index or a display shard of another version, so the page can say the search could not load', () => {
    const files = buildSearchPayload(content, 'en');
    expect(() => openSearch({ ...files, index: { ...files.index, version: 99 } } as never)).toThrow(SearchPayloadError);
    expect(() => openSearch({ ...files, shards: files.shards.map((shard) => ({ ...shard, version: 99 })) } as never)).toThrow(
      SearchPayloadError,
    );
  });

  it('gives the same results whatever the size of the display shards', () => {
    const sharded = openSearch(JSON.parse(JSON.stringify(buildSearchPayload(content, 'en', 1))));
    for (const query of ['мечка', 'bear', 'вълк', 'a']) expect(sharded.search(query)).toEqual(engines.en.search(query));
  });

  it('limits the number of results', () => {
    expect(engines.en.search('a', 1).length).toBeLessThanOrEqual(1);
  });
});
