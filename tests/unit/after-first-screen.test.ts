// @vitest-environment jsdom
/** client:after-first-screen: the learners island's code downloads after the page has drawn the cards itself. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import afterFirstScreen, { firstScreenSettled, type FirstScreenState } from '../../src/islands/after-first-screen';

/** The directive run on the learners page, with a load() that counts how often the island hydrated. */
function directive(state?: FirstScreenState, withPlace = true) {
  document.body.innerHTML = `${withPlace ? `<div data-learners-first ${state ? `data-state="${state}"` : ''}><button>card</button></div>` : ''}<astro-island><p></p></astro-island>`;
  const hydrated = vi.fn();
  const load = vi.fn(async () => async () => hydrated());
  const island = document.querySelector<HTMLElement>('astro-island')!;
  afterFirstScreen(load, { name: 'after-first-screen', value: '' }, island);
  return { hydrated, load, island };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('client:after-first-screen', () => {
  it('waits while the first script reads the cards, then hydrates once it has drawn them, once', async () => {
    const { hydrated, load } = directive('reading');
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(firstScreenSettled));
    window.dispatchEvent(new Event(firstScreenSettled));
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
    expect(load).toHaveBeenCalledOnce();
  });

  it.each(['drawn', 'none'] as const)('hydrates at once when the first screen was %s before it ran', async (state) => {
    const { hydrated } = directive(state);
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
  });

  it('does not make a child who taps a drawn card wait for anything else', async () => {
    const { hydrated, load } = directive('reading');
    document.querySelector('button')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
    window.dispatchEvent(new Event(firstScreenSettled));
    await Promise.resolve();
    expect(load).toHaveBeenCalledOnce();
  });

  it('hydrates when the page is read and the first script never started (its file did not load)', async () => {
    // jsdom has read the page already: the check runs at once.
    const { hydrated } = directive();
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
  });

  it('hydrates at once on a page without a place for the first screen', async () => {
    const { hydrated } = directive(undefined, false);
    await vi.waitFor(() => expect(hydrated).toHaveBeenCalledOnce());
  });
});
