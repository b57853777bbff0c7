import { describe, expect, it } from 'vitest';
import { vocabularyEntry } from '../../src/lib/content/schema';
import { ContentError } from '../../src/lib/content/errors';
import { resolveWordIds, wordForLocale } from '../../src/lib/content/words';
import { wordAudioUrl } from '../../src/lib/routes';
import { validEntry } from './fixtures';

const bear = vocabularyEntry.parse(
  validEntry({
    example: { stressed: 'Мѐчката спѝ.', gloss: { en: 'The bear sleeps.', ar: 'الدب ينام.', fa: 'خرس می‌خوابد.', uk: 'Ведмідь спить.' } },
  }),
);

describe('wordForLocale', () => {
  it('gives an island the word, its gloss in one help language, picture and audio', () => {
    expect(wordForLocale(bear, 'fa')).toEqual({
      id: 'mechka',
      stressed: 'мѐчка',
      translit: 'mechka',
      gloss: 'خرس',
      picture: '/pictures/1F43B.svg',
      audio: '/audio/words/mechka.mp3',
      example: { stressed: 'Мѐчката спѝ.', gloss: 'خرس می‌خوابد.', audio: '/audio/examples/mechka.mp3' },
    });
  });

  it('has no gloss on Bulgarian pages', () => {
    const word = wordForLocale(bear, 'bg');
    expect(word.gloss).toBeUndefined();
    expect(word.example?.gloss).toBeUndefined();
  });

  it('prefers a human recording to the generated file', () => {
    expect(wordAudioUrl({ id: 'mechka', audio: '/audio/recorded/mechka.mp3' })).toBe('/audio/recorded/mechka.mp3');
  });
});

describe('resolveWordIds', () => {
  const bank = new Map([['mechka', bear]]);

  it('returns the entries in the order asked', () => {
    expect(resolveWordIds('content/lessons/nature/animals.mdx', 'vocabulary', ['mechka', 'mechka'], (id) => bank.get(id))).toHaveLength(2);
  });

  it('names the file, the field with its index and the unknown id', () => {
    const resolve = () => resolveWordIds('content/lessons/nature/animals.mdx', 'vocabulary', ['mechka', 'vulk'], (id) => bank.get(id));
    expect(resolve).toThrow(ContentError);
    expect(resolve).toThrow('content/lessons/nature/animals.mdx: field vocabulary[1]: unknown word id "vulk"');
  });
});
