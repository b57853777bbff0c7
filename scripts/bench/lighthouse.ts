/**
 * Lighthouse 12.2.3 (pinned: later 12.x locks are refused by npm ci on Node 20, 13 needs
 * Node 22) with its default mobile settings (simulated slow 4G, 4× CPU slowdown), on
 * Debian's Chromium. Scores 0–100 and the layout shift, which the budgets name.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Total Blocking Time, ms. */
  tbt: number;
}

export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}
