// @vitest-environment jsdom
import { pathsStrings } from './strings';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PathsPage from '../../src/islands/tutor/paths/PathsPage';
import PathLinkPage from '../../src/islands/tutor/paths/PathLinkPage';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { setTutorPin } from '../../src/lib/store/session';
import { createProfile } from '../../src/lib/store/profiles';
import { listPaths, savePath } from '../../src/lib/store/lesson-paths';
import { listAssignments } from '../../src/lib/store/assignments';
import { pathFile } from '../../src/lib/paths/path-file';
import { pathFragment } from '../../src/lib/paths/path-code';
import type { CatalogueLesson, PathCatalogue } from '../../src/lib/paths/catalogue';

const strings = pathsStrings('en');
const lesson = (id: string, title: string, level = 'A0'): CatalogueLesson => ({
  id,
  track: id.split('/')[0]!,
  level,
  order: 1,
  title,
  titleBg: `Б ${title}`,
  picture: '/pictures/1F43B.svg',
  url: `/en/lessons/${id}/`,
});
const catalogue: PathCatalogue = {
  tracks: [
    { id: 'alphabet', title: 'The alphabet', picture: '/pictures/270F.svg' },
    { id: 'language', title: 'Words and phrases', picture: '/pictures/1F4AC.svg' },
  ],
  levels: ['A0', 'A1.1'],
  lessons: [
    lesson('alphabet/first-letters', 'The first letters'),
    lesson('language/colours', 'Colours around us'),
    lesson('language/animals', 'Animals', 'A1.1'),
  ],
  ready: [
    { id: 'first-steps', title: 'First steps', description: 'For beginners.', lessons: ['alphabet/first-letters', 'language/colours'] },
  ],
};

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
  await setTutorPin(db, '2468');
  window.location.hash = '';
});
afterEach(cleanup);

async function unlock() {
  await userEvent.type(await screen.findByLabelText('Tutor PIN'), '2468');
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
}

describe('the path builder', () => {
  it('stays closed until the tutor PIN is typed', async () => {
    render(<PathsPage strings={strings} catalogue={catalogue} linkPage="/en/path/" />);
    expect(await screen.findByLabelText('Tutor PIN')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Build a path' })).not.toBeInTheDocument();
  });

  it('starts from a ready-made path, filters the catalogue, adds a lesson and saves the path', async () => {
    render(<PathsPage strings={strings} catalogue={catalogue} linkPage="/en/path/" />);
    await unlock();
    await userEvent.click(await screen.findByRole('button', { name: 'Start from this path' }));
    expect(screen.getByLabelText('Name of the path')).toHaveValue('First steps');
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'A1.1');
    expect(screen.getByText('1 lesson found.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add “Animals” to the path' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the path' }));
    // Saving goes through IndexedDB: give a loaded machine time.
    expect(await screen.findByText(/is saved\.$/, undefined, { timeout: 5000 })).toBeInTheDocument();
    const [saved] = await listPaths((await store()).db);
    expect(saved).toMatchObject({
      title: 'First steps',
      description: 'For beginners.',
      basedOn: 'first-steps',
      lessons: ['alphabet/first-letters', 'language/colours', 'language/animals'],
    });
    // The saved path's link, with the path in its fragment, and its QR code.
    expect((screen.getByLabelText('Link to this path') as HTMLInputElement).value).toBe(
      `${window.location.origin}/en/path/${pathFragment({ name: 'First steps', description: 'For beginners.', lessons: saved!.lessons })}`,
    );
    expect(
      screen
        .getByRole('img', { name: /QR code of the link/ })
        .querySelector('path')
        ?.getAttribute('d'),
    ).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('will not save a path without a name or lessons', async () => {
    render(<PathsPage strings={strings} catalogue={catalogue} linkPage="/en/path/" />);
    await unlock();
    await userEvent.click(await screen.findByRole('button', { name: 'Save the path' }));
    expect(screen.getByText('Give the path a name. Add at least one lesson.')).toHaveAttribute('role', 'status');
    expect(await listPaths((await store()).db)).toEqual([]);
  });

  it('opens a path from a file, naming the lessons this site does not have, and refuses a file that is not a path', async () => {
    render(<PathsPage strings={strings} catalogue={catalogue} linkPage="/en/path/" />);
    await unlock();
    const field = await screen.findByLabelText('Open a path from a file');
    const choose = (text: string) => {
      const file = Object.assign(new File([text], 'p.json'), { text: async () => text });
      fireEvent.change(field, { target: { files: [file] } });
    };
    choose(JSON.stringify(pathFile({ name: 'Від файлу', lessons: ['language/colours', 'history/gone'] })));
    expect(await screen.findByText(/These lessons are not on this site any more and were left out: history\/gone/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name of the path')).toHaveValue('Від файлу');
    choose('{"app":"zdravei","version":1,"profiles":[]}');
    expect(await screen.findByText(/This file is not a Zdravei lesson path/)).toBeInTheDocument();
    expect(await listPaths((await store()).db)).toEqual([]);
  });

  it('gives a saved path to a child with a day to finish by', async () => {
    const { db } = await store();
    const mira = await createProfile(db, { name: 'Mira', picture: '1F981' });
    const path = await savePath(db, { title: 'Tuesday', lessons: ['language/colours'] });
    render(<PathsPage strings={strings} catalogue={catalogue} linkPage="/en/path/" />);
    await unlock();
    const saved = await screen.findByRole('region', { name: 'Saved paths' });
    await userEvent.click(within(saved).getByRole('button', { name: 'Share or give' }));
    await screen.findByRole('option', { name: 'Child: \u2068Mira\u2069' });
    await userEvent.selectOptions(screen.getByLabelText('Who'), `learner:${mira.id}`);
    fireEvent.change(screen.getByLabelText('To finish by (you may leave it empty)'), { target: { value: '2027-01-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Give the path' }));
    await waitFor(
      async () => expect(await listAssignments(db)).toMatchObject([{ pathId: path.id, profileId: mira.id, by: '2027-01-15' }]),
      {
        timeout: 5000,
      },
    );
  });
});

describe('the path link page', () => {
  it('shows the path of the link, lists the missing lessons, and saves it once the PIN is typed', async () => {
    window.location.hash = pathFragment({ name: 'Вторник', lessons: ['language/colours', 'history/gone'], by: '2027-01-15' });
    render(<PathLinkPage strings={strings} catalogue={catalogue} builderPage="/en/tutor/paths/" />);
    expect(await screen.findByRole('heading', { name: 'Вторник' })).toBeInTheDocument();
    expect(screen.getByText('To finish by January 15, 2027')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Colours around us' })).toHaveAttribute('href', '/en/lessons/language/colours/');
    expect(screen.getByText(/left out: history\/gone/)).toBeInTheDocument();
    await unlock();
    await userEvent.click(await screen.findByRole('button', { name: 'Save this path' }));
    expect(await screen.findByText('This path is already saved on this computer.', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByLabelText('To finish by (you may leave it empty)')).toHaveValue('2027-01-15');
    expect(await listPaths((await store()).db)).toMatchObject([{ title: 'Вторник', lessons: ['language/colours'] }]);
  });

  it.each([
    ['#path=v1.%00abc', 'This link is damaged or is not a Zdravei path. Nothing was changed.'],
    ['#path=v2.WyJ4IiwiIiwiIiwiIl0', 'This link comes from another version of Zdravei and cannot be read here. Nothing was changed.'],
    ['#path=v1.WyJUdWVzZGF5Iiwi', 'This link is cut short: part of it is missing. Copy the whole link again. Nothing was changed.'],
    ['', 'This link has no path in it. Ask for the link again, or open the path from a file on the lesson paths page.'],
  ])('refuses %s with a message and offers nothing to save', async (hash, message) => {
    window.location.hash = hash;
    render(<PathLinkPage strings={strings} catalogue={catalogue} builderPage="/en/tutor/paths/" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByLabelText('Tutor PIN')).not.toBeInTheDocument();
    expect(await listPaths((await store()).db)).toEqual([]);
  });
});
