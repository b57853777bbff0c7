import { expect, it } from 'vitest';
import { cultureLocale, cultureSlug } from '../../src/lib/content/culture';

it('reads the locale and slug from a culture module id', () => {
  expect(cultureSlug('fa/baba-marta')).toBe('baba-marta');
  expect(cultureLocale('fa/baba-marta')).toBe('fa');
});

it('has no locale for a module outside a locale folder', () => {
  expect(cultureLocale('de/baba-marta')).toBeUndefined();
});
