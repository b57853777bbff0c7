import { describe, expect, it } from 'vitest';
import { chooseOptions, choiceRounds, lookAlike } from '../../src/lib/exercises/distractors';

const word = (id: string, picture?: string) => ({ id, stressed: id, ...(picture ? { picture: `/pictures/${picture}.svg` } : {}) });
const greetings = [
  word('zdravey', '1F44B'),
  word('chao', '1F44B'), // the same waving hand
  word('dobro-utro', '1F305'),
  word('dobar-den', '1F31E'),
  word('leka-nosht', '1F634'),
  word('blagodarya', '1F60A'),
];

describe('chooseOptions', () => {
  it('offers the target and distinct distractors from the same exercise', () => {
    for (let seed = 0; seed < 50; seed++) {
      const options = chooseOptions(greetings, greetings[2]!, 4, seed);
      expect(options).toHaveLength(4);
      expect(options).toContain(greetings[2]);
      expect(new Set(options.map((o) => o.id)).size).toBe(4);
      for (const option of options) expect(greetings).toContain(option);
    }
  });

  it('never offers two words with the same picture', () => {
    for (let seed = 0; seed < 100; seed++) {
      const options = chooseOptions(greetings, greetings[0]!, 4, seed);
      expect(options.map((o) => o.id)).not.toContain('chao');
      const pictures = options.map((o) => o.picture);
      expect(new Set(pictures).size).toBe(pictures.length);
    }
  });

  it('offers fewer options when the exercise has too few different words', () => {
    const options = chooseOptions(greetings.slice(0, 3), greetings[0]!, 4, 1);
    expect(options.map((o) => o.id).sort()).toEqual(['dobro-utro', 'zdravey']);
  });

  it('puts the right answer in different places', () => {
    const places = new Set(
      Array.from({ length: 40 }, (_, seed) => chooseOptions(greetings, greetings[3]!, 4, seed).indexOf(greetings[3]!)),
    );
    expect(places.size).toBe(4);
  });
});

describe('choiceRounds', () => {
  it('asks every word once, each round with its options, the same for the same seed', () => {
    const rounds = choiceRounds(greetings, 3, 99);
    expect(rounds.map((r) => r.target.id).sort()).toEqual(greetings.map((w) => w.id).sort());
    for (const round of rounds) {
      expect(round.options).toHaveLength(3);
      expect(round.options).toContain(round.target);
    }
    expect(choiceRounds(greetings, 3, 99)).toEqual(rounds);
  });
});

it('lookAlike: same id, same text or same picture', () => {
  expect(lookAlike(word('a', '1'), word('b', '1'))).toBe(true);
  expect(lookAlike(word('a'), word('b'))).toBe(false);
  expect(lookAlike({ id: 'x', stressed: 'да' }, { id: 'y', stressed: 'да' })).toBe(true);
});
