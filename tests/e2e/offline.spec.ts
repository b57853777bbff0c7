import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { createLearner, openTutor } from './learner-steps';
import { showExercise, waitForSequence } from './sequence-steps';
import { dist, startStaticServer, type StaticServer } from './static-server';

/**
 * Offline against the built site, with the server itself stopped (not an emulated
 * offline, which lets some requests through): the service worker (src/sw/) keeps the
 * help language's pages, the audio the tutor chose to keep, and the progress store
 * never depended on the network. Then an update: a second version is picked up, and a
 * child in the middle of an exercise is not interrupted.
 */

// The rest of the suite runs without service workers (playwright.config.ts); these need them.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const visited = '/en/lessons/language/greetings/';
const neverVisited = '/en/lessons/history/founding-681/';

async function openSite(browser: Browser, server: StaticServer): Promise<{ page: Page; refusals: string[] }> {
  const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`);
  });
  return { page, refusals };
}

/**
 * The service worker controls the page and the help language's pages are all kept (about
 * 1,150 pages and the shell: 20 to 60 s on a busy machine). The first version taking the
 * page over is no update: nothing is offered.
 */
async function waitOfflineReady(page: Page, locale: string) {
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', locale, { timeout: 120_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator('[data-update-offer]')).toBeHidden();
}

/** Answers the store holds for a lesson, read with the browser's IndexedDB API. */
function answersFor(page: Page, lessonId: string): Promise<number> {
  return page.evaluate(async (lesson) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zdravei');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ lessonId: string }[]>((resolve, reject) => {
      const request = db.transaction('answers').objectStore('answers').getAll();
      request.onsuccess = () => resolve(request.result as { lessonId: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.filter((answer) => answer.lessonId === lesson).length;
  }, lessonId);
}

/** Brings an exercise on screen (a chosen learner sees one at a time), hydrated. */
async function bringUp(page: Page, exercise: Locator, learning = true) {
  if (learning) await waitForSequence(page);
  await showExercise(page, exercise);
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('xpath=..')).not.toHaveAttribute('ssr', '');
}

/** Answers the current round of the first listen-and-choose exercise rightly; `learning`: a learner is chosen. */
async function answerOneRound(page: Page, learning = true) {
  const listen = page.locator('section.exercise.listen').first();
  await bringUp(page, listen, learning);
  const asked = await listen.locator('.exercise__prompt').getAttribute('data-word');
  await listen.locator(`.choice[data-word="${asked}"]`).click();
  await expect(listen.locator('.feedback--right')).toBeVisible();
  return listen;
}

test('with the server stopped, a lesson never visited renders, answers, plays a kept word and survives a reload', async ({ browser }) => {
  test.setTimeout(480_000);
  const server = await startStaticServer();
  const { page, refusals } = await openSite(browser, server);
  try {
    await page.goto('/en/');
    await waitOfflineReady(page, 'en');
    await createLearner(page, 'Мира', 2);
    await page.goto(visited);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The tutor keeps every sound: a progress bar, then done.
    await openTutor(page);
    const offline = page.getByRole('region', { name: 'Use without the internet' });
    await expect(offline).toContainText(/take \d+(\.\d)? MB/);
    await offline.getByRole('button', { name: 'Make everything available offline' }).click();
    await expect(offline.locator('progress')).toBeVisible();
    // Every Bulgarian sound, and the English instructions and quiz questions: 1,914 files,
    // 17.3 MB. All languages' (2,398 files) once took more than 150 s in a loaded CI rehearsal.
    await expect(offline.getByText('Everything is available offline.')).toBeVisible({ timeout: 330_000 });
    // Only this computer's help language: English questions kept, Arabic ones not.
    const kept = await page.evaluate(async () =>
      (await (await caches.open('zdravei-audio')).keys()).map((request) => new URL(request.url).pathname),
    );
    expect(kept.filter((file) => file.startsWith('/audio/quiz/en/')).length).toBeGreaterThan(80);
    expect(kept.filter((file) => file.startsWith('/audio/quiz/ar/'))).toEqual([]);

    await server.stop();

    await page.goto(neverVisited);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Working offline: everything you do is kept.')).toBeVisible();
    // A word plays from the kept audio, answered by the service worker.
    const sound = page.waitForResponse((response) => response.url().includes('/audio/words/'));
    const deck = page.locator('.flashcards').first();
    await bringUp(page, deck);
    await deck.locator('.audio-button__play').first().click();
    const heard = await sound;
    expect(heard.ok()).toBe(true);
    expect(heard.fromServiceWorker()).toBe(true);
    await expect(deck.locator('.audio-button').first()).toHaveAttribute('data-state', /playing|idle/);

    // An exercise hydrates and answers, and the answer is stored.
    await answerOneRound(page);
    await expect.poll(() => answersFor(page, 'history/founding-681')).toBeGreaterThan(0);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await answerOneRound(page);
    expect(refusals).toEqual([]);
  } finally {
    await server.stop();
    await page.context().close();
  }
});

test('with the server stopped, search finds and shows results from the kept index and display shards', async ({ browser }) => {
  test.setTimeout(240_000);
  const server = await startStaticServer();
  const { page, refusals } = await openSite(browser, server);
  try {
    await page.goto('/en/');
    await waitOfflineReady(page, 'en');
    await server.stop();

    // The page, the search worker's script, the index and the shards of the results
    // shown all come from the service worker.
    await page.goto(`/en/search/?q=${encodeURIComponent('мечка')}`);
    await expect(page.getByText('Working offline: everything you do is kept.')).toBeVisible();
    const word = page.locator('.search-result--word').filter({ hasText: 'мѐчка' }).first();
    await expect(word).toBeVisible();
    await expect(word.getByRole('link')).toHaveAttribute('href', /^\/en\//);
    // Another query needs other shards, kept too.
    await page.getByRole('main').getByRole('searchbox').fill('martenitsa');
    await expect(page.locator('.search-result--culture a[href="/en/culture/baba-marta/"]')).toBeVisible();
    expect(refusals).toEqual([]);
  } finally {
    await server.stop();
    await page.context().close();
  }
});

/** A second version: sw.js with a new revision for the about page, and that page changed. */
function secondVersion(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'zdravei-v2-'));
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const changed = sw.replace(
    /"revision":"[0-9a-f]+","url":"en\/about\/index.html"/,
    '"revision":"second-version","url":"en/about/index.html"',
  );
  expect(changed).not.toBe(sw);
  writeFileSync(path.join(folder, 'sw.js'), changed);
  const about = readFileSync(path.join(dist, 'en/about/index.html'), 'utf8').replace(
    '</main>',
    '<p id="second-version">Second version</p></main>',
  );
  mkdirSync(path.join(folder, 'en/about'), { recursive: true });
  writeFileSync(path.join(folder, 'en/about/index.html'), about);
  return folder;
}

test('a new version is picked up, offered only once the child has finished the exercise, and keeps the progress', async ({ browser }) => {
  test.setTimeout(180_000);
  const server = await startStaticServer();
  const { page, refusals } = await openSite(browser, server);
  const folder = secondVersion();
  try {
    await page.goto('/en/');
    await waitOfflineReady(page, 'en');
    await createLearner(page, 'Лея', 3);
    await page.goto(visited);
    const listen = await answerOneRound(page);
    await expect(listen).toHaveAttribute('data-in-progress', 'true');
    // The answer is written a moment after it shows.
    await expect.poll(() => answersFor(page, 'language/greetings')).toBeGreaterThan(0);
    const before = await answersFor(page, 'language/greetings');

    // A mark on this document, gone if anything loads the page again under the child.
    await page.evaluate(() => ((window as { untouched?: boolean }).untouched = true));
    server.overlay(folder);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none'), {
        timeout: 60_000,
      })
      .toBe('installed');
    const offer = page.locator('[data-update-offer]');
    // Inside the exercise: no offer, however long the new version waits.
    await page.waitForTimeout(1_500);
    await expect(offer).toBeHidden();
    await expect(listen).toHaveAttribute('data-in-progress', 'true');

    // The child finishes the exercise; then the offer comes.
    for (let round = 0; !(await listen.locator('.exercise__end').isVisible()); round++) {
      if (await listen.locator('.feedback--right').isVisible()) await listen.locator('.feedback .button.primary').click();
      else {
        const asked = await listen.locator('.exercise__prompt').getAttribute('data-word');
        await listen.locator(`.choice[data-word="${asked}"]`).click();
      }
      expect(round).toBeLessThan(40);
    }
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('A new version of the site is ready.');
    expect(await page.evaluate(() => (window as { untouched?: boolean }).untouched)).toBe(true);
    // The page loads again (at the same lesson, its step in the address).
    const reloaded = page.waitForEvent('load');
    await offer.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    expect(new URL(page.url()).pathname).toBe(visited);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The new version answers, and nothing of the child's work was lost.
    await page.goto('/en/about/');
    await expect(page.locator('#second-version')).toHaveText('Second version');
    expect(await answersFor(page, 'language/greetings')).toBeGreaterThanOrEqual(before);
    await page.goto('/en/me/');
    await expect(page.getByText('Hello, Лея!')).toBeVisible();
    expect(refusals).toEqual([]);
  } finally {
    await server.stop();
    await page.context().close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('an exercise whose code cannot load says so, and its button loads the page again', async ({ browser }) => {
  const server = await startStaticServer();
  const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    // The connection drops before the exercise's code arrives.
    await page.route('**/_astro/ListenAndChoose.*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(visited);
    await page.locator('section.exercise.listen').first().scrollIntoViewIfNeeded();
    const failed = page.getByRole('alert').filter({ hasText: 'This part of the page could not load' }).first();
    await expect(failed).toBeVisible();

    await page.unroute('**/_astro/ListenAndChoose.*.js');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await answerOneRound(page, false);
    await expect(page.getByText('This part of the page could not load')).toHaveCount(0);
  } finally {
    await server.stop();
    await context.close();
  }
});
