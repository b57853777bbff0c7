/**
 * In Arabic, on a touch screen: an exercise's instruction is read aloud in Arabic by
 * itself when it comes into view, from its generated file (the request returns 200), and
 * its speaker button plays it again; the feedback has a speaker of its own. The lesson is
 * reached as a child reaches it, by a link (a page opened directly waits for the first
 * tap: spoken-instructions-untouched.spec.ts).
 */
import { expect, test, type Request } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

const phraseAudio = /\/audio\/phrases\/ar\/([\w.]+)\.[0-9a-f]{8}\.mp3$/;
/** A file the page itself asked for, to play it (the service worker also fetches a lesson's audio, to keep it offline). */
const playedBy = (request: Request) => request.serviceWorker() === null && request.frame() !== null;

test('an Arabic instruction plays by itself from its generated file, and again from its speaker', async ({ page }) => {
  await page.goto('/ar/lessons/');
  await page.locator('a[href="/ar/lessons/language/greetings/"]').first().tap();
  await page.waitForURL('**/ar/lessons/language/greetings/');
  const listen = page.locator('section.exercise.listen').first();
  const heard = page.waitForResponse((response) => playedBy(response.request()) && phraseAudio.test(new URL(response.url()).pathname));
  await listen.scrollIntoViewIfNeeded();
  await expect(listen.locator('xpath=..')).not.toHaveAttribute('ssr', '');

  const response = await heard;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('audio/mpeg');
  expect(new URL(response.url()).pathname).toContain('/audio/phrases/ar/listen.instruction.');

  const speaker = listen.locator('.exercise__instruction').getByRole('button', { name: 'استمع إلى هذا' });
  await expect(speaker).toBeVisible();
  await speaker.tap();
  await expect(speaker).not.toHaveAttribute('data-state', 'unavailable');

  // A wrong answer: the feedback's words have their own speaker, whose file loads too.
  const asked = await listen.locator('.exercise__prompt').getAttribute('data-word');
  await listen.locator(`.choice:not([data-word="${asked}"])`).first().tap();
  const feedback = page.waitForResponse((response) => new URL(response.url()).pathname.includes('/audio/phrases/ar/exercise.wrong.'));
  await listen.locator('.feedback__title').getByRole('button', { name: 'استمع إلى هذا' }).tap();
  expect((await feedback).status()).toBe(200);
});
