import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';

/** The search page's results list, once the index has loaded and the query has run. */
const results = (page: Page) => page.getByRole('list', { name: /./ }).filter({ has: page.locator('.search-result') });
/** The search page's own box (the header has one too, in the "Search the site" landmark). */
const pageBox = (page: Page, landmark = 'Search') => page.getByRole('search', { name: landmark, exact: true }).getByRole('searchbox');

const cases = [
  // A parent types the word heard at school, with the article; a child types it in Latin letters.
  { locale: 'bg', q: 'жабата', lesson: 'Първите букви: от А до И', href: '/bg/lessons/alphabet/first-letters/' },
  { locale: 'en', q: 'zhaba', lesson: 'The first letters: А to И', href: '/en/lessons/alphabet/first-letters/' },
  { locale: 'uk', q: 'жаба', lesson: 'Перші літери: від А до И', href: '/uk/lessons/alphabet/first-letters/' },
  { locale: 'ar', q: 'ضفدع', lesson: 'الحروف الأولى: من А إلى И', href: '/ar/lessons/alphabet/first-letters/' },
  { locale: 'fa', q: 'قورباغه', lesson: 'حروف اول: از А تا И', href: '/fa/lessons/alphabet/first-letters/' },
  // A Latin "m" inside a Cyrillic word, and a culture module.
  { locale: 'en', q: 'mартеница', lesson: 'Baba Marta and the martenitsa', href: '/en/culture/baba-marta/' },
  { locale: 'fa', q: 'благодаря', lesson: 'سلام! احوال‌پرسی و کلمه‌های مؤدبانه', href: '/fa/lessons/language/greetings/' },
] as const;

for (const { locale, q, lesson, href } of cases) {
  test(`/${locale}/search/?q=${q} finds “${lesson}”`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(q);
    // Found by its title and its address: a lesson and a guide may share a title.
    const link = results(page).locator(`:is(.search-result--lesson, .search-result--culture) a[href="${href}"]`);
    await expect(link).toHaveAccessibleName(lesson);
    await expect(link).toBeVisible();
    // The match is marked in what the result shows.
    await expect(results(page).locator('mark').first()).toBeVisible();
  });
}

// The four people: a parent who heard мечка at school, a child on a Latin keyboard,
// a Ukrainian mother and an Afghan father all reach the same word, and its link leads to a
// page (a lesson, a guide or the picture dictionary) that shows and plays it.
for (const { locale, q } of [
  { locale: 'bg', q: 'мечката' },
  { locale: 'en', q: 'mechka' },
  { locale: 'uk', q: 'ведмідь' },
  { locale: 'fa', q: 'خرس' },
  { locale: 'ar', q: 'دب' },
] as const) {
  test(`/${locale}/search/?q=${q} finds the word мѐчка and leads to a page with it`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(q)}`);
    const word = results(page).locator('.search-result--word').filter({ hasText: 'мѐчка' }).first();
    await expect(word).toBeVisible();
    await expect(word.locator('img')).toHaveAttribute('src', '/pictures/1F43B.svg');
    const link = word.getByRole('link');
    await expect(link).toHaveAttribute('href', new RegExp(`^/${locale}/(lessons|culture|dictionary)/`));
    await link.click();
    await expect(page.locator('main [lang="bg"]', { hasText: 'мѐчка' }).first()).toBeVisible();
  });
}

test('a word result shows the kind, the word with its picture, and plays its sound', async ({ page }) => {
  await page.goto('/en/search/?q=zhaba');
  const word = results(page).locator('.search-result--word').first();
  await expect(word.getByText('Word', { exact: true })).toBeVisible();
  await expect(word.getByRole('heading', { name: 'frog' })).toBeVisible();
  await expect(word.locator('[lang="bg"]').first()).toHaveText('жа̀ба');
  await expect(word.locator('img')).toHaveAttribute('src', '/pictures/1F438.svg');
  const lessonKind = results(page).locator('.search-result--lesson').first();
  await expect(lessonKind.getByText('Lesson', { exact: true })).toBeVisible();
  const audio = page.waitForResponse((r) => r.url().endsWith('/audio/words/zhaba.mp3'));
  await word.getByRole('button', { name: 'Listen: жа̀ба' }).click();
  expect((await audio).status()).toBe(200);
});

test('the header search box on any page opens the search with the query', async ({ page }) => {
  await page.goto('/en/culture/baba-marta/');
  const box = pageBox(page, 'Search the site');
  await box.fill('martenitsa');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=martenitsa$/);
  await expect(results(page).locator('.search-result--culture a[href="/en/culture/baba-marta/"]')).toHaveAccessibleName(
    'Baba Marta and the martenitsa',
  );
});

test('a search link shows its first results before React has come, and the island then takes them over', async ({ page }) => {
  // React's file is held back: the results of ?q= must not wait for it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const reactAsked: string[] = [];
  await page.route(/\/_astro\/react\.[\w-]+\.js$/, async (route) => {
    reactAsked.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto('/en/search/?q=zhaba');
  const word = results(page).locator('.search-result--word').first();
  await expect(word.getByRole('heading', { name: 'frog' })).toBeVisible();
  await expect(word.getByRole('link', { name: 'frog' })).toHaveAttribute('href', /^\/en\/(lessons|culture|dictionary)\//);
  await expect(page.getByText(/^(Best r|R)esults: \d+$/)).toBeVisible();
  // Drawn by the page: no listen button yet, and the island's code was asked for only after the results.
  await expect(word.getByRole('button')).toHaveCount(0);
  const drawnAt = await word.boundingBox();
  expect(drawnAt).not.toBeNull();
  release();
  await expect(word.getByRole('button', { name: 'Listen: жа̀ба' })).toBeVisible();
  expect(reactAsked.length).toBeGreaterThan(0);
  // One list, the island's, with the rest of the results, and the result did not move.
  await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(1);
  expect((await word.boundingBox())?.y).toBe(drawnAt?.y);
  // The island now searches as one types.
  await pageBox(page).fill('mechka');
  await expect(results(page).locator('.search-result--word').filter({ hasText: 'мѐчка' }).first()).toBeVisible();
});

test('a search link asks for the index once, from the page’s head, and the search uses that download', async ({ page }) => {
  const indexRequests: string[] = [];
  // The worker's requests are the page's too: a second download there would be counted.
  page.on('request', (request) => {
    if (request.url().endsWith('/search/en.json')) indexRequests.push(request.resourceType());
  });
  await page.goto('/en/search/?q=mechka');
  await expect(results(page).locator('.search-result--word').filter({ hasText: 'мѐчка' }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toHaveLength(1);
  // Asked for by the head's preload (lib/search/index-preload.ts), not by a script later.
  const initiators = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/search/en.json'))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(initiators).toEqual(['link']);
});

test('the index loads only when someone searches, and the address follows the query', async ({ page }) => {
  const indexRequests: string[] = [];
  const shardRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search/en.json')) indexRequests.push(request.url());
    if (/\/search\/en\/\d+\.json$/.test(request.url())) shardRequests.push(request.url());
  });
  await page.goto('/en/');
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests).toEqual([]);

  const box = pageBox(page);
  await expect(box).toHaveAccessibleName('A word, a lesson or a topic');
  await box.click();
  await page.keyboard.type('благодаря');
  await expect(page.getByRole('status').filter({ hasText: /(Best r|R)esults: \d+/ })).toBeVisible();
  expect(indexRequests).toHaveLength(1);
  // Only the display shards of the results shown, each once.
  expect(shardRequests.length).toBeGreaterThan(0);
  expect(new Set(shardRequests).size).toBe(shardRequests.length);
  await expect(page).toHaveURL(/\?q=%D0%B1/);
  await expect(results(page).getByRole('link', { name: 'Hello! Greetings and polite words' })).toBeVisible();

  // From the box, the keyboard reaches the first result and follows it.
  await box.focus();
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)) && guard++ < 10) {
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
  expect(focused).toMatch(/^\/en\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${focused}$`));
});

test('lunr operator characters and nonsense say what happened instead of breaking', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`/en/search/?q=${encodeURIComponent('hello: ^~*+-')}`);
  await expect(results(page).getByRole('link', { name: 'Hello! Greetings and polite words' })).toBeVisible();
  const box = pageBox(page);
  await box.fill('qqqxxzz');
  await expect(page.getByRole('status')).toHaveText('Nothing found for “qqqxxzz”. Try a shorter word or another spelling.');
  await box.fill('*'.repeat(500));
  await box.press('Enter');
  await expect(results(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a missing index says so', async ({ page }) => {
  await page.route('**/search/en.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/en/search/?q=zhaba');
  await expect(page.getByRole('status')).toHaveText('The search could not load. Check the connection and try again.');
});

test('display data that cannot load says so, in the page’s language, and the next search tries again', async ({ page }) => {
  let failing = true;
  await page.route('**/search/uk/*.json', (route) => (failing ? route.fulfill({ status: 404, body: '' }) : route.fallback()));
  await page.goto('/uk/search/?q=zhaba');
  await expect(page.getByRole('status')).toHaveText(
    'Пошук знайшов результати, але не вдалося їх завантажити й показати. Перевір з’єднання і спробуй ще раз.',
  );
  await expect(page.locator('.search-result')).toHaveCount(0);
  failing = false;
  await pageBox(page, 'Пошук').press('Enter');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('in Persian the results read right to left, with Bulgarian marked as Bulgarian', async ({ page }) => {
  await page.goto(`/fa/search/?q=${encodeURIComponent('قورباغه')}`);
  const word = results(page).locator('.search-result--word').first();
  await expect(word.getByRole('heading', { name: 'قورباغه' })).toBeVisible();
  // Measured once the island has taken over from the results the page drew (its listen button is there).
  await expect(word.locator('.audio-button')).toBeVisible();
  const picture = await word.locator('img').boundingBox();
  const body = await word.locator('.search-result__body').boundingBox();
  // The picture starts the line, which in Persian is on the right.
  expect(picture?.x ?? 0).toBeGreaterThan(body?.x ?? 0);
  await expect(word.locator('.search-result__bulgarian')).toHaveAttribute('lang', 'bg');
});

test('the search page requests nothing from another origin and has no serious accessibility violation', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
  });
  for (const locale of ['en', 'ar'] as const) {
    await page.goto(`/${locale}/search/?q=zhaba`);
    await expect(results(page).locator('.search-result').first()).toBeVisible();
    const scan = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
  expect(foreign).toEqual([]);
});
