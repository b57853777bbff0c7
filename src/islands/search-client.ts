/**
 * How the search page reaches the search: a module Web Worker (lib/search/search-worker.ts)
 * that loads the index and answers queries off the page's thread, so typing and
 * scrolling stay smooth while an old computer rebuilds the index. Where there is no
 * Worker (component tests in jsdom, very old browsers), or the worker cannot start, the
 * same searcher runs on the page, imported on demand. Either way lunr loads only when
 * someone first searches (or focuses the box).
 */
import type { Searcher, SearchReply } from '../lib/search/searcher';
import type { FromSearchWorker, ToSearchWorker } from '../lib/search/worker-messages';

type Search = Extract<ToSearchWorker, { type: 'search' }>;

/** undefined: not started; null: none in this browser, or it failed to start. */
let worker: Worker | null | undefined;
const waiting = new Map<number, { message: Search; resolve: (reply: SearchReply) => void }>();
let lastId = 0;

const onPage = new Map<string, Promise<Searcher>>();
function searcherOnPage(indexUrl: string): Promise<Searcher> {
  let searcher = onPage.get(indexUrl);
  if (!searcher) {
    searcher = import('../lib/search/searcher').then(({ createSearcher }) => createSearcher(indexUrl));
    // The code itself could not load (offline before it was kept): try again next time.
    searcher.catch(() => onPage.delete(indexUrl));
    onPage.set(indexUrl, searcher);
  }
  return searcher;
}

async function searchOnPage({ indexUrl, query, limit }: Search): Promise<SearchReply> {
  try {
    const { reply } = await import('../lib/search/searcher');
    return reply(await searcherOnPage(indexUrl), query, limit);
  } catch {
    return { ok: false, failure: 'index' };
  }
}

/** The worker, started the first time; null where there is none. */
function searchWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== 'function') return worker;
  try {
    const started = new Worker(new URL('../lib/search/search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
    started.addEventListener('message', ({ data }: MessageEvent<FromSearchWorker>) => {
      const { id, ...answer } = data;
      waiting.get(id)?.resolve(answer);
      waiting.delete(id);
    });
    // The worker's script failed to load or run (a browser without module workers):
    // what it was asked is answered on the page, and so is everything after.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      started.terminate();
      worker = null;
      for (const [id, { message, resolve }] of waiting) {
        waiting.delete(id);
        void searchOnPage(message).then(resolve);
      }
    });
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts loading the index of this help language. */
export function warmSearch(indexUrl: string): void {
  const started = searchWorker();
  if (started) started.postMessage({ type: 'warm', indexUrl } satisfies ToSearchWorker);
  else
    void searcherOnPage(indexUrl).then(
      (searcher) => searcher.warm(),
      () => undefined,
    );
}

/** The best `limit` results for a query, or which file could not load. Never rejects. */
export function search(indexUrl: string, query: string, limit: number): Promise<SearchReply> {
  const message: Search = { type: 'search', id: ++lastId, indexUrl, query, limit };
  const started = searchWorker();
  if (!started) return searchOnPage(message);
  return new Promise((resolve) => {
    waiting.set(message.id, { message, resolve });
    started.postMessage(message);
  });
}
