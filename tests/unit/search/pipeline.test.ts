import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { pipelineFunctions, tokenizer, usePipeline } from '../../../src/lib/search/pipeline';

function build(docs: Record<string, string>[], fields: string[]) {
  const builder = new lunr.Builder();
  usePipeline(builder);
  builder.ref('id');
  fields.forEach((field) => builder.field(field));
  docs.forEach((doc) => builder.add(doc));
  return builder.build();
}

describe('the lunr pipeline', () => {
  it('registers its functions, so a serialised index loads', () => {
    for (const label of Object.keys(pipelineFunctions)) {
      expect((lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions[label]).toBeDefined();
    }
    const index = build([{ id: '1', title_bg: 'Мѐчката' }], ['title_bg']);
    const json = JSON.parse(JSON.stringify(index));
    expect(json.pipeline).toEqual(['zdravei-trim', 'zdravei-normalise', 'zdravei-stem']);
    const loaded = lunr.Index.load(json);
    expect(loaded.query((q) => q.term('мечк', { usePipeline: false })).map((r) => r.ref)).toEqual(['1']);
  });

  it('uses none of lunr’s English defaults (its trimmer deletes Cyrillic)', () => {
    const index = build([{ id: '1', title_bg: 'Мѐчката спѝ' }], ['title_bg']);
    const json = JSON.parse(JSON.stringify(index)) as { pipeline: string[]; invertedIndex: [string][] };
    expect(json.pipeline).not.toContain('trimmer');
    expect(json.pipeline).not.toContain('stemmer');
    expect(json.invertedIndex.map(([term]) => term)).toEqual(['мечк', 'спи']);
  });

  it('analyses each field in its own language', () => {
    const index = build(
      [{ id: '1', title_bg: 'мечката', title_la: 'мечката', gloss_fa: 'كتاب', gloss_en: 'Bears' }],
      ['title_bg', 'title_la', 'gloss_fa', 'gloss_en'],
    );
    const terms = (JSON.parse(JSON.stringify(index)) as { invertedIndex: [string][] }).invertedIndex.map(([term]) => term);
    expect(terms.sort()).toEqual(['bear', 'mechk', 'мечк', 'کتاب'].sort());
  });

  it('indexes a Persian word with a non-joiner as the whole word and its parts', () => {
    const index = build([{ id: '1', gloss_fa: 'جوجه‌تیغی' }], ['gloss_fa']);
    const terms = (JSON.parse(JSON.stringify(index)) as { invertedIndex: [string][] }).invertedIndex.map(([term]) => term);
    expect(terms.sort()).toEqual(['تیغی', 'جوجه', 'جوجهتیغی'].sort());
  });
});

describe('tokenizer', () => {
  it('splits on Unicode words and keeps the field and the position in each token', () => {
    const tokens = tokenizer('„Мѐчката“ спи', { fields: ['text_bg'] });
    expect(tokens.map(String)).toEqual(['Мѐчката', 'спи']);
    expect((tokens[1] as unknown as { metadata: object }).metadata).toEqual({ fields: ['text_bg'], position: [10, 3], index: 1 });
  });

  it('takes nothing, one text or several', () => {
    expect(tokenizer(undefined)).toEqual([]);
    expect(tokenizer(null)).toEqual([]);
    expect(tokenizer(['а б', 'в']).map(String)).toEqual(['а', 'б', 'в']);
  });
});
