/**
 * A lesson opened directly (typed, or from a bookmark) may not make sound before the
 * child's first tap: browsers hold it back. The instruction then waits for that tap
 * instead of starting a sound that would only wait (and would make the audio context, a
 * long blocking task on an old computer, for nothing).
 */
import { expect, test, type Request } from '@playwright/test';

// The trace records snapshots of the page, which the browser counts as a tap.
test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, trace: 'off' });

const phraseAudio = /\/audio\/phrases\/ar\/([\w.]+)\.[0-9a-f]{8}\.mp3$/;
/** A file the page itself asked for, to play it (the service worker also fetches a lesson's audio, to keep it offline). */
const playedBy = (request: Request) => request.serviceWorker() === null && request.frame() !== null;

test('on a lesson opened directly, the instruction waits for the first tap, then plays', async ({ page }) => {
  const heard: string[] = [];
  page.on('request', (request) => {
    const match = phraseAudio.exec(new URL(request.url()).pathname);
    if (match && playedBy(request)) heard.push(match[1]!);
  });
  // Playwright's evaluate counts as a tap for the browser; the page is looked at through
  // the DevTools protocol instead, which does not.
  const cdp = await page.context().newCDPSession(page);
  const quietly = async (expression: string): Promise<unknown> =>
    (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  await page.goto('/ar/lessons/language/greetings/');
  await quietly(`document.querySelector('section.exercise.listen').scrollIntoView()`);
  await expect
    .poll(() => quietly(`!document.querySelector('section.exercise.listen').closest('astro-island').hasAttribute('ssr')`))
    .toBe(true);
  await page.waitForTimeout(1000);
  expect(await quietly('navigator.userActivation.hasBeenActive')).toBe(false);
  expect(heard).toEqual([]);

  const played = page.waitForRequest(
    (request) => playedBy(request) && new URL(request.url()).pathname.includes('/audio/phrases/ar/listen.instruction.'),
  );
  await page.locator('section.exercise.listen h2, section.exercise.listen .exercise__instruction').first().tap();
  await played;
});
