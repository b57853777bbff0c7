import { describe, expect, it } from 'vitest';
import { scoreOf, starsFor } from '../../src/lib/exercises/scoring';
import { starsFor as starsFromProgress } from '../../src/lib/store/progress';

describe('scoreOf', () => {
  it('is the share of items right at the first try', () => {
    expect(scoreOf([true, true, false, true])).toBe(0.75);
    expect(scoreOf([false, false])).toBe(0);
    expect(scoreOf([true])).toBe(1);
  });

  it('gives a full score to an exercise with nothing to answer', () => {
    expect(scoreOf([])).toBe(1);
  });
});

describe('starsFor', () => {
  it('gives 3 stars from 90 %, 2 from 60 %, and 1 for finishing', () => {
    expect([1, 0.9, 0.89, 0.6, 0.59, 0].map(starsFor)).toEqual([3, 3, 2, 2, 1, 1]);
  });

  it('is the same function the progress store uses for a lesson’s stars', () => {
    expect(starsFromProgress).toBe(starsFor);
  });

  it('turns a run of answers into stars', () => {
    expect(starsFor(scoreOf([true, true, true, true, false]))).toBe(2);
    expect(starsFor(scoreOf(Array(10).fill(true)))).toBe(3);
  });
});
