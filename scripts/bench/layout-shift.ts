/**
 * Layout shift (CLS) of a page at a given screen size, from Chromium's own layout-shift
 * entries. Lighthouse measures one phone-sized screen; a shift that pushes the footer off a
 * taller screen (a tablet, a classroom desktop) shows only there.
 */
import type { Browser } from '@playwright/test';

/** A phone, a tablet upright, a classroom computer. */
export const screenSizes = [
  { width: 360, height: 640 },
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
] as const;

interface Shift {
  value: number;
  startTime: number;
}

/**
 * CLS as browsers define it: the largest sum of shifts in one session window (shifts less
 * than 1 s apart, the window at most 5 s long).
 */
export function largestSessionWindow(shifts: readonly Shift[]): number {
  let largest = 0;
  let sum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - previous >= 1000 || shift.startTime - windowStart >= 5000) {
      sum = 0;
      windowStart = shift.startTime;
    }
    sum += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}

/** The page opened in a fresh touch-screen browser, left until the network is quiet and a second more. */
export async function layoutShift(browser: Browser, url: string, size: { width: number; height: number }): Promise<number> {
  const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: size.width < 1024, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: Shift[] = [];
    (window as unknown as { layoutShifts: Shift[] }).layoutShifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) seen.push({ value: entry.value, startTime: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
  await context.close();
  return largestSessionWindow(shifts);
}
