import { describe, expect, it } from 'vitest';
import { foldStress, transliterate } from '../../src/lib/i18n/translit';

describe('foldStress', () => {
  it('removes grave and acute stress marks', () => {
    expect(foldStress('мѐчка')).toBe('мечка');
    expect(foldStress('благодаря̀')).toBe('благодаря');
    expect(foldStress('ѝ')).toBe('и');
    expect(foldStress('ма́ма')).toBe('мама');
  });

  it('keeps й, whose breve is not a stress mark', () => {
    expect(foldStress('здравѐй')).toBe('здравей');
    expect(foldStress('й')).toBe('й');
  });
});

describe('transliterate (official streamlined system)', () => {
  it.each([
    ['здравей', 'zdravey'],
    ['щастие', 'shtastie'],
    ['ъгъл', 'agal'],
    ['жаба', 'zhaba'],
    ['цвят', 'tsvyat'],
    ['чаша', 'chasha'],
    ['юни', 'yuni'],
    ['шапка', 'shapka'],
    ['хляб', 'hlyab'],
    ['синьо', 'sinyo'],
    ['добро утро', 'dobro utro'],
  ])('%s → %s', (bg, latin) => {
    expect(transliterate(bg)).toBe(latin);
  });

  it('writes a word-final -ия as -ia', () => {
    expect(transliterate('България')).toBe('Bulgaria');
    expect(transliterate('София')).toBe('Sofia');
    expect(transliterate('история на България')).toBe('istoria na Bulgaria');
  });

  it('keeps -ия inside a word as -iya', () => {
    expect(transliterate('Българията')).toBe('Balgariyata');
  });

  it('capitalises only the first Latin letter of a capital', () => {
    expect(transliterate('Жельо')).toBe('Zhelyo');
    expect(transliterate('Щит')).toBe('Shtit');
  });

  it('ignores stress marks and keeps punctuation', () => {
    expect(transliterate('Добро̀ у̀тро, ма̀мо!')).toBe('Dobro utro, mamo!');
  });
});
