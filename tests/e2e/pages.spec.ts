import { expect, test } from '@playwright/test';
import { pageTypes } from './pages';

// Every page type in every locale, with lang and dir from the locale: the walk in csp.spec.ts.

test('the start page offers the five languages by their own names, without flags', async ({ page }) => {
  await page.goto('/');
  const choices = page.locator('.choices a');
  await expect(choices).toHaveText(['Български', 'English', 'العربية', 'فارسی', 'Українська']);
  await expect(page.locator('.choices a[lang="fa"]')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('img[alt*="flag" i]')).toHaveCount(0);
});

test.describe('with an Arabic browser', () => {
  test.use({ locale: 'ar-SY' });
  test('the start page suggests Arabic', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('a.suggested')).toHaveText('العربية');
    await expect(page.locator('a.suggested')).toBeFocused();
  });
});

test('the start page remembers the language chosen last time', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/$/);
  await page.goto('/');
  await expect(page.locator('a.suggested')).toHaveText('Українська');
});

test('Bulgarian inside a page in another language is marked lang="bg"', async ({ page }) => {
  await page.goto(pageTypes.lesson('ar'));
  await expect(page.locator('.help-text [lang="bg"]').first()).toHaveText('здравей');
  await expect(page.locator('.flashcards__word').first()).toHaveAttribute('lang', 'bg');
  await page.goto(pageTypes.cultureModule('en'));
  await expect(page.locator('article [lang="bg"]').first()).not.toBeEmpty();
});

test('Bulgarian text uses the self-hosted Bulgarian font', async ({ page }) => {
  await page.goto(pageTypes.lesson('uk'));
  const family = await page
    .locator('.flashcards__word')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/^"?Sofia Sans/);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
  expect(loaded.join()).toContain('Sofia Sans');
});

test('a page downloads only the fonts of the scripts it shows, the regular ones preloaded', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) fonts.push(response.url().replace(/^.*\/_astro\/|\.[\w-]+\.woff2$/g, ''));
  });
  await page.goto(pageTypes.cultureModule('en'));
  await page.evaluate(() => document.fonts.ready);
  // English text is in the computer's own font: no Latin font file is downloaded, only the
  // Bulgarian words' Cyrillic (and Vazirmatn for the Arabic and Persian names in the language menu).
  expect(fonts.filter((name) => !/^(sofia-sans-cyrillic|vazirmatn-arabic)-/.test(name))).toEqual([]);
  expect(fonts).toContain('sofia-sans-cyrillic-400-normal');
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(1);

  fonts.length = 0;
  await page.goto(pageTypes.cultureModule('ar'));
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toContain('vazirmatn-arabic-400-normal');
  expect(fonts.filter((name) => !/^(sofia-sans-cyrillic|vazirmatn-arabic)-/.test(name))).toEqual([]);
});

test('the lesson catalogue lists both lessons under their tracks', async ({ page }) => {
  await page.goto(pageTypes.catalogue('en'));
  await expect(page.getByRole('heading', { level: 2, name: 'The alphabet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Words and phrases' })).toBeVisible();
  await page.getByRole('link', { name: /Hello! Greetings/ }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/language\/greetings\/$/);
});

test('an unknown address says so in every language, each line leading to that language', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'This page does not exist. Back to the start' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: 'هذه الصفحة غير موجودة. العودة إلى البداية' })).toHaveAttribute('href', '/ar/');
  await expect(page.locator('li[lang="fa"]')).toHaveAttribute('dir', 'rtl');
});
