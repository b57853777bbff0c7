import { describe, expect, it } from 'vitest';
import { letterTiles, soundsOrLooksLike } from '../../src/lib/exercises/letter-tiles';
import { bulgarianLetters } from '../../src/lib/exercises/alphabet';

describe('letter tiles', () => {
  it('offers each letter of the word once, small and without stress marks, and three other letters', () => {
    const { letters, space } = letterTiles('Жа̀ба', 7);
    expect(letters.filter((l) => 'жаб'.includes(l)).sort()).toEqual(['а', 'б', 'ж']);
    expect(letters).toHaveLength(6);
    expect(new Set(letters).size).toBe(6);
    expect(space).toBe(false);
    for (const letter of letters) expect(bulgarianLetters).toContain(letter);
  });

  it('gives the same tiles in the same order for the same seed, so the server and the browser agree', () => {
    expect(letterTiles('за̀ек', 42)).toEqual(letterTiles('за̀ек', 42));
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => letterTiles('за̀ек', seed).letters.join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never offers a letter that sounds or looks like one of the word', () => {
    for (let seed = 0; seed < 200; seed++) {
      const { letters } = letterTiles('хляб', seed);
      // б sounds п at the end of хляб; я is йа: no п, й or а.
      for (const trap of ['п', 'й', 'а']) expect(letters).not.toContain(trap);
    }
    const { letters } = letterTiles('и', 3, 40);
    expect(letters).not.toContain('й');
    expect(letters).not.toContain('е');
  });

  it('keeps й apart from и, and reads a phrase with a space tile', () => {
    expect(soundsOrLooksLike('й')).toContain('и');
    expect(letterTiles('добро̀ у̀тро', 1)).toMatchObject({ space: true });
    expect(letterTiles('добро̀ у̀тро', 1).letters).not.toContain(' ');
  });
});
