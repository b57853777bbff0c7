import { expect, test, type Page } from '@playwright/test';
import { createLearner, openTutor, storedCards } from './learner-steps';
import { playLesson } from './exercise-driver';
import { showExercise } from './sequence-steps';

// Some of these play a whole lesson: give them time on a slow, shared machine.
test.describe.configure({ timeout: 90_000 });

/** Plays the whole greetings lesson, every exercise, answering right. */
async function completeGreetings(page: Page) {
  await page.goto('/en/lessons/language/greetings/');
  await playLesson(page, 'pointer');
}

async function finishGreetingsFlashcards(page: Page) {
  await page.goto('/en/lessons/language/greetings/');
  for (const deck of await page.locator('.flashcards').all()) {
    await showExercise(page, deck);
    await deck.scrollIntoViewIfNeeded();
    const next = deck.getByRole('button', { name: 'Next card' });
    await expect(next).toBeEnabled();
    while (await next.isVisible()) await next.click();
    await expect(deck.getByText('Well done!')).toBeVisible();
  }
}

test('two children on one browser keep their own progress', async ({ page }) => {
  await createLearner(page, 'Ana', 0);
  await completeGreetings(page);
  await expect(page.locator('.exercise-outcome__stars').last()).toBeVisible();
  // She hands the computer over as her last stars appear: the link waits for her result to be saved.
  await page.getByRole('banner').getByRole('link', { name: 'Switch learner' }).click();
  await expect(page).toHaveURL(/\/en\/learners\//);

  await createLearner(page, 'Omar', 1);

  // Ana comes back: after a reload she sees her stars; Omar sees none.
  await page.goto('/en/learners/');
  await page.getByRole('button', { name: 'Ana' }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
  await page.reload();
  await expect(page.getByText('Stars: 3')).toBeVisible();
  await expect(page.locator('.child-home__path li.is-done')).toHaveCount(1);
  await expect(page.locator('.child-home__stickers img')).toHaveCount(1);
  await expect(page.locator('[data-learner-name]')).toHaveText('Ana');

  await page.goto('/en/learners/');
  await page.getByRole('button', { name: 'Omar' }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
  await page.reload();
  await expect(page.getByText('Stars: 0')).toBeVisible();
  await expect(page.locator('.child-home__path li.is-done')).toHaveCount(0);
});

test('the flashcards tell a child to choose who is learning when nobody is', async ({ page }) => {
  await finishGreetingsFlashcards(page);
  await expect(page.getByText('Choose who is learning, and your stars will be kept.').first()).toBeVisible();
});

test('a picture password admits only the right pictures in the right order', async ({ page }) => {
  await createLearner(page, 'Leyla', 2);
  await openTutor(page);
  await page.getByLabel(/Children choose three secret pictures/).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Set secret pictures' }).click();
  const pad = page.locator('.picture-pad__key');
  await pad.nth(0).click();
  await pad.nth(5).click();
  await pad.nth(9).click();
  await expect(page.getByText('Secret pictures set.')).toBeVisible();

  await page.goto('/en/learners/');
  await page.getByRole('button', { name: 'Leyla' }).click();
  await pad.nth(5).click();
  await pad.nth(0).click();
  await pad.nth(9).click();
  await expect(page.getByRole('alert')).toHaveText('Those are not the right pictures. Try again!');
  await expect(page).toHaveURL(/\/en\/learners\/$/);
  await pad.nth(0).click();
  await pad.nth(5).click();
  await pad.nth(9).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
});

test('a backup file restores a child in a fresh browser; a corrupted one changes nothing', async ({ page, browser }) => {
  await createLearner(page, 'Ana', 0);
  await completeGreetings(page);
  // She leaves as the last stars appear, by her name in the header: the page follows the
  // link once the lesson's result is saved, and her stars are kept before the tutor saves the file.
  await page.getByRole('banner').getByRole('link', { name: 'Ana' }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);
  await expect(page.getByText('Stars: 3')).toBeVisible();
  await openTutor(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save everyone’s progress to a file' }).click();
  const file = await (await downloading).path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openTutor(other);
  await other.locator('#import-file').setInputFiles(file);
  await expect(other.getByRole('status')).toContainText('Loaded: 1 new learner,');
  await other.goto('/en/learners/');
  await other.getByRole('button', { name: 'Ana' }).click();
  await expect(other.getByText('Stars: 3')).toBeVisible();

  // A damaged file: refused with a message, and Ana's progress is exactly as it was.
  await openTutor(other);
  await other.locator('#import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"zdravei","version":1,"profiles":[{"id":'),
  });
  await expect(other.getByRole('status')).toHaveText('This file is damaged or is not a Zdravei progress file. Nothing was changed.');
  await other.goto('/en/me/');
  await expect(other.getByText('Stars: 3')).toBeVisible();
  await fresh.close();
});

test('the review page shows the words a child got wrong earlier as due, first', async ({ page }) => {
  await page.clock.install();
  await createLearner(page, 'Ivo', 3);
  await page.goto('/en/review/');
  await expect(page.getByText('No words to practise now. Come back later!')).toBeVisible();
  // Flashcards give every word of the lesson a card, due now.
  await finishGreetingsFlashcards(page);
  // The cards are written a moment after the last card: leave the page once they are.
  await expect.poll(() => storedCards(page)).toBeGreaterThanOrEqual(22);
  await page.goto('/en/me/');
  await expect(page.getByText('Words to practise: 22')).toBeVisible();
  await page.getByRole('link', { name: 'Practise words' }).click();
  await expect(page.getByText('Word 1 of 10')).toBeVisible();

  // Answer the first word wrong on purpose: the right answer is shown.
  const choices = page.locator('.review__choice');
  await expect(choices).toHaveCount(3);
  const pictures = await choices.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));
  for (const [i] of pictures.entries()) {
    await choices.nth(i).click();
    if (await page.locator('.review__wrong').isVisible()) break;
    // That one was right by chance: move on and try the next word.
    await page.getByRole('button', { name: 'Next word' }).click();
  }
  const missed = await page.locator('.review__wrong strong').textContent();
  expect(missed).toBeTruthy();
  // He leaves by his name in the header: the page follows the link once his answer is saved.
  await page.getByRole('banner').getByRole('link', { name: 'Ivo' }).click();
  await expect(page).toHaveURL(/\/en\/me\/$/);

  // Two minutes later the missed word is due again, and comes first: its play button
  // names it before any answer (an answer by chance right would show no "wrong" line).
  await page.clock.fastForward('02:00');
  await page.goto('/en/review/');
  await expect(page.getByText('Word 1 of')).toBeVisible();
  await expect(page.locator('.review__prompt .audio-button__play')).toHaveAttribute('aria-label', `Listen: ${missed}`);
});

test('the tutor tools are closed: a fresh browser sees only the PIN step, and "lock" closes them again', async ({ page }) => {
  await createLearner(page, 'Omar', 1);
  await page.goto('/en/tutor/');
  await expect(page.getByLabel('The same PIN again')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learners' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await openTutor(page);
  await page.getByRole('button', { name: /Lock the tutor tools/ }).click();
  await expect(page.getByLabel('Tutor PIN')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Tutor PIN')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});
