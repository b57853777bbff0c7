/**
 * "Who is learning?" drawn before React comes. On an old computer the picker's first
 * screen waited for React and the island's code (about 95 KB) before any card showed:
 * on Lighthouse's mobile profile the largest paint came 0.8–1.2 s after the first. The
 * page's first script (learners-early.ts) now reads the cards with the browser's own
 * IndexedDB API and draws them here, as plain HTML, and the island's code downloads only
 * after that (after-first-screen.ts); once its own screen is there, the island takes this
 * one away (takeLearnersFirst) in the same frame.
 *
 * The markup is LearnerPicker.tsx's, the speaker button included (it speaks once the
 * island has come), so that nothing moves or grows when the island takes over;
 * tests/unit/learners-first-screen.test.tsx holds the two to the same markup. A child
 * who taps a card before the island comes is not ignored: the tap is kept here, and the
 * island acts on it as soon as it runs.
 */
import { firstScreenSelector, firstScreenSettled, type FirstScreenState } from './after-first-screen';
import { element, svgElement } from '../lib/browser/make-element';
import { colourValue } from '../lib/learner-colours';
import { learnerLabel, type PictureStrings } from '../lib/learner-pictures';
import { openmojiUrl } from '../lib/routes';

/** Marks how far the first screen is, and tells the island's directive once it is settled. */
export function markFirstScreen(place: HTMLElement, state: FirstScreenState): void {
  place.dataset.state = state;
  if (state === 'drawn' || state === 'none') place.ownerDocument.defaultView?.dispatchEvent(new Event(firstScreenSettled));
}

/** What a tap on the drawn "A new learner" card keeps, in place of a child's id. */
export const newLearnerTap = 'new';

/** The island's strings this screen needs, written into the page (learners.astro): `learners.` and `picture.` ones, and the speaker's name. */
export type LearnersFirstStrings = PictureStrings & {
  'learners.intro': string;
  'learners.empty': string;
  'learners.add': string;
  'learners.unnamed': string;
  'exercise.say': string;
  /** The page's locale: numbers follow it. */
  locale?: string;
};

/** A stored child as far as a card needs: the island checks records whole (profiles.ts), and shows only those. */
interface CardProfile {
  id: string;
  name: string;
  picture: string;
  colour?: string;
  createdAt: number;
}

/**
 * The records a card can be drawn for, oldest first as the island orders them. A record
 * the island's check would leave out for another field is drawn here, and goes when the
 * island comes: only a damaged store has one, and the tutor's page lists it.
 */
export function cardProfiles(records: readonly unknown[]): CardProfile[] {
  const drawable = (record: unknown): record is CardProfile => {
    const profile = record as Partial<CardProfile> | null;
    return (
      typeof profile === 'object' &&
      profile !== null &&
      typeof profile.id === 'string' &&
      typeof profile.name === 'string' &&
      typeof profile.picture === 'string' &&
      typeof profile.createdAt === 'number' &&
      (profile.colour === undefined || typeof profile.colour === 'string')
    );
  };
  return records.filter(drawable).sort((a, b) => a.createdAt - b.createdAt);
}

/** One child's card, as LearnerPicker.tsx and LearnerFace.tsx draw it, with the child's id to keep a tap. */
function card(doc: Document, profile: CardProfile, strings: LearnersFirstStrings): HTMLElement {
  const face = element(doc, 'span', { class: 'learner-face' }, [
    // The address last, as React sets it.
    element(doc, 'img', {
      alt: profile.name ? '' : learnerLabel(profile, strings),
      width: '112',
      height: '112',
      src: openmojiUrl(profile.picture),
    }),
  ]);
  const colour = colourValue(profile.colour);
  // Through the style object, as React sets it.
  if (colour) face.style.setProperty('--learner-colour', colour);
  const name = profile.name ? [element(doc, 'bdi', { class: 'learner-card__name' }, [profile.name])] : [];
  return element(doc, 'button', { type: 'button', class: 'learner-card', 'data-learner': profile.id }, [face, ...name]);
}

/**
 * The speaker button after an instruction, as Say.tsx draws it, so that the line takes the
 * same room. It speaks once the island has come (it plays the instruction by itself then);
 * a tap on it before that starts the island's download (after-first-screen.ts).
 */
function speaker(doc: Document, phrase: string, strings: LearnersFirstStrings): HTMLElement {
  return element(
    doc,
    'button',
    { type: 'button', class: 'say', 'data-state': 'idle', 'data-phrase': phrase, 'aria-label': strings['exercise.say'] },
    [
      svgElement(doc, 'svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, [
        svgElement(doc, 'path', { d: 'M4 9v6h4l5 4V5L8 9H4z', fill: 'currentColor' }),
        svgElement(doc, 'path', {
          d: 'M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
        }),
      ]),
    ],
  );
}

/** A line with its speaker, as the island writes it: the text, a space, the button. */
const spokenLine = (
  doc: Document,
  phrase: 'learners.intro' | 'learners.empty',
  strings: LearnersFirstStrings,
  attributes: Record<string, string>,
) => element(doc, 'p', attributes, [strings[phrase], ' ', speaker(doc, phrase, strings)]);

/**
 * Draws the first screen for these stored records into `place`: the cards with the "A new
 * learner" card, or for a computer where nobody has started, the line saying so (the
 * island draws the new learner's form under it).
 */
export function drawLearnersFirst(place: HTMLElement, records: readonly unknown[], strings: LearnersFirstStrings): void {
  const doc = place.ownerDocument;
  const profiles = cardProfiles(records);
  if (profiles.length === 0) {
    place.replaceChildren(spokenLine(doc, 'learners.empty', strings, {}));
  } else {
    const add = element(doc, 'button', { type: 'button', class: 'learner-card learner-card--new', 'data-learner': newLearnerTap }, [
      element(doc, 'span', { class: 'learner-card__plus', 'aria-hidden': 'true' }, ['+']),
      element(doc, 'span', { class: 'learner-card__name' }, [strings['learners.add']]),
    ]);
    place.replaceChildren(
      spokenLine(doc, 'learners.intro', strings, { class: 'learners__intro' }),
      element(doc, 'ul', { class: 'learners__cards' }, [
        ...profiles.map((profile) => element(doc, 'li', {}, [card(doc, profile, strings)])),
        element(doc, 'li', {}, [add]),
      ]),
    );
  }
  markFirstScreen(place, 'drawn');
}

/** Keeps a tap on a drawn card (its child's id, or newLearnerTap) for the island, and shows it was felt. */
export function keepTaps(place: HTMLElement): void {
  place.addEventListener('click', (event) => {
    const tapped = (event.target as Element).closest<HTMLElement>('[data-learner]');
    if (!tapped?.dataset.learner) return;
    place.dataset.tapped = tapped.dataset.learner;
    place.querySelector('.learner-card--tapped')?.classList.remove('learner-card--tapped');
    tapped.classList.add('learner-card--tapped');
  });
}

/**
 * For the island, once its own first screen is drawn: removes the screen drawn here (and
 * stops one from being drawn later), and answers the card a child tapped meanwhile.
 */
export function takeLearnersFirst(doc: Document): string | undefined {
  const place = doc.querySelector<HTMLElement>(firstScreenSelector);
  if (!place) return undefined;
  const tapped = place.dataset.tapped;
  place.replaceChildren();
  markFirstScreen(place, 'taken');
  delete place.dataset.tapped;
  return tapped;
}
