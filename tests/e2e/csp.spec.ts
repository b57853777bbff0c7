import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { allLocales, pageTypes } from './pages';

/**
 * Every page runs under the Content Security Policy that astro.config.mjs asks Astro to
 * write (experimental.csp): nothing the site does is refused by it, on any page type in
 * any locale, including what loads later (islands, audio, the search index, pictures).
 * A refusal shows as a `securitypolicyviolation` event and as a console message; both
 * are collected.
 *
 * The same walk, the suite's only one through every page of every locale, also checks
 * that each page exists with `lang` and `dir` from its locale and a heading, and that
 * nothing is requested from another origin (no fonts, scripts, analytics or pictures
 * from elsewhere), even once the islands, audio and search have loaded.
 */

declare global {
  interface Window {
    /** Violations the page reported, collected by the init script below. */
    cspViolations?: string[];
  }
}

/**
 * Starts collecting violations on every document the page opens, before its scripts run.
 * `expected`: the test provokes them, and the log says so (a refusal printed by the last
 * test here was once taken for a product fault).
 */
async function watchViolations(page: Page, { expected = false } = {}): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (!/Content Security Policy/i.test(message.text())) return;
    messages.push(message.text());
    // Shown at once, so a test that fails on a later step still tells what was refused.
    console.log(`[CSP${expected ? ', provoked by the test' : ''}] ${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const blocked = event.blockedURI || 'inline';
        window.cspViolations?.push(`${event.effectiveDirective} refused ${blocked} at ${event.sourceFile}:${event.lineNumber}`);
      },
      true,
    );
  });
  return messages;
}

/** The violations the current document reported (read before leaving it). */
const reported = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

/** The policy in the page's <meta>, which must be strict: a page without one fails. */
async function expectPolicy(page: Page): Promise<void> {
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'sha256-/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // Every inline script is allowed by its hash, including those Astro does not hash itself
  // (components/SearchIndexPreload.astro): one before the policy's <meta> runs even without
  // its hash, and would be refused where a host sends the policy as a header.
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) =>
      scripts
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
        .map((script) => script.textContent ?? ''),
    );
  for (const text of inline) expect(policy, text.slice(0, 80)).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

/** Scrolls each island into view (most are client:visible) and waits until it has hydrated. */
async function hydrateIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let n = 0; n < (await islands.count()); n++) {
    const island = islands.nth(n);
    // An island is display: contents, and React puts a picture's <link rel="preload">
    // first: what the browser sees is the first child with a box.
    await island.evaluate((el) =>
      ([...el.children].find((child) => child.getClientRects().length > 0) ?? el).scrollIntoView({ block: 'center' }),
    );
    await expect(island).not.toHaveAttribute('ssr');
  }
}

/** Fonts the page asked for all loaded: none was refused. */
async function expectFontsLoaded(page: Page): Promise<void> {
  const failed = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'error').map((font) => font.family);
  });
  expect(failed).toEqual([]);
}

/** Collects every request the page makes to another origin. */
function watchForeignRequests(page: Page, baseURL: string | undefined): string[] {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
  });
  return foreign;
}

/** The page exists, in its locale's language and direction, with a heading. */
async function expectPageOf(page: Page, url: string, locale: string, status: number | undefined): Promise<void> {
  expect(status, url).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
  await expect(page.locator('h1')).not.toBeEmpty();
}

/** Opens a page, lets it load and hydrate everything, and returns what the policy refused. */
async function visit(page: Page, url: string, locale?: string): Promise<string[]> {
  const response = await page.goto(url);
  if (locale) await expectPageOf(page, url, locale, response?.status());
  await page.waitForLoadState('networkidle');
  await expectPolicy(page);
  await hydrateIslands(page);
  await expectFontsLoaded(page);
  await page.waitForLoadState('networkidle');
  return (await reported(page)).map((violation) => `${url}: ${violation}`);
}

for (const locale of allLocales) {
  test(`every page type in ${locale} exists in its language, meets no policy refusal, and asks no other origin, nor its audio, exercises or search`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const messages = await watchViolations(page);
    const foreign = watchForeignRequests(page, baseURL);
    const violations: string[] = [];
    violations.push(...(await visit(page, '/')));
    for (const pageType of Object.values(pageTypes)) violations.push(...(await visit(page, pageType(locale), locale)));

    // A lesson: a word's sound (howler fetches and decodes it) and one round of an exercise.
    const lesson = pageTypes.lesson(locale);
    violations.push(...(await visit(page, lesson)));
    const sound = page.waitForResponse((response) => response.url().includes('/audio/words/'));
    await page.locator('.flashcards .audio-button__play').first().click();
    expect((await sound).ok()).toBe(true);
    await expect(page.locator('.flashcards .audio-button').first()).toHaveAttribute('data-state', /playing|idle/);
    const listen = page.locator('section.exercise.listen').first();
    const asked = await listen.locator('.exercise__prompt').getAttribute('data-word');
    await listen.locator(`.choice[data-word="${asked}"]`).click();
    await expect(listen.locator('.feedback--right')).toBeVisible();
    violations.push(...(await reported(page)).map((violation) => `${lesson} (exercise): ${violation}`));

    // The search: the index loads when someone types, then results show pictures and play.
    const search = `/${locale}/search/`;
    violations.push(...(await visit(page, search)));
    await page.getByRole('main').getByRole('searchbox').fill('жаба');
    const word = page.locator('.search-result--word').first();
    await expect(word).toBeVisible();
    await expect(word.locator('img')).toHaveJSProperty('complete', true);
    expect(await word.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const wordSound = page.waitForResponse((response) => response.url().includes('/audio/words/'));
    await word.locator('.audio-button__play').first().click();
    expect((await wordSound).ok()).toBe(true);
    violations.push(...(await reported(page)).map((violation) => `${search} (search): ${violation}`));

    // The header's plain script runs: following a language link remembers the choice.
    const other = allLocales.find((code) => code !== locale)!;
    await page.goto(pageTypes.about(locale));
    await page.locator(`header [data-remember-locale="${other}"]`).evaluate((link: HTMLAnchorElement) => link.click());
    await expect(page).toHaveURL(new RegExp(`/${other}/`));
    expect(await page.evaluate(() => localStorage.getItem('zdravei.locale'))).toBe(other);
    violations.push(...(await reported(page)));

    expect(violations).toEqual([]);
    expect(messages).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test("a tutor's recording plays from a blob: URL under the policy", async ({ page }) => {
  const messages = await watchViolations(page);
  const lesson = pageTypes.lesson('en');
  // The learners page opens the store at the first touch (a lesson only reads it), which
  // makes the database; then a recording of здравей goes into it, as the tutor tools keep
  // one: an audio Blob.
  await page.goto(pageTypes.learners('en'));
  const start = page.getByRole('button', { name: 'Start learning' });
  await expect(page.locator('astro-island', { has: start })).not.toHaveAttribute('ssr');
  await page.getByRole('heading', { level: 1 }).click();
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((database) => database.name === 'zdravei')))
    .toBe(true);
  await page.goto(lesson);
  const deck = page.getByRole('region', { name: 'Word cards' }).first();
  await expect(deck.locator('..')).not.toHaveAttribute('ssr');
  await page.evaluate(async () => {
    const audio = await (await fetch('/audio/words/zdravey.mp3')).blob();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zdravei');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = db.transaction('recordings', 'readwrite');
      transaction.objectStore('recordings').put({ wordId: 'zdravey', audio, updatedAt: Date.now() });
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  });

  await page.reload();
  await expect(deck.locator('..')).not.toHaveAttribute('ssr');
  const files: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/audio/words/zdravey.mp3')) files.push(request.url());
  });
  const recording = page.waitForRequest((request) => request.url().startsWith('blob:'));
  await deck.getByRole('button', { name: 'Listen: здравѐй' }).click();
  await recording;
  await expect(deck.locator('.audio-button').first()).toHaveAttribute('data-state', /playing|idle/);
  // The recording played: the generated file was not needed.
  expect(files).toEqual([]);
  expect(await reported(page)).toEqual([]);
  expect(messages).toEqual([]);
});

test('the 404 page runs under the policy without a refusal', async ({ page }) => {
  const messages = await watchViolations(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expectPolicy(page);
  expect(await reported(page)).toEqual([]);
  expect(messages).toEqual([]);
});

// The watch above can fail: what the policy forbids is refused and reported.
test('an inline script without a hash, a style attribute and another origin are refused and reported', async ({ page }) => {
  const messages = await watchViolations(page, { expected: true });
  await page.goto(pageTypes.home('en'));
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.name = "ran";';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    // React sets its `style` props through the CSSOM, which the policy allows.
    const react = document.createElement('p');
    react.style.color = 'red';
    document.body.append(react);
    const fetched = await fetch('https://other.example/').then(
      () => 'fetched',
      () => 'refused',
    );
    // Violation events are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: window.name === 'ran', styled: styled.style.color, react: react.style.color, fetched };
  });
  expect(outcome).toEqual({ ran: false, styled: '', react: 'red', fetched: 'refused' });
  const violations = await reported(page);
  expect(violations).toEqual([
    expect.stringMatching(/^script-src-elem refused inline/),
    expect.stringMatching(/^style-src-attr refused inline/),
    expect.stringMatching(/^connect-src refused https:\/\/other\.example/),
  ]);
  expect(messages.length).toBeGreaterThanOrEqual(3);
});
