import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales';
import { pickStrings, translations } from '../../src/i18n';
import { en } from '../../src/i18n/en';

/** The values a string takes: `{name}` and the name of a plural, `{name, plural, …}`. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural)/g)].map((m) => m[1]))].sort();

describe.each(locales)('UI strings in %s', (locale) => {
  const t = translations(locale);

  it('keeps every placeholder of the English string', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(t(key)), key).toEqual(placeholders(en[key]));
    }
  });

  it('has no empty string', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(t(key).trim(), key).not.toBe('');
  });
});

it('translates, not copies: the non-English tables differ from English in most strings', () => {
  for (const locale of ['bg', 'ar', 'fa', 'uk'] as const) {
    const t = translations(locale);
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => t(key) === en[key]);
    expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(5);
  }
});

it('writes Persian with Persian letters, not the Arabic ي and ك', () => {
  const t = translations('fa');
  for (const key of Object.keys(en) as (keyof typeof en)[]) expect(t(key), key).not.toMatch(/[يك]/);
});

it('fills placeholders and picks only the strings asked for', () => {
  expect(translations('en')('flashcards.position', { current: 1, total: 3 })).toBe('Card 1 of 3');
  expect(pickStrings('ar', ['audio.play'])).toEqual({ 'audio.play': translations('ar')('audio.play'), locale: 'ar' });
});
