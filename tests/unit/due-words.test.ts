import { describe, expect, it } from 'vitest';
import { countDueWords, dueWords } from '../../src/lib/store/due-words';
import { meetWords, Rating, rateWord } from '../../src/lib/store/scheduler';
import { testDatabase } from './db-helpers';

const now = new Date(2026, 10, 26, 10).getTime();
const day = 86_400_000;

describe('due words', () => {
  it('lists due words of one child, at most the limit', async () => {
    const db = testDatabase();
    await meetWords(
      db,
      'p1',
      Array.from({ length: 30 }, (_, i) => `w${i}`),
      now,
    );
    await meetWords(db, 'p2', ['other'], now);
    expect(await dueWords(db, 'p1', now, 10)).toHaveLength(10);
    expect(await countDueWords(db, 'p1', now)).toBe(30);
    expect((await dueWords(db, 'p2', now)).map((c) => c.wordId)).toEqual(['other']);
  });

  it('puts words got wrong before words not yet practised', async () => {
    const db = testDatabase();
    await meetWords(db, 'p1', ['a', 'b', 'c'], now);
    await rateWord(db, 'p1', 'c', Rating.Again, now + 1000);
    const later = now + 60 * 60_000;
    expect((await dueWords(db, 'p1', later, 2)).map((c) => c.wordId)).toEqual(['c', 'a']);
  });

  it('takes a word answered right off the due list for a while', async () => {
    const db = testDatabase();
    await meetWords(db, 'p1', ['mechka'], now);
    await rateWord(db, 'p1', 'mechka', Rating.Good, now);
    await rateWord(db, 'p1', 'mechka', Rating.Good, now + 10 * 60_000);
    expect(await countDueWords(db, 'p1', now + 20 * 60_000)).toBe(0);
    expect(await countDueWords(db, 'p1', now + 30 * day)).toBe(1);
  });
});
