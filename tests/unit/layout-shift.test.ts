import { describe, expect, it } from 'vitest';
import { largestSessionWindow } from '../../scripts/bench/layout-shift';

const at = (startTime: number, value: number) => ({ startTime, value });

describe('largestSessionWindow (the bench’s CLS)', () => {
  it('is 0 for a page that never shifts', () => {
    expect(largestSessionWindow([])).toBe(0);
  });

  it('adds up shifts less than a second apart', () => {
    expect(largestSessionWindow([at(100, 0.01), at(900, 0.02), at(1800, 0.005)])).toBeCloseTo(0.035);
  });

  it('starts a new window after a second without a shift, and reports the largest', () => {
    expect(largestSessionWindow([at(0, 0.01), at(500, 0.01), at(2000, 0.015)])).toBeCloseTo(0.02);
    expect(largestSessionWindow([at(0, 0.01), at(1000, 0.015)])).toBeCloseTo(0.015);
  });

  it('ends a window after five seconds, however close its shifts', () => {
    const everyHalfSecond = Array.from({ length: 12 }, (_, i) => at(i * 500, 0.01));
    // 0 s to 4.5 s make one window of ten shifts; 5 s and 5.5 s start the next.
    expect(largestSessionWindow(everyHalfSecond)).toBeCloseTo(0.1);
  });

  it('reads the shifts in time order, whatever order they come in', () => {
    expect(largestSessionWindow([at(2000, 0.015), at(500, 0.01), at(0, 0.01)])).toBeCloseTo(0.02);
  });
});
