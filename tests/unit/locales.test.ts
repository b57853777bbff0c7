import { describe, expect, it } from 'vitest';
import { isLocale, localeNames, locales, matchBrowserLocale, textDirection } from '../../src/lib/i18n/locales';

describe('locales', () => {
  it('has the five help languages, each named in its own script', () => {
    expect(locales).toEqual(['bg', 'en', 'ar', 'fa', 'uk']);
    expect(localeNames).toEqual({ bg: 'Български', en: 'English', ar: 'العربية', fa: 'فارسی', uk: 'Українська' });
  });

  it('lays out Arabic and Persian right to left, the others left to right', () => {
    expect(locales.map(textDirection)).toEqual(['ltr', 'ltr', 'rtl', 'rtl', 'ltr']);
  });

  it('recognises locales and nothing else', () => {
    expect(isLocale('fa')).toBe(true);
    expect(isLocale('ru')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('matches the browser preference list in order', () => {
    expect(matchBrowserLocale(['de-DE', 'uk-UA', 'en'])).toBe('uk');
    expect(matchBrowserLocale(['ar-SY'])).toBe('ar');
    expect(matchBrowserLocale(['EN_gb'])).toBe('en');
  });

  it('maps Dari to Persian script', () => {
    expect(matchBrowserLocale(['prs-AF'])).toBe('fa');
    expect(matchBrowserLocale(['fa-AF'])).toBe('fa');
  });

  it('returns undefined when no help language fits', () => {
    expect(matchBrowserLocale(['de', 'tr'])).toBeUndefined();
    expect(matchBrowserLocale([])).toBeUndefined();
  });
});
