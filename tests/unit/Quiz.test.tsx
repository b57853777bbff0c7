// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import Quiz, { quizStringKeys, type QuizQuestion } from '../../src/islands/Quiz';
import { bulgarianSpans } from '../../src/lib/i18n/bulgarian-spans';
import { chooseLearner, quietly, stars, stringsFor, words } from './exercise-helpers';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(quizStringKeys);
const exerciseId = 'history/test#quiz';
const [zhaba, zaek, ezh] = words as [(typeof words)[0], (typeof words)[0], (typeof words)[0]];
const t = bulgarianSpans;

const questions: QuizQuestion[] = [
  {
    prompt: t('How many letters does the Bulgarian alphabet have?'),
    options: [
      { text: t('26'), show: 'word', correct: false, feedback: t('The English alphabet has 26 letters.') },
      { text: t('30'), show: 'word', correct: true, feedback: t('Yes! From [А] to [Я].') },
    ],
    hint: t('More than 26.'),
  },
  {
    prompt: t('Which picture is [жаба]?'),
    options: [
      { word: zaek, show: 'picture', correct: false },
      { word: zhaba, show: 'picture', correct: true },
    ],
  },
  {
    prompt: t('Listen. Which one is the hedgehog?'),
    options: [
      { word: ezh, show: 'audio', correct: true },
      { word: zaek, show: 'audio', correct: false },
    ],
  },
];

const renderQuiz = (qs = questions) =>
  render(<Quiz exerciseId={exerciseId} questions={qs} strings={strings} dir="ltr" learnersUrl="/en/learners/" />);

describe('Quiz', () => {
  it('shows the question with its Bulgarian words marked, and text options', () => {
    renderQuiz();
    expect(screen.getByText('How many letters does the Bulgarian alphabet have?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '30' })).toBeInTheDocument();
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
  });

  it('gives the feedback of the option chosen; a right answer is praised and recorded', async () => {
    const store = await chooseLearner();
    renderQuiz();
    await userEvent.click(screen.getByRole('button', { name: '30' }));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect(document.querySelector('.feedback__note')).toHaveTextContent('Yes! From А to Я.');
    expect(document.querySelector('.feedback__note span[lang="bg"]')).toHaveTextContent('А');
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ exerciseId, correct: true });
  });

  it('after a wrong option explains it, shows the right one, and lets the child try again', async () => {
    const store = await chooseLearner();
    renderQuiz();
    await userEvent.click(screen.getByRole('button', { name: '26' }));
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    expect(document.querySelector('.feedback__note')).toHaveTextContent('The English alphabet has 26 letters.');
    expect(document.querySelector('.feedback__help')).toHaveTextContent('30');
    expect(screen.getByRole('button', { name: '26' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    await userEvent.click(screen.getByRole('button', { name: '30' }));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect((await store.attemptsWhen(2)).map((a) => a.correct)).toEqual([false, true]);
  });

  it('shows the hint only when asked', async () => {
    renderQuiz();
    expect(screen.queryByText('More than 26.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Hint/ }));
    expect(screen.getByText('More than 26.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Hint/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('offers pictures named by meaning, and plays the right word after a wrong picture', async () => {
    renderQuiz();
    await userEvent.click(screen.getByRole('button', { name: '30' }));
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await userEvent.click(screen.getByRole('button', { name: 'rabbit, hare' }));
    expect(document.querySelector('.feedback__text')).toHaveTextContent('жа̀ба');
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/zhaba.mp3')?.plays).toBe(1));
  });

  it('offers sounds as options: each can be heard and chosen by number, and the attempt is about the word', async () => {
    const store = await chooseLearner();
    renderQuiz(questions.slice(2));
    // Each option has a button to hear it and a button to choose it, both named by its number.
    const [choose, hear] = screen.getAllByRole('button', { name: 'Answer 1' }) as [HTMLElement, HTMLElement];
    expect(choose).toHaveClass('choice');
    expect(choose).not.toHaveTextContent('еж');
    await userEvent.click(hear);
    expect(howls.find((h) => h.plays > 0)?.options.src[0]).toBe('/audio/words/ezh.mp3');
    await userEvent.click(choose);
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ wordId: 'ezh', correct: true });
  });

  it('ends with stars computed from the first answers, and records the result', async () => {
    const store = await chooseLearner();
    renderQuiz();
    await userEvent.click(screen.getByRole('button', { name: '26' }));
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    await userEvent.click(screen.getByRole('button', { name: '30' }));
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await userEvent.click(screen.getByRole('button', { name: 'frog' }));
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await userEvent.click(document.querySelectorAll<HTMLButtonElement>('.choice')[0]!);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    // 2 of 3 right at the first try: 67 %, two stars.
    expect(stars()).toBe('You earned 2 of 3 stars!');
    await waitFor(async () => expect((await store.progress('history/test'))?.exercises[exerciseId]).toBeCloseTo(2 / 3));
  });

  it('shows a friendly message if it breaks', () => {
    quietly(() => renderQuiz([{ prompt: t('?'), options: [] }] as never));
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
