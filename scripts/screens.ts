/**
 * Screenshots of every exercise kind, the lesson played one exercise at a time, the
 * lesson's celebration and the end of a review round, in Arabic and Persian, on a
 * 768×1024 touch screen, into docs/screens/ (docs/screens/README.md lists them). It
 * builds nothing: it uses a running `astro preview` of dist/ on E2E_PORT (default
 * 4321), or starts one and stops it after.
 *
 *   npm run build && npm run screens
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const port = Number(process.env.E2E_PORT ?? 4321);
const base = `http://127.0.0.1:${port}`;
const out = path.resolve('docs/screens');
const locales = ['ar', 'fa'] as const;

/** Each exercise kind, in a lesson that has it: the shot is clipped to the exercise. */
const kinds = [
  { name: 'flashcards', lesson: 'language/greetings', selector: 'section.exercise.flashcards' },
  { name: 'listen-and-choose', lesson: 'language/greetings', selector: 'section.exercise.listen' },
  { name: 'quiz', lesson: 'language/greetings', selector: 'section.exercise.quiz' },
  { name: 'match-pairs', lesson: 'language/greetings', selector: 'section.exercise.match' },
  { name: 'word-order', lesson: 'language/greetings', selector: 'section.exercise.order' },
  { name: 'type-what-you-hear', lesson: 'alphabet/whole-alphabet', selector: 'section.exercise.type' },
  { name: 'alphabet-explorer', lesson: 'alphabet/whole-alphabet', selector: 'section.exercise.alphabet' },
] as const;

async function serving(): Promise<boolean> {
  try {
    return (await fetch(`${base}/`)).ok;
  } catch {
    return false;
  }
}

/** The preview already running, or one started here (returned, to stop at the end). */
async function preview(): Promise<ChildProcess | undefined> {
  if (await serving()) return undefined;
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 120 && !(await serving()); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await serving())) throw new Error(`astro preview did not answer on ${base} (run npm run build first)`);
  return server;
}

/**
 * A learner chosen in this browser, as the "Who is learning?" page writes it, with one
 * lesson completed so the celebration has a sticker to show.
 */
async function seedLearner(page: Page, locale: string): Promise<void> {
  // The child's page opens (and so creates) the progress store.
  await page.goto(`${base}/${locale}/me/`);
  await page.evaluate(async () => {
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'zdravei'); i++)
      await new Promise((r) => setTimeout(r, 100));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zdravei');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const id = 'screens-learner';
    const now = Date.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['profiles', 'settings', 'lessonProgress'], 'readwrite');
      tx.objectStore('profiles').put({ id, name: 'Ana', picture: '1F98A', createdAt: now, updatedAt: now });
      tx.objectStore('settings').put({ key: 'session', value: { profileId: id, lastActiveAt: now } });
      tx.objectStore('lessonProgress').put({
        profileId: id,
        lessonId: 'language/greetings',
        status: 'completed',
        bestScore: 1,
        stars: 3,
        exercises: {},
        updatedAt: now,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Waits until the deck's words have their review cards in the store (leaving sooner would cut the write). */
async function wordCardsKept(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const count = await new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('zdravei');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const counting = request.result.transaction('cards').objectStore('cards').count();
          counting.onsuccess = () => {
            request.result.close();
            resolve(counting.result);
          };
        };
      });
      if (count > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the deck’s words got no review cards');
  });
}

/** Opens a lesson at the step of the first exercise matching the selector, hydrated and settled. */
async function openStep(page: Page, locale: string, lesson: string, selector: string) {
  await page.goto(`${base}/${locale}/lessons/${lesson}/`);
  await page.locator('nav.sequence').waitFor();
  const section = page.locator(selector).first();
  const step = await section.evaluate((el) => [...document.querySelectorAll('[data-exercise]')].indexOf(el) + 1);
  await page.evaluate((n) => (window.location.hash = `#step-${n}`), step);
  await section.waitFor({ state: 'visible' });
  await page.waitForFunction((el) => !el?.parentElement?.hasAttribute('ssr'), await section.elementHandle());
  await settle(page);
  return section;
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
}

async function shoot(page: Page, locale: string, name: string, selector: string): Promise<string> {
  const file = `${name}.${locale}.png`;
  await page
    .locator(selector)
    .first()
    .screenshot({ path: path.join(out, file), animations: 'disabled' });
  return file;
}

async function main() {
  const server = await preview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
  });
  mkdirSync(out, { recursive: true });
  // Shots of kinds since renamed or removed go; the README stays.
  for (const old of readdirSync(out).filter((name) => name.endsWith('.png'))) rmSync(path.join(out, old));
  const made: string[] = [];
  try {
    for (const locale of locales) {
      const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, locale });
      const page = await context.newPage();
      await seedLearner(page, locale);

      for (const kind of kinds) {
        await openStep(page, locale, kind.lesson, kind.selector);
        made.push(await shoot(page, locale, kind.name, kind.selector));
      }

      // The lesson as a child sees it: the dots, one exercise, the families' text folded.
      await openStep(page, locale, 'language/greetings', 'section.exercise.listen');
      const file = `lesson-sequence.${locale}.png`;
      await page.screenshot({ path: path.join(out, file), animations: 'disabled' });
      made.push(file);

      // The celebration: the last exercise's end, announced as the exercise itself does.
      const last = await openStep(page, locale, 'language/greetings', 'section.exercise.order');
      await last.evaluate((el) => {
        const progress = { status: 'completed', stars: 3 };
        const detail = { exerciseId: el.getAttribute('data-exercise'), score: 1 };
        el.dispatchEvent(new CustomEvent('zdravei:exercise-finished', { detail, bubbles: true }));
        el.dispatchEvent(
          new CustomEvent('zdravei:exercise-finished', { detail: { ...detail, outcome: { kept: true, progress } }, bubbles: true }),
        );
      });
      await page.locator('.celebration__sticker img').waitFor();
      await settle(page);
      made.push(await shoot(page, locale, 'lesson-celebration', '.celebration'));

      // A review round to its end: the first deck gives its words a card, then each word is answered.
      const deck = await openStep(page, locale, 'language/greetings', 'section.exercise.flashcards');
      while (!(await deck.locator('.flashcards__done').isVisible())) await deck.locator('.flashcards__controls .button').last().tap();
      await wordCardsKept(page);
      await page.goto(`${base}/${locale}/review/`);
      const prompt = page.locator('.review__prompt');
      await prompt.or(page.locator('.celebration')).first().waitFor();
      while ((await prompt.count()) > 0) {
        const asked = await prompt.getAttribute('data-word');
        await page.locator(`.review__choice[data-word="${asked}"]`).tap();
        await page.locator('.review__feedback .button.primary').tap();
        await prompt.or(page.locator('.celebration')).first().waitFor();
      }
      await settle(page);
      made.push(await shoot(page, locale, 'review-celebration', '.celebration'));
      await context.close();
    }
  } finally {
    await browser.close();
    server?.kill();
  }
  console.log(`${made.length} screenshots in docs/screens/: ${made.join(', ')}`);
}

await main();
