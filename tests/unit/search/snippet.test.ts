import { describe, expect, it } from 'vitest';
import { cutAround, markText, snippet, type WordMatcher } from '../../../src/lib/search/snippet';

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

describe('cutAround', () => {
  it('keeps a short text whole', () => {
    const parts = markText('The bear sleeps.', 'en', matches);
    expect(cutAround(parts, 160)).toEqual(parts);
  });

  it('cuts a long text around the first mark, at spaces, with ellipses', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The bear sleeps in winter. ${'Consectetur adipiscing elit. '.repeat(10)}`;
    const cut = show(cutAround(markText(text, 'en', matches), 80));
    expect(cut).toContain('<bear>');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(80 + 6);
    // It starts and ends with whole words.
    const inner = cut.slice(2, -2).replace(/[<>]/g, '');
    expect(text).toContain(` ${inner} `);
  });
});

describe('snippet', () => {
  it('chooses the first text with a match', () => {
    const shown = snippet(
      [
        ['en', 'Animals of the mountains.'],
        ['bg', 'Мѐчката спи.'],
      ],
      matches,
    );
    expect(shown?.language).toBe('bg');
    expect(show(shown?.parts ?? [])).toBe('<Мѐчката> спи.');
  });

  it('falls back to the first text when no word matched (a title match)', () => {
    const shown = snippet([['en', 'Animals of the mountains.']], matches);
    expect(show(shown?.parts ?? [])).toBe('Animals of the mountains.');
    expect(snippet([], matches)).toBeUndefined();
  });
});
