import { expect, it } from 'vitest';
import { compactIndex, expandIndex, type SerialisedIndex } from '../../../src/lib/search/payload';

const index: SerialisedIndex = {
  version: '2.3.9',
  fields: ['title_bg', 'gloss_en'],
  fieldVectors: [['title_bg/0', [0, 1]]],
  invertedIndex: [['мечк', { _index: 0, title_bg: { 0: {} }, gloss_en: {} }]],
  pipeline: ['zdravei-trim'],
};

it('leaves out the empty field entries lunr writes for every term', () => {
  expect(compactIndex(index).invertedIndex).toEqual([['мечк', { _index: 0, title_bg: { 0: {} } }]]);
});

it('puts them back before lunr reads the index', () => {
  expect(JSON.parse(JSON.stringify(expandIndex(compactIndex(index))))).toEqual(index);
});
