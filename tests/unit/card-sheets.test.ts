import { describe, expect, it } from 'vitest';
import { cardSheets, cardsPerSheet, letterToTrace } from '../../src/lib/print/card-sheets';

const cards = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1}`);

describe('cardSheets', () => {
  it('puts eight cards on a sheet and starts a new sheet for the ninth', () => {
    const sheets = cardSheets(cards(9));
    expect(cardsPerSheet).toBe(8);
    expect(sheets).toHaveLength(2);
    expect(sheets[0]?.fronts).toEqual(cards(8));
    expect(sheets[1]?.fronts).toEqual(['w9', null]);
  });

  it('mirrors every row of the backs, so a back prints behind its front on a long-edge flip', () => {
    const [sheet] = cardSheets(cards(8));
    expect(sheet?.backs).toEqual(['w2', 'w1', 'w4', 'w3', 'w6', 'w5', 'w8', 'w7']);
  });

  it('keeps the empty place of a short last row on the back, so nothing shifts', () => {
    const [sheet] = cardSheets(cards(3));
    expect(sheet?.fronts).toEqual(['w1', 'w2', 'w3', null]);
    expect(sheet?.backs).toEqual(['w2', 'w1', null, 'w3']);
  });

  it('makes no sheet for no cards', () => {
    expect(cardSheets([])).toEqual([]);
  });
});

describe('letterToTrace', () => {
  it('gives the first letter, capital then small', () => {
    expect(letterToTrace('жа̀ба')).toBe('Жж');
    expect(letterToTrace('Ябълка')).toBe('Яя');
  });

  it('does not count a stress mark as a letter', () => {
    expect(letterToTrace('\u0430\u0300втобус')).toBe('Аа');
  });
});
