import { expect, test, type Page } from '@playwright/test';
import { withFakeMicrophone } from './chromium-launch';
import { createLearner } from './learner-steps';
import { showExercise } from './sequence-steps';

// Chromium's fake microphone and no permission prompt; the rest as in playwright.config.ts.
test.use(withFakeMicrophone);

interface StoreSummary {
  count: number;
  /** Rows holding a Blob anywhere inside them. */
  blobs: number;
}

/** Every object store of the site's database, read with the raw IndexedDB API: its rows, and those holding audio. */
function readDatabase(page: Page): Promise<Record<string, StoreSummary>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zdravei');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const holdsBlob = (value: unknown): boolean =>
      value instanceof Blob || (typeof value === 'object' && value !== null && Object.values(value).some(holdsBlob));
    const summary: Record<string, { count: number; blobs: number }> = {};
    for (const name of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      summary[name] = { count: rows.length, blobs: rows.filter(holdsBlob).length };
    }
    db.close();
    return summary;
  });
}

test('a child records themself on a word card, hears it, and nothing of it is kept', async ({ page }) => {
  // Which sources the browser's audio elements really played (the page's rules allowed
  // them and the sound decoded): the child's take is a blob: URL.
  await page.addInitScript(() => {
    const played: string[] = [];
    (window as unknown as { playedTakes: string[] }).playedTakes = played;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const src = this.src;
      const started = play.call(this);
      void started.then(() => played.push(src));
      return started;
    };
  });
  // The model after the take: the word's generated file.
  const modelRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/audio/words/')) modelRequests.push(request.url());
  });
  const playedTakes = () => page.evaluate(() => (window as unknown as { playedTakes: string[] }).playedTakes);

  await createLearner(page, 'Ana', 0);
  await page.goto('/en/lessons/language/greetings/');
  const deck = page.getByRole('region', { name: 'Word cards' }).first();
  await showExercise(page, page.locator('.flashcards').first());
  await expect(deck.locator('..')).not.toHaveAttribute('ssr', '');
  const before = await readDatabase(page);
  expect(before.recordings).toEqual({ count: 0, blobs: 0 });

  await deck.getByRole('button', { name: 'Say it yourself' }).click();
  await expect(deck.getByRole('meter', { name: 'Your voice' })).toBeVisible();
  await page.waitForTimeout(1200);
  await deck.getByRole('button', { name: 'Stop' }).click();
  // Theirs first, from memory.
  await expect.poll(playedTakes).toEqual([expect.stringMatching(/^blob:/)]);
  const [take] = await playedTakes();
  // Then the model, once the take has ended.
  await expect.poll(() => modelRequests.length).toBeGreaterThan(0);

  // As many times as they like: the same take again.
  const listen = deck.getByRole('button', { name: 'Listen: you, then the word' });
  await listen.click();
  await expect.poll(playedTakes).toEqual([take, take]);
  await expect(deck.getByText('Sorry, this sound cannot play here.')).toHaveCount(0);

  // Another card: the take is freed at once.
  await deck.getByRole('button', { name: 'Next card' }).click();
  await expect(listen).toHaveCount(0);
  const readable = await page.evaluate(
    (url) =>
      fetch(url!).then(
        () => true,
        () => false,
      ),
    take,
  );
  expect(readable).toBe(false);

  // Leaving the page: nothing new in any store, no audio anywhere in the database.
  await page.goto('/en/me/');
  const after = await readDatabase(page);
  expect(after).toEqual(before);
  expect(Object.entries(after).filter(([, store]) => store.blobs > 0)).toEqual([]);
  expect(after.recordings?.count).toBe(0);
});
