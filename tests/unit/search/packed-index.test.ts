/** Opening the packed index without lunr.Index.load: the same results, scores and match data, built only as read. */
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/lib/i18n/locales';
import { buildSearchPayload } from '../../../src/lib/search/build-index';
import { expandIndex, type CompactIndex } from '../../../src/lib/search/compact';
import { askIndex } from '../../../src/lib/search/engine';
import { loadPackedIndex, type IndexParts } from '../../../src/lib/search/packed-index';
import { unpackIndex, type PackedIndex } from '../../../src/lib/search/payload';
import '../../../src/lib/search/pipeline';
import { queryClauses } from '../../../src/lib/search/query';
import { content } from './fixture-content';

/**
 * A query as engine.ts asks it, with every result's ref, score and match data. Never
 * without clauses: engine.ts answers an empty query itself, and lunr would list every
 * field vector for it, which the packed index does not.
 */
function ask(index: lunr.Index, fields: string[], text: string) {
  return askIndex(index, queryClauses(text, fields));
}

const queries = [
  'мечка',
  'мечките',
  'mechka',
  'mechk',
  'bear',
  'bears',
  'ведмідь',
  'خرس',
  'دب',
  'здравей',
  'zdravey',
  'hello',
  'м',
  'ме',
  'z',
  'the',
  'کفش',
  'گربه',
  'вълк',
  'мечкa',
  'qqq',
];

function packed(locale: (typeof locales)[number]): PackedIndex {
  // Through JSON, as the browser gets it.
  return expandIndex(JSON.parse(JSON.stringify(buildSearchPayload(content, locale).index.index)) as CompactIndex);
}

describe('loadPackedIndex', () => {
  it('answers every query as lunr.Index.load of the whole index does: same documents, order, scores and match data', () => {
    for (const locale of locales) {
      const file = packed(locale);
      const lazy = loadPackedIndex(file);
      const whole = lunr.Index.load(unpackIndex(file));
      for (const text of queries) {
        const expected = ask(whole, file.fields, text);
        expect(ask(lazy, file.fields, text), `${locale}: ${text}`).toEqual(expected);
      }
      expect(ask(lazy, file.fields, 'мечка').length).toBeGreaterThan(0);
    }
  });

  it('makes each field vector and posting as lunr.Index.load does, and nothing for what is not there', () => {
    const file = packed('fa');
    const lazy = loadPackedIndex(file);
    const whole = lunr.Index.load(unpackIndex(file)) as lunr.Index & IndexParts;
    for (const key of Object.keys(whole.fieldVectors)) {
      expect(lazy.fieldVectors[key]?.toJSON(), key).toEqual(whole.fieldVectors[key]?.toJSON());
    }
    for (const term of Object.keys(whole.invertedIndex)) {
      expect(JSON.stringify(lazy.invertedIndex[term]), term).toEqual(JSON.stringify(whole.invertedIndex[term]));
    }
    expect(lazy.invertedIndex['no such term']).toBeUndefined();
    expect(lazy.invertedIndex['constructor']).toBeUndefined();
    expect(lazy.fieldVectors['title_fa/99999']).toBeUndefined();
    expect(lazy.fieldVectors['nofield/0']).toBeUndefined();
    expect(lazy.fieldVectors['title_fa/x']).toBeUndefined();
  });

  it('gives back the same posting object each time it is read', () => {
    const lazy = loadPackedIndex(packed('en'));
    expect(lazy.invertedIndex['bear']).toBeDefined();
    expect(lazy.invertedIndex['bear']).toBe(lazy.invertedIndex['bear']);
  });
});
