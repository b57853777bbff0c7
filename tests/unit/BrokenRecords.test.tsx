// @vitest-environment jsdom
import { learnerPickerStrings, tutorStrings } from './strings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LearnerPicker from '../../src/islands/LearnerPicker';
import TutorPanel from '../../src/islands/TutorPanel';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { activeLearner } from '../../src/lib/store/session';
import type { Profile } from '../../src/lib/store/db';

const pickerStrings = learnerPickerStrings('en');

/** Two children, and between them a record with a number for a name, written past the app's checks. */
beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
  await createProfile(db, { name: 'Ana', picture: '1F98A' }, 1);
  await db.profiles.put({ id: 'broken-1', name: 42, picture: '1F436', createdAt: 2, updatedAt: 2 } as unknown as Profile);
  await createProfile(db, { name: 'Omar', picture: '1F981' }, 3);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a malformed learner record', () => {
  it('leaves the other children choosable on the learners page', async () => {
    const navigate = vi.fn();
    render(<LearnerPicker strings={pickerStrings} homeUrl="/en/me/" navigate={navigate} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Omar' }));
    expect(screen.getAllByRole('button', { name: /^(Ana|Omar)$/ })).toHaveLength(2);
    expect(screen.queryByText('42')).not.toBeInTheDocument();
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/me/'));
    const { db } = await store();
    expect((await db.profiles.get((await activeLearner(db))!))?.name).toBe('Omar');
  });

  it('is shown to the tutor, who can remove it', async () => {
    render(<TutorPanel strings={tutorStrings('en')} />);
    await userEvent.type(await screen.findByLabelText('Set a PIN (4 to 8 digits) to keep children out of this page'), '2468');
    await userEvent.type(screen.getByLabelText('The same PIN again'), '2468');
    await userEvent.click(screen.getByRole('button', { name: 'Save the PIN and open' }));
    const damaged = await screen.findByRole('region', { name: 'Damaged records' });
    expect(within(damaged).getByRole('listitem')).toHaveTextContent('Learner record \u2068"broken-1"\u2069 (wrong: name)');
    const learners = screen.getByRole('region', { name: 'Learners' });
    expect(
      within(learners)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('bdi')?.textContent),
    ).toEqual(['Ana', 'Omar']);

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(within(damaged).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Damaged records' })).not.toBeInTheDocument());
    const { db } = await store();
    expect(await db.profiles.get('broken-1')).toBeUndefined();
    expect(await db.profiles.count()).toBe(2);
  });
});
