// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LearnerPicker from '../../src/islands/LearnerPicker';
import { learnerPickerStrings } from './strings';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile, setPicturePassword } from '../../src/lib/store/profiles';
import { activeLearner, saveComputerSettings } from '../../src/lib/store/session';
import { passwordPictures } from '../../src/lib/learner-pictures';
import { noteWrong, throttled, waitLeft } from '../../src/lib/store/throttle';

const strings = learnerPickerStrings('en');

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(cleanup);

describe('LearnerPicker', () => {
  it('makes the first learner from a picture and a colour alone, then starts their session', async () => {
    const navigate = vi.fn();
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={navigate} />);
    expect(await screen.findByText('Nobody is learning on this computer yet. Make the first learner!')).toBeInTheDocument();
    const start = screen.getByRole('button', { name: 'Start learning' });
    expect(start).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'dog' }));
    await userEvent.click(screen.getByRole('radio', { name: 'blue' }));
    await userEvent.click(start);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/me/'));
    const { db } = await store();
    const [profile] = await db.profiles.toArray();
    expect(profile).toMatchObject({ name: '', picture: '1F436', colour: 'blue' });
    expect(await activeLearner(db)).toBe(profile?.id);
  });

  it('keeps a name when one is written', async () => {
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={vi.fn()} />);
    await userEvent.type(await screen.findByLabelText('Name (optional)'), 'Ана');
    await userEvent.click(screen.getByRole('radio', { name: 'fox' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start learning' }));
    await waitFor(async () => expect(await (await store()).db.profiles.toArray()).toMatchObject([{ name: 'Ана', picture: '1F98A' }]));
  });

  it('marks the pictures other children have, and does not let a new learner take one', async () => {
    const { db } = await store();
    await createProfile(db, { name: 'Omar', picture: '1F981' });
    await createProfile(db, { picture: '1F98A', colour: 'green' });
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'A new learner' }));
    for (const taken of ['lion', 'fox']) {
      const radio = screen.getByRole('radio', { name: `${taken} already taken` });
      expect(radio).toBeDisabled();
      await userEvent.click(radio);
      expect(radio).not.toBeChecked();
    }
    expect(screen.getByRole('radio', { name: 'cat' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Start learning' })).toBeDisabled();
  });

  it('shows a child without a name as their picture, named for screen readers, on their colour', async () => {
    const { db } = await store();
    await createProfile(db, { picture: '1F98A', colour: 'purple' });
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={vi.fn()} />);
    const card = await screen.findByRole('button', { name: 'child with the fox picture' });
    expect(card.querySelector('img')).toHaveAttribute('src', '/pictures/1F98A.svg');
    expect(card.querySelector<HTMLElement>('.learner-face')?.style.getPropertyValue('--learner-colour')).toBe('#6a1b9a');
  });

  it('names the pictures in the help language', async () => {
    const { db } = await store();
    await createProfile(db, { picture: '1F98A' });
    render(<LearnerPicker strings={learnerPickerStrings('ar')} homeUrl="/ar/me/" navigate={vi.fn()} />);
    expect(await screen.findByRole('button', { name: 'الطفل صاحب صورة ثعلب' })).toBeInTheDocument();
  });

  it('says what is wrong with a name instead of creating the learner', async () => {
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={vi.fn()} />);
    await userEvent.click(await screen.findByRole('radio', { name: 'cat' }));
    await userEvent.type(screen.getByLabelText('Name (optional)'), '<b>Ana</b>');
    await userEvent.click(screen.getByRole('button', { name: 'Start learning' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A name cannot contain < or >.');
    expect(await (await store()).db.profiles.count()).toBe(0);
  });

  it('shows each learner as a card with the name as text', async () => {
    const { db } = await store();
    await createProfile(db, { name: 'Omar', picture: '1F981' });
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={vi.fn()} />);
    expect(await screen.findByRole('button', { name: 'Omar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'A new learner' })).toBeInTheDocument();
  });

  it('asks for the secret pictures when the tutor turned them on, and admits only the right ones', async () => {
    const { db } = await store();
    const leyla = await createProfile(db, { name: 'Leyla', picture: '1F98A' });
    await setPicturePassword(db, leyla.id, [passwordPictures[0], passwordPictures[1], passwordPictures[2]]);
    await saveComputerSettings(db, { picturePasswords: true });
    const navigate = vi.fn();
    render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={navigate} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Leyla' }));
    // The pictures come once the store has loaded and read that this computer asks for them.
    await screen.findByRole('group', { name: 'Your secret pictures' });
    const keys = () => screen.getByRole('group', { name: 'Your secret pictures' }).querySelectorAll('button');
    expect(screen.getByRole('button', { name: 'apple' })).toBe(keys()[0]);
    for (const i of [2, 1, 0]) await userEvent.click(keys()[i]!);
    expect(await screen.findByRole('alert')).toHaveTextContent('Those are not the right pictures');
    expect(navigate).not.toHaveBeenCalled();
    for (const i of [0, 1, 2]) await userEvent.click(keys()[i]!);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/me/'));
  });

  describe('guessing limited', () => {
    async function leylaWithPictures() {
      const { db } = await store();
      const leyla = await createProfile(db, { name: 'Leyla', picture: '1F98A' });
      await setPicturePassword(db, leyla.id, [passwordPictures[0], passwordPictures[1], passwordPictures[2]]);
      await saveComputerSettings(db, { picturePasswords: true });
      return { db, leyla };
    }
    const keys = () => screen.getByRole('group', { name: 'Your secret pictures' }).querySelectorAll('button');

    it('after three wrong tries in a row, shows a friendly wait with an hourglass instead of the pictures', async () => {
      const { db, leyla } = await leylaWithPictures();
      const navigate = vi.fn();
      render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={navigate} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Leyla' }));
      // The pictures come once the store has loaded and read that this computer asks for them.
      await screen.findByRole('group', { name: 'Your secret pictures' });
      for (let round = 0; round < 3; round++) {
        for (const i of [2, 1, 0]) await userEvent.click(keys()[i]!);
        const counted = async () => (await db.settings.get(`throttle:${throttled.picturePassword(leyla.id)}`))?.value;
        await waitFor(async () => expect(await counted()).toMatchObject({ count: round + 1 }));
      }
      const wait = await screen.findByRole('status');
      expect(wait).toHaveTextContent(/^Let’s wait a little\. Try again in [45] seconds\.$/);
      expect(wait.querySelector('img')).toHaveAttribute('src', '/pictures/23F3.svg');
      expect(screen.queryByRole('group', { name: 'Your secret pictures' })).toBeNull();
      expect(await waitLeft(db, throttled.picturePassword(leyla.id))).toBeGreaterThan(3_000);

      // Coming back (a reload, another tab) does not skip the wait.
      cleanup();
      render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={navigate} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Leyla' }));
      expect(await screen.findByRole('status')).toHaveTextContent('Let’s wait a little.');
      expect(navigate).not.toHaveBeenCalled();
    });

    it('gives the pictures back when the wait is over, and the right ones still admit the child', async () => {
      const { db, leyla } = await leylaWithPictures();
      const subject = throttled.picturePassword(leyla.id);
      // Three wrong tries four seconds ago: about one second of the five is left.
      for (let i = 0; i < 3; i++) await noteWrong(db, subject, Date.now() - 4_000);
      const navigate = vi.fn();
      render(<LearnerPicker strings={strings} homeUrl="/en/me/" navigate={navigate} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Leyla' }));
      expect(await screen.findByRole('status')).toHaveTextContent('Try again in 1 second.');
      await screen.findByRole('group', { name: 'Your secret pictures' }, { timeout: 3_000 });
      for (const i of [0, 1, 2]) await userEvent.click(keys()[i]!);
      await waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/me/'));
      expect(await db.settings.get(`throttle:${subject}`)).toBeUndefined();
    });
  });
});
