import { expect, test } from '@playwright/test';
import { openTutor } from './learner-steps';

// Chromium's fake microphone (a steady beep) and no permission prompt; the rest as in playwright.config.ts.
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--autoplay-policy=no-user-gesture-required',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

test('a tutor records a word, and the lesson’s audio button then plays the recording, not the file', async ({ page }) => {
  await openTutor(page);
  await page.getByRole('link', { name: 'Recordings' }).click();
  await expect(page).toHaveURL(/\/en\/tutor\/recordings\/$/);
  // Each tutor page asks for the PIN again.
  await page.getByLabel('Tutor PIN').fill('2468');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByLabel('Lesson:').selectOption({ label: 'Hello! Greetings and polite words' });

  const row = page.locator('.recording-row[data-key="zdravey"]');
  await row.getByRole('button', { name: 'Record' }).click();
  await expect(row.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
  await page.waitForTimeout(1200);
  await row.getByRole('button', { name: 'Stop' }).click();
  await row.getByRole('button', { name: 'Keep' }).click();
  await expect(row).toHaveAttribute('data-saved', 'yes');
  await expect(row.getByRole('button', { name: 'Delete' })).toBeVisible();

  // Which URLs howler loads: a recording is a blob: URL, the generated file an /audio/ path.
  await page.addInitScript(() => {
    const loaded: string[] = [];
    (window as unknown as { loadedAudio: string[] }).loadedAudio = loaded;
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      loaded.push(String(url));
      return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof open;
  });
  const fileRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/audio/words/zdravey.mp3')) fileRequests.push(request.url());
  });
  await page.goto('/en/lessons/language/greetings/');
  const deck = page.getByRole('region', { name: 'Word cards' }).first();
  await expect(deck.locator('..')).not.toHaveAttribute('ssr', '');
  const button = deck.locator('.audio-button').first();
  // The mark that this is a person's voice.
  await expect(button.getByRole('img', { name: 'A person’s voice' })).toBeVisible();
  await deck.getByRole('button', { name: 'Listen: здравѐй' }).click();
  await expect(button).toHaveAttribute('data-state', /playing|idle/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { loadedAudio: string[] }).loadedAudio))
    .toContainEqual(expect.stringMatching(/^blob:/));
  await expect(deck.getByText('Sorry, this sound cannot play here.')).toHaveCount(0);
  expect(fileRequests).toEqual([]);
});
