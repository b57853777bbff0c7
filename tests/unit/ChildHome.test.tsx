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
import { createGroup, setMembers } from '../../src/lib/store/groups';
import { savePath } from '../../src/lib/store/lesson-paths';
import { assignPath } from '../../src/lib/store/assignments';

const strings = {
  ...pickByPrefix('en', ['me.', 'storage.', 'exercise.']),
  ...pickStrings('en', ['progress.chooseLearner', 'learners.loading']),
};
const catalogue = {
  'alphabet/first-letters': { title: 'The first letters', titleBg: 'Първите букви', picture: '270F' },
  'language/greetings': { title: 'Hello!', titleBg: 'Здравей!', picture: '1F44B' },
  'language/family': { title: 'My family', titleBg: 'Моето семейство', picture: '1F46A' },
  'nature/animals': { title: 'Animals', titleBg: 'Животни', picture: '1F43B' },
};
const defaultPath = { title: 'First steps', lessons: ['alphabet/first-letters', 'language/greetings', 'language/family'] };
const renderHome = () =>
  render(
    <ChildHome
      strings={strings}
      locale="en"
      catalogue={catalogue}
      defaultPath={defaultPath}
      learnersUrl="/en/learners/"
      reviewUrl="/en/review/"
    />,
  );

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
  expect(screen.getByRole('heading', { name: 'My lessons: First steps' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Hello! Здравей!' })).toHaveAttribute('aria-current', 'step');
  expect(screen.getByRole('link', { name: 'The first letters Първите букви' })).not.toHaveAttribute('aria-current');
  expect(screen.getByRole('link', { name: 'Next: Hello!' })).toHaveAttribute('href', '/en/lessons/language/greetings/');
  expect(screen.getByRole('heading', { name: 'My stickers' }).nextElementSibling?.querySelectorAll('img')).toHaveLength(1);
  // A word got wrong a moment ago is due within minutes, not yet now.
  expect(screen.getByText('Words to practise: 0')).toBeInTheDocument();
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

it('shows the path assigned to the child\'s group, its "by" date, and the first lesson not done as "next"', async () => {
  const { db } = await store();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, ana.id);
  const group = await createGroup(db, 'Tuesday');
  await setMembers(db, group.id, [ana.id]);
  const path = await savePath(db, { title: 'Animals and family', lessons: ['nature/animals', 'language/family', 'gone/lesson'] });
  await assignPath(db, { pathId: path.id, target: { kind: 'group', groupId: group.id }, by: '2027-03-01' });
  await saveExerciseResult(db, {
    profileId: ana.id,
    lessonId: 'nature/animals',
    exerciseId: 'nature/animals#a',
    score: 1,
    lessonExercises: ['nature/animals#a'],
  });
  renderHome();
  expect(await screen.findByRole('heading', { name: 'My lessons: Animals and family' })).toBeInTheDocument();
  expect(screen.getByText('Finish by March 1, 2027')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Next: My family' })).toHaveAttribute('href', '/en/lessons/language/family/');
  // A lesson no longer on the site is left out; the default path's lessons are not shown.
  expect(screen.getAllByRole('listitem').filter((li) => li.closest('.child-home__path'))).toHaveLength(2);
  expect(screen.queryByRole('link', { name: /The first letters/ })).toBeNull();
});
