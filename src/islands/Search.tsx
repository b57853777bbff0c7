/**
 * The search page: a search box, and results as one types. The query comes from and
 * goes back to `?q=`, so a search can be linked; nothing is stored. The index and the
 * search code (lunr with the project's pipeline) are fetched the first time someone
 * focuses the box or searches, not when the page loads, and run in a Web Worker
 * (search-client.ts); the display data of the results shown comes after. A page opened
 * with `?q=` has started that search and drawn its first results before the island
 * hydrated (search-early.ts, which reads the index and the limit from the root's data
 * attributes); the first run takes that search over, and its results replace those.
 */
import { useEffect, useLayoutEffect, useRef, useState, type SubmitEvent } from 'react';
import type { Locale } from '../lib/i18n/locales';
import type { SearchResult } from '../lib/search/engine';
import type { SearchReply } from '../lib/search/searcher';
import type { AudioButtonStrings } from './AudioButton';
import Result from './SearchResult';
import { firstResultsSelector } from './after-first-results';
import { firstPart, resultLimit, search } from './search-client';
import { countLine, type FirstResultsStrings } from './search-first-results';
import './exercises.css';
import './search.css';

/** The results' strings (how many, the kinds) are those the page's first results use too. */
export interface SearchStrings extends AudioButtonStrings, Omit<FirstResultsStrings, 'locale'> {
  /** The page's locale: numbers follow it. */
  locale?: string;
  'search.title': string;
  'search.label': string;
  'search.button': string;
  'search.hint': string;
  'search.loading': string;
  'search.failed': string;
  'search.displayFailed': string;
}

export interface SearchProps {
  locale: Locale;
  /** Where the index of this help language is (routes.searchIndex). */
  indexUrl: string;
  /** The search page itself, where the form goes without JavaScript. */
  action: string;
  strings: SearchStrings;
  /** How many results to show at most. */
  limit?: number;
}

/** How long typing must pause before the results change, in milliseconds. */
const typingPause = 150;

type Status =
  | { state: 'idle' }
  | { state: 'loading' }
  /** The index could not load: nothing can be searched. */
  | { state: 'failed' }
  /** The index answered, but the display data of its results could not load. */
  | { state: 'displayFailed' }
  /** `count` results found (up to the limit), of which `results` are shown so far. */
  | { state: 'done'; query: string; results: SearchResult[]; count: number; more: boolean };

/** The state the island starts in: until it leaves it, the results the page drew stay. */
const notYet: Status = { state: 'idle' };

/** The results the page drew before the island came (search-first-results.ts), while they are there. */
const drawnResults = () => {
  const drawn = document.querySelector<HTMLElement>(firstResultsSelector);
  return drawn?.hasChildNodes() ? drawn : undefined;
};

/**
 * Removes the results the page drew before the island came, which the island's own now
 * replace in the same place and order; a link that had the focus gives it to the link in
 * the same place in the island's list.
 */
function removeFirstResults(root: HTMLElement | null): void {
  const drawn = drawnResults();
  if (!drawn) return;
  const focused = [...drawn.querySelectorAll('a')].findIndex((link) => link === document.activeElement);
  drawn.replaceChildren();
  if (focused >= 0) root?.querySelectorAll<HTMLElement>('.search__results a')[focused]?.focus();
}

export default function Search({ locale, indexUrl, action, strings, limit = resultLimit }: SearchProps) {
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>(notYet);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = (query: string, reply: SearchReply) =>
    setStatus(reply.ok ? { state: 'done', query, ...reply } : { state: reply.failure === 'index' ? 'failed' : 'displayFailed' });

  const run = async (text: string) => {
    const request = ++latest.current;
    // The address follows the search, so it can be linked or bookmarked; no history entry a keystroke.
    const url = new URL(window.location.href);
    if (text.trim()) url.searchParams.set('q', text);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
    if (!text.trim()) {
      setStatus({ state: 'idle' });
      return;
    }
    // Results on screen stay until the new ones come, the page's drawn ones too (a line
    // saying it is loading would push them down); otherwise the search says it is loading.
    setStatus((shown) => (shown.state === 'done' || drawnResults() ? shown : { state: 'loading' }));
    // The first few results, then all: on a weak line the first come a round of downloads sooner.
    const first = await search(indexUrl, text, limit, firstPart(limit));
    if (request !== latest.current) return;
    show(text, first);
    if (!first.ok || first.results.length >= first.count) return;
    const all = await search(indexUrl, text, limit);
    if (request !== latest.current) return;
    show(text, all);
  };

  // The box is uncontrolled: the page is built without a query, and the one in the address
  // is put in the box (by search-early.ts, before the island comes) and searched for once
  // the island runs. Someone who typed in the box before that gets what they typed searched.
  useEffect(() => {
    const initial = input.current?.value || new URLSearchParams(window.location.search).get('q') || '';
    if (initial && input.current) {
      input.current.value = initial;
      void run(initial);
    }
    return () => clearTimeout(timer.current);
    // Only once, on the first render in the browser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Before the screen is painted again, so that the two lists never show together.
  useLayoutEffect(() => {
    if (status !== notYet && status.state !== 'loading') removeFirstResults(root.current);
  }, [status]);

  const onChange = (text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(text), typingPause);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(input.current?.value ?? '');
  };

  // Loading and the two failures say their own string (search.loading, search.failed, search.displayFailed).
  const message =
    status.state === 'done' ? countLine(status, status.query, strings) : status.state === 'idle' ? '' : strings[`search.${status.state}`];

  return (
    <div className="search" ref={root} data-locale={locale} data-search-index={indexUrl} data-search-limit={limit}>
      <form role="search" aria-label={strings['search.title']} action={action} method="get" onSubmit={onSubmit}>
        <label htmlFor="search-q" className="search__label">
          {strings['search.label']}
        </label>
        <div className="search__row">
          <input
            id="search-q"
            type="search"
            name="q"
            ref={input}
            onChange={(event) => onChange(event.target.value)}
            onFocus={() => void search(indexUrl, '')}
            aria-describedby="search-hint"
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            dir="auto"
          />
          <button type="submit" className="button primary">
            {strings['search.button']}
          </button>
        </div>
        <p id="search-hint" className="search__hint">
          {strings['search.hint']}
        </p>
      </form>
      <p className="search__status" role="status">
        {message}
      </p>
      {status.state === 'done' && status.results.length > 0 && (
        <ol className="search__results" aria-label={strings['search.results']}>
          {status.results.map((result) => (
            <Result key={result.ref} result={result} strings={strings} />
          ))}
        </ol>
      )}
    </div>
  );
}
