// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import TypeWhatYouHear, { typeWhatYouHearStringKeys } from '../../src/islands/TypeWhatYouHear';
import { askedWord, chooseLearner, quietly, stars, stringsFor, words } from './exercise-helpers';
import type { WordForLocale } from '../../src/lib/exercises/word';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = stringsFor(typeWhatYouHearStringKeys);
const exerciseId = 'alphabet/first-letters#type-a-i';
const spelling: Record<string, string> = { zhaba: 'жаба', zaek: 'заек', ezh: 'еж', valk: 'вълк' };
/** Each word typed on a Latin keyboard by the phonetic layout. */
const phonetic: Record<string, string> = { zhaba: 'vaba', zaek: 'zaek', ezh: 'ev', valk: 'wylk' };

function renderTyping(list: WordForLocale[] = words) {
  return render(<TypeWhatYouHear exerciseId={exerciseId} words={list} strings={strings} dir="ltr" learnersUrl="/en/learners/" />);
}

const raketa: WordForLocale = { id: 'raketa', stressed: 'ракѐта', translit: 'raketa', gloss: 'rocket', audio: '/audio/words/raketa.mp3' };
const zhaba = words[0]!;

const field = () => screen.getByRole('textbox', { name: 'Your answer' });
const key = (letter: string) =>
  screen
    .getByRole('group', { name: 'Bulgarian letters' })
    .querySelector<HTMLButtonElement>(`button:nth-child(${'абвгдежзийклмнопрстуфхцчшщъьюя'.indexOf(letter) + 1})`)!;

describe('TypeWhatYouHear in the pre-reader form', () => {
  const renderTiles = (list: WordForLocale[] = words) =>
    render(
      <TypeWhatYouHear exerciseId={exerciseId} words={list} form="pre-reader" strings={strings} dir="rtl" learnersUrl="/ar/learners/" />,
    );
  const tiles = () => screen.getByRole('group', { name: 'Bulgarian letters' });
  const tile = (letter: string) => within(tiles()).getByRole('button', { name: letter });
  const built = () => document.querySelector('output.type__built');

  it('offers big tiles of the word’s letters and a few others instead of the keyboard, left to right', () => {
    const { container } = renderTiles([zhaba]);
    expect(screen.getByText('Listen to the word, then tap its letters.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText(/On a keyboard with Latin letters/)).not.toBeInTheDocument();
    const letters = [...tiles().querySelectorAll('.key--tile')].map((b) => b.textContent);
    expect(letters).toEqual(expect.arrayContaining(['ж', 'а', 'б']));
    expect(letters).toHaveLength(6);
    // No letter that sounds like one of жаба's: ш (ж), п (б), ъ and я (а).
    for (const trap of ['ш', 'п', 'ъ', 'я']) expect(letters).not.toContain(trap);
    expect(tiles()).toHaveAttribute('dir', 'ltr');
    // No space in жаба: no space tile.
    expect(screen.queryByRole('button', { name: 'Space' })).not.toBeInTheDocument();
    expect(askedWord(container)).toBe('zhaba');
  });

  it('shows the same tiles in the same order every time the exercise renders (server and browser agree)', () => {
    renderTiles([zhaba]);
    const first = tiles().textContent;
    cleanup();
    renderTiles([zhaba]);
    expect(tiles().textContent).toBe(first);
  });

  it('adds a letter for each tile tapped, takes one back with the back tile, and checks the word', async () => {
    const store = await chooseLearner();
    renderTiles([zhaba]);
    await userEvent.click(tile('ж'));
    await userEvent.click(tile('а'));
    await userEvent.click(tile('а'));
    expect(built()).toHaveTextContent('жаа');
    await userEvent.click(screen.getByRole('button', { name: 'Delete the last letter' }));
    for (const letter of 'ба') await userEvent.click(tile(letter));
    expect(built()).toHaveTextContent('жаба');
    await userEvent.click(screen.getByRole('button', { name: /Check/ }));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ wordId: 'zhaba', correct: true });
  });

  it('after a wrong word plays the right one, as the keyboard form does', async () => {
    renderTiles([zhaba]);
    await userEvent.click(tile('б'));
    await userEvent.click(screen.getByRole('button', { name: /Check/ }));
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/zhaba.mp3')?.plays).toBe(1));
  });
});

describe('TypeWhatYouHear', () => {
  it('asks with a sound that does not give the spelling away, beside the word’s picture', () => {
    const { container } = renderTyping();
    expect(screen.getByRole('button', { name: 'Listen to the word' })).toBeInTheDocument();
    expect(container.querySelector('.exercise__prompt img')).toHaveAttribute(
      'src',
      words.find((w) => w.id === askedWord(container))!.picture,
    );
    expect(field()).toHaveAttribute('lang', 'bg');
  });

  it('takes the on-screen letters, and accepts the word without its stress mark: right, recorded', async () => {
    const store = await chooseLearner();
    const { container } = renderTyping();
    const asked = askedWord(container);
    for (const letter of spelling[asked]!) await userEvent.click(key(letter));
    expect(field()).toHaveValue(spelling[asked]);
    await userEvent.click(screen.getByRole('button', { name: /Check/ }));
    expect(screen.getByText('Right!')).toBeInTheDocument();
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt).toMatchObject({ exerciseId, wordId: asked, correct: true });
  });

  it('writes Bulgarian letters from a Latin keyboard by the phonetic layout', async () => {
    const { container } = renderTyping();
    const asked = askedWord(container);
    await userEvent.type(field(), phonetic[asked]!);
    expect(field()).toHaveValue(spelling[asked]);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Right!')).toBeInTheDocument();
  });

  it('accepts Latin look-alike letters as their Cyrillic twins', async () => {
    renderTyping([raketa]);
    // A Latin p looks like р; by the phonetic layout it would be п, which the field shows.
    await userEvent.type(field(), 'paketa');
    expect(field()).toHaveValue('пакета');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Right!')).toBeInTheDocument();
  });

  it('forgives one wrong letter, shows the spelling with that letter marked, and plays the word', async () => {
    const store = await chooseLearner();
    const { container } = renderTyping([zhaba]);
    await userEvent.type(field(), 'жабо');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Almost! This is how it is written:')).toBeInTheDocument();
    expect(container.querySelector('.feedback__text')).toHaveTextContent('жа̀ба');
    expect(container.querySelector('.feedback__text mark')).toHaveTextContent('а');
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === '/audio/words/zhaba.mp3' && h.plays > 0)).toBeDefined());
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(stars()).toBe('You earned 3 of 3 stars!');
    const [attempt] = await store.attemptsWhen(1);
    expect(attempt?.correct).toBe(true);
  });

  it('does not forgive a wrong letter in a two-letter word', async () => {
    renderTyping([words[2]!]);
    await userEvent.type(field(), 'еш');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
  });

  it('after a wrong word shows and plays the right one, and lets the child write it again', async () => {
    const store = await chooseLearner();
    const { container } = renderTyping();
    const asked = askedWord(container);
    await userEvent.type(field(), 'мечка');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Not this one. Here is the right answer:')).toBeInTheDocument();
    expect(container.querySelector('.feedback__text')).toHaveTextContent(words.find((w) => w.id === asked)!.stressed);
    await waitFor(() => expect(howls.find((h) => h.options.src[0] === `/audio/words/${asked}.mp3` && h.plays > 0)).toBeDefined());
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    expect(field()).toHaveValue('');
    await waitFor(() => expect(field()).toHaveFocus());
    await userEvent.type(field(), spelling[asked]!);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect((await store.attemptsWhen(2)).map((a) => a.correct)).toEqual([false, true]);
  });

  it('deletes with the on-screen key and ignores an empty answer', async () => {
    renderTyping();
    await userEvent.click(screen.getByRole('button', { name: /Check/ }));
    expect(screen.queryByText('Not this one. Here is the right answer:')).not.toBeInTheDocument();
    await userEvent.click(key('а'));
    await userEvent.click(key('б'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the last letter' }));
    expect(field()).toHaveValue('а');
  });

  it('ends with stars from the first tries and records the result', async () => {
    const store = await chooseLearner();
    const { container } = renderTyping();
    for (let round = 0; round < words.length; round++) {
      const asked = askedWord(container);
      await userEvent.type(field(), spelling[asked]!);
      await userEvent.keyboard('{Enter}');
      await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    }
    expect(stars()).toBe('You earned 3 of 3 stars!');
    await waitFor(async () => expect((await store.progress('alphabet/first-letters'))?.exercises[exerciseId]).toBe(1));
  });

  it('shows a friendly message if it breaks', () => {
    quietly(() => render(<TypeWhatYouHear exerciseId={exerciseId} words={null as never} strings={strings} dir="ltr" learnersUrl="/" />));
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
