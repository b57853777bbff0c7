// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetHowls } from './howler-mock';
import Flashcards from '../../src/islands/Flashcards';
import type { WordForLocale } from '../../src/lib/exercises/word';
import { flashcardStrings } from './strings';

beforeEach(resetHowls);
afterEach(cleanup);

const words: WordForLocale[] = [
  {
    id: 'zdravey',
    stressed: 'здравѐй',
    translit: 'zdravey',
    gloss: 'hello',
    picture: '/pictures/1F44B.svg',
    audio: '/audio/words/zdravey.mp3',
  },
  {
    id: 'dobro-utro',
    stressed: 'добро̀ у̀тро',
    translit: 'dobro utro',
    gloss: 'good morning',
    audio: '/audio/words/dobro-utro.mp3',
    example: { stressed: 'Добро̀ у̀тро, ма̀мо!', gloss: 'Good morning, Mum!', audio: '/audio/examples/dobro-utro.mp3' },
  },
];

function renderDeck(dir: 'ltr' | 'rtl' = 'ltr', locale: 'en' | 'ar' = 'en') {
  return render(
    <Flashcards
      exerciseId="language/greetings#flashcards-zdravey"
      words={words}
      strings={flashcardStrings(locale)}
      dir={dir}
      learnersUrl="/en/learners/"
    />,
  );
}

describe('Flashcards', () => {
  it('shows the first word with its stress mark, marked as Bulgarian, and hides the gloss', () => {
    renderDeck();
    expect(screen.getByText('Card 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('здравѐй')).toHaveAttribute('lang', 'bg');
    expect(screen.queryByText('hello')).not.toBeInTheDocument();
  });

  it('turns the card to show the gloss and transliteration, and back', async () => {
    renderDeck();
    await userEvent.click(screen.getByRole('button', { name: 'Turn the card' }));
    expect(screen.getByText('hello')).toBeInTheDocument();
    expect(screen.getByText('zdravey')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Turn back' }));
    expect(screen.queryByText('hello')).not.toBeInTheDocument();
  });

  it('moves with the buttons and cannot go before the first card', async () => {
    renderDeck();
    expect(screen.getByRole('button', { name: 'Previous card' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next card' }));
    expect(screen.getByText('Card 2 of 2')).toBeInTheDocument();
    expect(screen.getByText('добро̀ у̀тро')).toBeInTheDocument();
  });

  it('moves with the arrow keys, and a new card starts face up', async () => {
    renderDeck();
    await userEvent.click(screen.getByRole('button', { name: 'Turn the card' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByText('Card 2 of 2')).toBeInTheDocument();
    expect(screen.queryByText('good morning')).not.toBeInTheDocument();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByText('Card 1 of 2')).toBeInTheDocument();
  });

  it('reverses the arrow keys on right-to-left pages', async () => {
    renderDeck('rtl', 'ar');
    screen.getByRole('button', { name: flashcardStrings('ar')['flashcards.flip'] }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(
      screen.getByText(flashcardStrings('ar')['flashcards.position'].replace('{current}', '2').replace('{total}', '2')),
    ).toBeInTheDocument();
  });

  it('shows the example sentence with its own sound on the back', async () => {
    renderDeck();
    await userEvent.click(screen.getByRole('button', { name: 'Next card' }));
    await userEvent.click(screen.getByRole('button', { name: 'Turn the card' }));
    expect(screen.getByText('Good morning, Mum!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Listen: Добро̀ у̀тро, ма̀мо!' })).toBeInTheDocument();
  });

  it('offers pronunciation practice under the word, and a new card starts without the last take', async () => {
    Object.assign(globalThis, { MediaRecorder: class {} });
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      renderDeck();
      await userEvent.click(await screen.findByRole('button', { name: 'Say it yourself' }));
      // Refused on this card: the tutor is told why, the child sees no button that does nothing.
      expect(await screen.findByText(/not allowed to use the microphone/)).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Next card' }));
      expect(await screen.findByRole('button', { name: 'Say it yourself' })).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(globalThis, 'MediaRecorder');
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });

  it('tells the tutor, in the help language, when this browser cannot record', async () => {
    renderDeck('rtl', 'ar');
    expect(await screen.findByTestId('practice-unavailable')).toHaveTextContent(/^للمعلّم/);
  });

  it('praises the child after the last card and can start again', async () => {
    renderDeck();
    await userEvent.click(screen.getByRole('button', { name: 'Next card' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next card' }));
    expect(screen.getByRole('status')).toHaveTextContent('Well done!');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText('Card 1 of 2')).toBeInTheDocument();
  });

  it('shows a friendly message instead of crashing the page', () => {
    const broken = [{ ...words[0], stressed: undefined }] as unknown as WordForLocale[];
    // A word without text makes the audio label throw inside the island.
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <Flashcards
          exerciseId="x#y"
          words={broken}
          strings={{ ...flashcardStrings('en'), 'audio.play': undefined as unknown as string }}
          dir="ltr"
          learnersUrl="/en/learners/"
        />,
      );
    } finally {
      console.error = quiet;
    }
    expect(screen.getByRole('alert')).toHaveTextContent('This exercise stopped working.');
  });
});
