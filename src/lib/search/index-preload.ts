/**
 * A search link's index, asked for while the page's head is still being read. The search
 * page's first script (islands/search-early.ts) fetches the index as well, but only once
 * its own modules have arrived: on a weak line (400 ms for every request) that was 1.7 s
 * after the start, with the line half idle until then. This script is inline in the head
 * (components/SearchIndexPreload.astro), so the index leaves with the page's first files,
 * and the early script's `fetch()` takes the preloaded answer instead of asking again: the
 * same address, mode (cors) and credentials (same-origin, `crossorigin="anonymous"`).
 *
 * Only with a query (`?q=`, not blank, as search-early.ts checks): a search page opened
 * without one loads no index until someone searches. Plain JavaScript without imports, run
 * as written: the page's policy allows it by its hash, which the component adds.
 */
export const indexPreloadScript = `(function (script) {
  var query = new URLSearchParams(location.search).get('q');
  var index = script && script.dataset.indexPreload;
  if (!index || !query || !query.trim()) return;
  var link = document.createElement('link');
  link.setAttribute('rel', 'preload');
  link.setAttribute('as', 'fetch');
  link.setAttribute('crossorigin', 'anonymous');
  link.setAttribute('href', index);
  document.head.appendChild(link);
})(document.currentScript);`;
