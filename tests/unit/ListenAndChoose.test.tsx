// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import ListenAndChoose, { listenAndChooseStringKeys } from '../../src/islands/ListenAndChoose';
import { askedWord, chooseLearner, quietly, stars, stringsFor, words } from './exercise-helpers';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(listenAndChooseStringKeys);
const exerciseId = 'alphabet/first-letters#listen-a-i';

function renderExercise(id = exerciseId) {
  return render(<ListenAndChoose exerciseId={id} words={words} choices={3} strings={strings} dir="ltr" learnersUrl="/en/learners/" />);
}

const glossOf = (id: string) => words.find((w) => w.id === id)!.gloss!;
const choiceFor = (container: HTMLElement, id: string) => container.querySelector<HTMLButtonElement>(`.choice[data-word="${id}"]`)!;
const wrongChoice = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLButtonElement>('.choice')].find((b) => b.dataset.word !== askedWord(container))!;

describe('ListenAndChoose', () => {
  it('asks with a sound whose name does not give the word away, and offers pictures named by their meaning', () => {
    const { container } = renderExercise();
    expect(screen.getByRole('button', { name: 'Listen to the word' })).toBeInTheDocument();
    const choices = container.querySelectorAll('.choice');
    expect(choices).toHaveLength(3);
    expect(screen.getByRole('button', { name: glossOf(askedWord(container)) })).toBeInTheDocument();
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
  });

  it('puts the pictures in the same order for the same exercise, as the server and the browser must', () => {
    const first = [...renderExercise().container.querySelectorAll('.choice')].map((b) => b.getAttribute('data-word'));
    cleanup();
    const second = [...renderExercise().container.querySelectorAll('.choice')].map((b) => b.getAttribute('data-word'));
    expect(second).toEqual(first);
  });

  it('praises a right answer, shows the word, and records a right attempt', async () => {
    const store = await chooseLearner();
    const { container } = renderExercise();
    const asked = askedWord(container);
    await userEvent.click(choiceFor(container, asked));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect(within(container.querySelector('.feedback')!).getByText(words.find((w) => w.id === asked)!.stressed)).toHaveAttribute(
      'lang',
      'bg',
    );
    expect(screen.getByRole('button', { name: /Next/ })).toHaveFocus();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ lessonId: 'alphabet/first-letters', exerciseId, wordId: asked, correct: true });
  });

  it('after a wrong answer shows and plays the right word, and lets the child try again', async () => {
    const store = await chooseLearner();
    const { container } = renderExercise();
    const asked = askedWord(container);
    const wrong = wrongChoice(container);
    await userEvent.click(wrong);
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    const feedback = container.querySelector('.feedback')!;
    expect(feedback.querySelector('.feedback__picture')).toHaveAttribute('src', words.find((w) => w.id === asked)!.picture);
    // The right word's sound plays by itself.
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === `/audio/words/${asked}.mp3`)?.plays).toBe(1));
    expect(wrong).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    await userEvent.click(choiceFor(container, asked));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const attempts = await store.attemptsWhen(2);
    expect(attempts.map((a) => [a.wordId, a.correct])).toEqual([
      [asked, false],
      [asked, true],
    ]);
  });

  it('works with the keyboard alone: Tab to a picture, Enter, and Enter again for the next word', async () => {
    const { container } = renderExercise();
    const asked = askedWord(container);
    choiceFor(container, asked).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Right!')).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('2 of 4')).toBeInTheDocument();
    expect(askedWord(container)).not.toBe(asked);
  });

  it('ends with three stars when every first answer was right, and records the result', async () => {
    const store = await chooseLearner();
    const { container } = renderExercise();
    for (let round = 0; round < words.length; round++) {
      await userEvent.click(choiceFor(container, askedWord(container)));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    expect(screen.getByText('Well done! You finished this exercise.')).toBeInTheDocument();
    expect(stars()).toBe('You earned 3 of 3 stars!');
    await waitFor(async () => expect((await store.progress('alphabet/first-letters'))?.exercises[exerciseId]).toBe(1));
  });

  it('gives fewer stars when first answers were wrong, and plays again in a new order', async () => {
    const { container } = renderExercise();
    const firstOrder: string[] = [];
    for (let round = 0; round < words.length; round++) {
      const asked = askedWord(container);
      firstOrder.push(asked);
      if (round < 2) {
        await userEvent.click(wrongChoice(container));
        await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
      }
      await userEvent.click(choiceFor(container, asked));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    // 2 of 4 right at the first try: 50 %, one star.
    expect(stars()).toBe('You earned 1 of 3 stars!');
    await userEvent.click(screen.getByRole('button', { name: /Play again/ }));
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
  });

  it('says so in the page’s language if it breaks, instead of breaking the page', () => {
    quietly(() =>
      render(
        <ListenAndChoose
          exerciseId={exerciseId}
          words={undefined as never}
          choices={3}
          strings={stringsFor(listenAndChooseStringKeys, 'ar')}
          dir="rtl"
          learnersUrl="/ar/learners/"
        />,
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(stringsFor(listenAndChooseStringKeys, 'ar')['exercise.crashed']);
  });
});
