import { expect, test } from '@playwright/test';

test('a child chooses a language, opens the greetings lesson and hears a word', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('link', { name: /Start learning/ }).click();
  await page.getByRole('link', { name: /Hello! Greetings/ }).click();

  const deck = page.getByRole('region', { name: 'Word cards' }).first();
  await expect(deck.getByText('Card 1 of 8')).toBeVisible();
  // Wait for the island to hydrate (it is client:visible): a tap before that does nothing.
  await expect(deck.locator('..')).not.toHaveAttribute('ssr', '');
  const audio = page.waitForResponse((r) => r.url().endsWith('/audio/words/zdravey.mp3'));
  await deck.getByRole('button', { name: 'Listen: здравѐй' }).click();
  expect((await audio).status()).toBe(200);
  // The sound decodes and plays: the button never reports it as unavailable.
  await expect(deck.locator('.audio-button').first()).toHaveAttribute('data-state', /playing|idle/);
  await expect(deck.getByText('Sorry, this sound cannot play here.')).toHaveCount(0);
});

test('the flashcards work with the keyboard alone', async ({ page }) => {
  await page.goto('/en/lessons/language/greetings/');
  const deck = page.getByRole('region', { name: 'Word cards' }).first();
  await expect(deck.getByText('Card 1 of 8')).toBeVisible();
  // Wait for the island to hydrate (it is client:visible).
  await expect(deck.locator('..')).not.toHaveAttribute('ssr', '');

  // Tab from the top of the page to the first card's flip button.
  await page.keyboard.press('Tab');
  let guard = 0;
  while (!(await deck.getByRole('button', { name: 'Turn the card' }).evaluate((el) => el === document.activeElement)) && guard++ < 40) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(deck.getByText('hi, hello (to one person you know well)')).toBeVisible();
  await expect(deck.getByRole('button', { name: 'Turn back' })).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Card 2 of 8')).toBeVisible();
  await expect(deck.getByText('здравѐйте')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Card 3 of 8')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(deck.getByText('Card 2 of 8')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(deck.getByText('hello (to an adult or to several people)')).toBeVisible();
});

test('in Arabic the cards read right to left and the left arrow moves forward', async ({ page }) => {
  await page.goto('/ar/lessons/language/greetings/');
  const deck = page.locator('.flashcards').first();
  await expect(deck.locator('.flashcards__position')).toContainText('1');
  await deck.locator('.flashcards__controls .button.primary').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(deck.locator('.flashcards__word')).toHaveText('здравѐйте');
  const [prev, next] = await deck
    .locator('.flashcards__controls .button')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  // In right-to-left pages "previous" sits on the right.
  expect(prev).toBeGreaterThan(next ?? 0);
});

test('a missing sound says so instead of failing silently', async ({ page }) => {
  await page.route('**/audio/words/zdravey.mp3', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/en/lessons/language/greetings/');
  const deck = page.getByRole('region', { name: 'Word cards' }).first();
  await deck.getByRole('button', { name: 'Listen: здравѐй' }).click();
  await expect(deck.getByRole('status').filter({ hasText: 'Sorry, this sound cannot play here.' })).toBeVisible();
});

test('a word on a page without React plays through the small script', async ({ page }) => {
  await page.goto('/en/culture/baba-marta/');
  const audio = page.waitForResponse((r) => r.url().includes('/audio/words/martenitsa.mp3'));
  await page.locator('.word-list').getByRole('button', { name: 'Listen: ма̀ртеница', exact: true }).click();
  expect((await audio).status()).toBe(200);
});
