import { describe, expect, it } from 'vitest';
import { tokenise, trimWord } from '../../../src/lib/search/tokenise';

const words = (text: string) => tokenise(text).map((t) => t.text);

describe('tokenise', () => {
  it('keeps Cyrillic, Arabic and Persian words whole, where lunr’s \\W would delete them', () => {
    expect(words('Мѐчката спѝ.')).toEqual(['Мѐчката', 'спѝ']);
    expect(words('الدبّة تنام في الشتاء.')).toEqual(['الدبّة', 'تنام', 'في', 'الشتاء']);
    expect(words('گرگ، پرستو و ژاله')).toEqual(['گرگ', 'پرستو', 'و', 'ژاله']);
  });

  it('keeps stress marks and й with the letters they belong to', () => {
    expect(words('добро̀ у̀тро, здравѐй')).toEqual(['добро̀', 'у̀тро', 'здравѐй']);
  });

  it('keeps a Persian non-joiner and an apostrophe inside a word, and splits at hyphens', () => {
    expect(words('جوجه‌تیغی می‌خورد')).toEqual(['جوجه‌تیغی', 'می‌خورد']);
    expect(words('ім’я, I’m')).toEqual(['ім’я', 'I’m']);
    expect(words('по-голям')).toEqual(['по', 'голям']);
  });

  it('drops punctuation and lunr operator characters', () => {
    expect(words('title:мечка^2 ~a* +b -c „мечка“ «ведмідь»')).toEqual(['title', 'мечка', '2', 'a', 'b', 'c', 'мечка', 'ведмідь']);
    expect(words(':^~*+-')).toEqual([]);
    expect(words('')).toEqual([]);
  });

  it('reports where each word is, so a snippet can mark it', () => {
    const text = '“Мѐчката” спи';
    for (const token of tokenise(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenise(text)[0]).toEqual({ text: 'Мѐчката', start: 1, end: 8 });
  });
});

describe('trimWord', () => {
  it('removes what cannot begin or end a word, but keeps a final stress mark', () => {
    expect(trimWord('’мечка’')).toBe('мечка');
    expect(trimWord('\u0300мечка')).toBe('мечка');
    expect(trimWord('благодаря̀')).toBe('благодаря̀');
    expect(trimWord('***')).toBe('');
  });
});
