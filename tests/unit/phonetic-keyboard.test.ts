import { describe, expect, it } from 'vitest';
import { editRaw, phoneticLetter, toCyrillic } from '../../src/lib/exercises/phonetic-keyboard';
import { bulgarianLetters } from '../../src/lib/exercises/alphabet';

describe('the phonetic layout', () => {
  it('writes words typed on a Latin keyboard in Bulgarian letters', () => {
    expect(toCyrillic('zdrawej')).toBe('здравей');
    expect(toCyrillic('mechka')).toBe('мецхка'); // key for key, not transliteration: ч is `
    expect(toCyrillic('me`ka')).toBe('мечка');
    expect(toCyrillic('qbylka')).toBe('ябълка');
    expect(toCyrillic('[apka')).toBe('шапка');
    expect(toCyrillic(']it')).toBe('щит');
    expect(toCyrillic('\\mruk')).toBe('юмрук');
    expect(toCyrillic('fotxojl')).toBe('фотьойл');
    expect(toCyrillic('qhta')).toBe('яхта');
    expect(toCyrillic('vaba')).toBe('жаба');
    expect(toCyrillic('cirk')).toBe('цирк');
  });

  it('keeps capitals, spaces and Cyrillic as they are', () => {
    expect(toCyrillic('Dobro utro')).toBe('Добро утро');
    expect(toCyrillic('{')).toBe('Ш');
    expect(toCyrillic('здравей')).toBe('здравей');
    expect(phoneticLetter('1')).toBe('1');
  });

  it('reaches every one of the 30 letters from a Latin key', () => {
    const reachable = new Set(Array.from('`qwertyuiop[]\\asdfghjklzxcvbnm', phoneticLetter));
    expect([...bulgarianLetters].filter((letter) => !reachable.has(letter))).toEqual([]);
  });
});

describe('editRaw: the keys typed, kept beside the Cyrillic shown', () => {
  it('appends a typed key', () => {
    expect(editRaw('pa', 'паk')).toBe('pak');
    expect(editRaw('', 'р')).toBe('р');
  });

  it('deletes with Backspace at the end and in the middle', () => {
    expect(editRaw('pak', 'па')).toBe('pa');
    // "pп" shows "пп"; Backspace after the first letter (caret 0 afterwards) removes the Latin p.
    expect(editRaw('pп', 'п', 0)).toBe('п');
  });

  it('inserts in the middle at the caret', () => {
    // The browser puts the typed key into the field; the island then shows it in Cyrillic.
    expect(editRaw('zdraej', 'здраwей', 5)).toBe('zdrawej');
  });

  it('replaces a selection, and takes pasted text as it came', () => {
    expect(editRaw('abc', 'аxc', 2)).toBe('axc');
    expect(editRaw('', 'mechka')).toBe('mechka');
  });
});
