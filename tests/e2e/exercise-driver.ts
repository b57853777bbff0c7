/**
 * Plays a lesson's exercises in the browser as a child would, with the keyboard alone
 * (Tab to a control, Enter) or with taps. It reads what each exercise asks from the
 * page (the `data-word` of the prompt) and the answers from the word bank, so a test
 * can play a whole lesson to the end. It also chooses a learner in the browser's
 * IndexedDB and reads back what the lesson's progress became.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { alphabet } from '../../src/lib/exercises/alphabet';
import { phoneticLetter } from '../../src/lib/exercises/phonetic-keyboard';

interface Entry {
  id: string;
  bg: string;
  stressed: string;
  example?: { stressed: string };
}

const folder = path.resolve(import.meta.dirname, '../../content/vocabulary');
export const bank = new Map<string, Entry>(
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    // NFC, as the site shows it: ѝ may be written as и + U+0300 in a file.
    .flatMap((name) => parse(readFileSync(path.join(folder, name), 'utf8').normalize('NFC')) as Entry[])
    .map((entry) => [entry.id, entry]),
);

/** The Latin keys that write a Bulgarian word on the phonetic layout: жаба → vaba. */
const latinKey = new Map(Array.from('`qwertyuiop[]\\asdfghjklzxcvbnm', (key) => [phoneticLetter(key), key]));
export const onLatinKeys = (word: string) => Array.from(word.toLocaleLowerCase('bg'), (letter) => latinKey.get(letter) ?? letter).join('');

export type Way = 'keyboard' | 'pointer';

/** Presses Tab (or Shift+Tab) until the target has the focus: no mouse. */
export async function tabTo(page: Page, target: Locator, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (el === active) return 'here';
      return active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
        ? 'after'
        : 'before';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** Activates a button the way chosen: Tab to it and press Enter, or tap it. */
export async function press(page: Page, way: Way, target: Locator): Promise<void> {
  if (way === 'pointer') return target.click();
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** The exercise sections of the page, in order. */
export const exercises = (page: Page) => page.locator('section.exercise');

/** Brings an exercise into view and waits until it has hydrated (it is client:visible). */
async function ready(page: Page, way: Way, section: Locator): Promise<void> {
  if (way === 'keyboard') await tabTo(page, section.locator('button').first());
  else await section.scrollIntoViewIfNeeded();
  await expect(section.locator('xpath=..')).not.toHaveAttribute('ssr', '');
}

const finished = (section: Locator) => section.locator('.exercise__end');
const prompt = (section: Locator) => section.locator('.exercise__prompt').getAttribute('data-word');

async function next(page: Page, way: Way, section: Locator): Promise<void> {
  const button = section.locator('.feedback .button.primary');
  if (way === 'keyboard') {
    // The feedback's button takes the focus: Enter goes on.
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  } else await button.click();
}

async function flashcards(page: Page, way: Way, section: Locator) {
  const total = Number((await section.locator('.flashcards__position').textContent())?.match(/\d+\D+(\d+)/)?.[1]);
  const dir = await page.locator('html').getAttribute('dir');
  for (let card = 0; card < total; card++) {
    if (way === 'keyboard') {
      await tabTo(page, section.locator('.flashcards__controls .button.primary'));
      await page.keyboard.press(dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
    } else await section.locator('.flashcards__controls .button').last().click();
  }
  await expect(section.locator('.flashcards__done')).toBeVisible();
}

async function listenAndChoose(page: Page, way: Way, section: Locator, firstWrong: boolean) {
  for (let round = 0; !(await finished(section).isVisible()); round++) {
    const asked = await prompt(section);
    if (firstWrong && round === 0) {
      await press(page, way, section.locator(`.choice:not([data-word="${asked}"])`).first());
      await expect(section.locator('.feedback--wrong')).toBeVisible();
      await next(page, way, section);
    }
    await press(page, way, section.locator(`.choice[data-word="${asked}"]`));
    await expect(section.locator('.feedback--right')).toBeVisible();
    await next(page, way, section);
  }
}

async function matchPairs(page: Page, way: Way, section: Locator) {
  const [left, right] = [section.locator('.pairs__column').first(), section.locator('.pairs__column').last()];
  const ids = await left.locator('.pair').evaluateAll((els) => els.map((el) => el.getAttribute('data-word') ?? ''));
  for (const [n, id] of ids.entries()) {
    await press(page, way, left.locator(`.pair[data-word="${id}"]`));
    await press(page, way, right.locator(`.pair[data-word="${id}"]`));
    // A pair made stays together; the last one ends the exercise.
    if (n < ids.length - 1) await expect(right.locator(`.pair[data-word="${id}"]`)).toBeDisabled();
  }
}

async function quiz(page: Page, way: Way, section: Locator) {
  while (!(await finished(section).isVisible())) {
    const options = section.locator('.quiz__option .choice');
    for (let n = 0; n < (await options.count()); n++) {
      if (await options.nth(n).isDisabled()) continue;
      await press(page, way, options.nth(n));
      const right = await section.locator('.feedback--right').isVisible();
      // Try again after a wrong option, Next after the right one.
      await next(page, way, section);
      if (right) break;
    }
  }
}

async function typeWhatYouHear(page: Page, way: Way, section: Locator) {
  while (!(await finished(section).isVisible())) {
    const word = bank.get((await prompt(section)) ?? '')!.bg;
    if (way === 'keyboard') {
      await tabTo(page, section.getByRole('textbox'));
      // A Latin keyboard: the phonetic layout writes the Bulgarian letters.
      await page.keyboard.type(onLatinKeys(word));
      await expect(section.getByRole('textbox')).toHaveValue(word);
      await page.keyboard.press('Enter');
    } else {
      for (const letter of word) await section.locator('.keyboard .key', { hasText: new RegExp(`^${letter}$`) }).click();
      await section.locator('.type__form .button.primary').click();
    }
    await expect(section.locator('.feedback--right')).toBeVisible();
    await next(page, way, section);
  }
}

async function wordOrder(page: Page, way: Way, section: Locator) {
  while (!(await finished(section).isVisible())) {
    const id = await section.locator('.order__pool').getAttribute('data-word');
    for (const tile of bank.get(id ?? '')!.example!.stressed.split(/\s+/)) {
      await press(
        page,
        way,
        section
          .locator('.order__pool .tile')
          .filter({ hasText: new RegExp(`^${tile.replace(/[.?!]/g, '\\$&')}$`) })
          .first(),
      );
    }
    await expect(section.locator('.feedback--right')).toBeVisible();
    await next(page, way, section);
  }
}

async function alphabetExplorer(page: Page, way: Way, section: Locator) {
  await press(page, way, section.locator('.alphabet__modes .button').last());
  while (!(await finished(section).isVisible())) {
    const sound = await prompt(section);
    const letter = alphabet.find((l) => l.sound === sound)!;
    await press(page, way, section.locator(`.letter[data-letter="${letter.lower}"]`));
    await expect(section.locator('.feedback--right')).toBeVisible();
    await next(page, way, section);
  }
}

/** Plays every exercise of the page to its end; returns the kinds played. */
export async function playLesson(page: Page, way: Way, options: { firstWrong?: boolean } = {}): Promise<string[]> {
  const kinds: string[] = [];
  const count = await exercises(page).count();
  for (let i = 0; i < count; i++) {
    const section = exercises(page).nth(i);
    await ready(page, way, section);
    const kind = (await section.getAttribute('class'))!.replace('exercise ', '');
    kinds.push(kind);
    if (kind === 'flashcards') await flashcards(page, way, section);
    else if (kind === 'listen') await listenAndChoose(page, way, section, options.firstWrong ?? false);
    else if (kind === 'match') await matchPairs(page, way, section);
    else if (kind === 'quiz') await quiz(page, way, section);
    else if (kind === 'type') await typeWhatYouHear(page, way, section);
    else if (kind === 'order') await wordOrder(page, way, section);
    else if (kind === 'alphabet') await alphabetExplorer(page, way, section);
    else throw new Error(`unknown exercise ${kind}`);
    if (kind !== 'flashcards') await expect(finished(section).locator('.exercise-outcome__stars')).toBeVisible();
  }
  return kinds;
}

/**
 * Chooses a learner in this browser's progress store, once the page has opened it:
 * a profile and the session, as the "Who is learning?" page would write them.
 */
export async function chooseLearner(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('zdravei');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    // The page creates the database when an island first needs it.
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'zdravei'); i++)
      await new Promise((r) => setTimeout(r, 100));
    const db = await open();
    const id = crypto.randomUUID();
    const now = Date.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['profiles', 'settings'], 'readwrite');
      tx.objectStore('profiles').put({ id, name: 'Ана', picture: '1F98A', createdAt: now, updatedAt: now });
      tx.objectStore('settings').put({ key: 'session', value: { profileId: id, lastActiveAt: now } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return id;
  });
}

/** The lesson's progress as the store holds it, with how many attempts were recorded. */
export async function lessonProgress(page: Page, profileId: string, lessonId: string) {
  return page.evaluate(
    async ([profile, lesson]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('zdravei');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = <T>(store: string, query: IDBValidKey | IDBKeyRange, all = false) =>
        new Promise<T>((resolve, reject) => {
          const request = all ? db.transaction(store).objectStore(store).getAll() : db.transaction(store).objectStore(store).get(query);
          request.onsuccess = () => resolve(request.result as T);
          request.onerror = () => reject(request.error);
        });
      const progress = await read<{ status: string; stars: number; exercises: Record<string, number> } | undefined>('lessonProgress', [
        profile,
        lesson,
      ]);
      const attempts = (await read<{ profileId: string; lessonId: string }[]>('answers', 0, true)).filter(
        (a) => a.profileId === profile && a.lessonId === lesson,
      );
      db.close();
      return { progress, attempts: attempts.length };
    },
    [profileId, lessonId] as const,
  );
}
