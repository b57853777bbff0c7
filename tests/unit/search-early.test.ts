// @vitest-environment jsdom
/**
 * The search page's first script: a page opened with ?q= starts that search before the
 * island hydrates, and draws its first results itself.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchReply } from '../../src/lib/search/searcher';

const started: [string, string, number | undefined][] = [];
let reply: SearchReply = { ok: true, results: [], count: 0, more: false };
vi.mock('../../src/islands/search-client', () => ({
  searchEarly: (indexUrl: string, query: string, limit?: number) => {
    started.push([indexUrl, query, limit]);
    return Promise.resolve(reply);
  },
}));

const { startEarlySearch } = await import('../../src/islands/search-early');
const { firstResultsDrawn } = await import('../../src/islands/after-first-results');

const strings = {
  locale: 'en',
  'search.count': 'Results: {count}',
  'search.countBest': 'Best results: {count}',
  'search.none': 'Nothing found for “{query}”.',
  'search.results': 'Search results',
  'search.kind.lesson': 'Lesson',
  'search.kind.culture': 'For families',
  'search.kind.word': 'Word',
};

/** The page as it is built: the island's root names its index and its limit; the place for the first results follows it. */
function page(attributes = 'data-search-index="/search/en.json" data-search-limit="20"', island = '') {
  document.body.innerHTML = `<div class="search" ${attributes}><input id="search-q" name="q">${island}</div><div data-search-first data-strings='${JSON.stringify(strings)}'></div>`;
  return document;
}
const place = () => document.querySelector<HTMLElement>('[data-search-first]')!;
const bear = {
  ref: 'word:mechka',
  kind: 'word' as const,
  url: '/en/lessons/nature/bears/',
  title: { language: 'bg' as const, parts: [{ text: 'мѐчка', mark: true as const }] },
};

beforeEach(() => {
  started.length = 0;
  reply = { ok: true, results: [bear], count: 3, more: false };
});

describe('startEarlySearch', () => {
  it('starts the search of ?q= with the index and the limit the island will use', () => {
    startEarlySearch(page(), 'http://site/en/search/?q=%D0%BC%D0%B5%D1%87%D0%BA%D0%B0');
    expect(started).toEqual([['/search/en.json', 'мечка', 20]]);
  });

  it('keeps the query as typed, spaces and all, as the island searches it', () => {
    startEarlySearch(page(), 'http://site/en/search/?q=+good+morning+');
    expect(started).toEqual([['/search/en.json', ' good morning ', 20]]);
  });

  it('does nothing without a query: the index loads only when someone searches', () => {
    startEarlySearch(page(), 'http://site/en/search/');
    startEarlySearch(page(), 'http://site/en/search/?q=');
    startEarlySearch(page(), 'http://site/en/search/?q=+%20+');
    expect(started).toEqual([]);
    expect(place().dataset.state).toBeUndefined();
  });

  it('does nothing on a page without the island, or with an odd limit', () => {
    document.body.innerHTML = '';
    startEarlySearch(document, 'http://site/en/search/?q=bear');
    startEarlySearch(page('data-search-index="/search/en.json"'), 'http://site/en/search/?q=bear');
    startEarlySearch(page('data-search-index="/search/en.json" data-search-limit="0"'), 'http://site/en/search/?q=bear');
    expect(started).toEqual([]);
  });

  it('draws the first results after the island, then says so, so that the island may come', async () => {
    const drawn = vi.fn();
    window.addEventListener(firstResultsDrawn, drawn, { once: true });
    startEarlySearch(page(), 'http://site/en/search/?q=mechka');
    expect(place().dataset.state).toBe('searching');
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledOnce());
    expect(place().dataset.state).toBe('drawn');
    expect(place().querySelector('.search__status')).toHaveTextContent('Results: 3');
    expect(place().querySelector('.search-result a')).toHaveAttribute('href', '/en/lessons/nature/bears/');
    // The box says what was searched for, as the island's will.
    expect(document.querySelector('input')).toHaveValue('mechka');
  });

  it('draws nothing when the index could not load, and still lets the island come to say so', async () => {
    reply = { ok: false, failure: 'index' };
    const drawn = vi.fn();
    window.addEventListener(firstResultsDrawn, drawn, { once: true });
    startEarlySearch(page(), 'http://site/en/search/?q=mechka');
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledOnce());
    expect(place().childElementCount).toBe(0);
  });

  it('draws nothing over results the island already shows (someone came to the box first)', async () => {
    startEarlySearch(page(undefined, '<p class="search__status">Results: 3</p>'), 'http://site/en/search/?q=mechka');
    await vi.waitFor(() => expect(place().dataset.state).toBe('drawn'));
    expect(place().childElementCount).toBe(0);
  });
});
