import { expect, test, type Page } from '@playwright/test';
import { createLearner, openTutor } from './learner-steps';

// Sessions that end, and guessing limited, on one shared browser (issue 10).
test.describe.configure({ timeout: 120_000 });

const badgeName = (page: Page) => page.locator('[data-learner-name]');
const pad = (page: Page) => page.locator('.picture-pad__key');

/** A learner whose secret pictures are the 1st, 6th and 10th, with picture passwords on. */
async function learnerWithPictures(page: Page, learner: string) {
  await createLearner(page, learner, 2);
  await openTutor(page);
  await page.getByLabel(/Children choose three secret pictures/).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Set secret pictures' }).click();
  for (const key of [0, 5, 9]) await pad(page).nth(key).click();
  await expect(page.getByText('Secret pictures set.')).toBeVisible();
}

test('"Switch learner" ends the session in both open tabs, and the child needs their pictures again', async ({ page, context }) => {
  await learnerWithPictures(page, 'Leyla');
  await page.goto('/en/learners/');
  await page.getByRole('button', { name: 'Leyla' }).click();
  for (const key of [0, 5, 9]) await pad(page).nth(key).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
  await expect(badgeName(page)).toHaveText('Leyla');

  const other = await context.newPage();
  await other.goto('/en/me/');
  await expect(other.getByText('Hello, Leyla!')).toBeVisible();
  await expect(badgeName(other)).toHaveText('Leyla');

  await page.getByRole('link', { name: 'Switch learner' }).click();
  await expect(page).toHaveURL(/\/en\/learners\/$/);
  for (const tab of [page, other]) {
    await expect(badgeName(tab)).toBeHidden();
    await expect(tab.locator('header')).not.toContainText('Leyla');
  }
  await expect(other.getByText('Choose who is learning first.')).toBeVisible();
  await expect(other.getByText('Hello, Leyla!')).toHaveCount(0);

  // Her page, opened again, does not show her; choosing her asks for her pictures.
  await other.goto('/en/me/');
  await expect(other.getByText('Choose who is learning first.')).toBeVisible();
  await expect(badgeName(other)).toBeHidden();
  await other.getByRole('link', { name: 'Who is learning?' }).first().click();
  await other.getByRole('button', { name: 'Leyla' }).click();
  await expect(other.getByRole('heading', { name: 'Your secret pictures' })).toBeVisible();
});

test('thirty wrong picture sequences in a row meet a growing wait, and the tutor sees it', async ({ page }) => {
  await page.clock.install();
  await learnerWithPictures(page, 'Omar');
  await page.goto('/en/learners/');
  await page.getByRole('button', { name: 'Omar' }).click();

  const wait = page.locator('.learners__wait');
  const waits: number[] = [];
  for (let attempt = 1; attempt <= 30; attempt++) {
    await expect(pad(page).first()).toBeVisible();
    for (const key of [9, 5, 0]) await pad(page).nth(key).click();
    if (attempt < 3) {
      await expect(page.getByRole('alert')).toHaveText('Those are not the right pictures. Try again!');
      continue;
    }
    await expect(wait).toBeVisible();
    await expect(wait.locator('img')).toHaveAttribute('src', '/pictures/23F3.svg');
    await expect(pad(page)).toHaveCount(0);
    const seconds = Number(/in (\d+) seconds?/.exec((await wait.textContent()) ?? '')?.[1]);
    waits.push(seconds);
    if (attempt === 30) break;
    await page.clock.fastForward(seconds * 1_000 + 1_000);
  }
  // 5 s, 10 s, 20 s … up to five minutes (the clock runs on while the test reads it).
  const expected = [5, 10, 20, 40, 80, 160, ...Array<number>(22).fill(300)];
  expect(waits).toHaveLength(expected.length);
  waits.forEach((seconds, i) => expect(seconds, `wait ${i + 1}`).toBeGreaterThanOrEqual(expected[i]! - 1));
  waits.forEach((seconds, i) => expect(seconds, `wait ${i + 1}`).toBeLessThanOrEqual(expected[i]!));

  // A reload does not skip the wait.
  await page.reload();
  await page.getByRole('button', { name: 'Omar' }).click();
  await expect(wait).toBeVisible();

  await openTutor(page);
  await expect(page.getByText('Omar: too many wrong pictures, waiting')).toBeVisible();
});

test('a page left open past the time-out shows no child and asks the next one to choose', async ({ page }) => {
  await page.clock.install();
  await createLearner(page, 'Ivo', 3);
  await expect(badgeName(page)).toHaveText('Ivo');
  await page.clock.fastForward('10:00');
  await expect(badgeName(page)).toHaveText('Ivo');
  await page.clock.fastForward('06:00');
  await expect(badgeName(page)).toBeHidden();
  await expect(page.locator('header')).not.toContainText('Ivo');
  await expect(page.getByText('Time is up for the last learner. Who is learning now?')).toBeVisible();
  await expect(page.getByText('Choose who is learning first.')).toBeVisible();
  await expect(page.getByText('Hello, Ivo!')).toHaveCount(0);

  // The same on a lesson page.
  await page.goto('/en/learners/');
  await page.getByRole('button', { name: 'Ivo' }).click();
  // Choosing a card goes home; going on before that page has loaded interrupts it.
  await expect(page.getByText('Hello, Ivo!')).toBeVisible();
  await page.goto('/en/lessons/language/greetings/');
  await expect(badgeName(page)).toHaveText('Ivo');
  await page.clock.fastForward('16:00');
  await expect(badgeName(page)).toBeHidden();
  await expect(page.getByText('Time is up for the last learner. Who is learning now?')).toBeVisible();
});
