import { expect, test } from '@playwright/test';
import { pageTypes } from './pages';
import { axe } from './axe';

for (const locale of ['en', 'ar', 'bg'] as const) {
  for (const [type, url] of Object.entries(pageTypes)) {
    test(`${type} in ${locale} has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto(url(locale));
      await page.waitForLoadState('networkidle');
      const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}

test('the start page has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  const results = await axe(page).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
