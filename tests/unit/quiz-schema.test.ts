import { describe, expect, it } from 'vitest';
import { quizProps } from '../../src/lib/content/quiz-schema';
import { formatContentIssues } from '../../src/lib/content/errors';

const all = (text: string) => ({ bg: text, en: text, ar: text, fa: text, uk: text });
const question = (overrides: Record<string, unknown> = {}) => ({
  prompt: all('Колко букви има азбуката?'),
  options: [{ text: all('26') }, { text: all('30'), correct: true, feedback: all('Да!') }, { word: 'slon', show: 'picture' }],
  ...overrides,
});
const problems = (questions: unknown) => {
  const result = quizProps.safeParse({ questions });
  return result.success ? [] : formatContentIssues('content/lessons/alphabet/x.mdx: <Quiz>', result.error).split('\n');
};

describe('the <Quiz> props', () => {
  it('accept text, word, picture and sound options, feedback and a hint', () => {
    expect(problems([question({ hint: all('Повече от 26.'), word: 'slon' }), question()])).toEqual([]);
  });

  it('take a form and a pinned order of the options', () => {
    const parsed = quizProps.safeParse({ questions: [question()], form: 'pre-reader', pinOrder: true });
    expect(parsed.success && parsed.data).toMatchObject({ form: 'pre-reader', pinOrder: true });
    const wrong = quizProps.safeParse({ questions: [question()], pinOrder: 'yes' });
    expect(wrong.success).toBe(false);
  });

  it('name the question, the option and the language that is missing', () => {
    const broken = question();
    const { fa: _fa, ...withoutPersian } = all('26');
    (broken.options as Record<string, unknown>[])[0] = { text: withoutPersian };
    expect(problems([question(), broken])).toEqual([
      'content/lessons/alphabet/x.mdx: <Quiz>: field questions[1].options[0].text.fa is missing (expected string)',
    ]);
  });

  it('need exactly one right option', () => {
    expect(problems([question({ options: [{ text: all('a') }, { text: all('b') }] })])[0]).toContain(
      'field questions[0].options needs exactly one option with correct: true, found 0',
    );
    expect(
      problems([
        question({
          options: [
            { text: all('a'), correct: true },
            { text: all('b'), correct: true },
          ],
        }),
      ])[0],
    ).toContain('found 2');
  });

  it('need an option to be either a text or a word', () => {
    expect(problems([question({ options: [{ text: all('a'), word: 'slon', correct: true }, { text: all('b') }] })])[0]).toContain(
      'field questions[0].options[0] needs either text or word',
    );
    expect(problems([question({ options: [{ text: all('a'), show: 'audio', correct: true }, { text: all('b') }] })])[0]).toContain(
      'field questions[0].options[0].show applies only to an option with a word',
    );
  });

  it('take two to four options, and refuse fields they do not know', () => {
    expect(problems([question({ options: [{ text: all('a'), correct: true }] })])[0]).toMatch(/questions\[0\]\.options/);
    expect(problems([question({ answer: 2 })])[0]).toContain('has fields the contract does not know: answer');
    expect(problems([])[0]).toContain('field questions');
  });
});
