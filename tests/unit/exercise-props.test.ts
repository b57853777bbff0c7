import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkProps } from '../../src/components/content/exercise-context';
import {
  alphabetExplorerProps,
  flashcardsProps,
  listenAndChooseProps,
  matchPairsProps,
  typeWhatYouHearProps,
  wordOrderProps,
} from '../../src/lib/content/exercise-props';

const file = 'content/lessons/nature/bears.mdx';
/** The build's message for these props, or the props as the island gets them. */
const check = (tag: string, schema: z.ZodTypeAny, props: Record<string, unknown>) => {
  try {
    return checkProps(file, tag, schema, props) as Record<string, unknown>;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the exercises’ props', () => {
  it('take word lists, with the defaults authors may leave out', () => {
    expect(check('<ListenAndChoose>', listenAndChooseProps, { words: ['a', 'b', 'c'] })).toEqual({ words: ['a', 'b', 'c'], choices: 4 });
    expect(check('<MatchPairs>', matchPairsProps, { words: ['a', 'b', 'c'], id: 'match-x' })).toEqual({
      words: ['a', 'b', 'c'],
      id: 'match-x',
      mode: 'picture',
    });
    for (const schema of [flashcardsProps, typeWhatYouHearProps, wordOrderProps])
      expect(check('<X>', schema, { words: ['a'] })).toEqual({ words: ['a'] });
  });

  it('take the form an author chooses, and name a form that does not exist', () => {
    expect(check('<WordOrder>', wordOrderProps, { words: ['a'], form: 'pre-reader' })).toEqual({ words: ['a'], form: 'pre-reader' });
    expect(check('<TypeWhatYouHear>', typeWhatYouHearProps, { words: ['a'], form: 'reader' })).toEqual({ words: ['a'], form: 'reader' });
    expect(check('<MatchPairs>', matchPairsProps, { words: ['a', 'b', 'c'], form: 'prereader' })).toBe(
      `${file}: field <MatchPairs> form: expected "pre-reader" or "reader", found "prereader"`,
    );
  });

  it('name the file, the exercise and the prop of a word list that is too short, too long or missing', () => {
    expect(check('<ListenAndChoose>', listenAndChooseProps, { words: ['a', 'b'] })).toBe(
      `${file}: field <ListenAndChoose> words: expected a list of at least 3 word ids, found 2`,
    );
    expect(check('<MatchPairs>', matchPairsProps, { words: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })).toBe(
      `${file}: field <MatchPairs> words: expected at most 6 words, found 7`,
    );
    expect(check('<Flashcards>', flashcardsProps, {})).toBe(
      `${file}: field <Flashcards> words: expected a list of at least 1 word ids, found none`,
    );
    expect(check('<WordOrder>', wordOrderProps, { words: 'banan' })).toBe(`${file}: field <WordOrder> words: expected array, found string`);
  });

  it('say which values a choice may take', () => {
    expect(check('<ListenAndChoose>', listenAndChooseProps, { words: ['a', 'b', 'c'], choices: 5 })).toBe(
      `${file}: field <ListenAndChoose> choices: expected 3 or 4, found 5`,
    );
    expect(check('<MatchPairs>', matchPairsProps, { words: ['a', 'b', 'c'], mode: 'pictures' })).toBe(
      `${file}: field <MatchPairs> mode: expected "picture" or "sound", found "pictures"`,
    );
  });

  it('refuse a prop no exercise knows (a typing mistake)', () => {
    expect(check('<TypeWhatYouHear>', typeWhatYouHearProps, { words: ['a'], word: ['b'] })).toBe(
      `${file}: field <TypeWhatYouHear> (the whole entry): has fields the contract does not know: word`,
    );
  });

  it('turn the alphabet’s letters into letters, and name what is not one', () => {
    const all = check('<AlphabetExplorer>', alphabetExplorerProps, {}) as { letters: { lower: string }[]; rounds: number };
    expect(all.letters).toHaveLength(30);
    expect(all.rounds).toBe(6);
    const some = check('<AlphabetExplorer>', alphabetExplorerProps, { letters: 'А-В', rounds: 2 }) as { letters: { lower: string }[] };
    expect(some.letters.map((l) => l.lower)).toEqual(['а', 'б', 'в']);
    expect(check('<AlphabetExplorer>', alphabetExplorerProps, { letters: 'А-В, Q' })).toBe(
      `${file}: field <AlphabetExplorer> letters: expected Bulgarian letters or ranges such as "А-И", found "q"`,
    );
    expect(check('<AlphabetExplorer>', alphabetExplorerProps, { letters: 'Ж' })).toContain('found fewer than two letters');
    expect(check('<AlphabetExplorer>', alphabetExplorerProps, { rounds: 0 })).toBe(
      `${file}: field <AlphabetExplorer> rounds: expected a whole number from 1, found 0`,
    );
  });
});
