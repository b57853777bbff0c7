// @vitest-environment jsdom
/**
 * The "Who is learning?" cards the page draws before React comes: the same markup as the
 * island's, so nothing changes when it takes over, and a tap on them is not lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import LearnerPicker from '../../src/islands/LearnerPicker';
import {
  cardProfiles,
  drawLearnersFirst,
  keepTaps,
  newLearnerTap,
  takeLearnersFirst,
  type LearnersFirstStrings,
} from '../../src/islands/learners-first-screen';
import { startLearnersFirst } from '../../src/islands/learners-early';
import { firstScreenSelector, firstScreenSettled } from '../../src/islands/after-first-screen';
import { pickByPrefix, pickStrings } from '../../src/i18n';
import type { Locale } from '../../src/lib/i18n/locales';
import { learnerStore as store } from '../../src/lib/store/learner-store';
import { createProfile } from '../../src/lib/store/profiles';
import { activeLearner } from '../../src/lib/store/session';
import { learnerPickerStrings } from './strings';

/** As learners.astro picks them. */
const firstStrings = (locale: Locale): LearnersFirstStrings => ({
  ...pickByPrefix(locale, ['learners.', 'picture.']),
  ...pickStrings(locale, ['exercise.say']),
});

/** The page as learners.astro writes it: the place for the first screen, before the island. */
function placeOnPage(locale: Locale = 'en'): HTMLElement {
  const place = document.createElement('div');
  place.setAttribute('data-learners-first', '');
  place.dataset.strings = JSON.stringify(firstStrings(locale));
  document.body.append(place);
  return place;
}

beforeEach(async () => {
  const { db } = await store();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** Three children: one named, one by picture alone on a colour, one named on a colour; stored in that order. */
async function threeChildren() {
  const { db } = await store();
  // A minute apart: the cards come oldest first.
  const start = Date.now() - 3 * 60_000;
  const omar = await createProfile(db, { name: 'Omar', picture: '1F981' }, start);
  const fox = await createProfile(db, { picture: '1F98A', colour: 'purple' }, start + 60_000);
  const ana = await createProfile(db, { name: 'Ана', picture: '1F436', colour: 'blue' }, start + 120_000);
  return { db, omar, fox, ana, records: await db.profiles.toArray() };
}

describe('drawLearnersFirst', () => {
  it.each(['en', 'ar'] as const)('draws the cards as the island does (%s)', async (locale) => {
    const { records } = await threeChildren();
    const place = document.createElement('div');
    drawLearnersFirst(place, records, firstStrings(locale));
    const { container } = render(<LearnerPicker strings={learnerPickerStrings(locale)} homeUrl="/me/" navigate={vi.fn()} />);
    await waitFor(() => expect(container.querySelector('.learners__cards')).not.toBeNull());
    // The drawn cards carry the child's id, to keep a tap for the island.
    place.querySelectorAll('[data-learner]').forEach((card) => card.removeAttribute('data-learner'));
    expect(place.innerHTML).toBe(container.innerHTML);
  });

  it('checks something: the drawn cards name each child, the unnamed one by picture, oldest first', async () => {
    const { records } = await threeChildren();
    const place = document.createElement('div');
    drawLearnersFirst(place, records, firstStrings('en'));
    const cards = [...place.querySelectorAll('.learner-card')];
    expect(cards.map((card) => card.textContent)).toEqual(['Omar', '', 'Ана', '+A new learner']);
    expect(cards[1]!.querySelector('img')).toHaveAttribute('alt', 'child with the fox picture');
    expect(cards[1]!.querySelector<HTMLElement>('.learner-face')!.style.getPropertyValue('--learner-colour')).toBe('#6a1b9a');
    expect(place.dataset.state).toBe('drawn');
  });

  it('says nobody is learning yet on a computer with no children, in the line the island draws above its form', async () => {
    const place = document.createElement('div');
    drawLearnersFirst(place, [], firstStrings('en'));
    expect(place.textContent).toBe('Nobody is learning on this computer yet. Make the first learner! ');
    expect(place.querySelector('button.say')).toHaveAttribute('aria-label', 'Listen to this');
    const { container } = render(<LearnerPicker strings={learnerPickerStrings('en')} homeUrl="/me/" navigate={vi.fn()} />);
    await screen.findByRole('button', { name: 'Start learning' });
    expect(container.querySelector('p')!.outerHTML).toBe(place.innerHTML);
  });
});

describe('cardProfiles', () => {
  it('leaves out records a card cannot be drawn for, and orders the rest by when they were added', () => {
    const later = { id: 'b', name: '', picture: '1F98A', createdAt: 20 };
    const sooner = { id: 'a', name: 'Ana', picture: '1F436', colour: 'blue', createdAt: 10 };
    const broken = [null, 'text', { id: 'c', name: 'X', picture: '1F436' }, { id: 'd', name: 3, picture: '1F436', createdAt: 1 }];
    expect(cardProfiles([later, ...broken, sooner])).toEqual([sooner, later]);
  });
});

describe('taps before the island', () => {
  it('keeps the last card tapped, shows it was felt, and hands it to the island once', () => {
    const place = placeOnPage();
    drawLearnersFirst(place, [{ id: 'a', name: 'Ana', picture: '1F436', createdAt: 1 }], firstStrings('en'));
    keepTaps(place);
    place.querySelector<HTMLElement>('[data-learner="a"]')!.click();
    place.querySelector<HTMLElement>(`[data-learner="${newLearnerTap}"]`)!.click();
    expect(place.querySelectorAll('.learner-card--tapped')).toHaveLength(1);
    expect(takeLearnersFirst(document)).toBe(newLearnerTap);
    expect(place).toBeEmptyDOMElement();
    expect(place.dataset.state).toBe('taken');
    expect(takeLearnersFirst(document)).toBeUndefined();
  });

  it('the island starts the session of the child tapped before it came', async () => {
    const { db, fox } = await threeChildren();
    const place = placeOnPage();
    await startLearnersFirst(document);
    screen.getByRole('button', { name: 'child with the fox picture' }).click();
    const navigate = vi.fn();
    render(<LearnerPicker strings={learnerPickerStrings('en')} homeUrl="/en/me/" navigate={navigate} />);
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/en/me/'));
    expect(await activeLearner(db)).toBe(fox.id);
    // The island's cards alone are left.
    expect(place).toBeEmptyDOMElement();
    expect(screen.getAllByRole('button', { name: 'child with the fox picture' })).toHaveLength(1);
  });

  it('the island takes the drawn cards away when it breaks, so that only its message is left', async () => {
    await threeChildren();
    const place = placeOnPage();
    await startLearnersFirst(document);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // A string React cannot draw breaks the island as it draws its cards.
      render(
        <LearnerPicker strings={{ ...learnerPickerStrings('en'), 'learners.intro': {} as never }} homeUrl="/en/me/" navigate={vi.fn()} />,
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(learnerPickerStrings('en')['exercise.crashed']);
    } finally {
      quiet.mockRestore();
    }
    expect(place).toBeEmptyDOMElement();
  });

  it('the island opens the new learner’s form when that card was tapped', async () => {
    await threeChildren();
    const place = placeOnPage();
    await startLearnersFirst(document);
    screen.getByRole('button', { name: 'A new learner' }).click();
    render(<LearnerPicker strings={learnerPickerStrings('en')} homeUrl="/en/me/" navigate={vi.fn()} />);
    expect(await screen.findByRole('button', { name: 'Start learning' })).toBeInTheDocument();
    expect(place).toBeEmptyDOMElement();
  });
});

describe('startLearnersFirst', () => {
  it('draws the cards of the children this computer stores', async () => {
    await threeChildren();
    const place = placeOnPage('ar');
    await startLearnersFirst(document);
    expect(place.querySelectorAll('.learner-card')).toHaveLength(4);
    expect(place.querySelector('.learner-card--new')).toHaveTextContent(firstStrings('ar')['learners.add']);
  });

  it('draws nothing once the island has drawn its own screen', async () => {
    await threeChildren();
    const place = placeOnPage();
    takeLearnersFirst(document);
    await startLearnersFirst(document);
    expect(place).toBeEmptyDOMElement();
  });

  it('says it drew nothing when storage cannot be read, so that the island does not wait', async () => {
    const place = placeOnPage();
    const settled = vi.fn();
    window.addEventListener(firstScreenSettled, settled, { once: true });
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('storage off', 'SecurityError');
    });
    try {
      await startLearnersFirst(document);
    } finally {
      open.mockRestore();
    }
    expect(place.dataset.state).toBe('none');
    expect(place).toBeEmptyDOMElement();
    expect(settled).toHaveBeenCalledOnce();
  });

  it('draws nothing where the page has no place for it', async () => {
    await threeChildren();
    await startLearnersFirst(document);
    expect(document.querySelector(firstScreenSelector)).toBeNull();
    expect(document.body).toBeEmptyDOMElement();
  });
});
