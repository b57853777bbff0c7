/**
 * The search page's first script: when the page opens with `?q=` (a search link, or the
 * header's box sending the query here), it starts that search at once and draws its first
 * results itself (search-first-results.ts), before React has downloaded: the island waits
 * for them (after-first-results.ts), so that on a weak line the index has the line to
 * itself. The island then asks for the same search, gets this reply (search-client.ts,
 * searchEarly), shows it and the rest, and the results drawn here give way. Without `?q=`
 * it does nothing: the index still loads only when someone searches.
 */
import { firstResultsDrawn, firstResultsSelector, type FirstResultsState } from './after-first-results';
import { searchEarly } from './search-client';
import { drawFirstResults, type FirstResultsStrings } from './search-first-results';

/** The island's root, as rendered at build time, names the index and how many results it shows. */
export function startEarlySearch(doc: Document = document, address: string = window.location.href): void {
  const query = new URL(address).searchParams.get('q') ?? '';
  const root = doc.querySelector<HTMLElement>('[data-search-index]');
  const indexUrl = root?.dataset.searchIndex;
  const limit = Number(root?.dataset.searchLimit);
  // Blank, the island searches nothing (Search.tsx), so nothing is started for it.
  if (!root || !query.trim() || !indexUrl || !Number.isInteger(limit) || limit <= 0) return;
  const reply = searchEarly(indexUrl, query, limit);
  // The query in the box beside its results; the island keeps what is in the box when it comes.
  const box = root.querySelector<HTMLInputElement>('input[name="q"]');
  if (box && !box.value) box.value = query;
  const place = doc.querySelector<HTMLElement>(firstResultsSelector);
  if (!place) return;
  const mark = (state: FirstResultsState) => (place.dataset.state = state);
  mark('searching');
  void reply.then((found) => {
    // The island may have come first (someone came to the box): its own results are shown then.
    if (!root.querySelector('.search__results, .search__status:not(:empty)')) {
      drawFirstResults(place, query, found, JSON.parse(place.dataset.strings ?? '{}') as FirstResultsStrings);
    }
    mark('drawn');
    doc.defaultView?.dispatchEvent(new Event(firstResultsDrawn));
  });
}
