// @vitest-environment jsdom
/** client:after-first-results: the search island's code downloads after the page has drawn the first results of ?q=. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import afterFirstResults, { firstResultsDrawn } from '../../src/islands/after-first-results';

/** The directive run on the page at `address`, with a load() that counts how often the island hydrated. */
function directive(address: string, state?: 'searching' | 'drawn') {
  window.history.replaceState(null, '', address);
  document.body.innerHTML = `<astro-island><input></astro-island><div data-search-first ${state ? `data-state="${state}"` : ''}></div>`;
  const hydrated = vi.fn();
  const load = vi.fn(async () => async () => hydrated());
  const island = document.querySelector<HTMLElement>('astro-island')!;
  afterFirstResults(load, { name: 'after-first-results', value: '' }, island);
  return { hydrated, load, island };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('client:after-first-results', () => {
  it('hydrates at once on a page without a query', async () => {
    const { hydrated } = directive('/en/search/');
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
  });

  it('with ?q=, waits for the first results to be drawn, then hydrates once', async () => {
    const { hydrated, load } = directive('/en/search/?q=mechka', 'searching');
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(firstResultsDrawn));
    window.dispatchEvent(new Event(firstResultsDrawn));
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
    expect(load).toHaveBeenCalledOnce();
  });

  it('hydrates at once when the results were drawn before it ran', async () => {
    const { hydrated } = directive('/en/search/?q=mechka', 'drawn');
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
  });

  it('does not make someone who comes to the box wait for the results', async () => {
    const { hydrated, island, load } = directive('/en/search/?q=mechka', 'searching');
    island.querySelector('input')!.focus();
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
    window.dispatchEvent(new Event(firstResultsDrawn));
    await Promise.resolve();
    expect(load).toHaveBeenCalledOnce();
  });

  it('hydrates when the page is read and no search was started (the first script did not load)', async () => {
    // jsdom has read the page already: the check runs at once.
    const { hydrated } = directive('/en/search/?q=mechka');
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
  });
});
