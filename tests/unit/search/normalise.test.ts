import { describe, expect, it } from 'vitest';
import { dropInvisibles, foldDigits, foldLatin, mapLookalikes, splitJoiners } from '../../../src/lib/search/normalise';

describe('mapLookalikes', () => {
  it('turns Latin look-alikes inside a Cyrillic word into Cyrillic', () => {
    // Latin m, e, c, a, o, p, x, y, k and capitals.
    expect(mapLookalikes('mечка')).toBe('мечка');
    expect(mapLookalikes('мeчкa')).toBe('мечка');
    expect(mapLookalikes('Bълк')).toBe('Вълк');
    expect(mapLookalikes('МАРТЕНИЦA')).toBe('МАРТЕНИЦА');
    expect(mapLookalikes('ведмiдь')).toBe('ведмідь');
  });

  it('decides by the letters that have no twin, then by the majority', () => {
    // Only Ч is surely Cyrillic: M, E, K and A could be either.
    expect(mapLookalikes('MEЧKA')).toBe('МЕЧКА');
    // h is surely Latin.
    expect(mapLookalikes('mechkа')).toBe('mechka');
    // No letter decides: the majority does.
    expect(mapLookalikes('cаt')).toBe('cat');
    expect(mapLookalikes('сaр')).toBe('сар');
  });

  it('turns Cyrillic look-alikes inside a Latin word into Latin', () => {
    expect(mapLookalikes('mechkа')).toBe('mechka');
  });

  it('leaves words in one script alone', () => {
    expect(mapLookalikes('mechka')).toBe('mechka');
    expect(mapLookalikes('мечка')).toBe('мечка');
    expect(mapLookalikes('خرس')).toBe('خرس');
  });
});

describe('dropInvisibles', () => {
  it('removes apostrophes, soft hyphens and zero-width joiners but keeps the Persian non-joiner', () => {
    expect(dropInvisibles('ім’я')).toBe('імя');
    expect(dropInvisibles("ім'я")).toBe('імя');
    expect(dropInvisibles('мар\u00ADтеница')).toBe('мартеница');
    expect(dropInvisibles('می\u200Cخورد')).toBe('می\u200Cخورد');
  });
});

describe('foldDigits', () => {
  it('writes Arabic-Indic and Persian digits as ASCII', () => {
    expect(foldDigits('٣٠')).toBe('30');
    expect(foldDigits('۳۰')).toBe('30');
    expect(foldDigits('2017')).toBe('2017');
  });
});

describe('splitJoiners', () => {
  it('gives a word with a non-joiner as the joined word and each part', () => {
    expect(splitJoiners('جوجه\u200Cتیغی')).toEqual(['جوجهتیغی', 'جوجه', 'تیغی']);
    expect(splitJoiners('خرس')).toEqual(['خرس']);
  });
});

describe('foldLatin', () => {
  it('writes scholarly letters the official way and removes accents from Latin letters', () => {
    expect(foldLatin('mečka')).toBe('mechka');
    expect(foldLatin('šapka')).toBe('shapka');
    expect(foldLatin('žaba')).toBe('zhaba');
    expect(foldLatin('vŭlk')).toBe('valk');
    expect(foldLatin('café')).toBe('cafe');
  });

  it('leaves Cyrillic alone, й included', () => {
    expect(foldLatin('здравей')).toBe('здравей');
  });
});
