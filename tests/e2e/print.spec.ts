import { expect, test } from '@playwright/test';

/** The pages of a PDF, counted by its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

// The greetings lesson has 22 words: sheets of 8, 8 and 6 cards, each followed by its backs.
const greetings = '/en/lessons/language/greetings/';

test('the lesson page links its flashcards and worksheet to print', async ({ page }) => {
  await page.goto(greetings);
  await page.getByRole('link', { name: 'Flashcards to print' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/language\/greetings\/cards\/$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Worksheet to print' }).click();
  await expect(page).toHaveURL(/\/worksheet\/$/);
});

test('flashcards print eight to an A4 sheet, each sheet of fronts followed by its backs', async ({ page }) => {
  await page.goto(`${greetings}cards/`);
  const fronts = page.locator('[data-sheet="front"]');
  await expect(fronts).toHaveCount(3);
  const perSheet = await Promise.all((await fronts.all()).map((sheet) => sheet.locator('.card:not(.empty)').count()));
  expect(perSheet).toEqual([8, 8, 6]);
  // The first card's back is the second place of the back sheet: rows are mirrored for a long-edge flip.
  await expect(fronts.first().locator('.card').first()).toContainText('здравѐй');
  await expect(page.locator('[data-sheet="back"]').first().locator('.card').nth(1)).toContainText('hello');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBe(6);
});

test('the worksheet prints six words to a sheet, with letters to trace on an alphabet lesson', async ({ page }) => {
  await page.goto('/ar/lessons/alphabet/first-letters/worksheet/');
  // 16 words: three sheets.
  await expect(page.locator('[data-sheet="worksheet"]')).toHaveCount(3);
  // Traced in the Bulgarian letter forms: inside lang="bg", in Sofia Sans.
  const trace = page.locator('.writing[lang="bg"] .trace').first();
  await expect(trace).toContainText('Аа');
  expect(await trace.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Sofia Sans/);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBe(3);
});
