// @vitest-environment jsdom
/** The search page's first script: a page opened with ?q= starts that search before the island hydrates. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const started: [string, string, number | undefined][] = [];
vi.mock('../../src/islands/search-client', () => ({
  searchEarly: (indexUrl: string, query: string, limit?: number) => void started.push([indexUrl, query, limit]),
}));

const { startEarlySearch } = await import('../../src/islands/search-early');

/** The island's root as the page is built: it names its index and its limit. */
function page(attributes = 'data-search-index="/search/en.json" data-search-limit="20"') {
  document.body.innerHTML = `<div class="search" ${attributes}><input id="search-q"></div>`;
  return document;
}

beforeEach(() => {
  started.length = 0;
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
  });

  it('does nothing on a page without the island, or with an odd limit', () => {
    document.body.innerHTML = '';
    startEarlySearch(document, 'http://site/en/search/?q=bear');
    startEarlySearch(page('data-search-index="/search/en.json"'), 'http://site/en/search/?q=bear');
    startEarlySearch(page('data-search-index="/search/en.json" data-search-limit="0"'), 'http://site/en/search/?q=bear');
    expect(started).toEqual([]);
  });
});
