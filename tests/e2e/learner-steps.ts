/** Steps the learner and tutor specs share: a new learner, and the tutor tools opened. */
import { expect, type Page } from '@playwright/test';
import { translations } from '../../src/i18n';
import type { Locale } from '../../src/lib/i18n/locales';
import type { PictureName, ProfileColour } from '../../src/lib/learner-pictures';

/**
 * Opens the tutor page that is on the screen: the first visit on a browser chooses the PIN,
 * later ones type it, unless the tools are still open from another tutor page.
 */
export async function unlockTutorPage(page: Page, pin = '2468') {
  const again = page.getByLabel('The same PIN again');
  const enter = page.getByLabel('Tutor PIN');
  const lock = page.getByRole('button', { name: 'Lock the tutor tools' });
  await expect(again.or(enter).or(lock)).toBeVisible();
  if (await again.isVisible()) {
    await page.getByLabel('Set a PIN (4 to 8 digits) to keep children out of this page').fill(pin);
    await again.fill(pin);
    await page.getByRole('button', { name: 'Save the PIN and open' }).click();
  } else if (await enter.isVisible()) {
    await enter.fill(pin);
    await page.getByRole('button', { name: 'Open' }).click();
  }
  await expect(lock).toBeVisible();
}

/** Opens the tutor tools' main page. */
export async function openTutor(page: Page, pin = '2468') {
  await page.goto('/en/tutor/');
  await unlockTutorPage(page, pin);
  await expect(page.getByRole('heading', { name: 'Learners' })).toBeVisible();
}

/** A new learner with this name and the n-th animal, who is then greeted on their page. */
export async function createLearner(page: Page, learner: string, picture: number) {
  await page.goto('/en/learners/');
  const add = page.getByRole('button', { name: 'A new learner' });
  const name = page.getByLabel('Name');
  // The picker shows either the cards (with "A new learner") or, when empty, the form.
  await expect(add.or(name)).toBeVisible();
  if (await add.isVisible()) await add.click();
  await name.fill(learner);
  await page.locator('.picture-choice').nth(picture).click();
  await page.getByRole('button', { name: 'Start learning' }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
  await expect(page.getByText(`Hello, ${learner}!`)).toBeVisible();
}

/**
 * A new learner made as a child who cannot write makes one: taps alone, on a picture and
 * a colour, no name. Ends on their home page. Taps need a page with touch (hasTouch).
 */
export async function createLearnerByPicture(page: Page, locale: Locale, picture: PictureName, colour: ProfileColour) {
  const t = translations(locale);
  await page.goto(`/${locale}/learners/`);
  const add = page.getByRole('button', { name: t('learners.add'), exact: true });
  const start = page.getByRole('button', { name: t('learners.create') });
  await expect(add.or(start)).toBeVisible();
  if (await add.isVisible()) await add.tap();
  // The radios are hidden under their pictures: a child taps the picture.
  await page.locator('.picture-choice', { has: page.getByRole('radio', { name: t(`picture.${picture}`), exact: true }) }).tap();
  await page.locator('.colour-choice', { has: page.getByRole('radio', { name: t(`colour.${colour}`), exact: true }) }).tap();
  await start.tap();
  await expect(page).toHaveURL(new RegExp(`/${locale}/me/$`));
}

/** Word cards in the store, read with the browser's IndexedDB API (0 before the store exists). */
export function storedCards(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('zdravei');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cards')) {
            db.close();
            return resolve(0);
          }
          const count = db.transaction('cards').objectStore('cards').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => resolve(0);
          db.close();
        };
      }),
  );
}
