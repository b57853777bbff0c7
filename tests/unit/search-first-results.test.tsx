// @vitest-environment jsdom
/**
 * The first results the page draws before React comes: the same markup as the island's
 * (SearchResult.tsx) but the listen button, so nothing changes when the island takes over.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import Result from '../../src/islands/SearchResult';
import type { SearchStrings } from '../../src/islands/Search';
import { drawFirstResults, firstResult, firstResultsKeys, type FirstResultsStrings } from '../../src/islands/search-first-results';
import { pickStrings } from '../../src/i18n';
import type { Locale } from '../../src/lib/i18n/locales';
import type { SearchResult as Found } from '../../src/lib/search/engine';

const firstStrings = (locale: Locale): FirstResultsStrings => pickStrings(locale, firstResultsKeys);
const islandStrings = (locale: Locale) =>
  ({
    ...firstStrings(locale),
    ...pickStrings(locale, ['audio.play', 'audio.loading', 'audio.playing', 'audio.unavailable']),
  }) as SearchStrings;

/** A lesson whose Arabic text quotes a Bulgarian sentence, the searched word marked in it. */
const lesson: Found = {
  ref: 'lesson:nature/bears',
  kind: 'lesson',
  url: '/ar/lessons/nature/bears/',
  title: { language: 'ar', parts: [{ text: 'الدببة' }] },
  titleBg: [{ text: 'Мѐчки' }],
  snippet: {
    language: 'ar',
    parts: [
      { text: 'نقول: ' },
      { text: 'Мечката е ', bulgarian: true },
      { text: 'кафява', bulgarian: true, mark: true },
      { text: '.', bulgarian: true },
      { text: ' أي أن الدب بني.' },
    ],
  },
};
/** A word with its picture, transliteration and sound. */
const word: Found = {
  ref: 'word:mechka',
  kind: 'word',
  url: '/en/lessons/nature/bears/',
  title: { language: 'bg', parts: [{ text: 'мѐчка', mark: true }] },
  titleBg: [{ text: 'мѐчка', mark: true }],
  snippet: { language: 'en', parts: [{ text: 'a ' }, { text: 'bear', mark: true }] },
  translit: 'mechka',
  picture: '/pictures/1F43B.svg',
  audio: '/audio/words/mechka.mp3',
};
/** A word with no picture and no page to link to, and a guide for families. */
const bareWord: Found = { ref: 'word:x', kind: 'word', title: { language: 'bg', parts: [{ text: 'дума' }] } };
const guide: Found = {
  ref: 'culture:baba-marta',
  kind: 'culture',
  url: '/en/culture/baba-marta/',
  title: { language: 'en', parts: [{ text: 'Baba Marta' }] },
};

afterEach(cleanup);

/** What the island draws for a result, without the listen button the page cannot draw yet. */
function islandMarkup(result: Found, locale: Locale): string {
  const { container } = render(<Result result={result} strings={islandStrings(locale)} />);
  container.querySelectorAll('.audio-button').forEach((button) => button.remove());
  return container.innerHTML;
}

describe('firstResult', () => {
  it.each([
    ['a lesson quoting Bulgarian in Arabic', lesson, 'ar'],
    ['a word with its picture and sound', word, 'en'],
    ['a word with no picture and no link', bareWord, 'en'],
    ['a guide for families', guide, 'en'],
  ] as const)('draws %s as the island does', (_, result, locale) => {
    expect(firstResult(document, result, firstStrings(locale)).outerHTML).toBe(islandMarkup(result, locale));
  });

  it('checks something: the island’s markup of a word has a listen button this draws without', () => {
    const { container } = render(<Result result={word} strings={islandStrings('en')} />);
    expect(container.querySelector('.audio-button button')).not.toBeNull();
    expect(firstResult(document, word, firstStrings('en')).querySelector('button')).toBeNull();
  });
});

describe('drawFirstResults', () => {
  it('draws how many were found and the results, as a labelled ordered list', () => {
    const place = document.createElement('div');
    const drawn = drawFirstResults(place, 'мечка', { ok: true, results: [word, guide], count: 12, more: false }, firstStrings('en'));
    expect(drawn).toBe(true);
    expect(place.querySelector('.search__status')).toHaveTextContent('Results: 12');
    const list = place.querySelector('ol.search__results')!;
    expect(list).toHaveAttribute('aria-label', 'Search results');
    expect([...list.querySelectorAll('h2 a')].map((link) => link.getAttribute('href'))).toEqual([
      '/en/lessons/nature/bears/',
      '/en/culture/baba-marta/',
    ]);
  });

  it('says the best results when there are more than the page shows, in the page’s digits', () => {
    const place = document.createElement('div');
    drawFirstResults(place, 'خرس', { ok: true, results: [word], count: 20, more: true }, firstStrings('fa'));
    expect(place.querySelector('.search__status')!.textContent).toContain('۲۰');
  });

  it('says nothing was found, with the words searched for, and draws no list', () => {
    const place = document.createElement('div');
    drawFirstResults(place, 'qqq', { ok: true, results: [], count: 0, more: false }, firstStrings('en'));
    expect(place.querySelector('.search__status')).toHaveTextContent('Nothing found for “qqq”');
    expect(place.querySelector('ol')).toBeNull();
  });

  it('draws nothing for a failure, which the island says once it comes', () => {
    const place = document.createElement('div');
    place.innerHTML = '<p>before</p>';
    expect(drawFirstResults(place, 'мечка', { ok: false, failure: 'index' }, firstStrings('en'))).toBe(false);
    expect(place.innerHTML).toBe('<p>before</p>');
  });
});
