/**
 * A child who cannot write yet starts alone, in Arabic, on a touch screen: only taps, not
 * a single key, from "Who is learning?" to their own home page. A second child sees the
 * first one's picture taken.
 */
import { expect, test } from '@playwright/test';
import { translations } from '../../src/i18n';
import { createLearnerByPicture } from './learner-steps';

test.use({ hasTouch: true, isMobile: true, viewport: { width: 768, height: 1024 } });

const t = translations('ar');

test('a child makes a profile with taps alone and reaches their home', async ({ page }) => {
  // Any key pressed on the page fails the test: the child has no keyboard.
  await page.addInitScript(() => {
    addEventListener('keydown', () => ((window as unknown as { typed: boolean }).typed = true), true);
  });
  await createLearnerByPicture(page, 'ar', 'fox', 'blue');
  expect(await page.evaluate(() => (window as unknown as { typed?: boolean }).typed ?? false)).toBe(false);

  // Their home, and the header's badge: the fox on blue, named by the picture.
  const fox = t('learners.unnamed').replace('{picture}', t('picture.fox'));
  await expect(page.locator('.child-home')).toBeVisible();
  const badge = page.locator('[data-learner-badge]');
  await expect(badge).toBeVisible();
  await expect(badge.getByRole('img', { name: fox })).toHaveAttribute('src', '/pictures/1F98A.svg');
  // Drawn, not only named: the badge's picture waits (loading="lazy") only while the badge is hidden.
  await expect.poll(() => badge.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await badge.evaluate((element) => getComputedStyle(element).getPropertyValue('--learner-colour'))).toBe('#1565c0');

  // The next child finds the fox taken, and their own card among the others.
  await page.goto('/ar/learners/');
  await expect(page.getByRole('button', { name: fox })).toBeVisible();
  await page.getByRole('button', { name: t('learners.add'), exact: true }).tap();
  const taken = page.getByRole('radio', { name: `${t('picture.fox')} ${t('learners.taken')}` });
  await expect(taken).toBeDisabled();
  await expect(page.getByRole('button', { name: t('learners.create') })).toBeDisabled();
});
