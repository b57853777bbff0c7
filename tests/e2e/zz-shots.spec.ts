import { expect, test } from '@playwright/test';
import { playLesson } from './exercise-driver';
import { createLearner, openTutor } from './learner-steps';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
test('shots', async ({ page }) => {
  test.setTimeout(300_000);
  await createLearner(page, 'Ana', 0);
  await page.goto('/en/lessons/alphabet/first-letters/');
  await playLesson(page, 'pointer');
  await createLearner(page, 'Иво Петров', 1);
  await page.goto('/en/lessons/language/greetings/');
  const section = page.locator('section.exercise.listen').first();
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('xpath=..')).not.toHaveAttribute('ssr', '');
  for (let i = 0; i < 3; i++) {
    const asked = (await section.locator('.exercise__prompt').getAttribute('data-word'))!;
    await section.locator(`.choice:not([data-word="${asked}"]):not([disabled])`).first().click();
    await section.locator('.feedback .button.primary').click();
  }
  await openTutor(page);
  for (const locale of ['en', 'ar']) {
    await page.goto(`/${locale}/tutor/reports/`);
    await page.locator('#tutor-pin').fill('2468');
    await page.locator('.tutor__pin button[type=submit]').click();
    await expect(page.locator('.reports__views')).toBeVisible();
    await page.screenshot({ path: `/tmp/t15b/${locale}-class.png`, fullPage: true });
    await page.locator('input[value=child]').check();
    await page.locator('.reports__controls select').nth(2).selectOption({ index: 1 });
    await page.screenshot({ path: `/tmp/t15b/${locale}-child.png`, fullPage: true });
    await page.locator('input[value=lesson]').check();
    await page.locator('.reports__controls select').nth(2).selectOption({ index: 1 });
    await page.screenshot({ path: `/tmp/t15b/${locale}-lesson.png`, fullPage: true });
    await page.locator('input[value=class]').check();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `/tmp/t15b/${locale}-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
});
