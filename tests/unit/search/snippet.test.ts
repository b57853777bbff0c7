import { describe, expect, it } from 'vitest';
import type { StoredText } from '../../../src/lib/search/payload';
import { beginning, excerpt, markText, snippet, type WordMatcher } from '../../../src/lib/search/snippet';

/** Marks words that, lower-cased and without stress marks, start with мечк or are "bear". */
const matches: WordMatcher = (word) =>
  /^мечк|^bear$/u.test(
    word
      .normalize('NFD')
      .replace(/[\u0300\u0301]/gu, '')
      .toLowerCase(),
  );
const show = (parts: { text: string; mark?: true; bulgarian?: true }[]) =>
  parts.map((p) => (p.mark ? `<${p.text}>` : p.bulgarian ? `{${p.text}}` : p.text)).join('');

describe('markText', () => {
  it('marks the matching words and keeps the rest of the text as it is', () => {
    expect(show(markText('Мѐчката спи, а мечките – не.', 'bg', matches))).toBe('<Мѐчката> спи, а <мечките> – не.');
  });

  it('takes the brackets off Bulgarian words and marks them as Bulgarian', () => {
    const parts = markText('A bear is [мечка], a wolf is [вълк].', 'en', matches);
    expect(show(parts)).toBe('A <bear> is <мечка>, a wolf is {вълк}.');
    expect(parts.find((p) => p.text === 'мечка')).toEqual({ text: 'мечка', mark: true, bulgarian: true });
  });

  it('returns no parts for an empty text, and plain text when nothing matches', () => {
    expect(markText('', 'en', matches)).toEqual([]);
    expect(markText('a wolf', 'en', matches)).toEqual([{ text: 'a wolf' }]);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('The bear sleeps.', 'en', matches)).toEqual(markText('The bear sleeps.', 'en', matches));
  });

  it('gives nothing when no word matches', () => {
    expect(excerpt('A wolf sleeps.', 'en', matches)).toBeUndefined();
  });

  it('cuts a long text around the first match, at spaces, with ellipses', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The bear sleeps in winter. ${'Consectetur adipiscing elit. '.repeat(10)}`;
    const cut = show(excerpt(text, 'en', matches, 80) ?? []);
    expect(cut).toContain('<bear>');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(80 + 6);
    // It starts and ends with whole words.
    const inner = cut.slice(2, -2).replace(/[<>]/g, '');
    expect(text).toContain(` ${inner} `);
  });

  it('reads only as far as the first match, and marks only inside the piece', () => {
    const seen: string[] = [];
    const counting: WordMatcher = (word, language) => (seen.push(word), matches(word, language));
    const text = `The bear sleeps. ${'Bear '.repeat(200)}`;
    const cut = excerpt(text, 'en', counting, 40) ?? [];
    expect(cut.filter((p) => p.mark).length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThan(20);
  });

  it('keeps Bulgarian parts marked as Bulgarian inside the piece', () => {
    expect(show(excerpt('A bear is [мечка].', 'en', matches) ?? [])).toBe('A <bear> is <мечка>.');
    expect(show(excerpt('A wolf is [вълк], a bear is [мечка].', 'en', matches, 160) ?? [])).toBe('A wolf is {вълк}, a <bear> is <мечка>.');
  });
});

describe('beginning', () => {
  it('cuts the beginning of a text, marking what matches in it', () => {
    expect(beginning('A wolf sleeps.', 'en', matches)).toEqual([{ text: 'A wolf sleeps.' }]);
    const long = `The bear and the wolf. ${'Lorem ipsum dolor. '.repeat(20)}`;
    expect(show(beginning(long, 'en', matches, 40))).toBe('The <bear> and the wolf. Lorem ipsum …');
  });
});

describe('snippet', () => {
  const texts: StoredText[] = [
    ['en', 'Animals of the mountains: the bear.', ['text_en']],
    ['bg', 'Мѐчката спи.', ['text_bg']],
    ['bg', 'мѐчка · вълк', ['words_bg']],
  ];

  it('chooses the first text that shows a matched field and has a marked word', () => {
    const shown = snippet(texts, matches, new Set(['text_bg', 'words_bg']));
    expect(shown?.language).toBe('bg');
    expect(show(shown?.parts ?? [])).toBe('<Мѐчката> спи.');
    expect(show(snippet(texts, matches, new Set(['words_bg']))?.parts ?? [])).toBe('<мѐчка> · вълк');
  });

  it('shows a match in Latin letters in the Bulgarian text it was transliterated from', () => {
    expect(show(snippet(texts, matches, new Set(['words_la']))?.parts ?? [])).toBe('<мѐчка> · вълк');
  });

  it('falls back to the first text, still marked, when only a title matched', () => {
    const shown = snippet(texts, matches, new Set(['title_en']));
    expect(show(shown?.parts ?? [])).toBe('Animals of the mountains: the <bear>.');
    expect(snippet([], matches, new Set())).toBeUndefined();
  });
});
