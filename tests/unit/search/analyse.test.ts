import { describe, expect, it } from 'vitest';
import {
  analyse,
  fieldLanguage,
  firstLetter,
  normaliseStep,
  stemStep,
  trimStep,
  type SearchLanguage,
} from '../../../src/lib/search/analyse';
import { tokenise } from '../../../src/lib/search/tokenise';

describe('fieldLanguage', () => {
  it('reads the language from the field name', () => {
    expect(fieldLanguage('title_fa')).toBe('fa');
    expect(fieldLanguage('words_la')).toBe('la');
    expect(fieldLanguage('text_bg')).toBe('bg');
  });
});

describe('the steps', () => {
  it('trims, then folds, then stems', () => {
    expect(trimStep('«Мѐчката»')).toEqual(['Мѐчката']);
    expect(normaliseStep('Мѐчката', 'bg')).toEqual(['мечката']);
    expect(stemStep('мечката', 'bg')).toBe('мечк');
  });

  it('folds only the stress marks U+0300 and U+0301, so й stays й', () => {
    expect(normaliseStep('здравѐй', 'bg')).toEqual(['здравей']);
    expect(normaliseStep('ма́ма', 'bg')).toEqual(['мама']);
    expect(normaliseStep('йод', 'bg')).toEqual(['йод']);
  });

  it('transliterates Cyrillic in a Latin field by the official system, before lower-casing', () => {
    expect(normaliseStep('Мѐчка', 'la')).toEqual(['mechka']);
    expect(normaliseStep('щъркел', 'la')).toEqual(['shtarkel']);
    expect(normaliseStep('България', 'la')).toEqual(['bulgaria']);
  });
});

describe('analyse', () => {
  it('gives Bulgarian with or without stress marks, capitals or the article the same term', () => {
    const term = analyse('мечка', 'bg');
    for (const form of ['мѐчка', 'МЕЧКА', 'Мѐчката', 'мечките', 'mечка', 'мeчкa']) expect(analyse(form, 'bg')).toEqual(term);
  });

  it('gives Bulgarian in Latin letters one term, however it is written', () => {
    const term = analyse('мечка', 'la');
    expect(term).toEqual(['mechk']);
    for (const form of ['mechka', 'Mechka', 'MECHKATA', 'mechki', 'mečka']) expect(analyse(form, 'la')).toEqual(term);
  });

  it('folds Arabic and Persian spellings to one, keeping the Persian letters', () => {
    expect(analyse('كتاب', 'fa')).toEqual(['کتاب']);
    expect(analyse('کتاب', 'fa')).toEqual(['کتاب']);
    expect(analyse('الحافلة', 'ar')).toEqual(analyse('حافلة', 'ar'));
    expect(analyse('گرگ', 'fa')).toEqual(['گرگ']);
    expect(analyse('پرستو', 'ar')).toEqual(['پرستو']);
  });

  it('keeps Persian words that start with ال (the Arabic article is removed only in Arabic)', () => {
    expect(analyse('الفبا', 'fa')).toEqual(['الفبا']);
  });

  it('turns a Persian word with a non-joiner into the whole word and its parts', () => {
    expect(analyse('جوجه‌تیغی', 'fa')).toEqual(['جوجهتیغی', 'جوجه', 'تیغی']);
  });

  it('folds Ukrainian apostrophes and English plurals', () => {
    expect(analyse('ім’я', 'uk')).toEqual(analyse("ім'я", 'uk'));
    expect(analyse('Bears', 'en')).toEqual(['bear']);
  });

  it('gives nothing for punctuation and operators', () => {
    for (const word of ['', ':', '^', '~', '*', '+', '-', '„“']) expect(analyse(word, 'bg')).toEqual([]);
  });
});

describe('firstLetter', () => {
  it('is the first letter of every term a word becomes', () => {
    const samples: [SearchLanguage, string][] = [
      ['bg', 'Ѐто Мѐчката ѝ ЩЪРКЕЛИТЕ Йордан 30 добро̀'],
      ['la', 'Ѐто Мѐчката ѝ ЩЪРКЕЛИТЕ Йордан Юли Жаба България mečka Štark'],
      ['en', 'Bears Stories Café Über 2017'],
      ['ar', 'أناناس إوزّة آذار حـافلة ٣٠ كتاب يقفز ى'],
      ['fa', 'آناناس كتاب يك ۳۰ گرگ پرستو ژاله'],
      ['uk', 'Ґанок Їжак Ім’я Єнот'],
    ];
    for (const [language, text] of samples) {
      for (const { text: word } of tokenise(text)) {
        const first = firstLetter(word, language);
        expect(first, `${language} ${word}`).toBeDefined();
        for (const term of analyse(word, language)) expect(term.charAt(0), `${language} ${word} → ${term}`).toBe(first);
      }
    }
  });

  it('is not told where the first letter may change: mixed scripts, non-joiners, the Arabic article, a mark', () => {
    expect(firstLetter('mечка', 'bg')).toBeUndefined();
    expect(firstLetter('جوجه‌تیغی', 'fa')).toBeUndefined();
    expect(firstLetter('الحافلة', 'ar')).toBeUndefined();
    expect(firstLetter('и\u0306од', 'bg')).toBeUndefined();
    expect(firstLetter('ـحافلة', 'ar')).toBeUndefined();
    expect(firstLetter('', 'bg')).toBeUndefined();
  });
});
