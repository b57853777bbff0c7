/**
 * What the site's own `client:` directives share (after-first-results.ts for search,
 * after-first-screen.ts for the learners page): both wait for the page's own first
 * drawing, and hydrate once, whichever of several signs comes first.
 */
import type { ClientDirective } from 'astro';

/** Hydrates the island the first time it is called; later calls do nothing. */
export function hydrateOnce(load: Parameters<ClientDirective>[0]): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    // A failure to load is left unhandled on purpose: lib/browser/island-failure.ts shows its message.
    void load().then((run) => run());
  };
}

/**
 * Runs `check` once the page has been read. Module scripts have all run by
 * DOMContentLoaded: a first script that has not started by then never will.
 */
export function whenPageRead(check: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
