/**
 * What a page downloads before anyone touches it, by kind: JavaScript, CSS and HTML
 * gzipped (as a host serves them), fonts and pictures as they are (already compressed).
 * Measured in real Chromium, so it counts exactly the font files the page's text needs
 * (each @font-face has a unicode-range) and the island code it actually requests.
 */
import type { Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  js: number;
  css: number;
  fonts: number;
  html: number;
  pictures: number;
  /** Number of font files. */
  fontFiles: number;
}

export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const page = await context.newPage();
  const weight: PageWeight = { js: 0, css: 0, fonts: 0, html: 0, pictures: 0, fontFiles: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => undefined);
        if (!body) return;
        const gz = gzipSync(body, { level: 6 }).length;
        switch (response.request().resourceType()) {
          case 'script':
            weight.js += gz;
            break;
          case 'stylesheet':
            weight.css += gz;
            break;
          case 'document':
            weight.html += gz;
            break;
          case 'font':
            weight.fonts += body.length;
            weight.fontFiles += 1;
            break;
          case 'image':
            weight.pictures += body.length;
            break;
        }
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}
