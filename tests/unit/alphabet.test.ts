import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alphabet, bulgarianLetters, selectLetters } from '../../src/lib/exercises/alphabet';
import { loadVocabularyFiles } from '../../src/lib/content/vocabulary-loader';

const root = path.resolve(import.meta.dirname, '../..');

describe('the alphabet', () => {
  it('has the 30 letters of the Bulgarian alphabet in order', () => {
    expect(alphabet).toHaveLength(30);
    expect(bulgarianLetters).toBe('абвгдежзийклмнопрстуфхцчшщъьюя');
    expect(alphabet.map((l) => l.upper).join('')).toBe('АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ');
  });

  it('gives every letter a sound and an example word from the word bank', async () => {
    const bank = new Map((await loadVocabularyFiles('content/vocabulary', root)).map(({ entry }) => [entry.id, entry]));
    for (const letter of alphabet) {
      const sound = bank.get(letter.sound);
      const example = bank.get(letter.example);
      expect(sound?.pos, letter.sound).toBe('letter');
      expect(example, letter.example).toBeDefined();
      expect(example?.picture, `${letter.example} needs a picture`).toBeDefined();
      expect(example?.bg.toLocaleLowerCase('bg'), `${letter.example} has ${letter.lower}`).toContain(letter.lower);
    }
  });

  it('uses each example word once', () => {
    expect(new Set(alphabet.map((l) => l.example)).size).toBe(30);
  });
});

describe('selectLetters', () => {
  it('gives all 30 when nothing is asked', () => {
    expect(selectLetters(undefined).letters).toHaveLength(30);
  });

  it('takes single letters in any case and ranges, in alphabet order', () => {
    expect(
      selectLetters('ВаБ')
        .letters.map((l) => l.lower)
        .join(''),
    ).toBe('абв');
    expect(
      selectLetters('А-И')
        .letters.map((l) => l.lower)
        .join(''),
    ).toBe('абвгдежзи');
    expect(
      selectLetters('а-в, ю, я')
        .letters.map((l) => l.lower)
        .join(''),
    ).toBe('абвюя');
  });

  it('names what is not a Bulgarian letter', () => {
    expect(selectLetters('аbё').unknown).toEqual(['b', 'ё']);
    expect(selectLetters('я-а').unknown).toEqual(['я-а']);
  });
});
