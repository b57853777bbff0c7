import { expect, test, type Page } from '@playwright/test';
import { withFakeMicrophone } from './chromium-launch';
import { openTutor } from './learner-steps';

// Chromium's fake microphone and no permission prompt; the rest as in playwright.config.ts.
test.use(withFakeMicrophone);

/** Opens the recordings page on the greetings lesson (the tutor PIN set or typed). */
async function openRecordings(page: Page) {
  await openTutor(page);
  await page.getByRole('link', { name: 'Recordings' }).click();
  await expect(page).toHaveURL(/\/en\/tutor\/recordings\/$/);
  // Opened once, the tools stay open on the next tutor page: no PIN again.
  await expect(page.getByRole('button', { name: 'Lock the tutor tools' })).toBeVisible();
  await expect(page.getByLabel('Tutor PIN')).toHaveCount(0);
  await page.getByLabel('Lesson:').selectOption({ label: 'Hello! Greetings and polite words' });
}

/** Watches which URLs howler loads: a recording is a blob: URL, the generated file an /audio/ path. */
async function watchAudio(page: Page) {
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
  return fileRequests;
}

/** Plays здравей in the lesson's word cards, and checks a person's recording played, not the file. */
async function hearRecording(page: Page, fileRequests: string[]) {
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
}

async function recordZdravey(page: Page) {
  const row = page.locator('.recording-row[data-key="zdravey"]');
  await row.getByRole('button', { name: 'Record' }).click();
  await expect(row.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
  await page.waitForTimeout(1200);
  await row.getByRole('button', { name: 'Stop' }).click();
  await row.getByRole('button', { name: 'Keep' }).click();
  await expect(row).toHaveAttribute('data-saved', 'yes');
  await expect(row.getByRole('button', { name: 'Delete' })).toBeVisible();
}

test('a tutor records a word, and the lesson’s audio button then plays the recording, not the file', async ({ page }) => {
  await openRecordings(page);
  await recordZdravey(page);
  const fileRequests = await watchAudio(page);
  await hearRecording(page, fileRequests);
});

test('a voice pack saved on one computer plays the same recording on another', async ({ page, browser }) => {
  await openRecordings(page);
  await recordZdravey(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save this lesson’s recordings' }).click();
  const file = await (await download).path();
  await expect(page.getByText('Saved 1 recording in the file.')).toBeVisible();

  // A fresh browser context: its own, empty IndexedDB.
  const other = await browser.newContext();
  const second = await other.newPage();
  await openRecordings(second);
  await expect(second.locator('.recording-row[data-key="zdravey"]')).toHaveAttribute('data-saved', 'no');
  await second.locator('#voice-pack-file').setInputFiles(file);
  await expect(second.getByText('Loaded 1 recording.')).toBeVisible();
  await expect(second.locator('.recording-row[data-key="zdravey"]')).toHaveAttribute('data-saved', 'yes');
  const fileRequests = await watchAudio(second);
  await hearRecording(second, fileRequests);
  await other.close();
});

test('a backup with the recordings, its size said first, brings the recording to another computer', async ({ page, browser }) => {
  await openRecordings(page);
  await recordZdravey(page);
  await openTutor(page);
  const progressOnly = page.getByRole('radio', { name: /^Progress only: about [\d.]+ kB$/ });
  const withVoice = page.getByRole('radio', { name: /^Progress and the recordings of your voice \(1 recording\): about [\d.]+ (kB|MB)$/ });
  await expect(progressOnly).toBeChecked();
  await withVoice.check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save everyone’s progress to a file' }).click();
  const file = await (await download).path();

  const other = await browser.newContext();
  const second = await other.newPage();
  await openTutor(second);
  await second.locator('#import-file').setInputFiles(file);
  await expect(second.getByRole('status')).toContainText('Recordings of a tutor’s voice loaded: 1.');
  const fileRequests = await watchAudio(second);
  await hearRecording(second, fileRequests);
  await other.close();
});
