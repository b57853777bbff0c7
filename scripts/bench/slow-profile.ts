/**
 * Timings on an old computer with a weak connection, in real Chromium: the CPU slowed 6×
 * and the network at 400 kbit/s with 400 ms of latency (Chrome DevTools Protocol), a fresh
 * browser context (nothing cached) for every run, the median of a few runs.
 *
 * - "first answer": from the start of navigation until the page's first exercise answers a
 *   tap (its section changes after a click; clicks before hydration do nothing, so the
 *   script keeps tapping every 100 ms);
 * - "first paint": the First Contentful Paint the browser reports;
 * - "results": from the start of navigation until a search page shows its first result.
 */
import { chromium, type Browser, type Page } from '@playwright/test';

export const slowProfile = { cpuSlowdown: 6, kbitPerSecond: 400, latencyMs: 400 } as const;

export interface SlowOptions {
  /**
   * Take Web Workers away, as in a browser without them: the search then runs on the
   * page, where the CPU slowdown surely applies (DevTools may not slow a worker's thread).
   */
  noWorker?: boolean;
  /** Block the site's service worker, whose first download shares the weak connection with the page. */
  noServiceWorker?: boolean;
}

async function slowPage(browser: Browser, options: SlowOptions = {}): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    ...(options.noServiceWorker ? { serviceWorkers: 'block' as const } : {}),
  });
  if (options.noWorker) await context.addInitScript(() => Reflect.deleteProperty(globalThis, 'Worker'));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const bytesPerSecond = (slowProfile.kbitPerSecond * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slowProfile.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowProfile.cpuSlowdown });
  return { page, close: () => context.close() };
}

async function firstAnswer(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const section = page.locator('section.exercise').first();
  await section.waitFor({ state: 'attached', timeout: 60_000 });
  await section.scrollIntoViewIfNeeded();
  for (;;) {
    if (Date.now() - start > 90_000) throw new Error(`${url}: the first exercise never answered a tap`);
    const before = await section.innerHTML();
    await section
      .locator('button:not([disabled])')
      .first()
      .click({ timeout: 5_000, force: true })
      .catch(() => undefined);
    await page.waitForTimeout(100);
    if ((await section.innerHTML()) !== before) return Date.now() - start;
  }
}

async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

async function firstResult(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.search-result').first().waitFor({ timeout: 90_000 });
  return Date.now() - start;
}

const measures = { 'first answer': firstAnswer, 'first paint': firstPaint, results: firstResult } as const;
export type Measure = keyof typeof measures;

/** The median of `runs` measurements of one page, each in a fresh context, in ms. */
export async function measureSlow(browser: Browser, measure: Measure, url: string, runs = 3, options: SlowOptions = {}): Promise<number> {
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { page, close } = await slowPage(browser, options);
    try {
      values.push(await measures[measure](page, url));
    } finally {
      await close();
    }
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Several pages measured in turns: each round measures every page once, starting with a
 * different one each round, so that what a shared machine does meanwhile falls on all of
 * them alike (one page measured three times, then the next, compared noise as much as
 * pages). Returns each page's measurements in ms, round by round, in the order of `urls`.
 */
export async function measureInTurns(browser: Browser, measure: Measure, urls: readonly string[], rounds: number): Promise<number[][]> {
  const values = urls.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < urls.length; step += 1) {
      const which = (round + step) % urls.length;
      values[which]!.push(await measureSlow(browser, measure, urls[which]!, 1));
    }
  }
  return values;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}
