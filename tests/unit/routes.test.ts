import { expect, it } from 'vitest';
import { routes, switchLocale } from '../../src/lib/routes';

it('builds every URL under its locale with a trailing slash', () => {
  expect(routes.lesson('ar', 'language/greetings')).toBe('/ar/lessons/language/greetings/');
  expect(routes.cultureModule('fa', 'baba-marta')).toBe('/fa/culture/baba-marta/');
  expect(routes.home('uk')).toBe('/uk/');
});

it('switches the locale of a page and keeps the rest of the path', () => {
  expect(switchLocale('/en/lessons/language/greetings/', 'ar')).toBe('/ar/lessons/language/greetings/');
  expect(switchLocale('/bg/', 'fa')).toBe('/fa/');
});

it('sends a page outside any locale to the home of the chosen one', () => {
  expect(switchLocale('/', 'uk')).toBe('/uk/');
  expect(switchLocale('/pictures/1F43B.svg', 'en')).toBe('/en/');
});
