// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import WordOrder, { wordOrderStringKeys, type Sentence } from '../../src/islands/WordOrder';
import { chooseLearner, quietly, stars, stringsFor } from './exercise-helpers';
import { installSpeech } from './speech-fake';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(wordOrderStringKeys);
const exerciseId = 'language/greetings#order-meet';
const sentences: Sentence[] = [
  {
    id: 'kazvam-se',
    stressed: 'Ка̀звам се А̀на.',
    gloss: 'My name is Ana.',
    audio: '/audio/examples/kazvam-se.mp3',
    picture: '/pictures/1F4DB.svg',
  },
  { id: 'dobre', stressed: 'Добрѐ съм, благодаря̀.', gloss: "I'm fine, thank you.", audio: '/audio/examples/dobre.mp3' },
];

const renderOrder = () =>
  render(<WordOrder exerciseId={exerciseId} sentences={sentences} strings={strings} dir="rtl" learnersUrl="/ar/learners/" />);
const pool = () => screen.getByRole('group', { name: 'Words to use' });
const line = () => screen.getByRole('group', { name: 'Your sentence' });
const tap = (text: string) => userEvent.click(within(pool()).getByRole('button', { name: text }));

/** The first sentence as the wrapper gives it in the pre-reader form: "се" is a word of the bank, the others are not. */
const preReaderSentences: Sentence[] = [
  { ...sentences[0]!, tileSounds: { се: { audio: '/audio/words/se.mp3', wordId: 'se' } } },
  sentences[1]!,
];
const renderPreReader = () =>
  render(
    <WordOrder
      exerciseId={exerciseId}
      sentences={preReaderSentences}
      form="pre-reader"
      strings={strings}
      dir="rtl"
      learnersUrl="/ar/learners/"
    />,
  );
const played = (src: string) => howls.filter((h) => h.options.src[0] === src).reduce((sum, h) => sum + h.plays, 0);

describe('WordOrder in the pre-reader form', () => {
  afterEach(() => {
    delete (navigator as { userActivation?: unknown }).userActivation;
  });

  it('plays the model sentence once at the start, once the child has tapped on the page, and again from its button', async () => {
    Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: true }, configurable: true });
    renderPreReader();
    expect(screen.getByText('Listen to the sentence, then tap the words in the right order.')).toBeInTheDocument();
    await waitFor(() => expect(played('/audio/examples/kazvam-se.mp3')).toBe(1));
    // The sentence is heard, not shown.
    expect(document.querySelector('.exercise__prompt')).not.toHaveTextContent('Ка̀звам');
    await userEvent.click(screen.getByRole('button', { name: 'Listen to the sentence' }));
    await waitFor(() => expect(played('/audio/examples/kazvam-se.mp3')).toBe(2));
  });

  it('does not start a sound by itself before the child has tapped anything (the browser would hold it back)', async () => {
    renderPreReader();
    await new Promise((r) => setTimeout(r, 20));
    expect(played('/audio/examples/kazvam-se.mp3')).toBe(0);
  });

  it('a tapped tile says its word: the word bank’s sound, else the browser’s Bulgarian voice', async () => {
    const speech = installSpeech([{ lang: 'bg-BG', name: 'Bulgarian', localService: true }]);
    try {
      renderPreReader();
      await tap('се');
      await waitFor(() => expect(played('/audio/words/se.mp3')).toBe(1));
      await tap('Ка̀звам');
      // The voice gets the word without its stress mark, which voices would read aloud.
      await waitFor(() => expect(speech.spoken.map((u) => u.text)).toEqual(['Казвам']));
      // A tile taken back says its word again.
      await userEvent.click(within(line()).getByRole('button', { name: 'се' }));
      await waitFor(() => expect(played('/audio/words/se.mp3')).toBe(2));
    } finally {
      speech.remove();
    }
  });

  it('is solved as the reader form is: the sentence, tile by tile', async () => {
    renderPreReader();
    for (const text of ['Ка̀звам', 'се', 'А̀на.']) await tap(text);
    expect(screen.getByText('Right!')).toBeInTheDocument();
  });
});

describe('WordOrder', () => {
  it('shuffles the words of the sentence into tiles, never in the right order, left to right even on a right-to-left page', () => {
    renderOrder();
    const tiles = within(pool())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect([...tiles].sort()).toEqual(['Ка̀звам', 'А̀на.', 'се'].sort());
    expect(tiles).not.toEqual(['Ка̀звам', 'се', 'А̀на.']);
    expect(pool()).toHaveAttribute('dir', 'ltr');
    expect(line()).toHaveAttribute('lang', 'bg');
  });

  it('builds the sentence tile by tile, plays it when it is right, and records a right attempt', async () => {
    const store = await chooseLearner();
    renderOrder();
    await tap('Ка̀звам');
    await tap('се');
    expect(
      within(line())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Ка̀звам', 'се']);
    await tap('А̀на.');
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect(screen.getByText('My name is Ana.')).toBeInTheDocument();
    // The finished sentence is heard.
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/examples/kazvam-se.mp3')?.plays).toBe(1));
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ exerciseId, wordId: 'kazvam-se', correct: true });
  });

  it('takes a tile back when it is tapped in the sentence', async () => {
    renderOrder();
    await tap('се');
    await userEvent.click(within(line()).getByRole('button', { name: 'се' }));
    expect(within(line()).queryAllByRole('button')).toHaveLength(0);
    expect(within(pool()).getAllByRole('button')).toHaveLength(3);
  });

  it('after a wrong order shows and plays the right sentence, and the child tries again', async () => {
    const store = await chooseLearner();
    renderOrder();
    await tap('се');
    await tap('Ка̀звам');
    await tap('А̀на.');
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    expect(document.querySelector('.feedback__text')).toHaveTextContent('Ка̀звам се А̀на.');
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/examples/kazvam-se.mp3')?.plays).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    expect(within(pool()).getAllByRole('button')).toHaveLength(3);
    await tap('Ка̀звам');
    await tap('се');
    await tap('А̀на.');
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect((await store.attemptsWhen(2)).map((a) => a.correct)).toEqual([false, true]);
  });

  it('works with the keyboard alone: the focus stays in the tiles as they move', async () => {
    renderOrder();
    within(pool()).getByRole('button', { name: 'Ка̀звам' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(pool()).toContainElement(document.activeElement as HTMLElement));
  });

  it('ends with stars from the first tries and records the result', async () => {
    const store = await chooseLearner();
    renderOrder();
    for (const text of ['Ка̀звам', 'се', 'А̀на.']) await tap(text);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    for (const text of ['съм,', 'Добрѐ', 'благодаря̀.']) await tap(text);
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    for (const text of ['Добрѐ', 'съм,', 'благодаря̀.']) await tap(text);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(stars()).toBe('You earned 1 of 3 stars!');
    await waitFor(async () => expect((await store.progress('language/greetings'))?.exercises[exerciseId]).toBe(0.5));
  });

  it('shows a friendly message if it breaks', () => {
    quietly(() => render(<WordOrder exerciseId={exerciseId} sentences={null as never} strings={strings} dir="ltr" learnersUrl="/" />));
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
