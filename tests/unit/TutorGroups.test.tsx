// @vitest-environment jsdom
import { tutorStrings } from './strings';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TutorPanel from '../../src/islands/TutorPanel';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { pathForLearner } from '../../src/lib/store/assignments';

const strings = tutorStrings('en');
const readyPaths = [
  { id: 'first-steps', title: 'First steps', description: 'For beginners.', lessons: ['alphabet/first-letters', 'language/greetings'] },
  { id: 'level-a0', title: 'Level A0', description: 'The very start.', lessons: ['a/1', 'a/2', 'a/3', 'a/4'] },
];

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openPanel(pin = '2468') {
  await userEvent.type(await screen.findByLabelText('Set a PIN (4 to 8 digits) to keep children out of this page'), pin);
  await userEvent.type(screen.getByLabelText('The same PIN again'), pin);
  await userEvent.click(screen.getByRole('button', { name: 'Save the PIN and open' }));
  await screen.findByRole('heading', { name: 'Learners' });
}

it('makes a group of two children and gives it a ready-made path, saved as a copy', async () => {
  const { db } = await store();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  const omar = await createProfile(db, { name: 'عمر', picture: '1F981' });
  render(<TutorPanel strings={strings} readyPaths={readyPaths} />);
  await openPanel();
  expect(screen.getByRole('option', { name: 'Level A0 (4 lessons)' })).toBeInTheDocument();

  await userEvent.type(screen.getByLabelText('Name of a new group'), 'Tuesday');
  await userEvent.click(screen.getByRole('button', { name: 'Create the group' }));
  const members = await screen.findByRole('group', { name: 'Children in Tuesday' });
  await userEvent.click(within(members).getByRole('checkbox', { name: 'Ана' }));
  await userEvent.click(within(members).getByRole('checkbox', { name: 'عمر' }));
  await waitFor(async () => expect(await db.memberships.count()).toBe(2));

  await userEvent.selectOptions(screen.getByLabelText('Path'), 'Level A0 (4 lessons)');
  await userEvent.selectOptions(screen.getByLabelText('Give it to'), 'Group: Tuesday');
  await userEvent.type(screen.getByLabelText('To finish by (optional)'), '2027-03-01');
  await userEvent.click(screen.getByRole('button', { name: 'Assign the path' }));
  await screen.findByText('The path is assigned.');
  for (const child of [ana, omar]) {
    expect(await pathForLearner(db, child.id)).toMatchObject({
      path: { title: 'Level A0', basedOn: 'level-a0', lessons: ['a/1', 'a/2', 'a/3', 'a/4'] },
      from: 'group',
      by: '2027-03-01',
    });
  }
  const assigned = screen.getByRole('heading', { name: 'Assigned now' }).nextElementSibling as HTMLElement;
  expect(assigned).toHaveTextContent('Level A0 → Group: Tuesday (by March 1, 2027)');
  await userEvent.click(within(assigned).getByRole('button', { name: 'Remove' }));
  expect(await screen.findByText('Nothing is assigned yet.')).toBeInTheDocument();
  // Many steps, each a store write: slower than one default test slot on a busy machine.
}, 20_000);

it('renames a child and changes their picture', async () => {
  const { db } = await store();
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  render(<TutorPanel strings={strings} readyPaths={readyPaths} />);
  await openPanel();
  await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
  const name = screen.getByLabelText('Name');
  await userEvent.clear(name);
  await userEvent.type(name, 'Анна');
  await userEvent.click(within(name.closest('form')!).getByRole('button', { name: 'Save' }));
  await waitFor(async () => expect((await db.profiles.get(ana.id))?.name).toBe('Анна'));
  await userEvent.click(screen.getByRole('button', { name: 'Change the picture' }));
  const pictures = screen.getByRole('group', { name: 'Picture for Анна' });
  await userEvent.click(within(pictures).getByRole('radio', { name: '3' }));
  await waitFor(async () => expect((await db.profiles.get(ana.id))?.picture).toBe('1F431'));
});
