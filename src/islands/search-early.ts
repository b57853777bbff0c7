/**
 * The search page's first script: when the page opens with `?q=` (a search link, or the
 * header's box sending the query here), it starts that search at once, before React and
 * the island have downloaded and hydrated. On a weak line this was the slow part: the
 * worker, the index and the display shards waited for the page's JavaScript, one after
 * another. The island (Search.tsx) then asks for the same search and gets this reply
 * (search-client.ts, searchEarly). Without `?q=` it does nothing: the index still loads
 * only when someone searches.
 */
import { searchEarly } from './search-client';

/** The island's root, as rendered at build time, names the index and how many results it shows. */
export function startEarlySearch(doc: Document = document, address: string = window.location.href): void {
  const query = new URL(address).searchParams.get('q') ?? '';
  const root = doc.querySelector<HTMLElement>('[data-search-index]');
  const indexUrl = root?.dataset.searchIndex;
  const limit = Number(root?.dataset.searchLimit);
  // Blank, the island searches nothing (Search.tsx), so nothing is started for it.
  if (!query.trim() || !indexUrl || !Number.isInteger(limit) || limit <= 0) return;
  searchEarly(indexUrl, query, limit);
}
