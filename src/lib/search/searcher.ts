/**
 * Search as the page uses it: loads the index of one help language once, answers each
 * query from it, and loads only the display shards of the results it shows
 * (lib/search/display.ts), each once. The same code runs in the search worker
 * (search-worker.ts) and, where there is no Worker, on the page itself.
 */
import { routes } from '../routes';
import { shardOf, shardsFor } from './display';
import { openIndex, showResult, SearchPayloadError, type OpenIndex, type SearchResult } from './engine';
import { payloadVersion, type DisplayShard, type SearchIndexFile, type StoredDoc } from './payload';
import type { ToSearchWorker } from './worker-messages';

/** Which file could not be loaded: the index (nothing can be searched) or a display shard (results found, not shown). */
export type SearchFailure = 'index' | 'display';

export class SearchLoadError extends Error {
  override name = 'SearchLoadError';
  constructor(
    readonly failure: SearchFailure,
    cause: unknown,
  ) {
    super(`search ${failure} could not load: ${String(cause)}`, { cause });
  }
}

export interface SearchAnswer {
  /** The first `shown` of the results, ready to show. */
  results: SearchResult[];
  /** How many results there are, up to the limit: more than `results` when only the first were asked for. */
  count: number;
  /** Whether there are more results than the limit. */
  more: boolean;
}

export interface Searcher {
  /** Starts loading the index, so that a search after it waits less. */
  warm(): void;
  /**
   * The best `limit` results, of which only the first `shown` are made ready to show (and
   * their display shards loaded): on a weak line the first few results come a round of
   * downloads sooner than twenty. Rejects with a SearchLoadError when a file cannot load;
   * the next search tries it again.
   */
  search(query: string, limit: number, shown?: number): Promise<SearchAnswer>;
}

export type FetchJson = (url: string) => Promise<unknown>;

export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

/** A promise kept until it fails, so that a failed load is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => (pending = undefined));
    }
    return pending;
  };
}

export function createSearcher(indexUrl: string, load: FetchJson = fetchJson): Searcher {
  const index = once(async (): Promise<OpenIndex> => {
    try {
      return openIndex((await load(indexUrl)) as SearchIndexFile);
    } catch (error) {
      throw new SearchLoadError('index', error);
    }
  });
  const shards = new Map<number, () => Promise<readonly StoredDoc[]>>();
  const shard = (opened: OpenIndex, n: number) => {
    let get = shards.get(n);
    if (!get) {
      get = once(async () => {
        try {
          const file = (await load(routes.searchDisplay(opened.locale, n))) as DisplayShard;
          if (file?.version !== payloadVersion || file.first !== opened.shards[n]) {
            throw new SearchPayloadError(`display shard ${n} is not of this index`);
          }
          return file.docs;
        } catch (error) {
          throw new SearchLoadError('display', error);
        }
      });
      shards.set(n, get);
    }
    return get();
  };

  return {
    warm: () => void index().catch(() => undefined),
    async search(query, limit, shownAtMost = limit) {
      const opened = await index();
      // One more than the limit, to know whether there are more than that.
      const found = opened.match(query, limit + 1);
      const count = Math.min(found.length, limit);
      const shown = found.slice(0, Math.min(shownAtMost, count));
      const needed = shardsFor(
        shown.map((match) => match.ref),
        opened.shards,
      );
      const loaded = new Map(await Promise.all(needed.map(async (n) => [n, await shard(opened, n)] as const)));
      const results = shown.flatMap((match) => {
        const n = shardOf(match.ref, opened.shards);
        const doc = loaded.get(n)?.[match.ref - (opened.shards[n] ?? 0)];
        return doc ? [showResult(match, doc)] : [];
      });
      return { results, count, more: found.length > limit };
    },
  };
}

/** A search's outcome as plain data, as the worker posts it to the page. */
export type SearchReply = ({ ok: true } & SearchAnswer) | { ok: false; failure: SearchFailure };

/** Searches and says how it went; never rejects. */
export async function reply(searcher: Searcher, query: string, limit: number, shown = limit): Promise<SearchReply> {
  try {
    return { ok: true, ...(await searcher.search(query, limit, shown)) };
  } catch (error) {
    if (error instanceof SearchLoadError) return { ok: false, failure: error.failure };
    // Should never happen (see query.ts); if it does, the page keeps working and says nothing was found.
    console.error('Search failed:', error);
    return { ok: true, results: [], count: 0, more: false };
  }
}

/** `load`, except that the index the page has already downloaded is read from its bytes, the first time. */
export function withDownloaded(indexUrl: string, data: ArrayBuffer, load: FetchJson = fetchJson): FetchJson {
  let bytes: ArrayBuffer | undefined = data;
  return async (url) => {
    if (url !== indexUrl || !bytes) return load(url);
    const text = new TextDecoder().decode(bytes);
    // Once only: if these bytes do not parse, the next search fetches the file again.
    bytes = undefined;
    return JSON.parse(text) as unknown;
  };
}

const searchers = new Map<string, Searcher>();

/** What the worker, or the page where there is none, answers a message: one searcher per index for its life. */
export function answer({ indexUrl, query, limit, shown, indexData }: ToSearchWorker): Promise<SearchReply> {
  let searcher = searchers.get(indexUrl);
  if (!searcher)
    searchers.set(indexUrl, (searcher = createSearcher(indexUrl, indexData ? withDownloaded(indexUrl, indexData) : fetchJson)));
  return reply(searcher, query, limit, shown);
}
