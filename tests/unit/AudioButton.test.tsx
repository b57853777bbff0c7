// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { brokenSources, howls, resetHowls } from './howler-mock';
import AudioButton from '../../src/islands/AudioButton';
import { flashcardStrings } from './strings';

beforeEach(resetHowls);
afterEach(cleanup);

const strings = flashcardStrings('en');

it('is named after the word it plays and plays it on click', async () => {
  render(<AudioButton src="/audio/words/zdravey.mp3" text="здравѐй" strings={strings} />);
  await userEvent.click(screen.getByRole('button', { name: 'Listen: здравѐй' }));
  expect(howls).toHaveLength(1);
  expect(howls[0]?.options.src).toEqual(['/audio/words/zdravey.mp3']);
  expect(howls[0]?.plays).toBe(1);
});

it('reuses one sound for repeated clicks', async () => {
  render(<AudioButton src="/audio/words/zdravey.mp3" text="здравѐй" strings={strings} />);
  const button = screen.getByRole('button');
  await userEvent.click(button);
  await userEvent.click(button);
  expect(howls).toHaveLength(1);
  expect(howls[0]?.plays).toBe(2);
});

it('says in words that the sound cannot play when the file is missing', async () => {
  brokenSources.add('/audio/words/missing.mp3');
  render(<AudioButton src="/audio/words/missing.mp3" text="мѐчка" strings={strings} />);
  await userEvent.click(screen.getByRole('button'));
  expect(await screen.findByRole('status')).toHaveTextContent('Sorry, this sound cannot play here.');
});

it('frees the sound when it goes away', async () => {
  const { unmount } = render(<AudioButton src="/audio/words/zdravey.mp3" text="здравѐй" strings={strings} />);
  await userEvent.click(screen.getByRole('button'));
  unmount();
  expect(howls[0]?.unloaded).toBe(true);
});
