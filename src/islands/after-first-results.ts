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
  let started = false;
  const hydrate = async () => {
    if (started) return;
    started = true;
    // A failure to load is left unhandled on purpose: lib/browser/island-failure.ts shows its message.
    const run = await load();
    await run();
  };
  const state = () => document.querySelector<HTMLElement>(firstResultsSelector)?.dataset.state as FirstResultsState | undefined;
  if (!new URLSearchParams(window.location.search).get('q')?.trim() || state() === 'drawn') {
    void hydrate();
    return;
  }
  window.addEventListener(firstResultsDrawn, () => void hydrate(), { once: true });
  island.addEventListener('focusin', () => void hydrate(), { once: true });
  // Module scripts have all run by DOMContentLoaded: without a search started by then, none will be.
  const unlessSearching = () => {
    if (state() === undefined) void hydrate();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', unlessSearching, { once: true });
  else unlessSearching();
};

export default afterFirstResults;
