// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { signalSessionEnded } from '../../src/lib/browser/session-channel';
import ChildHome from '../../src/islands/ChildHome';
import { pickByPrefix, pickStrings } from '../../src/i18n';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { startSession } from '../../src/lib/store/session';

const strings = {
  ...pickByPrefix('en', ['me.', 'storage.', 'exercise.', 'picture.']),
  ...pickStrings('en', ['progress.chooseLearner', 'learners.loading', 'learners.unnamed']),
};
const lessons = [
  { id: 'alphabet/first-letters', title: 'The first letters', url: '/en/lessons/alphabet/first-letters/' },
  { id: 'language/greetings', title: 'Hello!', url: '/en/lessons/language/greetings/' },
  { id: 'language/family', title: 'My family', url: '/en/lessons/language/family/' },
];
const renderHome = () =>
  render(<ChildHome strings={strings} pathTitle="First steps" lessons={lessons} learnersUrl="/en/learners/" reviewUrl="/en/review/" />);

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(cleanup);

it('sends a child who has not chosen to "Who is learning?"', async () => {
  renderHome();
  expect(await screen.findByRole('link', { name: 'Who is learning?' })).toHaveAttribute('href', '/en/learners/');
});

it('shows the path with the next lesson marked, stars, a sticker, days in a row and due words', async () => {
  const { db } = await store();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, ana.id);
  await saveExerciseResult(db, {
    profileId: ana.id,
    lessonId: 'alphabet/first-letters',
    exerciseId: 'alphabet/first-letters#a',
    score: 1,
    lessonExercises: ['alphabet/first-letters#a'],
  });
  await recordAttempt(db, {
    profileId: ana.id,
    lessonId: 'language/greetings',
    exerciseId: 'language/greetings#a',
    wordId: 'chao',
    correct: false,
    ms: 800,
  });
  renderHome();
  expect(await screen.findByText((_, element) => element?.tagName === 'SPAN' && element.textContent === 'Hello, Ана!')).toBeInTheDocument();
  expect(screen.getByText('Ана').tagName).toBe('BDI');
  expect(screen.getByText('Stars: 3')).toBeInTheDocument();
  expect(screen.getByText('Days in a row: 1')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Hello!' })).toHaveAttribute('aria-current', 'step');
  expect(screen.getByRole('link', { name: 'The first letters' })).not.toHaveAttribute('aria-current');
  expect(screen.getByRole('heading', { name: 'My stickers' }).nextElementSibling?.querySelectorAll('img')).toHaveLength(1);
  // A word got wrong a moment ago is due within minutes, not yet now.
  expect(screen.getByText('Words to practise: 0')).toBeInTheDocument();
});

it('greets a child without a name by their picture', async () => {
  const { db } = await store();
  const fox = await createProfile(db, { picture: '1F98A' });
  await startSession(db, fox.id);
  renderHome();
  const greeting = await screen.findByRole('img', { name: 'child with the fox picture' });
  expect(greeting.parentElement).toHaveTextContent(/^Hello, !$/);
  expect(greeting).toHaveAttribute('src', '/pictures/1F98A.svg');
});

it('stops showing the child once the session ends on the open page ("Switch learner" in another tab)', async () => {
  const { db } = await store();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, ana.id);
  renderHome();
  expect(await screen.findByText('Ана', { selector: 'bdi' })).toBeInTheDocument();
  act(() => signalSessionEnded(window, 'switched'));
  expect(await screen.findByRole('link', { name: 'Who is learning?' })).toHaveAttribute('href', '/en/learners/');
  expect(screen.queryByText('Ана', { selector: 'bdi' })).toBeNull();
});
