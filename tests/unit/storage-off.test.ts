// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { showStorageOff } from '../../src/lib/browser/storage-off';

const page = (islands: boolean) => {
  document.body.innerHTML = `<p data-storage-off hidden>Progress will not be kept</p>${islands ? '<astro-island component-url="/_astro/ChildHome.Ab12.js"></astro-island>' : '<astro-island component-url="/_astro/Flashcards.Cd34.js"></astro-island>'}`;
  return document.querySelector<HTMLElement>('[data-storage-off]')!;
};
const saved = Object.getOwnPropertyDescriptor(window, 'indexedDB');
afterEach(() => {
  if (saved) Object.defineProperty(window, 'indexedDB', saved);
});

it('says so in the header of a lesson or guide when the browser has no IndexedDB', () => {
  Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  const notice = page(false);
  showStorageOff(document);
  expect(notice.hidden).toBe(false);
});

it('stays quiet on the learner pages, whose islands say it themselves, and where storage works', () => {
  Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  const withIslands = page(true);
  showStorageOff(document);
  expect(withIslands.hidden).toBe(true);
  if (saved) Object.defineProperty(window, 'indexedDB', saved);
  Object.defineProperty(window, 'indexedDB', { value: {}, configurable: true });
  const working = page(false);
  showStorageOff(document);
  expect(working.hidden).toBe(true);
});
