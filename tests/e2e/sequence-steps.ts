/** Steps for a lesson a child plays one exercise at a time (islands/LessonSequence.tsx). */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the step of this exercise by its address (`#step-N`) when the sequence hides it; nothing otherwise. */
export async function showExercise(page: Page, section: Locator): Promise<void> {
  if (await section.isVisible()) return;
  const step = await section.evaluate((el) => [...document.querySelectorAll('[data-exercise]')].indexOf(el) + 1);
  await page.evaluate((n) => (window.location.hash = `#step-${n}`), step);
  await expect(section).toBeVisible();
}
