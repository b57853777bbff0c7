/**
 * How the search page reaches the search: a module Web Worker (lib/search/search-worker.ts)
 * that loads the index and answers queries off the page's thread, so typing and
 * scrolling stay smooth while an old computer rebuilds the index. Where there is no
 * Worker (component tests in jsdom, very old browsers), or once its script has failed to
 * start, the same searcher runs on the page, imported on demand. Either way lunr loads only when
 * someone first searches or comes to the box. Kept small: it is loaded up front.
 *
 * A page opened with `?q=` starts its search before React has hydrated (searchEarly, called
 * by search-early.ts): on a slow line the worker, the index and the display shards then
 * download alongside React instead of after it, and the island takes over that search.
 *
 * A search is asked for in two parts (Search.tsx): the first few results (firstPart), then
 * all of them. Each result's display data is in its own shard more often than not, so the
 * first few need a third of the downloads of twenty, and a sixth of the drawing.
 */
import { loadOnce } from '../lib/browser/load-once';
import type { SearchReply } from '../lib/search/searcher';
import type { FromSearchWorker, ToSearchWorker } from '../lib/search/worker-messages';

/** undefined: not started yet; null: none in this browser, or it failed to start. */
let worker: Worker | null | undefined;
const waiting = new Map<number, (reply: SearchReply) => void>();
let lastId = 0;

/**
 * The searcher's code for running on the page, imported once, and again after a failure.
 * Its download starts as soon as the page knows it has no worker (startWorker), so that
 * it comes alongside the index rather than after it: one round of requests less on a
 * weak line.
 */
const searcherOnPage = loadOnce(() => import('../lib/search/searcher'));

const onPage = (message: ToSearchWorker): Promise<SearchReply> =>
  searcherOnPage().then(
    ({ answer }) => answer(message),
    // The code itself could not load (offline before it was kept).
    (): SearchReply => ({ ok: false, failure: 'index' }),
  );

/** Starts downloading the on-page searcher now; a failure is left to the search that needs it. */
const prepareOnPage = () => void searcherOnPage().catch(() => undefined);

/** How many results the search page shows (Search.tsx); the early search asks for as many. */
export const resultLimit = 20;

/**
 * How many results are shown first, before the rest: about a screen of them. On the slow
 * profile (docs/search.md) the first four need four display shards and about 10 KB, where
 * twenty need nine and about 28 KB, and React draws them in a fifth of the time.
 */
export const firstResults = 4;

/** How many of `limit` results a search shows first. */
export const firstPart = (limit: number): number => Math.min(firstResults, limit);

/** The search started before the island ran, until the island asks for the same one. */
let early: { key: string; reply: Promise<SearchReply> } | undefined;
const keyOf = (indexUrl: string, query: string, limit: number, shown: number) => JSON.stringify([indexUrl, query, limit, shown]);

/**
 * The index file as the page fetched it itself (searchEarly), until the first search of
 * that index takes it to the worker. undefined inside: the download failed, and the
 * worker fetches the file as it always does (and fails, or not, the same way).
 */
let fetched: { indexUrl: string; data: Promise<ArrayBuffer | undefined> } | undefined;

/**
 * Starts a search now, so that the same search asked for later (once) gets its reply
 * without asking again; meanwhile the page draws that reply itself (search-early.ts). The
 * page downloads the index itself, while the worker's script downloads, instead of the
 * worker fetching it once that script has run: on a weak line that wait was a second or
 * more. Only the first part of the results is asked for, as the island asks for it first.
 */
export function searchEarly(indexUrl: string, query: string, limit = resultLimit, shown = firstPart(limit)): Promise<SearchReply> {
  fetched = {
    indexUrl,
    data: fetch(indexUrl)
      .then((response) => (response.ok ? response.arrayBuffer() : undefined))
      .catch(() => undefined),
  };
  early = { key: keyOf(indexUrl, query, limit, shown), reply: ask(indexUrl, query, limit, shown) };
  return early.reply;
}

/**
 * The best `limit` results, the first `shown` of them ready to show, or which file could
 * not load; never rejects. An empty query only loads the index.
 */
export function search(indexUrl: string, query: string, limit = 0, shown = limit): Promise<SearchReply> {
  const started = early;
  if (started?.key === keyOf(indexUrl, query, limit, shown)) {
    // Taken once: a later search for the same words asks again, as a retry after a failure must.
    early = undefined;
    return started.reply;
  }
  return ask(indexUrl, query, limit, shown);
}

async function ask(indexUrl: string, query: string, limit: number, shown: number): Promise<SearchReply> {
  const message: ToSearchWorker = { id: ++lastId, indexUrl, query, limit, shown };
  // Started now, so that its script downloads while the index does.
  startWorker();
  const download = fetched?.indexUrl === indexUrl ? fetched.data : undefined;
  if (download) {
    // Every search of that index waits for the page's download, in the order asked; the first takes it along.
    const data = await download;
    if (fetched?.data === download) {
      fetched = undefined;
      if (data) message.indexData = data;
    }
  }
  // Without a download to wait for, sent at once (before this function returns).
  return send(message);
}

function startWorker(): void {
  if (worker !== undefined) return;
  try {
    worker = new Worker(new URL('../lib/search/search-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data: { id, ...reply } }: MessageEvent<FromSearchWorker>) => {
      waiting.get(id)?.(reply);
      waiting.delete(id);
    };
    // Its script failed to load or run: what it was asked fails (the page offers to try
    // again), and everything after is answered on the page.
    worker.onerror = () => {
      worker = null;
      prepareOnPage();
      for (const resolve of waiting.values()) resolve({ ok: false, failure: 'index' });
      waiting.clear();
    };
  } catch {
    // No Worker here (jsdom), or it refused to start.
    worker = null;
    prepareOnPage();
  }
}

function send(message: ToSearchWorker): Promise<SearchReply> {
  const to = worker;
  if (!to) return onPage(message);
  return new Promise((resolve) => {
    waiting.set(message.id, resolve);
    // The index's bytes are handed over, not copied.
    to.postMessage(message, message.indexData ? [message.indexData] : []);
  });
}
