import { describe, expect, it } from 'vitest';
import { entryProblems, stressProblems } from '../../src/lib/content/vocabulary-checks';
import { vocabularyEntry, type VocabularyEntry } from '../../src/lib/content/schema';
import { validEntry } from './fixtures';

const entry = (overrides: Record<string, unknown> = {}): VocabularyEntry => vocabularyEntry.parse(validEntry(overrides));

describe('stressProblems', () => {
  it('accepts one mark on each word of two or more syllables', () => {
    expect(stressProblems('добро̀ у̀тро')).toEqual([]);
    expect(stressProblems('ка̀звам се')).toEqual([]);
  });

  it('does not need a mark on a word of one syllable, й included', () => {
    expect(stressProblems('Той е мо̀ят прѝятел.')).toEqual([]);
    expect(stressProblems('вълк')).toEqual([]);
  });

  it('reports a word of two syllables without a mark', () => {
    expect(stressProblems('мечка')).toEqual(['"мечка" has 2 syllables and needs exactly one stress mark, found 0']);
  });

  it('reports two marks in one word', () => {
    expect(stressProblems('мѐчка\u0300')).toEqual(['"мѐчка̀" has 2 syllables and needs exactly one stress mark, found 2']);
  });
});

describe('entryProblems', () => {
  it('finds nothing wrong with a correct entry', () => {
    expect(entryProblems(entry())).toEqual([]);
  });

  it('requires the stressed form to be the written form plus marks', () => {
    expect(entryProblems(entry({ stressed: 'мѐчки' }))[0]).toMatch(/^field stressed: .* should equal bg "мечка"$/);
  });

  it('checks the transliteration against the official system', () => {
    expect(entryProblems(entry({ translit: 'mečka' }))).toEqual([
      'field translit: expected "mechka" (official streamlined system), found "mečka"',
    ]);
  });

  it('checks the stress marks of the example sentence', () => {
    const problems = entryProblems(
      entry({
        example: {
          stressed: 'Мечката спи.',
          gloss: { en: 'The bear sleeps.', ar: 'الدب ينام.', fa: 'خرس می‌خوابد.', uk: 'Ведмідь спить.' },
        },
      }),
    );
    expect(problems).toEqual(['field example.stressed: "Мечката" has 3 syllables and needs exactly one stress mark, found 0']);
  });

  it("wants a noun's plural, or the reason it has none, and only from nouns", () => {
    expect(entryProblems(entry({ plural: undefined }))).toEqual([
      'field plural: a noun needs its plural with stress marks, or noPlural (uncountable, name, plural-only or same)',
    ]);
    expect(entryProblems(entry({ plural: undefined, noPlural: 'uncountable' }))).toEqual([]);
    expect(entryProblems(entry({ noPlural: 'name' }))).toEqual(['field noPlural: the noun has a plural ("мѐчки"); remove one of the two']);
    expect(entryProblems(entry({ plural: 'мечки' }))).toEqual([
      'field plural: "мечки" has 2 syllables and needs exactly one stress mark, found 0',
    ]);
    expect(entryProblems(entry({ pos: 'verb', gender: undefined, plural: undefined, noPlural: 'same' }))).toEqual([
      'field noPlural: only nouns have one (this word is a verb)',
    ]);
  });
});
