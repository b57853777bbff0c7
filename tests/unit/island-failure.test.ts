// @vitest-environment jsdom
import { failedIslands, showFailure } from '../../src/lib/browser/island-failure';

beforeEach(() => {
  document.body.innerHTML = `
    <astro-island id="listen" component-url="/_astro/ListenAndChoose.Ab12.js" renderer-url="/_astro/client.Cd34.js"></astro-island>
    <astro-island id="cards" component-url="/_astro/Flashcards.Ef56.js" renderer-url="/_astro/client.Cd34.js"></astro-island>
    <template data-island-failed><div class="island-failed" role="alert"><p>This part could not load</p><button>Try again</button></div></template>`;
});

it('finds the island whose code a failed import names', () => {
  const message = 'Failed to fetch dynamically imported module: http://localhost:4400/_astro/ListenAndChoose.Ab12.js';
  expect(failedIslands(document, message).map((island) => island.id)).toEqual(['listen']);
  expect(failedIslands(document, 'Failed to fetch dynamically imported module: http://localhost:4400/_astro/client.Cd34.js')).toHaveLength(
    2,
  );
  expect(failedIslands(document, 'Failed to fetch dynamically imported module: http://localhost/_astro/Other.js')).toEqual([]);
});

it('puts the message after each failed island once, and its button reloads', () => {
  const reload = vi.fn();
  const islands = [document.getElementById('listen')!];
  showFailure(document, islands, reload);
  showFailure(document, islands, reload);
  const shown = document.querySelectorAll('.island-failed');
  expect(shown).toHaveLength(1);
  expect(islands[0]!.nextElementSibling).toBe(shown[0]);
  shown[0]!.querySelector('button')!.click();
  expect(reload).toHaveBeenCalledOnce();
});
