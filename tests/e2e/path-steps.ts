/** The path builder's steps, shared by the paths and reports specs. */
import { expect, type Page } from '@playwright/test';
import { unlockTutorPage } from './learner-steps';

/** The four lessons of the path `buildPath` saves, in the tutor's order. */
export const builtPathTitles = [
  'Colours around us',
  'Hello! Greetings and polite words',
  'Me and my family',
  'Animals at home, on the farm and in the forest',
];

/** The lesson titles of the path being written, in order. */
export const draftOrder = (page: Page) => page.getByRole('list', { name: 'Lessons in this path, in order' }).locator('.paths__title');

async function addLesson(page: Page, search: string, title: string) {
  await page.getByLabel(/^Search by title/).fill(search);
  await page.getByRole('button', { name: `Add “${title}” to the path` }).click();
}

/**
 * On the paths page, a tutor builds a path of four lessons found by search, moves the
 * fourth up one place by keyboard, and saves it as "Tuesday afternoon"; returns its link.
 */
export async function buildPath(page: Page): Promise<string> {
  await page.goto('/en/tutor/paths/');
  await unlockTutorPage(page);
  // All seven ready-made paths are offered.
  await expect(page.getByRole('region', { name: 'Start from a ready-made path' }).getByRole('listitem')).toHaveCount(7);

  await addLesson(page, 'colours', 'Colours around us');
  await addLesson(page, 'zdravey', 'Hello! Greetings and polite words');
  await addLesson(page, 'animals', 'Animals at home, on the farm and in the forest');
  await addLesson(page, 'my family', 'Me and my family');
  await expect(draftOrder(page)).toHaveText([
    'Colours around us',
    'Hello! Greetings and polite words',
    'Animals at home, on the farm and in the forest',
    'Me and my family',
  ]);

  // The fourth lesson moves up one place from its handle, by keyboard; the move is announced.
  await page.getByRole('button', { name: /^Move “.Me and my family.”, now 4 of 4/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(draftOrder(page)).toHaveText(builtPathTitles);
  await expect(page.getByText(/Me and my family.” is now 3 of 4\./)).toBeAttached();

  await page.getByLabel('Name of the path').fill('Tuesday afternoon');
  await page.getByRole('button', { name: 'Save the path' }).click();
  await expect(page.getByText(/The path “.Tuesday afternoon.” is saved\./)).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code of the link to the path “Tuesday afternoon”/ })).toBeVisible();
  const link = await page.getByLabel('Link to this path').inputValue();
  expect(link).toMatch(/\/en\/path\/#path=v1\.[A-Za-z0-9_-]+$/);
  return link;
}
