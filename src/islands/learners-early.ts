/**
 * The learners page's first script: reads the children of this computer with the
 * browser's own IndexedDB API and draws their cards (learners-first-screen.ts) before
 * React and the island's code have come; the island downloads once they are drawn
 * (after-first-screen.ts). With storage unusable, or a store too old to read without
 * Dexie, it draws nothing: the island opens the store and says what it finds.
 */
import { readProfilesRaw } from '../lib/store/profiles-raw';
import { firstScreenSelector } from './after-first-screen';
import { drawLearnersFirst, keepTaps, markFirstScreen, type LearnersFirstStrings } from './learners-first-screen';

export async function startLearnersFirst(doc: Document = document): Promise<void> {
  const place = doc.querySelector<HTMLElement>(firstScreenSelector);
  // The island came first (someone came to it sooner): its own screen is shown.
  if (!place || place.dataset.state === 'taken') return;
  markFirstScreen(place, 'reading');
  let drawn = false;
  try {
    const records = await readProfilesRaw();
    if (records && place.dataset.state === 'reading') {
      drawLearnersFirst(place, records, JSON.parse(place.dataset.strings ?? '{}') as LearnersFirstStrings);
      keepTaps(place);
      drawn = true;
    }
  } finally {
    // Whatever happened, the island must not wait for a drawing that will not come.
    if (!drawn && place.dataset.state === 'reading') markFirstScreen(place, 'none');
  }
}
