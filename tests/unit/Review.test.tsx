// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { howls, resetHowls } from './howler-mock';
import Review from '../../src/islands/Review';
import { pickByPrefix, pickStrings } from '../../src/i18n';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { meetWords, rateWord } from '../../src/lib/store/scheduler';
import { startSession } from '../../src/lib/store/session';
import { attemptsOf } from '../../src/lib/store/progress-reads';
import { Rating } from 'ts-fsrs';
import { words } from './exercise-helpers';
import { signalSessionEnded } from '../../src/lib/browser/session-channel';

const strings = {
  ...pickByPrefix('en', ['review.', 'audio.', 'storage.', 'exercise.', 'celebration.']),
  ...pickStrings('en', ['me.noLearner', 'progress.chooseLearner', 'progress.stars', 'learners.loading']),
};
const pages = { learnersUrl: '/en/learners/', homeUrl: '/en/me/', dir: 'ltr' } as const;
const hour = 3_600_000;

/** The site's /en/words/<id>.json, served from the test's words. */
function serveWords() {
  const fetch = vi.fn(async (url: string) => {
    const id = decodeURIComponent(/\/en\/words\/(.+)\.json$/.exec(url)?.[1] ?? '');
    const word = words.find((w) => w.id === id);
    return word ? new Response(JSON.stringify(word)) : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function learnerWithCards() {
  const { db } = await store();
  const profile = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, profile.id);
  const now = Date.now();
  await meetWords(db, profile.id, ['zhaba', 'zaek', 'ezh', 'valk'], now - 24 * hour);
  // Got "wolf" wrong an hour ago: it is being learnt again and comes first.
  await rateWord(db, profile.id, 'valk', Rating.Again, now - hour);
  return { db, profile };
}

beforeEach(async () => {
  resetHowls();
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Review', () => {
  it('asks the word got wrong first, fetches only the due words, and ends with how many were practised', async () => {
    const fetch = serveWords();
    const { db, profile } = await learnerWithCards();
    render(<Review strings={strings} wordsUrl="/en/words/" pool={[]} {...pages} />);
    expect(await screen.findByRole('button', { name: 'Listen: вълк' })).toBeInTheDocument();
    expect(screen.getByText('Word 1 of 4')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
      '/en/words/ezh.json',
      '/en/words/valk.json',
      '/en/words/zaek.json',
      '/en/words/zhaba.json',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'wolf' }));
    expect(await screen.findByText(/Right!/)).toBeInTheDocument();
    for (let i = 0; i < 3; i++) {
      await userEvent.click(screen.getByRole('button', { name: 'Next word' }));
      const asked = (await screen.findByRole('button', { name: /^Listen: / })).getAttribute('aria-label') ?? '';
      const gloss = words.find((w) => `Listen: ${w.stressed}` === asked)?.gloss ?? '';
      await userEvent.click(screen.getByRole('button', { name: gloss }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Next word' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Finished! You practised 4 words.');
    // The same ending as a lesson's: every first answer right gives three stars, and a big button home.
    expect(screen.getByLabelText('You earned 3 of 3 stars!')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to my page/ })).toHaveAttribute('href', '/en/me/');
    await waitFor(async () => expect(await attemptsOf(db, profile.id)).toHaveLength(4));
    const [first] = await attemptsOf(db, profile.id);
    expect(first).toMatchObject({ lessonId: 'review', wordId: 'valk', correct: true });
  });

  it('plays each word by itself when it appears', async () => {
    serveWords();
    await learnerWithCards();
    render(<Review strings={strings} wordsUrl="/en/words/" pool={[]} {...pages} />);
    await screen.findByRole('button', { name: 'Listen: вълк' });
    await waitFor(() => expect(howls.find((h) => h.options.src?.[0] === '/audio/words/valk.mp3')?.plays).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: 'wolf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next word' }));
    const asked = (await screen.findByRole('button', { name: /^Listen: / })).getAttribute('aria-label') ?? '';
    const second = words.find((w) => `Listen: ${w.stressed}` === asked)!;
    await waitFor(() => expect(howls.find((h) => h.options.src?.[0] === `/audio/words/${second.id}.mp3`)?.plays).toBe(1));
  });

  it('after a wrong picture shows and plays the right word', async () => {
    serveWords();
    await learnerWithCards();
    render(<Review strings={strings} wordsUrl="/en/words/" pool={[]} {...pages} />);
    await screen.findByRole('button', { name: 'Listen: вълк' });
    await userEvent.click(screen.getByRole('button', { name: 'frog' }));
    expect(await screen.findByText(/Not this one\. The right answer is:/)).toHaveTextContent('вълк');
    expect(howls.at(-1)?.options.src).toEqual(['/audio/words/valk.mp3']);
    expect(howls.at(-1)?.plays).toBe(1);
  });

  it('sends a visitor with no learner to choose one', async () => {
    serveWords();
    render(<Review strings={strings} wordsUrl="/en/words/" pool={[]} {...pages} />);
    expect(await screen.findByRole('link', { name: 'Who is learning?' })).toHaveAttribute('href', '/en/learners/');
  });

  it('says when nothing is due', async () => {
    serveWords();
    const { db } = await store();
    const profile = await createProfile(db, { name: 'Omar', picture: '1F981' });
    await startSession(db, profile.id);
    render(<Review strings={strings} wordsUrl="/en/words/" pool={[]} {...pages} />);
    expect(await screen.findByText('No words to practise now. Come back later!')).toBeInTheDocument();
  });

  it('stops the round and asks who is learning when the session ends on the open page', async () => {
    serveWords();
    await learnerWithCards();
    render(<Review strings={strings} wordsUrl="/en/words/" pool={[]} {...pages} />);
    await screen.findByRole('button', { name: 'Listen: вълк' });
    act(() => signalSessionEnded(window, 'timed-out'));
    expect(await screen.findByRole('link', { name: 'Who is learning?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Listen: вълк' })).toBeNull();
  });
});
