import { expect, it, vi } from 'vitest';
import { format, formatNumber, isolate } from '../../src/lib/i18n/format';

it('fills placeholders', () => {
  expect(format('Card {current} of {total}', { current: 2, total: 8 })).toBe('Card 2 of 8');
});

it('leaves an unknown placeholder visible so the mistake shows', () => {
  expect(format('Listen: {word}', {})).toBe('Listen: {word}');
  expect(format('{count, plural, one {# word} other {# words}}', {})).toBe('{count, plural, one {# word} other {# words}}');
});

it('chooses the plural form by the rules of the locale', () => {
  const words = 'You practised {count, plural, one {# word} other {# words}}.';
  expect(format(words, { count: 1 }, 'en')).toBe('You practised 1 word.');
  expect(format(words, { count: 5 }, 'en')).toBe('You practised 5 words.');
  const uk = '{count, plural, one {# слово} few {# слова} many {# слів} other {# слова}}';
  expect([1, 3, 5, 21, 22, 11].map((count) => format(uk, { count }, 'uk'))).toEqual([
    '1 слово',
    '3 слова',
    '5 слів',
    '21 слово',
    '22 слова',
    '11 слів',
  ]);
  expect(format('{n, plural, =0 {none} one {one} other {#}}', { n: 0 }, 'en')).toBe('none');
});

it('writes numbers as each locale writes them', () => {
  expect(formatNumber(12, 'fa')).toBe('۱۲');
  // Arabic as CLDR writes it by default, with the same digits as the lessons' text.
  expect(formatNumber(12, 'ar')).toBe('12');
  expect(formatNumber(1234, 'bg')).toBe('1234');
  expect(formatNumber(12)).toBe('12');
  expect(format('{count} از {total}', { count: 2, total: 3 }, 'fa')).toBe('۲ از ۳');
  expect(format('Word {current}', { current: 'x' }, 'ar')).toBe('Word x');
});

it('writes every whole number below 1,000 as Intl.NumberFormat does, in each help language, without asking it', () => {
  const made = vi.spyOn(Intl, 'NumberFormat');
  const mine = (locale: string) => Array.from({ length: 1000 }, (_, n) => formatNumber(n, locale));
  const results = Object.fromEntries(['bg', 'en', 'ar', 'fa', 'uk'].map((locale) => [locale, mine(locale)]));
  expect(made).not.toHaveBeenCalled();
  made.mockRestore();
  for (const [locale, written] of Object.entries(results)) {
    const intl = new Intl.NumberFormat(locale);
    expect(written).toEqual(Array.from({ length: 1000 }, (_, n) => intl.format(n)));
  }
  // Larger, negative and fractional numbers are Intl's: grouping, signs, decimal marks.
  expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  expect(formatNumber(7.5, 'fa')).toBe(new Intl.NumberFormat('fa').format(7.5));
  expect(formatNumber(-12, 'ar')).toBe(new Intl.NumberFormat('ar').format(-12));
});

it('isolates a name inside a sentence, so its direction does not leak', () => {
  expect(format('Hello, {name}!', { name: isolate('سارا') })).toBe('Hello, \u2068سارا\u2069!');
});
