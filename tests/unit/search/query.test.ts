import { describe, expect, it } from 'vitest';
import { boosts, maxQueryWords, queryClauses, type Clause } from '../../../src/lib/search/query';

const fields = [
  'title_en',
  'title_bg',
  'title_la',
  'words_bg',
  'words_la',
  'gloss_en',
  'gloss_ar',
  'gloss_fa',
  'gloss_uk',
  'text_en',
  'text_bg',
];
const exact = (clauses: Clause[]) => clauses.filter((c) => !c.prefix && !c.editDistance);

describe('queryClauses', () => {
  it('looks a Cyrillic word up as Bulgarian and as Ukrainian, in the fields of those languages', () => {
    const clauses = exact(queryClauses('мечката ', fields));
    expect(clauses).toEqual([
      { term: 'мечк', fields: ['title_bg', 'words_bg', 'text_bg'], boost: boosts.exact },
      { term: 'мечката', fields: ['gloss_uk'], boost: boosts.exact },
    ]);
  });

  it('looks Latin letters up as English and as transliterated Bulgarian', () => {
    const clauses = exact(queryClauses('mechkata ', fields));
    expect(clauses.map((c) => [c.term, c.fields])).toEqual([
      ['mechk', ['title_la', 'words_la']],
      ['mechkata', ['title_en', 'gloss_en', 'text_en']],
    ]);
  });

  it('looks Arabic script up as Arabic and as Persian', () => {
    const clauses = exact(queryClauses('الكتاب ', fields));
    expect(clauses.map((c) => [c.term, c.fields])).toEqual([
      ['کتاب', ['gloss_ar']],
      ['الکتاب', ['gloss_fa']],
    ]);
  });

  it('maps Latin look-alike letters inside a Cyrillic word to Cyrillic', () => {
    expect(exact(queryClauses('mечка ', fields))).toEqual(exact(queryClauses('мечка ', fields)));
  });

  it('adds a prefix match for the word being typed, and only for it', () => {
    expect(
      queryClauses('мечка зд', fields)
        .filter((c) => c.prefix)
        .map((c) => c.term),
    ).toEqual(['зд']);
    expect(queryClauses('мечка зд ', fields).filter((c) => c.prefix)).toEqual([]);
    // One letter is not yet a prefix worth looking up.
    expect(queryClauses('з', fields).filter((c) => c.prefix)).toEqual([]);
  });

  it('tolerates one wrong letter in words of five letters or more whose stem keeps four', () => {
    expect(
      queryClauses('mecka ', fields)
        .filter((c) => c.editDistance === 1)
        .map((c) => c.term),
    ).toEqual(['meck', 'mecka']);
    expect(queryClauses('мечк ', fields).filter((c) => c.editDistance)).toEqual([]);
    // жабата stems to жаб: one letter of three would find баба.
    expect(queryClauses('жабата ', fields).filter((c) => c.editDistance && c.fields.includes('title_bg'))).toEqual([]);
  });

  it('turns lunr operator characters into nothing, not into syntax', () => {
    for (const raw of [':', '^', '~', '*', '+', '-', ':^~*+-', '  ']) expect(queryClauses(raw, fields)).toEqual([]);
    const terms = queryClauses('title_en:bear^10 +wolf~2 -fox*', fields).map((c) => c.term);
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('gives no clauses for an empty query, and a bounded number for a very long one', () => {
    expect(queryClauses('', fields)).toEqual([]);
    const long = queryClauses('мечка '.repeat(5000), fields);
    expect(long.length).toBeLessThan(10);
    const many = queryClauses(Array.from({ length: 50 }, (_, i) => `word${i}`).join(' '), fields);
    expect(new Set(many.map((c) => c.term.replace(/\d+$/, ''))).size).toBeLessThanOrEqual(2);
    expect(many.filter((c) => !c.prefix && !c.editDistance).length).toBeLessThanOrEqual(maxQueryWords * 2);
  });

  it('cuts a very long word so fuzzy matching stays cheap', () => {
    const [clause] = queryClauses('а'.repeat(10_000), ['title_bg']);
    expect(Array.from(clause?.term ?? '').length).toBeLessThanOrEqual(32);
  });
});
