import { expect, test } from '@playwright/test';
import { allLocales, pageTypes } from './pages';

/** The site makes no request to any other origin: no fonts, scripts, analytics or pictures from elsewhere. */
for (const locale of allLocales) {
  test(`pages in ${locale} request nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
    });
    for (const url of ['/', ...Object.values(pageTypes).map((p) => p(locale))]) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    // Interacting loads audio and pictures too.
    await page.goto(pageTypes.lesson(locale));
    await page.locator('.flashcards .audio-button__play').first().click();
    await page.locator('.flashcards__controls .button.primary').first().click();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
