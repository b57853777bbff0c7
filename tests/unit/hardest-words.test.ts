import { describe, expect, it } from 'vitest';
import { hardestWords, mostMissedQuestions, type AnswerRecord, type CardRecord } from '../../src/lib/reports/hardest-words';

function card(wordId: string, lapses: number, difficulty: number, profileId = 'ana'): CardRecord {
  return { profileId, wordId, fsrs: { lapses, difficulty } };
}

function answers(wordId: string, wrong: number, right = 0, profileId = 'ana', exercise = 'a'): AnswerRecord[] {
  const one = (correct: boolean): AnswerRecord => ({ profileId, exerciseId: `language/greetings#${exercise}`, wordId, correct });
  return [...Array.from({ length: wrong }, () => one(false)), ...Array.from({ length: right }, () => one(true))];
}

const ids = (words: { wordId: string }[]) => words.map((w) => w.wordId);

describe('hardest words', () => {
  it('puts the word missed most first, and lists only words missed at least once', () => {
    const cards = [card('chao', 0, 6), card('zdravey', 0, 3), card('mama', 0, 2)];
    const given = [...answers('chao', 2), ...answers('zdravey', 5, 1), ...answers('mama', 0, 4)];
    expect(hardestWords('ana', cards, given)).toEqual([
      { wordId: 'zdravey', misses: 5, wrong: 5, right: 1, lapses: 0, difficulty: 3 },
      { wordId: 'chao', misses: 2, wrong: 2, right: 0, lapses: 0, difficulty: 6 },
    ]);
  });

  it('does not add lapses to wrong answers, which already include them', () => {
    const cards = [card('chao', 2, 5), card('tatko', 0, 5)];
    const given = [...answers('chao', 2), ...answers('tatko', 3)];
    expect(ids(hardestWords('ana', cards, given))).toEqual(['tatko', 'chao']);
  });

  it('counts the lapses of a card whose answers are not there', () => {
    expect(hardestWords('ana', [card('voda', 3, 7)], [])).toEqual([
      { wordId: 'voda', misses: 3, wrong: 0, right: 0, lapses: 3, difficulty: 7 },
    ]);
  });

  it('breaks ties by lapses, then difficulty, then word id', () => {
    const cards = [card('d', 0, 5), card('c', 0, 9), card('b', 1, 1), card('a', 0, 5)];
    const given = ['a', 'b', 'c', 'd'].flatMap((w) => answers(w, 2));
    expect(ids(hardestWords('ana', cards, given))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('gives the same order whatever order the records come in', () => {
    const cards = [card('d', 0, 5), card('c', 0, 9), card('b', 1, 1), card('a', 0, 5)];
    const given = ['a', 'b', 'c', 'd'].flatMap((w) => answers(w, 2));
    expect(hardestWords('ana', [...cards].reverse(), [...given].reverse())).toEqual(hardestWords('ana', cards, given));
  });

  it('looks at one child only, and stops at the limit', () => {
    const cards = [card('chao', 4, 9, 'omar'), card('a', 1, 5), card('b', 2, 5)];
    const given = [...answers('chao', 9, 0, 'omar'), ...answers('c', 3)];
    expect(ids(hardestWords('ana', cards, given))).toEqual(['c', 'b', 'a']);
    expect(ids(hardestWords('ana', cards, given, 2))).toEqual(['c', 'b']);
  });
});

describe('questions missed most', () => {
  it('ranks questions by how many children missed them, then by wrong answers', () => {
    const given = [
      ...answers('chao', 5, 0, 'ana', 'one-child'),
      ...answers('mama', 1, 1, 'ana', 'two-children'),
      ...answers('mama', 1, 0, 'omar', 'two-children'),
      ...answers('voda', 0, 3, 'omar', 'never-missed'),
      ...answers('chao', 4, 0, 'someone-else', 'other-group'),
    ];
    expect(mostMissedQuestions(['ana', 'omar'], given)).toEqual([
      { exerciseId: 'language/greetings#two-children', children: 2, wrong: 2, answers: 3 },
      { exerciseId: 'language/greetings#one-child', children: 1, wrong: 5, answers: 5 },
    ]);
  });
});
