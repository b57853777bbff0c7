/**
 * `client:after-first-screen`, the learners page's way of hydrating (registered by
 * build/client-directives.ts). The page's first script draws the children's cards itself
 * (learners-early.ts, learners-first-screen.ts), and the island's code, React above all,
 * is asked for only once they are on the screen: downloading alongside, it held the
 * cards back (on Lighthouse's mobile profile the largest paint came 0.8–1.2 s after the
 * first). A tap on a drawn card is kept for the island, and starts its download at once.
 * If the first script drew nothing (storage unusable), or never started (its file did not
 * load), the island hydrates at once, or once the page is read.
 */
import type { ClientDirective } from 'astro';
import { hydrateOnce, whenPageRead } from './directive-parts';

/** The element before the island where the first screen is drawn (learners.astro). */
export const firstScreenSelector = '[data-learners-first]';

/**
 * Its `data-state`: "reading" once the first script has started, then "drawn", or "none"
 * when it drew nothing; "taken" once the island has put its own screen in its place.
 */
export type FirstScreenState = 'reading' | 'drawn' | 'none' | 'taken';

/** Dispatched on the window when the state leaves "reading". */
export const firstScreenSettled = 'zdravei:first-screen-settled';

const afterFirstScreen: ClientDirective = (load, _options, island) => {
  const hydrate = hydrateOnce(load);
  const place = document.querySelector<HTMLElement>(firstScreenSelector);
  const state = () => place?.dataset.state as FirstScreenState | undefined;
  if (!place || (state() !== undefined && state() !== 'reading')) {
    hydrate();
    return;
  }
  window.addEventListener(firstScreenSettled, hydrate, { once: true });
  // A child who taps or comes to a card by keyboard does not wait for anything else.
  for (const where of [place, island]) {
    where.addEventListener('pointerdown', hydrate, { once: true });
    where.addEventListener('focusin', hydrate, { once: true });
  }
  // Without the first script started once the page is read, it never will be.
  whenPageRead(() => {
    if (state() === undefined) hydrate();
  });
};

export default afterFirstScreen;
