// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { howls, resetHowls } from './howler-mock';
import Search, { type SearchStrings } from '../../src/islands/Search';
import { firstResultsKeys } from '../../src/islands/search-first-results';
import { pickStrings } from '../../src/i18n';
import type { Locale } from '../../src/lib/i18n/locales';
import { buildSearchPayload } from '../../src/lib/search/build-index';
import { shardsFor } from '../../src/lib/search/display';
import { openSearch } from '../../src/lib/search/engine';
import { content } from './search/fixture-content';

const strings = (locale: Locale): SearchStrings =>
  pickStrings(locale, [
    'audio.play',
    'audio.loading',
    'audio.playing',
    'audio.unavailable',
    'search.title',
    'search.label',
    'search.button',
    'search.hint',
    'search.loading',
    'search.failed',
    'search.displayFailed',
    ...firstResultsKeys,
  ]);

// Small display shards, so that a search loads some and not others, as on the site.
const payloads = { en: buildSearchPayload(content, 'en', 400), ar: buildSearchPayload(content, 'ar', 400) };
let fetched: string[] = [];
/** Files whose address matches fail, as offline. */
let failing: RegExp | undefined;
// Each test gets its own index address: the island keeps a loaded index for the page's life.
let testNumber = 0;
let indexUrl = '';

beforeEach(() => {
  resetHowls();
  fetched = [];
  failing = undefined;
  indexUrl = `/search/en.json?test=${++testNumber}`;
  window.history.replaceState(null, '', '/en/search/');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      if (failing?.test(url)) return { ok: false, status: 503, json: async () => ({}) };
      const locale = url.includes('/ar') ? 'ar' : 'en';
      const shard = /\/(\d+)\.json$/.exec(url)?.[1];
      const file = shard === undefined ? payloads[locale].index : payloads[locale].shards[Number(shard)];
      return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(file)) };
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderSearch(locale: Locale = 'en', url = indexUrl) {
  return render(<Search locale={locale} indexUrl={url} action={`/${locale}/search/`} strings={strings(locale)} />);
}
const results = () => screen.findByRole('list', { name: 'Search results' });
const box = () => screen.getByRole('searchbox', { name: 'A word, a lesson or a topic' });

describe('Search', () => {
  it('searches for the query in the address and shows kinds, titles and the match marked', async () => {
    window.history.replaceState(null, '', '/en/search/?q=%D0%BC%D0%B5%D1%87%D0%BA%D0%B0%D1%82%D0%B0');
    renderSearch();
    expect(box()).toHaveValue('мечката');
    const list = await results();
    const [word, lesson] = within(list).getAllByRole('listitem');
    expect(within(word!).getByText('Word')).toBeInTheDocument();
    expect(within(word!).getByRole('heading', { name: 'bear' })).toBeInTheDocument();
    expect(within(word!).getByRole('link', { name: 'bear' })).toHaveAttribute('href', '/en/lessons/nature/bears/');
    // The Bulgarian word is shown and its own form in the example is marked.
    expect(within(word!).getByText('мѐчка', { selector: 'mark' }).closest('[lang]')).toHaveAttribute('lang', 'bg');
    expect(within(word!).getByText('Мѐчката', { selector: 'mark' })).toBeInTheDocument();
    expect(within(lesson!).getByText('Lesson')).toBeInTheDocument();
    expect(within(lesson!).getByRole('link', { name: 'Bears and wolves' })).toHaveAttribute('href', '/en/lessons/nature/bears/');
    const titleBg = lesson!.querySelector('.search-result__bulgarian');
    expect(titleBg).toHaveTextContent('Мечки и вълци');
    expect(titleBg).toHaveAttribute('lang', 'bg');
    expect(within(lesson!).getByText('Мечки', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText(/^Results: \d+$/)).toHaveAttribute('role', 'status');
  });

  it('fetches the index only when someone comes to search, and only once; and only the display shards of the results shown', async () => {
    renderSearch();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetched).toEqual([]);
    await userEvent.type(box(), 'bear');
    await results();
    await userEvent.clear(box());
    await userEvent.type(box(), 'wolf');
    expect(await screen.findByRole('heading', { name: 'wolf' })).toBeInTheDocument();
    expect(fetched[0]).toBe(indexUrl);
    const shards = fetched.slice(1);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(payloads.en.shards.length);
    expect(new Set(shards).size).toBe(shards.length);
    for (const url of shards) expect(url).toMatch(/^\/search\/en\/\d+\.json$/);
  });

  it('searches as one types and keeps the query in the address, so the search can be linked', async () => {
    renderSearch();
    await userEvent.type(box(), 'mechka');
    expect(await screen.findByRole('heading', { name: 'bear' })).toBeInTheDocument();
    expect(new URL(window.location.href).searchParams.get('q')).toBe('mechka');
    await userEvent.clear(box());
    await waitFor(() => expect(new URL(window.location.href).searchParams.has('q')).toBe(false));
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('searches at once when the form is sent with Enter', async () => {
    renderSearch();
    await userEvent.type(box(), 'ведмідь{Enter}');
    expect(await screen.findByRole('heading', { name: 'bear' })).toBeInTheDocument();
  });

  it('shows the first four results before the rest, saying from the first how many there are', async () => {
    // Six more words about bears, so that a search finds more than four.
    const bear = content.words[0]!;
    const cubs = ['one', 'two', 'three', 'four', 'five', 'six'].map((n) => ({
      ...bear,
      id: `mechka-${n}`,
      gloss: { ...bear.gloss, en: `bear ${n}` },
    }));
    const many = buildSearchPayload({ ...content, words: [...content.words, ...cubs] }, 'en', 400);
    const all = openSearch(JSON.parse(JSON.stringify(many)) as typeof many).search('bear', 20);
    expect(all.length).toBeGreaterThan(4);
    const firstShards = shardsFor(
      all.slice(0, 4).map((result) => Number(result.ref)),
      many.index.shards,
    );
    // The shards of the other results wait until the test lets them come.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', async (url: string) => {
      const shard = /\/(\d+)\.json$/.exec(url)?.[1];
      if (shard !== undefined && !firstShards.includes(Number(shard))) await held;
      const file = shard === undefined ? many.index : many.shards[Number(shard)];
      return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(file)) as unknown };
    });
    renderSearch();
    await userEvent.type(box(), 'bear{Enter}');
    const titles = async () =>
      within(await results())
        .getAllByRole('heading')
        .map((heading) => heading.textContent);
    const titleOf = (result: (typeof all)[number]) => result.title.parts.map((part) => part.text).join('');
    expect(await screen.findByText(`Results: ${all.length}`)).toHaveAttribute('role', 'status');
    expect(await titles()).toEqual(all.slice(0, 4).map(titleOf));
    release();
    await waitFor(async () => expect(await titles()).toEqual(all.map(titleOf)));
    expect(screen.getByText(`Results: ${all.length}`)).toHaveAttribute('role', 'status');
  });

  it('says when it shows only the best results', async () => {
    render(<Search locale="en" indexUrl={indexUrl} action="/en/search/" strings={strings('en')} limit={1} />);
    await userEvent.type(box(), 'bear{Enter}');
    expect(await screen.findByText('Best results: 1')).toHaveAttribute('role', 'status');
    expect(within(await results()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when nothing is found', async () => {
    renderSearch();
    await userEvent.type(box(), 'qqqxxzz{Enter}');
    expect(await screen.findByText('Nothing found for “qqqxxzz”. Try a shorter word or another spelling.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('says so when the index cannot load, and tries again with the next search', async () => {
    failing = /\/search\/en\.json/;
    renderSearch();
    await userEvent.type(box(), 'bear{Enter}');
    expect(await screen.findByText('The search could not load. Check the connection and try again.')).toBeInTheDocument();
    failing = undefined;
    await userEvent.type(box(), 's{Enter}');
    expect(await screen.findByRole('heading', { name: 'bear' })).toBeInTheDocument();
  });

  it('says so when the results cannot be shown, in the page’s language, and tries again with the next search', async () => {
    failing = /\/search\/en\/\d+\.json$/;
    renderSearch();
    await userEvent.type(box(), 'bear{Enter}');
    expect(
      await screen.findByText('The search found results but could not load them to show. Check the connection and try again.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
    failing = undefined;
    await userEvent.type(box(), 's{Enter}');
    expect(await screen.findByRole('heading', { name: 'bear' })).toBeInTheDocument();
  });

  it('says that the results cannot be shown in Arabic on Arabic pages', async () => {
    failing = /\/search\/ar\/\d+\.json$/;
    render(<Search locale="ar" indexUrl={`/search/ar.json?test=${testNumber}`} action="/ar/search/" strings={strings('ar')} />);
    await userEvent.type(screen.getByRole('searchbox'), 'دب{Enter}');
    expect(await screen.findByText(strings('ar')['search.displayFailed'])).toHaveAttribute('role', 'status');
  });

  it('gives a word result its picture and a button that plays the word', async () => {
    renderSearch();
    await userEvent.type(box(), 'bear{Enter}');
    const word = (await screen.findByRole('heading', { name: 'bear' })).closest('li') as HTMLElement;
    expect(word.querySelector('img')).toHaveAttribute('src', '/pictures/1F43B.svg');
    expect(within(word).getByText('mechka')).toHaveAttribute('lang', 'bg-Latn');
    await userEvent.click(within(word).getByRole('button', { name: 'Listen: мѐчка' }));
    expect(howls.map((h) => h.options.src[0])).toEqual(['/audio/words/mechka.mp3']);
    expect(howls[0]?.plays).toBe(1);
  });

  it('is not broken by lunr operator characters', async () => {
    renderSearch();
    await userEvent.type(box(), 'bear^2 ~ title:*{Enter}');
    expect(await screen.findByRole('heading', { name: 'bear' })).toBeInTheDocument();
  });

  it('on Arabic pages, keeps Bulgarian and Latin parts left to right inside the right-to-left page', async () => {
    render(<Search locale="ar" indexUrl={`/search/ar.json?test=${testNumber}`} action="/ar/search/" strings={strings('ar')} />);
    await userEvent.type(screen.getByRole('searchbox'), 'دب{Enter}');
    const title = await screen.findByRole('heading', { name: 'دب' });
    expect(title.querySelector('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
    const word = title.closest('li') as HTMLElement;
    expect(within(word).getByText('كلمة')).toBeInTheDocument();
    expect(word.querySelector('.search-result__bulgarian')).toHaveAttribute('dir', 'ltr');
  });
  it('takes the place of the results the page drew before it came, and keeps the focus on the same link', async () => {
    // As search-first-results.ts draws them: a status line and the list, after the island.
    const drawn = document.createElement('div');
    drawn.dataset.searchFirst = '';
    drawn.innerHTML =
      '<p class="search__status">Results: 2</p><ol class="search__results" aria-label="Search results">' +
      '<li class="search-result"><h2><a href="/en/lessons/nature/bears/">bear</a></h2></li>' +
      '<li class="search-result"><h2><a href="/en/lessons/nature/bears/">Bears and wolves</a></h2></li></ol>';
    document.body.append(drawn);
    drawn.querySelectorAll('a')[1]!.focus();
    window.history.replaceState(null, '', '/en/search/?q=bear');
    const { container } = renderSearch();
    // While the island has nothing of its own to show, the drawn results stay, and no
    // "loading" line above them pushes them down.
    expect(drawn.querySelector('a')).not.toBeNull();
    expect(within(container).getByRole('status')).toBeEmptyDOMElement();
    const list = await within(container).findByRole('list', { name: 'Search results' });
    expect(drawn.childElementCount).toBe(0);
    expect(screen.getAllByRole('list', { name: 'Search results' })).toHaveLength(1);
    // The second link, as before: the word and the lesson link to the same page.
    expect(document.activeElement).toBe(within(list).getByRole('link', { name: 'Bears and wolves' }));
    drawn.remove();
  });
  it('searches what was typed in the box before it hydrated, not the address', async () => {
    window.history.replaceState(null, '', '/en/search/?q=hello');
    const ui = <Search locale="en" indexUrl={indexUrl} action="/en/search/" strings={strings('en')} />;
    // The page as built, typed in before the island's code came.
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    container.querySelector('input')!.value = 'bear';
    render(ui, { container, hydrate: true });
    const list = await within(container).findByRole('list', { name: 'Search results' });
    expect(within(list).getAllByRole('link', { name: 'bear' }).length).toBeGreaterThan(0);
    expect(box()).toHaveValue('bear');
    expect(window.location.search).toBe('?q=bear');
  });
});
