import { describe, expect, it } from 'vitest';
import { gradeFor, meetWords, nextCard, Rating, rateWord } from '../../src/lib/store/scheduler';
import { testDatabase } from './db-helpers';

const now = new Date(2026, 10, 26, 10).getTime();

describe('FSRS bridge', () => {
  it('maps right to Good and wrong to Again', () => {
    expect(gradeFor(true)).toBe(Rating.Good);
    expect(gradeFor(false)).toBe(Rating.Again);
  });

  it('schedules a word answered right further away than one answered wrong', () => {
    const right = nextCard(nextCard(undefined, Rating.Good, now), Rating.Good, now + 10 * 60_000);
    const wrong = nextCard(nextCard(undefined, Rating.Good, now), Rating.Again, now + 10 * 60_000);
    expect(right.due.getTime()).toBeGreaterThan(wrong.due.getTime());
  });

  it('gives every word a child meets a card, due now, without resetting known ones', async () => {
    const db = testDatabase();
    await rateWord(db, 'p1', 'mechka', Rating.Good, now);
    const before = await db.cards.get(['p1', 'mechka']);
    await meetWords(db, 'p1', ['mechka', 'valk'], now);
    expect(await db.cards.get(['p1', 'mechka'])).toEqual(before);
    expect(await db.cards.get(['p1', 'valk'])).toMatchObject({ due: now });
  });
});
