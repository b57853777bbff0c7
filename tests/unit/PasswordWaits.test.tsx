// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import PasswordWaits from '../../src/islands/PasswordWaits';
import { tutorStrings } from './strings';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { learnersWaiting } from '../../src/lib/store/picture-waits';
import { createProfile } from '../../src/lib/store/profiles';
import { noteRight, noteWrong, throttled } from '../../src/lib/store/throttle';

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(cleanup);

it('lists the children waiting after too many wrong pictures, at the time asked', async () => {
  const { db } = await store();
  const omar = await createProfile(db, { name: 'Omar', picture: '1F981' });
  const ana = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  for (let i = 0; i < 2; i++) await noteWrong(db, throttled.picturePassword(ana.id), 0);
  for (let i = 0; i < 3; i++) await noteWrong(db, throttled.picturePassword(omar.id), 0);
  expect((await learnersWaiting(db, 4_999)).map((p) => p.name)).toEqual(['Omar']);
  expect(await learnersWaiting(db, 5_000)).toEqual([]);
});

it("shows the tutor each waiting child's name, isolated, and nothing when nobody waits", async () => {
  const { db } = await store();
  const omar = await createProfile(db, { name: 'Omar', picture: '1F981' });
  await createProfile(db, { name: 'Ана', picture: '1F98A' });
  for (let i = 0; i < 3; i++) await noteWrong(db, throttled.picturePassword(omar.id));
  const { container } = render(<PasswordWaits strings={tutorStrings('en')} />);
  expect(await screen.findByRole('status')).toHaveTextContent(/^Omar: too many wrong pictures, waiting$/);
  expect(container.querySelector('bdi')).toHaveTextContent('Omar');
  await noteRight(db, throttled.picturePassword(omar.id));
  await screen.findByText((_, element) => element === container && container.textContent === '');
});

it('calls a waiting child without a name by their picture', async () => {
  const { db } = await store();
  const fox = await createProfile(db, { picture: '1F98A' });
  for (let i = 0; i < 3; i++) await noteWrong(db, throttled.picturePassword(fox.id));
  render(<PasswordWaits strings={tutorStrings('en')} />);
  expect(await screen.findByRole('status')).toHaveTextContent(/^child with the fox picture: too many wrong pictures, waiting$/);
});
