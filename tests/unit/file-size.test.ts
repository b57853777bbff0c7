import { expect, it } from 'vitest';
import { fileSize } from '../../src/lib/i18n/file-size';

it('says megabytes with one decimal, as the help language writes numbers', () => {
  expect(fileSize(2_412_345, 'en')).toBe('2.4 MB');
  expect(fileSize(2_412_345, 'bg')).toBe('2,4 MB');
  expect(fileSize(2_412_345, 'uk')).toBe('2,4 МБ');
  expect(fileSize(2_412_345, 'fa')).toMatch(/^۲٫۴/);
  expect(fileSize(13_000_000, 'en')).toBe('13 MB');
});

it('says whole kilobytes under a megabyte, and never 0 for a file with something in it', () => {
  expect(fileSize(12_345, 'en')).toBe('12 kB');
  expect(fileSize(120, 'en')).toBe('1 kB');
  expect(fileSize(0, 'en')).toBe('0 kB');
  // 999.6 kB rounds to a thousand: said as a megabyte instead.
  expect(fileSize(999_600, 'en')).toBe('1 MB');
});
