// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import MatchPairs, { matchPairsStringKeys } from '../../src/islands/MatchPairs';
import { chooseLearner, quietly, stars, stringsFor, words } from './exercise-helpers';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(matchPairsStringKeys);
const exerciseId = 'alphabet/first-letters#match-a-i';

function renderPairs(mode: 'picture' | 'sound' = 'picture', form: 'pre-reader' | 'reader' = 'reader') {
  return render(
    <MatchPairs exerciseId={exerciseId} words={words} mode={mode} form={form} strings={strings} dir="ltr" learnersUrl="/en/learners/" />,
  );
}

const left = (id: string) =>
  screen.getByRole('group', { name: 'Pictures and sounds' }).querySelector<HTMLButtonElement>(`.pair[data-word="${id}"]`)!;
const right = (id: string) => screen.getByRole('group', { name: 'Words' }).querySelector<HTMLButtonElement>(`.pair[data-word="${id}"]`)!;

describe('MatchPairs', () => {
  it('shows pictures named by meaning on one side and Bulgarian words on the other, not side by side in the same order', () => {
    renderPairs();
    expect(screen.getByRole('button', { name: 'frog' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'жа̀ба' })).toHaveAttribute('lang', 'bg');
    const order = (name: string) =>
      [...screen.getByRole('group', { name }).querySelectorAll('.pair')].map((b) => b.getAttribute('data-word'));
    expect(order('Words')).not.toEqual(order('Pictures and sounds'));
  });

  it('keeps a right pair together, says so, and records a right attempt', async () => {
    const store = await chooseLearner();
    renderPairs();
    await userEvent.click(left('zaek'));
    expect(left('zaek')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(right('zaek'));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect(left('zaek')).toBeDisabled();
    expect(right('zaek')).toBeDisabled();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ exerciseId, wordId: 'zaek', correct: true });
  });

  it('after a wrong pair shows and plays the word that belongs to the picture, and the child tries again', async () => {
    const store = await chooseLearner();
    renderPairs();
    await userEvent.click(left('ezh'));
    await userEvent.click(right('valk'));
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    expect(document.querySelector('.feedback__text')).toHaveTextContent('еж');
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/ezh.mp3')?.plays).toBe(1));
    expect(left('ezh')).toBeEnabled();
    // Either side may be chosen first.
    await userEvent.click(right('ezh'));
    await userEvent.click(left('ezh'));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const attempts = await store.attemptsWhen(2);
    expect(attempts.map((a) => [a.wordId, a.correct])).toEqual([
      ['ezh', false],
      ['ezh', true],
    ]);
  });

  it('ends with stars from the first tries and records the result', async () => {
    const store = await chooseLearner();
    renderPairs();
    await userEvent.click(left('valk'));
    await userEvent.click(right('zhaba'));
    for (const word of words) {
      await userEvent.click(left(word.id));
      await userEvent.click(right(word.id));
    }
    // 3 of 4 pairs right at the first try: 75 %, two stars.
    expect(stars()).toBe('You earned 2 of 3 stars!');
    await waitFor(async () => expect((await store.progress('alphabet/first-letters'))?.exercises[exerciseId]).toBe(0.75));
  });

  it('matches sounds to words, each sound with its own button to hear it', async () => {
    renderPairs('sound');
    expect(screen.getByText('Tap a sound to hear it, then tap its word.')).toBeInTheDocument();
    const firstSound = screen.getByRole('button', { name: 'Sound 1' });
    const id = firstSound.getAttribute('data-word')!;
    await userEvent.click(screen.getByRole('button', { name: 'Listen to the word (1)' }));
    expect(howls.find((h) => h.plays > 0)?.options.src[0]).toBe(`/audio/words/${id}.mp3`);
    await userEvent.click(firstSound);
    await userEvent.click(right(id));
    expect(screen.getByText('Right!')).toBeInTheDocument();
  });

  it('in the pre-reader form matches pictures with cards that say their word when tapped, with no Bulgarian to read', async () => {
    const store = await chooseLearner();
    // Even when the author asked for sounds to words: a pre-reader matches pictures and sounds.
    renderPairs('sound', 'pre-reader');
    expect(screen.getByText('Tap a sound to hear it, then tap its picture.')).toBeInTheDocument();
    const sounds = screen.getByRole('group', { name: 'Sounds' });
    for (const word of words) expect(sounds).not.toHaveTextContent(word.stressed);
    expect(screen.getByRole('button', { name: 'frog' })).toBeInTheDocument();
    const card = (id: string) => sounds.querySelector<HTMLButtonElement>(`.pair[data-word="${id}"]`)!;
    expect(card('zaek')).toHaveAccessibleName(/^Sound \d$/);
    // A tapped card speaks its word; tapping another card only changes the choice.
    await userEvent.click(card('valk'));
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/valk.mp3')?.plays).toBe(1));
    await userEvent.click(card('zaek'));
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/zaek.mp3')?.plays).toBe(1));
    expect(card('zaek')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(left('zaek'));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect(card('zaek')).toBeDisabled();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ exerciseId, wordId: 'zaek', correct: true });
  });

  it('works with the keyboard alone, and the focus moves on after a pair is made', async () => {
    renderPairs();
    left('zhaba').focus();
    await userEvent.keyboard('{Enter}');
    right('zhaba').focus();
    await userEvent.keyboard(' ');
    expect(screen.getByText('Right!')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveClass('pair'));
    expect(document.activeElement).toBeEnabled();
  });

  it('shows a friendly message if it breaks', () => {
    quietly(() =>
      render(<MatchPairs exerciseId={exerciseId} words={null as never} mode="picture" strings={strings} dir="ltr" learnersUrl="/" />),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
