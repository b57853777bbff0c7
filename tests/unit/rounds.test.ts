import { describe, expect, it } from 'vitest';
import { FirstTries, firstRound, goesOn, isLastRound, rounds, verdictOf, type RoundsState } from '../../src/lib/exercises/rounds';
import { scoreOf } from '../../src/lib/exercises/scoring';

const start = firstRound as RoundsState<string>;

describe('rounds', () => {
  it('marks a wrong choice, and lets the child try the same round again', () => {
    const wrong = rounds(start, { type: 'answer', verdict: 'wrong', choice: 'valk' });
    expect(wrong).toEqual({ index: 0, verdict: 'wrong', wrong: ['valk'] });
    const again = rounds(wrong, { type: 'retry' });
    expect(again).toEqual({ index: 0, verdict: undefined, wrong: ['valk'] });
    expect(rounds(again, { type: 'answer', verdict: 'wrong', choice: 'ezh' }).wrong).toEqual(['valk', 'ezh']);
  });

  it('goes on to a fresh round after a right answer, until the last', () => {
    const right = rounds(rounds(start, { type: 'answer', verdict: 'wrong', choice: 'valk' }), { type: 'answer', verdict: 'right' });
    expect(right.verdict).toBe('right');
    expect(isLastRound(right, 2)).toBe(false);
    const second = rounds(right, { type: 'next' });
    expect(second).toEqual({ index: 1, wrong: [] });
    expect(isLastRound(second, 2)).toBe(true);
  });

  it('keeps no wrong choice for an answer without one (a written word)', () => {
    expect(rounds(start, { type: 'answer', verdict: 'wrong' }).wrong).toEqual([]);
  });

  it('lets the child go on after a right or nearly right answer only', () => {
    expect([goesOn('right'), goesOn('close'), goesOn('wrong')]).toEqual([true, true, false]);
    expect([verdictOf(true), verdictOf(false)]).toEqual(['right', 'wrong']);
  });
});

describe('FirstTries', () => {
  it('scores each item by its first answer only', () => {
    const tries = new FirstTries();
    tries.add('zhaba', false);
    tries.add('zhaba', true);
    tries.add('zaek', true);
    expect(tries.values()).toEqual([false, true]);
    expect(scoreOf(tries.values())).toBe(0.5);
  });
});
