import { expect, it } from 'vitest';
import { exampleAudioUrl, openmojiUrl, pictureUrl, routes, switchLocale, wordAudioUrl } from '../../src/lib/routes';

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

it('serves OpenMoji codes from this site and keeps file paths', () => {
  expect(pictureUrl('1F43B')).toBe('/pictures/1F43B.svg');
  expect(pictureUrl('/pictures/rose-valley.svg')).toBe('/pictures/rose-valley.svg');
  expect(pictureUrl(undefined)).toBeUndefined();
  expect(openmojiUrl('1F468-200D-1F4BB')).toBe('/pictures/1F468-200D-1F4BB.svg');
});

it("finds a word's audio: its own recording first, else the generated file; examples by word id", () => {
  expect(wordAudioUrl({ id: 'mechka' })).toBe('/audio/words/mechka.mp3');
  expect(wordAudioUrl({ id: 'mechka', audio: '/audio/recorded/mechka.mp3' })).toBe('/audio/recorded/mechka.mp3');
  expect(exampleAudioUrl('mechka')).toBe('/audio/examples/mechka.mp3');
  expect(routes.wordData('ar', 'mechka')).toBe('/ar/words/mechka.json');
});

it('names the tutor pages, and carries a path link in the fragment only', () => {
  expect([routes.tutor('en'), routes.tutorPaths('en'), routes.tutorReports('en'), routes.tutorHelp('en')]).toEqual([
    '/en/tutor/',
    '/en/tutor/paths/',
    '/en/tutor/reports/',
    '/en/tutor/help/',
  ]);
  expect(routes.pathLink('ar')).toBe('/ar/path/');
  expect(routes.pathLink('ar', 'v1.abc')).toBe('/ar/path/#path=v1.abc');
});
