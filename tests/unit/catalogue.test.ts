import { expect, it } from 'vitest';
import { groupByTrack } from '../../src/lib/content/catalogue';

const lesson = (id: string, track: 'alphabet' | 'language' | 'history', order: number) => ({ id, data: { track, order } });

it('groups lessons by track in the fixed track order, each sorted by order', () => {
  const groups = groupByTrack([
    lesson('history/thracians', 'history', 1),
    lesson('language/numbers', 'language', 2),
    lesson('alphabet/first-letters', 'alphabet', 1),
    lesson('language/greetings', 'language', 1),
  ]);
  expect(groups.map((g) => g.track)).toEqual(['alphabet', 'language', 'history']);
  expect(groups[1]?.lessons.map((l) => l.id)).toEqual(['language/greetings', 'language/numbers']);
});

it('leaves out tracks without lessons', () => {
  expect(groupByTrack([])).toEqual([]);
});
