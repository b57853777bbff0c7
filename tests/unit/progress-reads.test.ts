import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../../src/lib/store/progress';
import { practiceStreak } from '../../src/lib/store/progress-reads';
import { testDatabase } from './db-helpers';

const day = (d: number, h = 10) => new Date(2026, 10, d, h).getTime();

describe('days practised in a row', () => {
  it('counts back from today, or from yesterday when today has no practice yet', async () => {
    const db = testDatabase();
    for (const d of [1, 3, 4, 5])
      await recordAttempt(db, { profileId: 'p1', lessonId: 'l/x', exerciseId: 'l/x#a', correct: true, ms: 1 }, day(d));
    expect(await practiceStreak(db, 'p1', day(5, 20))).toBe(3);
    expect(await practiceStreak(db, 'p1', day(6, 9))).toBe(3);
    expect(await practiceStreak(db, 'p1', day(7, 9))).toBe(0);
    expect(await practiceStreak(db, 'p2', day(5))).toBe(0);
  });
});
