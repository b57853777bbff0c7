/**
 * Right to left, done right: on an Arabic lesson page every Bulgarian span reads left to
 * right in isolation (dir="ltr" or <bdi>) and has the Bulgarian letter forms of Sofia Sans;
 * the back arrow points right; the 404 page gives each language its own font.
 */
import { expect, test } from '@playwright/test';

test('Bulgarian on an Arabic lesson page is isolated left to right, in the Bulgarian font', async ({ page }) => {
  await page.goto('/ar/lessons/language/greetings/');
  await page.waitForLoadState('networkidle');
  const spans = await page.locator('main [lang="bg"]').evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return {
        text: element.textContent?.trim().slice(0, 30),
        isolated: element.getAttribute('dir') === 'ltr' || element.closest('bdi') !== null,
        direction: style.direction,
        bidi: style.unicodeBidi,
        font: style.fontFamily.split(',')[0]?.replace(/"/g, '').trim(),
      };
    }),
  );
  expect(spans.length).toBeGreaterThan(10);
  const wrong = spans.filter(
    (s) => !s.isolated || s.direction !== 'ltr' || !['isolate', 'isolate-override'].includes(s.bidi) || s.font !== 'Sofia Sans',
  );
  expect(wrong).toEqual([]);
});

test('the back arrow points the way the page reads', async ({ page }) => {
  const arrow = (locator: ReturnType<typeof page.locator>) => locator.evaluate((element) => getComputedStyle(element, '::before').content);
  await page.goto('/ar/lessons/language/greetings/');
  expect(await arrow(page.locator('a.arrow-back'))).toContain('→');
  await page.goto('/en/lessons/language/greetings/');
  expect(await arrow(page.locator('a.arrow-back'))).toContain('←');
});

test('the 404 page shows each language in its own font', async ({ page }) => {
  await page.goto('/no-such-page/');
  const fontOf = (lang: string) =>
    page
      .locator(`.not-found li[lang="${lang}"] a span`)
      .evaluate((element) => getComputedStyle(element).fontFamily.split(',')[0]?.replace(/"/g, ''));
  // English and Ukrainian in the computer's own font (styles/fonts.css), never Sofia Sans's Bulgarian forms.
  expect(await fontOf('en')).toBe('system-ui');
  expect(await fontOf('uk')).toBe('system-ui');
  expect(await fontOf('bg')).toBe('Sofia Sans');
  expect(await fontOf('ar')).toBe('Vazirmatn');
  expect(await fontOf('fa')).toBe('Vazirmatn');
});
