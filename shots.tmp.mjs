import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4400';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const locale of ['en', 'ar']) {
  const ctx = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const shot = async (name) => { await page.waitForTimeout(600); await page.screenshot({ path: `/tmp/shots/${locale}-${name}.png`, fullPage: false }); };
  await page.goto(`${base}/${locale}/tutor/`); await page.waitForSelector('#new-tutor-pin'); await shot('tutor-create-pin');
  await page.fill('#new-tutor-pin', '2468'); await page.fill('#new-tutor-pin-again', '2469'); await page.locator('.tutor__pin button[type=submit]').tap(); await shot('tutor-pin-mismatch');
  await page.fill('#new-tutor-pin-again', '2468'); await page.locator('.tutor__pin button[type=submit]').tap(); await page.waitForSelector('.tutor__lock'); await shot('tutor-panel');
  await page.locator('.tutor__lock').tap(); await page.waitForSelector('#tutor-pin');
  for (let i = 0; i < 3; i++) { await page.fill('#tutor-pin', '1111'); await page.locator('.tutor__pin button[type=submit]').tap(); await page.waitForTimeout(500); }
  await page.locator('.tutor__reset summary').tap(); await shot('tutor-wait-and-reset');
  await page.goto(`${base}/${locale}/learners/`); await page.waitForTimeout(800);
  const name = page.locator('#learner-name');
  if (await name.count()) { await name.fill(locale === 'ar' ? 'سارا' : 'Sara'); await page.locator('.picture-choice').nth(2).tap(); await page.locator('button.button.primary[type=submit]').tap(); await page.waitForURL(/\/me\//); }
  await shot('me');
  await page.goto(`${base}/${locale}/learners/`); await page.waitForTimeout(800); await shot('learners');
  await page.goto(`${base}/${locale}/lessons/language/help-and-safety/`); await page.waitForTimeout(800); await shot('lesson-help-and-safety');
  await page.goto(`${base}/${locale}/lessons/history/vasil-levski/`); await page.waitForTimeout(800); await shot('lesson-levski');
  await page.goto(`${base}/${locale}/lessons/school/marks/`); await page.waitForTimeout(800); await shot('lesson-marks-objectives');
  await page.goto(`${base}/${locale}/dictionary/school/`); await page.waitForTimeout(800); await shot('dictionary-school');
  await page.goto(`${base}/${locale}/lessons/language/my-family/`); await page.waitForTimeout(500);
  await page.locator('#match-relatives, [data-exercise$="match-relatives"]').first().scrollIntoViewIfNeeded().catch(() => {});
  await shot('lesson-family-relatives');
  await page.goto(`${base}/${locale}/lessons/alphabet/whole-alphabet/`); await page.waitForTimeout(800);
  await page.locator('.exercise').nth(1).scrollIntoViewIfNeeded(); await shot('exercise-shell');
  await ctx.close();
}
await browser.close();
