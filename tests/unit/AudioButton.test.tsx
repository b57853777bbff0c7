// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { brokenSources, howls, resetHowls } from './howler-mock';
import AudioButton from '../../src/islands/AudioButton';
import { flashcardStrings } from './strings';
import { installSpeech } from './speech-fake';
import { Blob as NodeBlob } from 'node:buffer';

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

it('shows that the sound is loading, then playing, on the button itself', async () => {
  render(<AudioButton src="/audio/words/da.mp3" text="да" strings={strings} />);
  const wrapper = screen.getByRole('button').parentElement!;
  await userEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(wrapper).toHaveAttribute('data-state', 'playing'));
  expect(howls[0]?.loaded).toBe('loaded');
});

it('can carry a name that does not give the answer away', () => {
  render(<AudioButton src="/audio/words/da.mp3" text="да" label="Listen to the word" strings={strings} />);
  expect(screen.getByRole('button', { name: 'Listen to the word' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /да/ })).not.toBeInTheDocument();
});

it('plays by itself when asked: the right answer after a wrong one', async () => {
  render(<AudioButton src="/audio/words/da.mp3" text="да" strings={strings} autoPlay />);
  await waitFor(() => expect(howls[0]?.plays).toBe(1));
});

it('speaks the word with a Bulgarian voice when the file is missing', async () => {
  const speech = installSpeech([{ lang: 'bg-BG', name: 'Bulgarian' }]);
  try {
    brokenSources.add('/audio/words/missing.mp3');
    render(<AudioButton src="/audio/words/missing.mp3" text="мѐчка" strings={strings} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(speech.spoken.map((u) => u.text)).toEqual(['мечка']));
    expect(screen.queryByText('Sorry, this sound cannot play here.')).not.toBeInTheDocument();
  } finally {
    speech.remove();
  }
});

it('plays the tutor’s own recording of the word, kept in this browser, before the generated file', async () => {
  const { learnerStore: store } = await import('../../src/lib/store/learner-store');
  const { db } = await store();
  // Node's Blob: IndexedDB keeps Blobs by structured clone, which knows Node's Blob but not jsdom's.
  await db.recordings.put({ wordId: 'dobre', audio: new NodeBlob(['recorded'], { type: 'audio/webm' }) as Blob, updatedAt: 1 });
  const createObjectURL = vi.fn(() => 'blob:tutor-recording');
  Object.assign(URL, { createObjectURL, revokeObjectURL: () => {} });
  try {
    render(<AudioButton src="/audio/words/dobre.mp3" text="добрѐ" wordId="dobre" strings={strings} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(howls.filter((h) => h.plays > 0).map((h) => h.options.src[0])).toEqual(['blob:tutor-recording']));
    expect((createObjectURL.mock.calls[0] as unknown as [Blob])[0].type).toBe('audio/webm');
    // A small mark says that this is a person's voice.
    expect(await screen.findByRole('img', { name: 'A person’s voice' })).toBeInTheDocument();
  } finally {
    await db.recordings.clear();
  }
});

it('plays the generated file for a word without a recording', async () => {
  render(<AudioButton src="/audio/words/ne.mp3" text="не" wordId="ne" strings={strings} />);
  await userEvent.click(screen.getByRole('button'));
  await waitFor(() => expect(howls.filter((h) => h.plays > 0).map((h) => h.options.src[0])).toEqual(['/audio/words/ne.mp3']));
  expect(screen.queryByRole('img', { name: 'A person’s voice' })).toBeNull();
});

it('plays the tutor’s recording of an example sentence, kept under example:<wordId>', async () => {
  const { learnerStore: store } = await import('../../src/lib/store/learner-store');
  const { db } = await store();
  await db.recordings.put({ wordId: 'example:kotka', audio: new NodeBlob(['said'], { type: 'audio/wav' }) as Blob, updatedAt: 1 });
  Object.assign(URL, { createObjectURL: () => 'blob:example-recording', revokeObjectURL: () => {} });
  try {
    render(<AudioButton src="/audio/examples/kotka.mp3" text="Котката спи." wordId="example:kotka" strings={strings} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(howls.filter((h) => h.plays > 0).map((h) => h.options.src[0])).toEqual(['blob:example-recording']));
    expect((howls[1]?.options as { format?: string[] }).format).toEqual(['wav']);
  } finally {
    await db.recordings.clear();
  }
});
