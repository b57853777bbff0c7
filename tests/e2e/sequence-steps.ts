/** Steps for a lesson a child plays one exercise at a time (islands/LessonSequence.tsx). */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the step of this exercise by its address (`#step-N`) when the sequence hides it; nothing otherwise. */
export async function showExercise(page: Page, section: Locator): Promise<void> {
  if (await section.isVisible()) return;
  const step = await section.evaluate((el) => [...document.querySelectorAll('[data-exercise]')].indexOf(el) + 1);
  await page.evaluate((n) => (window.location.hash = `#step-${n}`), step);
  await expect(section).toBeVisible();
}

/**
 * Waits until the sequence of a chosen learner has taken over the page: every exercise
 * shows until it has loaded, then only the current one, and only from then does it follow
 * a `#step-N` (an address set earlier can be overwritten with its first step). For a lesson
 * of more than one exercise.
 */
export async function waitForSequence(page: Page): Promise<void> {
  await expect(page.locator('nav.sequence')).toBeVisible();
  const all = await page.locator('[data-exercise]').count();
  await expect(page.locator('[data-exercise]:visible')).not.toHaveCount(all);
}
