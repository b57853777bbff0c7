/**
 * A child who cannot read: in Arabic, on a touch screen, the greetings lesson one
 * exercise at a time, without typing, to the celebration and the next lesson; then a
 * review round that ends the same way.
 */
import { expect, test, type Page } from '@playwright/test';
import { createLearner, createLearnerByPicture, storedCards } from './learner-steps';
import { exercises, playLesson } from './exercise-driver';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

/** Counts every key pressed on the site from now on, across pages: a child who cannot read types nothing. */
async function countKeys(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener(
      'keydown',
      () => sessionStorage.setItem('keysPressed', String(Number(sessionStorage.getItem('keysPressed') ?? 0) + 1)),
      true,
    );
  });
  return () => page.evaluate(() => Number(sessionStorage.getItem('keysPressed') ?? 0));
}

test('in Arabic, a child plays the greetings lesson one exercise at a time, is celebrated, and ends a review round the same way', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Every spoken phrase the page fetches, with the answer it got.
  const phrasesHeard = new Map<string, number>();
  // And every spoken quiz question (an A0 lesson's prompts, by their URL).
  const questionsHeard = new Map<string, number>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    const phrase = pathname.match(/^\/audio\/phrases\/ar\/([\w.]+)\.[0-9a-f]{8}\.mp3$/)?.[1];
    if (phrase) phrasesHeard.set(phrase, response.status());
    if (/^\/audio\/quiz\/ar\/[0-9a-f]{12}\.mp3$/.test(pathname)) questionsHeard.set(pathname, response.status());
  });
  const keysPressed = await countKeys(page);
  // A picture and a colour, tapped: no name typed.
  await createLearnerByPicture(page, 'ar', 'fox', 'green');
  expect(await keysPressed()).toBe(0);

  await page.goto('/ar/lessons/language/greetings/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const dots = page.getByRole('navigation', { name: 'تمارين هذا الدرس' }).locator('.sequence__dot');
  const total = await exercises(page).count();
  await expect(dots).toHaveCount(total);
  // One exercise on the screen; the first dot is "exercise 1 of 7", the others not yet open.
  await expect(exercises(page).first()).toBeVisible();
  for (let i = 1; i < total; i++) await expect(exercises(page).nth(i)).toBeHidden();
  await expect(dots.first()).toHaveAttribute('aria-current', 'step');
  await expect(dots.first()).toHaveAccessibleName(/^التمرين [1١] من [7٧]$/);
  await expect(dots.nth(1)).toBeDisabled();
  // The explanations for families are folded away.
  await expect(page.locator('details.help-text').first()).not.toHaveAttribute('open', '');

  // The quiz's first question has its spoken Arabic file, beside it on the page from the start.
  const firstQuestion = await page.locator('.quiz__prompt .say').first().getAttribute('data-src');
  expect(firstQuestion).toMatch(/^\/audio\/quiz\/ar\/[0-9a-f]{12}\.mp3$/);

  const kinds = await playLesson(page, 'pointer');
  expect(await keysPressed()).toBe(0);
  // Each exercise's instruction was read aloud from its generated Arabic file as it came on
  // the screen (the cards have none; a quiz's is its first question, from its own file).
  expect(kinds).toContain('quiz');
  await expect.poll(() => questionsHeard.get(firstQuestion ?? ''), { message: 'the quiz’s first question' }).toBe(200);
  const instructed = [...new Set(kinds.filter((kind) => kind !== 'flashcards' && kind !== 'quiz'))];
  expect(instructed).toEqual(expect.arrayContaining(['listen', 'match', 'order']));
  for (const kind of instructed) {
    const heard = [...phrasesHeard].filter(([phrase]) => phrase.startsWith(`${kind}.instruction`));
    expect(heard, `${kind}'s instruction`).toHaveLength(1);
    expect(heard[0]![1]).toBe(200);
  }

  const celebration = page.locator('.celebration');
  await expect(celebration.getByRole('status')).toHaveText('مرحى! أنهيت الدرس!');
  await expect(celebration.locator('.celebration__stars')).toHaveAttribute('aria-label', /[3٣]/);
  await expect(celebration.locator('.celebration__sticker img')).toBeVisible();
  const onward = celebration.getByRole('link', { name: /الدرس التالي/ });
  await expect(onward).toHaveAttribute('href', '/ar/lessons/language/introduce-yourself/');
  // Right to left, "forward" points left: the arrow sits left of the words.
  const [label, arrow] = await onward
    .locator('.celebration__arrow, .celebration__onward-label')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  expect(arrow).toBeLessThan(label ?? 0);
  await expect(dots.filter({ hasText: '✓' })).toHaveCount(total);

  // The child can go back to an earlier exercise.
  await dots.first().tap();
  await expect(exercises(page).first()).toBeVisible();
  await expect(exercises(page).last()).toBeHidden();
  await expect(celebration).toHaveCount(0);
  expect(await keysPressed()).toBe(0);

  // The words met are due: a review round, each word heard by itself, to the same celebration.
  await page.goto('/ar/review/');
  const prompt = page.locator('.review__prompt');
  // The words the lesson's cards showed are due now.
  await expect(prompt).toBeVisible();
  let practised = 0;
  for (; practised < 10 && (await prompt.count()) > 0; practised++) {
    const asked = await prompt.getAttribute('data-word');
    await page.locator(`.review__choice[data-word="${asked}"]`).tap();
    await expect(page.locator('.review__right')).toBeVisible();
    await page.locator('.review__feedback .button.primary').tap();
    await expect(page.locator('.review__prompt').or(page.locator('.celebration'))).toBeVisible();
  }
  expect(practised).toBeGreaterThan(0);
  await expect(page.locator('.celebration').getByRole('status')).toContainText(
    new RegExp(`${practised}|${practised.toLocaleString('ar-EG')}`),
  );
  await expect(page.locator('.celebration .celebration__stars')).toHaveAttribute('aria-label', /[3٣]/);
  await expect(page.locator('.celebration').getByRole('link', { name: /العودة إلى صفحتي/ })).toHaveAttribute('href', '/ar/me/');
  expect(await keysPressed()).toBe(0);
});

test('the review round plays each word by itself as it appears', async ({ page }) => {
  await createLearner(page, 'Omar', 1);
  // Flashcards give their words a card, due now.
  await page.goto('/ar/lessons/language/greetings/');
  const deck = exercises(page).first();
  await expect(deck.locator('xpath=..')).not.toHaveAttribute('ssr', '');
  const next = deck.locator('.flashcards__controls .button').last();
  while (!(await deck.locator('.flashcards__done').isVisible())) await next.tap();
  // The cards are written a moment after the last tap: leave once they are.
  await expect.poll(() => storedCards(page)).toBeGreaterThan(0);
  // Nothing is tapped on the review page: the first word plays by itself.
  const heard = page.waitForResponse((r) => r.url().includes('/audio/words/'));
  await page.goto('/ar/review/');
  const asked = await page.locator('.review__prompt').getAttribute('data-word');
  const response = await heard;
  expect(response.status()).toBe(200);
  expect(response.url()).toContain(`/${asked}.mp3`);
});
