import { expect, it } from 'vitest';
import { saveLocale, savedLocale, suggestedLocale } from '../../src/lib/browser/locale-choice';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

it('remembers a chosen locale and offers it before the browser preference', () => {
  const storage = memoryStorage();
  expect(suggestedLocale(storage, ['uk-UA'])).toBe('uk');
  saveLocale(storage, 'fa');
  expect(savedLocale(storage)).toBe('fa');
  expect(suggestedLocale(storage, ['uk-UA'])).toBe('fa');
});

it('ignores a stored value that is not a locale', () => {
  const storage = memoryStorage();
  storage.setItem('zdravei.locale', 'xx');
  expect(suggestedLocale(storage, ['ar'])).toBe('ar');
});

it('works when storage is blocked', () => {
  const blocked = {
    getItem: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
  };
  expect(() => saveLocale(blocked, 'en')).not.toThrow();
  expect(suggestedLocale(blocked, ['en-GB'])).toBe('en');
  expect(suggestedLocale(undefined, [])).toBeUndefined();
});
