/** What the search page and its worker (search-worker.ts) say to each other. */
import type { SearchReply } from './searcher';

/** A search; its number comes back with the reply. An empty query only loads the index. */
export interface ToSearchWorker {
  id: number;
  indexUrl: string;
  query: string;
  limit: number;
  /** How many of those to make ready to show now (all when absent); the page asks for the rest after showing them. */
  shown?: number;
  /** The index file's bytes, when the page has already downloaded it (islands/search-client.ts, searchEarly). */
  indexData?: ArrayBuffer;
}

/** The answer to the search of the same number. */
export type FromSearchWorker = { id: number } & SearchReply;
