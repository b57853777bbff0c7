import { describe, expect, it } from 'vitest';
import { randomFrom, seedOf, shuffle, shuffleAway } from '../../src/lib/exercises/shuffle';

const letters = ['а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з'];

describe('seeded shuffling', () => {
  it('gives the same order for the same seed, so the server and the browser agree', () => {
    const seed = seedOf('language/greetings#listen-zdravey');
    expect(shuffle(letters, seed)).toEqual(shuffle(letters, seed));
  });

  it('gives another order for another seed', () => {
    expect(shuffle(letters, 1)).not.toEqual(shuffle(letters, 2));
  });

  it('keeps every item exactly once and leaves the list alone', () => {
    const copy = [...letters];
    const shuffled = shuffle(letters, 42);
    expect([...shuffled].sort()).toEqual([...letters].sort());
    expect(letters).toEqual(copy);
  });

  it('makes seeds from text that differ for different exercise ids', () => {
    expect(seedOf('a#1')).not.toBe(seedOf('a#2'));
    expect(seedOf('a#1')).toBe(seedOf('a#1'));
  });

  it('draws numbers in [0, 1) spread over the range', () => {
    const random = randomFrom(7);
    const draws = Array.from({ length: 1000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.filter((d) => d < 0.5).length).toBeGreaterThan(400);
    expect(draws.filter((d) => d < 0.5).length).toBeLessThan(600);
  });
});

describe('shuffleAway', () => {
  it('never returns the original order when another exists', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(shuffleAway(['Аз', 'обѝчам', 'бана̀ни.'], seed)).not.toEqual(['Аз', 'обѝчам', 'бана̀ни.']);
      expect(shuffleAway(['а', 'б'], seed)).toEqual(['б', 'а']);
    }
  });

  it('treats equal items as equal, and gives up gracefully when all are equal', () => {
    const same = (a: { text: string }, b: { text: string }) => a.text === b.text;
    const tiles = [{ text: 'да' }, { text: 'да' }, { text: 'не' }];
    for (let seed = 0; seed < 50; seed++) expect(shuffleAway(tiles, seed, same).map((t) => t.text)).not.toEqual(['да', 'да', 'не']);
    expect(shuffleAway(['x'], 3)).toEqual(['x']);
  });
});
