import { expect, it } from 'vitest';
import { freeTries, noteRight, noteWrong, waitAfter, waitLeft } from '../../src/lib/store/throttle';
import { testDatabase } from './db-helpers';

it('lets the first few wrong answers through, then doubles the wait up to five minutes', () => {
  expect([1, 2, 3, 4, 5, 6].map(waitAfter)).toEqual([0, 0, 5_000, 10_000, 20_000, 40_000]);
  expect(waitAfter(30)).toBe(300_000);
  expect(freeTries).toBe(3);
});

it('makes a guesser wait, counting on a clock it is given, and forgets after a right answer', async () => {
  const db = testDatabase();
  let now = 1_000_000;
  for (let i = 0; i < freeTries - 1; i++) expect(await noteWrong(db, 'tutor-pin', now)).toBe(0);
  expect(await waitLeft(db, 'tutor-pin', now)).toBe(0);
  expect(await noteWrong(db, 'tutor-pin', now)).toBe(5_000);
  expect(await waitLeft(db, 'tutor-pin', now + 2_000)).toBe(3_000);
  now += 5_000;
  expect(await waitLeft(db, 'tutor-pin', now)).toBe(0);
  expect(await noteWrong(db, 'tutor-pin', now)).toBe(10_000);
  // Another child's password keeps its own count.
  expect(await waitLeft(db, 'picture-password:p2', now)).toBe(0);
  await noteRight(db, 'tutor-pin');
  expect(await waitLeft(db, 'tutor-pin', now)).toBe(0);
  expect(await noteWrong(db, 'tutor-pin', now)).toBe(0);
});

it('keeps growing over thirty wrong answers in a row, never past five minutes', async () => {
  const db = testDatabase();
  const waits: number[] = [];
  let now = 0;
  for (let i = 0; i < 30; i++) {
    now += await waitLeft(db, 'picture-password:p1', now);
    waits.push(await noteWrong(db, 'picture-password:p1', now));
  }
  expect(waits.slice(0, 4)).toEqual([0, 0, 5_000, 10_000]);
  expect(waits.every((wait, i) => i === 0 || wait >= waits[i - 1]!)).toBe(true);
  expect(Math.max(...waits)).toBe(300_000);
});
