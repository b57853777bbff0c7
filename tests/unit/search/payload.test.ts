import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { packIndex, unpackIndex, type IndexStatistics, type SerialisedIndex } from '../../../src/lib/search/payload';
import { usePipeline } from '../../../src/lib/search/pipeline';
import { buildIndex } from '../../../src/lib/search/build-index';
import { content } from './fixture-content';

/** A small index built the way build-index.ts builds one, with its statistics. */
function small() {
  const builder = new lunr.Builder();
  usePipeline(builder);
  builder.ref('ref');
  builder.field('title_bg', { boost: 5 });
  builder.field('gloss_en');
  const docs = [
    { title_bg: 'Мечката спи', gloss_en: 'The bear sleeps' },
    { title_bg: 'Вълкът и мечките, мечките', gloss_en: 'The wolf and the bears' },
    { title_bg: 'Гора', gloss_en: 'A forest with bears and wolves' },
  ];
  docs.forEach((doc, i) => builder.add({ ref: String(i), ...doc }));
  const json = JSON.parse(JSON.stringify(builder.build())) as SerialisedIndex;
  const internals = builder as unknown as {
    fieldLengths: Record<string, number>;
    fieldTermFrequencies: Record<string, Record<string, number>>;
  };
  const statistics: IndexStatistics = {
    documents: docs.length,
    boosts: { title_bg: 5, gloss_en: 1 },
    fieldLengths: internals.fieldLengths,
    termFrequencies: internals.fieldTermFrequencies,
  };
  return { json, statistics };
}

/** Each field vector as term → score, so vectors can be compared whatever the terms' numbers. */
function scoresByTerm(index: SerialisedIndex) {
  const term = new Map(index.invertedIndex.map(([t, posting]) => [posting._index as number, t]));
  return Object.fromEntries(
    index.fieldVectors
      .filter(([, elements]) => elements.length > 0)
      .map(([fieldRef, elements]) => {
        const pairs: [string, number][] = [];
        for (let i = 0; i < elements.length; i += 2) pairs.push([term.get(elements[i] ?? -1) ?? '?', elements[i + 1] ?? 0]);
        return [fieldRef, Object.fromEntries(pairs)];
      }),
  );
}

describe('packIndex', () => {
  it('writes postings as small numbers: field, count, ref differences doubled, +1 and the count for a repeated term', () => {
    const { json, statistics } = small();
    const packed = packIndex(json, statistics);
    expect(packed.fields).toEqual(['title_bg', 'gloss_en']);
    expect(packed.boosts).toEqual([5, 1]);
    expect(packed.lengths).toEqual([
      [2, 4, 1],
      [3, 5, 6],
    ]);
    const postings = Object.fromEntries(packed.terms);
    // мечк: in title_bg of document 0 once, and of document 1 twice (мечките, мечките).
    expect(postings['мечк']).toEqual([0, 2, 0, 3, 2]);
    // bear: in gloss_en of documents 0, 1 and 2.
    expect(postings['bear']).toEqual([1, 3, 0, 2, 2]);
    expect(packed).not.toHaveProperty('fieldVectors');
  });
});

describe('unpackIndex', () => {
  it('gives back lunr’s postings and computes the same field vectors, score for score', () => {
    for (const locale of ['bg', 'fa'] as const) {
      const { index, statistics } = buildIndex(content, locale);
      const original = JSON.parse(JSON.stringify(index)) as SerialisedIndex;
      const unpacked = unpackIndex(JSON.parse(JSON.stringify(packIndex(original, statistics))));
      expect(scoresByTerm(unpacked)).toEqual(scoresByTerm(original));
      const postings = (i: SerialisedIndex) =>
        Object.fromEntries(i.invertedIndex.map(([term, posting]) => [term, JSON.stringify({ ...posting, _index: 0 })]));
      expect(postings(JSON.parse(JSON.stringify(unpacked)))).toEqual(postings(original));
    }
  });

  it('answers queries as lunr’s own serialisation does, with the same scores', () => {
    const { json, statistics } = small();
    const original = lunr.Index.load(json);
    const packed = lunr.Index.load(unpackIndex(JSON.parse(JSON.stringify(packIndex(json, statistics)))));
    for (const term of ['мечк', 'вълк', 'bear', 'wolve', 'the', 'гор']) {
      const ask = (index: lunr.Index) =>
        index.query((q) => q.term(term, { usePipeline: false })).map((r) => [r.ref, r.score.toFixed(9), Object.keys(r.matchData.metadata)]);
      expect(ask(packed), term).toEqual(ask(original));
    }
  });

  it('makes the file less than half the size of lunr’s own serialisation', () => {
    const { index, statistics } = buildIndex(content, 'fa');
    const original = JSON.parse(JSON.stringify(index)) as SerialisedIndex;
    expect(JSON.stringify(packIndex(original, statistics)).length).toBeLessThan(JSON.stringify(original).length / 2);
  });
});
