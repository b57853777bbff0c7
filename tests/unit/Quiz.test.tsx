// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import Quiz, { quizStringKeys, type QuizProps, type QuizQuestion } from '../../src/islands/Quiz';
import { bulgarianSpans } from '../../src/lib/i18n/bulgarian-spans';
import { resetPhrasePlayer } from '../../src/lib/audio/phrase-player';
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

const renderQuiz = (qs = questions, more: Partial<QuizProps> = {}) =>
  render(<Quiz exerciseId={exerciseId} questions={qs} strings={strings} dir="ltr" learnersUrl="/en/learners/" {...more} />);

/** What the options of the question on screen show, in the order shown. */
const shownOptions = () =>
  [...document.querySelectorAll('.quiz__option .choice')].map((b) => b.getAttribute('aria-label') ?? b.textContent);

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
    renderQuiz(questions.slice(2), { pinOrder: true });
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
    renderQuiz(questions, { pinOrder: true });
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

  it('shuffles the options of each question, the same way every time (server and browser agree), unless the order is pinned', () => {
    const many: QuizQuestion[] = [
      { prompt: t('Which number?'), options: ['1', '2', '3', '4'].map((n) => ({ text: t(n), show: 'word', correct: n === '1' })) },
    ];
    // Over several exercises (seeds), the written order is not always kept.
    const orders = ['a', 'b', 'c', 'd', 'e'].map((id) => {
      const { unmount } = render(<Quiz exerciseId={`history/test#${id}`} questions={many} strings={strings} dir="ltr" learnersUrl="/" />);
      const order = shownOptions().join('');
      unmount();
      return order;
    });
    expect(orders.some((order) => order !== '1234')).toBe(true);
    for (const order of orders) expect([...order].sort().join('')).toBe('1234');
    const first = render(<Quiz exerciseId="history/test#a" questions={many} strings={strings} dir="ltr" learnersUrl="/" />);
    expect(shownOptions().join('')).toBe(orders[0]);
    first.unmount();
    renderQuiz(many, { pinOrder: true });
    expect(shownOptions()).toEqual(['1', '2', '3', '4']);
  });

  it('in the pre-reader form shows word options as pictures with their sound, and no Bulgarian to read', async () => {
    const store = await chooseLearner();
    const asked: QuizQuestion[] = [
      {
        prompt: t('Which one is the frog?'),
        word: zhaba,
        options: [
          { word: zhaba, show: 'word', correct: true },
          { word: zaek, show: 'word', correct: false },
        ],
      },
    ];
    renderQuiz(asked, { form: 'pre-reader' });
    const options = document.querySelector('.quiz__options')!;
    expect(options).not.toHaveTextContent('жа̀ба');
    expect(options).not.toHaveTextContent('за̀ек');
    expect(options.querySelectorAll('.choice img')).toHaveLength(2);
    // The prompt's word is a picture and a sound too.
    expect(document.querySelector('.quiz__question')).not.toHaveTextContent('жа̀ба');
    expect(document.querySelector('.quiz__question .exercise__prompt img')).toHaveAttribute('src', zhaba.picture);
    // Each option's sound plays from the button beside its picture.
    await userEvent.click(screen.getByRole('button', { name: 'Listen: за̀ек' }));
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/zaek.mp3')?.plays).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: 'frog' }));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ wordId: 'zhaba', correct: true });
  });

  it('plays the next question’s word from an option’s sound button, not the word it played before', async () => {
    const sounds: QuizQuestion[] = [
      {
        prompt: t('Which is the frog?'),
        options: [
          { word: zhaba, show: 'audio', correct: true },
          { word: zaek, show: 'audio', correct: false },
        ],
      },
      {
        prompt: t('Which is the hedgehog?'),
        options: [
          { word: ezh, show: 'audio', correct: true },
          { word: zaek, show: 'audio', correct: false },
        ],
      },
    ];
    renderQuiz(sounds, { pinOrder: true });
    await userEvent.click(screen.getAllByRole('button', { name: 'Answer 1' })[1]!);
    await userEvent.click(screen.getAllByRole('button', { name: 'Answer 1' })[0]!);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Answer 1' })[1]!);
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/ezh.mp3')?.plays).toBe(1));
  });

  it('speaks a prompt that has its file: by itself when the question shows, and again from its speaker button', async () => {
    resetPhrasePlayer();
    // Every observed element is in view at once, as on a page where the quiz is on screen.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private callback: IntersectionObserverCallback) {}
        observe(element: Element) {
          queueMicrotask(() => this.callback([{ isIntersecting: true, target: element } as IntersectionObserverEntry], this as never));
        }
        disconnect() {}
      },
    );
    try {
      const spoken = [
        { ...questions[0]!, audio: '/audio/quiz/en/aaaaaaaaaaaa.mp3' },
        { ...questions[1]!, audio: '/audio/quiz/en/bbbbbbbbbbbb.mp3' },
        questions[2]!,
      ];
      renderQuiz(spoken, { pinOrder: true });
      const played = () => howls.filter((h) => h.plays > 0).map((h) => [h.options.src[0], h.plays]);
      const prompt = document.querySelector<HTMLElement>('.quiz__prompt')!;
      const speaker = within(prompt).getByRole('button', { name: 'Listen to this' });
      expect(speaker).toHaveAttribute('data-src', '/audio/quiz/en/aaaaaaaaaaaa.mp3');
      await waitFor(() => expect(played()).toEqual([['/audio/quiz/en/aaaaaaaaaaaa.mp3', 1]]));
      await userEvent.click(speaker);
      await waitFor(() => expect(played()).toEqual([['/audio/quiz/en/aaaaaaaaaaaa.mp3', 2]]));

      await userEvent.click(screen.getByRole('button', { name: '30' }));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
      await waitFor(() => expect(played()).toContainEqual(['/audio/quiz/en/bbbbbbbbbbbb.mp3', 1]));

      // A question without its file has no speaker.
      await userEvent.click(screen.getByRole('button', { name: 'frog' }));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
      expect(within(document.querySelector<HTMLElement>('.quiz__prompt')!).queryByRole('button')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a friendly message if it breaks', () => {
    quietly(() => renderQuiz([{ prompt: t('?'), options: [] }] as never));
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
