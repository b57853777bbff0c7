import { describe, expect, it } from 'vitest';
import { normaliseArabicScript, stripArabicArticle } from '../../../src/lib/search/arabic-script';

describe('normaliseArabicScript', () => {
  it('removes vowel signs, shadda, tanwin and tatweel', () => {
    expect(normaliseArabicScript('مرحبًا')).toBe('مرحبا');
    expect(normaliseArabicScript('الدبّة')).toBe('الدبه');
    expect(normaliseArabicScript('خـــرس')).toBe('خرس');
    expect(normaliseArabicScript('نُه')).toBe('نه');
  });

  it('writes Arabic yeh and kaf as the Persian letters', () => {
    expect(normaliseArabicScript('كتاب')).toBe('کتاب');
    expect(normaliseArabicScript('بازي')).toBe('بازی');
    expect(normaliseArabicScript('على')).toBe('علی');
  });

  it('folds hamza seats, madda and teh marbuta', () => {
    expect(normaliseArabicScript('أناناس')).toBe('اناناس');
    expect(normaliseArabicScript('آناناس')).toBe('اناناس');
    expect(normaliseArabicScript('إوزة')).toBe('اوزه');
    expect(normaliseArabicScript('خانوادهٔ')).toBe('خانواده');
  });

  it('keeps the Persian letters پ چ ژ گ ی ک', () => {
    expect(normaliseArabicScript('پرستو چای ژاله گرگ یک')).toBe('پرستو چای ژاله گرگ یک');
  });

  it('leaves other scripts alone, Cyrillic й included', () => {
    expect(normaliseArabicScript('здравей')).toBe('здравей');
  });
});

describe('stripArabicArticle', () => {
  it('removes the article and the particles joined to it', () => {
    expect(stripArabicArticle('الحافله')).toBe('حافله');
    expect(stripArabicArticle('والشجره')).toBe('شجره');
    expect(stripArabicArticle('بالحافله')).toBe('حافله');
    expect(stripArabicArticle('للصدیق')).toBe('صدیق');
  });

  it('keeps at least two letters', () => {
    expect(stripArabicArticle('الا')).toBe('الا');
    expect(stripArabicArticle('دب')).toBe('دب');
  });
});
