import { expect, it } from 'vitest';
import { safeNext } from '../../src/lib/browser/safe-next';

const origin = 'https://zdravei.example';
const next = (value: string) => safeNext(`?next=${encodeURIComponent(value)}`, '/en/me/', origin);
const raw = (query: string) => safeNext(query, '/en/me/', origin);

it('goes to a page of this site', () => {
  expect(next('/en/lessons/language/greetings/')).toBe('/en/lessons/language/greetings/');
  expect(next('/ar/review/?from=me#top')).toBe('/ar/review/?from=me#top');
});

it('goes home when there is no next page', () => {
  expect(raw('')).toBe('/en/me/');
  expect(raw('?next=')).toBe('/en/me/');
});

it('never leaves the site, however the address is written', () => {
  for (const bad of [
    'https://other.example/',
    '//other.example/',
    '/\\other.example',
    '\\\\other.example',
    '/\t/other.example',
    '/\n/other.example',
    '/ /other.example',
    'javascript:alert(1)',
    'other.example',
    '/pictures/1F43B.svg',
  ])
    expect(next(bad), JSON.stringify(bad)).toBe('/en/me/');
  // Already percent-encoded in the address, as a link would carry them.
  for (const query of [
    '?next=/%5Cother.example',
    '?next=/%09/other.example',
    '?next=%2F%2Fother.example',
    '?next=/%252F%252Fother.example',
  ])
    expect(raw(query), query).toBe('/en/me/');
});
