/** What the search page and its worker (search-worker.ts) say to each other. */
import type { SearchReply } from './searcher';

export type ToSearchWorker =
  /** Start loading this index: someone is about to search. */
  { type: 'warm'; indexUrl: string } | { type: 'search'; id: number; indexUrl: string; query: string; limit: number };

/** The answer to the search of the same id. */
export type FromSearchWorker = { id: number } & SearchReply;
