/** The index file's compact writing: front-coded terms and numbers as text, read back exactly. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lib/search/build-index';
import {
  compactIndex,
  decodeNumbers,
  decodeNumbersInto,
  encodeNumbers,
  expandIndex,
  frontCode,
  frontDecode,
} from '../../../src/lib/search/compact';
import { packIndex, type SerialisedIndex } from '../../../src/lib/search/payload';
import { randomFrom } from '../../../src/lib/exercises/shuffle';
import { content } from './fixture-content';

describe('encodeNumbers', () => {
  it('writes each number in base 32, a character a digit, without separators', () => {
    expect(encodeNumbers([])).toBe('');
    expect(encodeNumbers([0, 1, 31])).toBe('ABf');
    // 32 is two digits: 1 (a leading digit, from the second half) and 0.
    expect(encodeNumbers([32])).toBe('hA');
    expect(encodeNumbers([3, 14, 200]).length).toBe(4);
  });

  it('reads back what it wrote, small and large', () => {
    const random = randomFrom(7);
    const numbers = [0, 31, 32, 1023, 1024, 0x7fffffff, ...Array.from({ length: 2000 }, () => Math.floor(random() * 100_000))];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    const into = [9];
    expect(decodeNumbersInto(encodeNumbers([1, 2]), into)).toBe(2);
    expect(into).toEqual([9, 1, 2]);
  });

  it('writes only characters JSON leaves as they are', () => {
    expect(JSON.stringify(encodeNumbers(Array.from({ length: 3000 }, (_, i) => i * 37)))).toMatch(/^"[A-Za-z0-9_-]*"$/);
  });

  it('refuses what is not a small whole number, and text that is not numbers', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 31]) expect(() => encodeNumbers([bad])).toThrow(RangeError);
    expect(() => decodeNumbers('A"B')).toThrow(SyntaxError);
    expect(() => decodeNumbers('Aж')).toThrow(SyntaxError);
  });
});

describe('frontCode', () => {
  it('writes each term as the letters it shares with the one before and the rest', () => {
    expect(frontCode(['мечк', 'мечки', 'мечта', 'zz'])).toEqual(['Aмечк', 'Eи', 'Dта', 'Azz']);
    expect(frontDecode(['Aмечк', 'Eи', 'Dта', 'Azz'])).toEqual(['мечк', 'мечки', 'мечта', 'zz']);
  });

  it('reads back any terms, long shared beginnings and surrogate pairs included', () => {
    const long = 'а'.repeat(100);
    const terms = ['', '1', '12', `${long}б`, `${long}в`, 'a😀b', 'a😀c', 'a😁', 'جوجه', 'جوجهتیغی'];
    expect(frontDecode(JSON.parse(JSON.stringify(frontCode(terms))) as string[])).toEqual(terms);
  });

  it('refuses a term that shares more than the one before has', () => {
    expect(() => frontDecode(['Aab', 'Zc'])).toThrow(SyntaxError);
  });
});

describe('compactIndex', () => {
  it('gives back the packed index exactly, and is smaller', () => {
    for (const locale of ['bg', 'fa'] as const) {
      const { index, statistics } = buildIndex(content, locale);
      const packed = packIndex(JSON.parse(JSON.stringify(index)) as SerialisedIndex, statistics);
      const compact = compactIndex(packed);
      expect(expandIndex(JSON.parse(JSON.stringify(compact)))).toEqual(packed);
      expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(packed).length * 0.8);
    }
  });
});
