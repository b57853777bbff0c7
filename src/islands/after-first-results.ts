/**
 * `client:after-first-results`, the search page's way of hydrating (registered by
 * build/client-directives.ts). Opened with `?q=`, the page draws the first results itself
 * (search-early.ts, search-first-results.ts), and the island's code, React above all,
 * downloads only once they are on the screen: on a weak line it would otherwise share the
 * line with the index and hold the results back. Opened without a query, the island
 * hydrates at once, as with `client:load`. Someone who comes to the box sooner does not
 * wait, and if the page's first script never started its search (its file did not load),
 * the island hydrates once the page is read, and searches itself.
 */
import type { ClientDirective } from 'astro';
import { hydrateOnce, whenPageRead } from './directive-parts';

/** The element after the island where the first results are drawn (search.astro). */
export const firstResultsSelector = '[data-search-first]';

/**
 * Its `data-state`: "searching" once the early search has started, "drawn" once its
 * reply is on the screen (or has failed, which the island then says).
 */
export type FirstResultsState = 'searching' | 'drawn';

/** Dispatched on the window when the state becomes "drawn". */
export const firstResultsDrawn = 'zdravei:first-results-drawn';

const afterFirstResults: ClientDirective = (load, _options, island) => {
  const hydrate = hydrateOnce(load);
  const state = () => document.querySelector<HTMLElement>(firstResultsSelector)?.dataset.state as FirstResultsState | undefined;
  if (!new URLSearchParams(window.location.search).get('q')?.trim() || state() === 'drawn') {
    hydrate();
    return;
  }
  window.addEventListener(firstResultsDrawn, hydrate, { once: true });
  island.addEventListener('focusin', hydrate, { once: true });
  // Without a search started once the page is read, none will be.
  whenPageRead(() => {
    if (state() === undefined) hydrate();
  });
};

export default afterFirstResults;
