import { expect, it } from 'vitest';
import { stemEnglish } from '../../../src/lib/search/stem-en';

it.each([
  ['bears', 'bear'],
  ['bear', 'bear'],
  ['stories', 'story'],
  ['horses', 'horse'],
  ['wolves', 'wolve'],
  ['bus', 'bus'],
  ['glass', 'glass'],
  ['goes', 'goe'], // as in Harman: -oes keeps the -e rule from applying, the -s rule does,
  ['is', 'is'],
])('the S stemmer makes %s %s', (word, stem) => {
  expect(stemEnglish(word)).toBe(stem);
});
