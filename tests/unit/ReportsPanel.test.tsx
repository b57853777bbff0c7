// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReportsPanel from '../../src/islands/tutor/reports/ReportsPanel';
import type { ReportCatalogue } from '../../src/islands/tutor/reports/catalogue';
import { pickByPrefix, pickStrings } from '../../src/i18n';
import { exportProgress } from '../../src/lib/store/backup';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { recordAttempt, saveExerciseResult } from '../../src/lib/store/progress';
import { setTutorPin } from '../../src/lib/store/session';
import type { ZdraveiDb } from '../../src/lib/store/db';
import { testDatabase } from './db-helpers';
import { createGroup, setMembers } from '../../src/lib/store/groups';
import { savePath } from '../../src/lib/store/lesson-paths';
import { assignPath } from '../../src/lib/store/assignments';

/** The strings the reports page gives its island (src/pages/[locale]/tutor/reports.astro). */
const strings = {
  ...pickByPrefix('en', ['tutor.', 'import.', 'password.', 'storage.', 'exercise.', 'picture.', 'report.', 'audio.']),
  ...pickStrings('en', ['learners.loading', 'learners.unnamed']),
};

const catalogue: ReportCatalogue = {
  lessons: [
    { id: 'alphabet/first-letters', title: 'The first letters' },
    { id: 'language/greetings', title: 'Greetings' },
  ],
  readyPaths: [{ id: 'first-steps', title: 'First steps', lessons: ['alphabet/first-letters', 'language/greetings'] }],
  words: [{ id: 'chao', stressed: 'ча̀о', gloss: 'bye', picture: '1F44B' }],
};

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
  await setTutorPin(db, '2468');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openReports() {
  render(<ReportsPanel strings={strings} catalogue={catalogue} />);
  await userEvent.type(await screen.findByLabelText('Tutor PIN'), '2468');
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('group', { name: 'Report' });
  return screen.queryByRole('table', { name: 'First steps' })!;
}

/** A child who finished the first letters, and one who got "chao" wrong three times in the greetings. */
async function twoChildren(db: ZdraveiDb, names = ['Ана', 'Иво'], at = Date.now()) {
  const [ana, ivo] = [
    await createProfile(db, { name: names[0]!, picture: '1F98A' }),
    await createProfile(db, { name: names[1]!, picture: '1F981' }),
  ];
  await saveExerciseResult(db, {
    profileId: ana.id,
    lessonId: 'alphabet/first-letters',
    exerciseId: 'alphabet/first-letters#a',
    score: 1,
    lessonExercises: ['alphabet/first-letters#a'],
  });
  for (let i = 0; i < 3; i++)
    await recordAttempt(
      db,
      {
        profileId: ivo.id,
        lessonId: 'language/greetings',
        exerciseId: 'language/greetings#listen',
        wordId: 'chao',
        correct: false,
        ms: 2000,
      },
      at + i,
    );
  return { ana, ivo };
}

describe('the reports page', () => {
  it('shows the class: done with stars, not started, and needs help with the missed word', async () => {
    await twoChildren((await store()).db);
    const grid = await openReports();
    const ana = within(grid).getByRole('row', { name: /Ана/ });
    const ivo = within(grid).getByRole('row', { name: /Иво/ });
    expect(
      within(ana)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Done★★★3 stars', 'Not started']);
    expect(within(ivo).getAllByRole('cell')[1]).toHaveTextContent('Needs help3 wrong answers in Greetings: exercise “listen”ча̀о');
  });

  it('filters by group, showing the path assigned to the group first, and by path', async () => {
    const { db } = await store();
    const { ivo } = await twoChildren(db);
    const group = await createGroup(db, 'Tuesday');
    await setMembers(db, group.id, [ivo.id]);
    const path = await savePath(db, { title: 'Greetings only', lessons: ['language/greetings'] });
    await assignPath(db, { pathId: path.id, target: { kind: 'group', groupId: group.id } });
    await openReports();
    await userEvent.selectOptions(screen.getByLabelText('Group'), 'Tuesday');
    const grid = await screen.findByRole('table', { name: 'Greetings only' });
    expect(screen.getByLabelText('Lesson path')).toHaveDisplayValue('Greetings only (assigned)');
    expect(
      within(grid)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['ChildGreetings', 'ИвоNeeds help3 wrong answers in Greetings: exercise “listen”ча̀о']);
    await userEvent.selectOptions(screen.getByLabelText('Lesson path'), 'First steps');
    expect(await screen.findByRole('table', { name: 'First steps' })).toBeInTheDocument();
  });

  it('shows one child: their numbers, their hardest word with its meaning and sound, the question they missed', async () => {
    await twoChildren((await store()).db);
    await openReports();
    await userEvent.click(screen.getByRole('radio', { name: 'One child' }));
    await userEvent.selectOptions(screen.getByLabelText('Child'), 'Иво');
    const child = await screen.findByRole('region', { name: 'Иво' });
    expect(within(child).getByText('3 answers, 0 right')).toBeInTheDocument();
    const hardest = within(child).getAllByRole('list')[0]!;
    expect(hardest).toHaveTextContent('ча̀оbyemissed 3 times');
    expect(within(hardest).getByRole('button', { name: 'Listen: ча̀о' })).toBeInTheDocument();
    // The chart's numbers, as a table for screen readers: today, 1 minute (6 seconds, counted as begun), 3 answers.
    const table = within(child).getByRole('table', { name: 'Minutes spent each day' });
    expect(within(table).getAllByRole('row').at(-1)).toHaveTextContent(/1 minute3$/);
  });

  it('shows one lesson: the question most children got wrong, and how many', async () => {
    await twoChildren((await store()).db);
    await openReports();
    await userEvent.click(screen.getByRole('radio', { name: 'One lesson' }));
    await userEvent.selectOptions(screen.getByLabelText('Lesson'), 'language/greetings');
    expect(await screen.findByText('1 child of 2 got it wrong (3 wrong answers of 3)')).toBeInTheDocument();
  });

  it('merges backups of several computers without changing this one, until the tutor imports them', async () => {
    // Two other computers: the same two children on both (one backup a copy of the other), and a damaged file.
    const other = testDatabase();
    await twoChildren(other, ['Мира', 'Тео'], Date.now() - 1000);
    const backup = JSON.stringify(await exportProgress(other));
    const file = (name: string, content: string) => Object.assign(new File([content], name), { text: async () => content });
    await openReports();
    expect(screen.getByText(/^No children to show/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Load backup files'), {
      target: { files: [file('room-1.json', backup), file('room-2.json', backup), file('broken.json', '{')] },
    });
    expect(await screen.findByText(/This report shows 2 backup files together: 2 children\./)).toBeInTheDocument();
    expect(screen.getByText(/“broken.json” was left out/)).toBeInTheDocument();
    const grid = await screen.findByRole('table', { name: 'First steps' });
    // Loaded twice, counted once: still 3 wrong answers.
    expect(within(within(grid).getByRole('row', { name: /Тео/ })).getAllByRole('cell')[1]).toHaveTextContent('3 wrong answers');
    const { db } = await store();
    expect(await db.profiles.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Import into this computer' }));
    await waitFor(async () => expect(await db.profiles.count()).toBe(2));
    expect(await screen.findByText(/^Loaded:/)).toBeInTheDocument();
    expect(await db.answers.count()).toBe(3);
  });
});
