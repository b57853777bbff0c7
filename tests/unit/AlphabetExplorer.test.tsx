// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import AlphabetExplorer, { alphabetExplorerStringKeys, type ExplorerLetter } from '../../src/islands/AlphabetExplorer';
import { chooseLearner, quietly, stars, stringsFor, words } from './exercise-helpers';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(alphabetExplorerStringKeys);
const exerciseId = 'alphabet/whole-alphabet#alphabet';
const [zhaba, zaek, ezh, valk] = words as [(typeof words)[0], (typeof words)[0], (typeof words)[0], (typeof words)[0]];
const sound = (id: string, stressed: string) => ({ id, stressed, audio: `/audio/words/${id}.mp3` });
const letters: ExplorerLetter[] = [
  { upper: 'В', lower: 'в', sound: sound('letter-v', 'въ'), example: valk },
  { upper: 'Е', lower: 'е', sound: sound('letter-e', 'е'), example: ezh },
  { upper: 'Ж', lower: 'ж', sound: sound('letter-zh', 'жъ'), example: zhaba },
  { upper: 'З', lower: 'з', sound: sound('letter-z', 'зъ'), example: zaek },
];

const renderExplorer = (rounds = 3) =>
  render(
    <AlphabetExplorer exerciseId={exerciseId} letters={letters} rounds={rounds} strings={strings} dir="rtl" learnersUrl="/ar/learners/" />,
  );
/** "Find the letter" loads its code on demand: wait until its first letter sound is there. */
const openFind = async () => {
  await userEvent.click(screen.getByRole('button', { name: /Find the letter/ }));
  await screen.findByRole('button', { name: 'Listen to the letter' });
};
const grid = () => screen.getByRole('group', { name: 'Letters' });
const letterButton = (lower: string) => grid().querySelector<HTMLButtonElement>(`[data-letter="${lower}"]`)!;
const askedLetter = (container: HTMLElement) =>
  letters.find((l) => l.sound.id === container.querySelector('.exercise__prompt')?.getAttribute('data-word'))!;

describe('AlphabetExplorer', () => {
  it('shows every letter left to right, and a letter with its sound and an example word with picture and sound', async () => {
    renderExplorer();
    expect(
      within(grid())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Вв', 'Ее', 'Жж', 'Зз']);
    expect(grid()).toHaveAttribute('dir', 'ltr');
    await userEvent.click(within(grid()).getByRole('button', { name: 'Жж' }));
    expect(within(grid()).getByRole('button', { name: 'Жж' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.letter-card__letter')).toHaveTextContent('Жж');
    expect(document.querySelector('.letter-card__example img')).toHaveAttribute('src', zhaba.picture);
    expect(screen.getByRole('button', { name: 'Listen: жа̀ба' })).toBeInTheDocument();
    // Choosing a letter says it.
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/letter-zh.mp3')?.plays).toBe(1));
  });

  it('asks for a letter by its sound; a right tap is praised and recorded as an answer about that letter', async () => {
    const store = await chooseLearner();
    const { container } = renderExplorer();
    await openFind();
    const asked = askedLetter(container);
    await userEvent.click(letterButton(asked.lower));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ exerciseId, wordId: asked.sound.id, correct: true });
  });

  it('after a wrong letter shows and plays the right one, and lets the child try again', async () => {
    const store = await chooseLearner();
    const { container } = renderExplorer();
    await openFind();
    const asked = askedLetter(container);
    const wrong = letters.find((l) => l !== asked)!;
    await userEvent.click(letterButton(wrong.lower));
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    expect(document.querySelector('.feedback__letter')).toHaveTextContent(`${asked.upper}${asked.lower}`);
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === asked.sound.audio && h.plays > 0)).toBeDefined());
    expect(letterButton(wrong.lower)).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    await userEvent.click(letterButton(asked.lower));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect((await store.attemptsWhen(2)).map((a) => a.correct)).toEqual([false, true]);
  });

  it('ends “Find the letter” with stars and records the result', async () => {
    const store = await chooseLearner();
    const { container } = renderExplorer(3);
    await openFind();
    for (let round = 0; round < 3; round++) {
      await userEvent.click(letterButton(askedLetter(container).lower));
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    expect(stars()).toBe('You earned 3 of 3 stars!');
    await waitFor(async () => expect((await store.progress('alphabet/whole-alphabet'))?.exercises[exerciseId]).toBe(1));
  });

  it('works with the keyboard alone', async () => {
    const { container } = renderExplorer();
    screen.getByRole('button', { name: /Find the letter/ }).focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Listen to the letter' });
    letterButton(askedLetter(container).lower).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /Next/ })).toHaveFocus();
  });

  it('shows a friendly message if it breaks', () => {
    quietly(() => render(<AlphabetExplorer exerciseId={exerciseId} letters={[]} rounds={1} strings={strings} dir="ltr" learnersUrl="/" />));
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
