// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { lazyPart } from '../../src/islands/lazy-part';
import { watchIslandFailures } from '../../src/lib/browser/island-failure';

// The page's script listens for islands whose later code cannot load (OfflineStatus.astro).
watchIslandFailures(document);

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The page's message for an island that could not load (OfflineStatus.astro). */
function pageTemplate() {
  document.body.insertAdjacentHTML(
    'afterbegin',
    '<template data-island-failed><div class="island-failed" role="alert"><p>This part could not load</p><button>Try again</button></div></template>',
  );
}

it('shows the part once its code has loaded, and the fallback until then', async () => {
  const Part = lazyPart(async () => ({ default: ({ name }: { name: string }) => <p>Hello {name}</p> }));
  render(<Part name="Ана" fallback={<p>Loading…</p>} />);
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  expect(await screen.findByText('Hello Ана')).toBeInTheDocument();
});

it("shows the page's island-failed message, with its button, when the part's code cannot load", async () => {
  pageTemplate();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const Part = lazyPart<{ name: string }>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /_astro/x.js')));
  const island = document.createElement('astro-island');
  document.body.append(island);
  render(<Part name="Ана" fallback={<p>Loading…</p>} />, { container: island });
  expect(await screen.findByRole('alert')).toHaveTextContent('This part could not load');
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  expect(island.nextElementSibling).toHaveClass('island-failed');
});
