import { expect, test, type Page } from '@playwright/test';
import { chooseLearner, exercises, lessonProgress, playLesson, press, type Way } from './exercise-driver';
import { starsFor } from '../../src/lib/exercises/scoring';
import { axe } from './axe';

const everyKind = ['alphabet', 'flashcards', 'listen', 'match', 'quiz', 'type', 'order'];

/** Opens the store the way a child would, by hearing a word, then chooses a learner. */
async function startAsLearner(page: Page, way: Way): Promise<string> {
  const firstSound = exercises(page).first().locator('.audio-button__play').first();
  await expect(exercises(page).first().locator('xpath=..')).not.toHaveAttribute('ssr', '');
  await press(page, way, firstSound);
  return chooseLearner(page);
}

test('a child completes the whole-alphabet lesson, every exercise kind, with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/lessons/alphabet/whole-alphabet/');
  const profileId = await startAsLearner(page, 'keyboard');
  const kinds = await playLesson(page, 'keyboard', { firstWrong: true });
  expect(new Set(kinds)).toEqual(new Set(everyKind));
  // Every exercise reported its result: the lesson is complete, with stars.
  await expect
    .poll(async () => (await lessonProgress(page, profileId, 'alphabet/whole-alphabet')).progress?.status, { timeout: 10_000 })
    .toBe('completed');
  const { progress, attempts } = await lessonProgress(page, profileId, 'alphabet/whole-alphabet');
  const scores = progress!.exercises;
  expect(Object.keys(scores)).toHaveLength(kinds.length);
  // Every answer was right at once, except the first of the listening exercise and of the quiz.
  const firstWrong = ['alphabet/whole-alphabet#listen-letters', 'alphabet/whole-alphabet#quiz-alphabet'];
  for (const [id, score] of Object.entries(scores)) if (!firstWrong.includes(id)) expect(score, id).toBe(1);
  for (const id of firstWrong) expect(scores[id], id).toBeLessThan(1);
  const mean = Object.values(scores).reduce((a, b) => a + b, 0) / kinds.length;
  expect(progress!.stars).toBe(starsFor(mean));
  expect(attempts).toBeGreaterThan(20);
});

test('a child completes the greetings lesson with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/lessons/language/greetings/');
  const profileId = await startAsLearner(page, 'keyboard');
  const kinds = await playLesson(page, 'keyboard');
  expect(kinds).toEqual(['flashcards', 'listen', 'quiz', 'flashcards', 'match', 'flashcards', 'order']);
  await expect
    .poll(async () => (await lessonProgress(page, profileId, 'language/greetings')).progress?.status, { timeout: 10_000 })
    .toBe('completed');
});

test.describe('in the Arabic interface', () => {
  test('a child completes the whole-alphabet lesson by tapping, with feedback in Arabic and Bulgarian left to right', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/ar/lessons/alphabet/whole-alphabet/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const profileId = await startAsLearner(page, 'pointer');

    // Bulgarian stays left to right inside the right-to-left page.
    const letters = exercises(page).first().locator('.letters');
    await expect(letters).toHaveAttribute('dir', 'ltr');
    const [a, b] = await letters.locator('.letter').evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect().x));
    expect(a).toBeLessThan(b ?? 0);

    // A wrong answer first: the feedback is in Arabic and shows the right word.
    const listen = page.locator('section.exercise.listen');
    await listen.scrollIntoViewIfNeeded();
    await expect(listen.locator('xpath=..')).not.toHaveAttribute('ssr', '');
    const asked = await listen.locator('.exercise__prompt').getAttribute('data-word');
    await listen.locator(`.choice:not([data-word="${asked}"])`).first().click();
    await expect(listen.locator('.feedback--wrong')).toContainText('ليست هذه. إليك الإجابة الصحيحة:');
    await expect(listen.locator('.feedback__text')).toHaveAttribute('lang', 'bg');
    // The feedback, with the right answer, passes the accessibility checks too.
    const results = await axe(page).include('section.exercise.listen').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await listen.getByRole('button', { name: 'حاول مرة أخرى' }).click();

    const kinds = await playLesson(page, 'pointer');
    expect(new Set(kinds)).toEqual(new Set(everyKind));
    await expect(page.locator('.exercise__done').first()).toHaveText('أحسنت! أنهيت هذا التمرين.');
    await expect
      .poll(async () => (await lessonProgress(page, profileId, 'alphabet/whole-alphabet')).progress?.status, { timeout: 10_000 })
      .toBe('completed');
    // One first answer was wrong: the listening exercise scores below 1.
    const { progress } = await lessonProgress(page, profileId, 'alphabet/whole-alphabet');
    expect(progress!.exercises['alphabet/whole-alphabet#listen-letters']).toBeLessThan(1);
  });

  test('the exercise controls keep a 48 px target and lay out right to left', async ({ page }) => {
    await page.goto('/ar/lessons/language/greetings/');
    const listen = page.locator('section.exercise.listen');
    await listen.scrollIntoViewIfNeeded();
    await expect(listen.locator('xpath=..')).not.toHaveAttribute('ssr', '');
    const sizes = await page
      .locator('section.exercise:not(.flashcards) button')
      .evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]),
      );
    expect(sizes.length).toBeGreaterThan(10);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThanOrEqual(48);
      expect(h).toBeGreaterThanOrEqual(48);
    }
    // The instruction reads right to left: the pictures come first, on the right.
    const [ear, text] = await listen
      .locator('.exercise__instruction > *')
      .evaluateAll((els) => [els[0]!.getBoundingClientRect().right, els.at(-1)!.getBoundingClientRect().right]);
    expect(ear).toBeGreaterThan(text ?? 0);
  });
});
