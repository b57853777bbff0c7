/**
 * Shared by the exercise component tests: words to play with, each island's strings (by the list it exports),
 * and a learner chosen in the real progress store (fake-indexeddb), so a test can read
 * the attempts and results the island recorded through exercise-report.ts.
 */
import { screen, waitFor } from '@testing-library/react';
import { pickStrings } from '../../src/i18n';
import type { UIKey } from '../../src/i18n';
import type { Locale } from '../../src/lib/i18n/locales';
import type { WordForLocale } from '../../src/lib/exercises/word';
import { createProfile } from '../../src/lib/store/profiles';
import { startSession } from '../../src/lib/store/session';
import { attemptsOf } from '../../src/lib/store/progress-reads';

const word = (id: string, stressed: string, gloss: string, picture?: string, example?: [string, string]): WordForLocale => ({
  id,
  stressed,
  translit: id,
  gloss,
  audio: `/audio/words/${id}.mp3`,
  ...(picture ? { picture: `/pictures/${picture}.svg` } : {}),
  ...(example ? { example: { stressed: example[0], gloss: example[1], audio: `/audio/examples/${id}.mp3` } } : {}),
});

export const words: WordForLocale[] = [
  word('zhaba', 'жа̀ба', 'frog', '1F438', ['Жа̀бата ска̀ча.', 'The frog jumps.']),
  word('zaek', 'за̀ек', 'rabbit, hare', '1F407', ['За̀екът ядѐ морко̀в.', 'The rabbit is eating a carrot.']),
  word('ezh', 'еж', 'hedgehog', '1F994'),
  word('valk', 'вълк', 'wolf', '1F43A'),
];

/** An island's UI strings, by the list of keys the island exports (its wrapper picks the same). */
export function stringsFor<K extends UIKey>(keys: readonly K[], locale: Locale = 'en') {
  return pickStrings(locale, keys);
}

/** A learner chosen on this "computer", and what the store holds for them. */
export async function chooseLearner() {
  const { learnerStore: store } = await import('../../src/lib/store/learner-store');
  const { db } = await store();
  await Promise.all([db.answers.clear(), db.lessonProgress.clear(), db.cards.clear()]);
  const profile = await createProfile(db, { name: 'Ана', picture: '1F98A' });
  await startSession(db, profile.id);
  return {
    attempts: () => attemptsOf(db, profile.id),
    progress: (lessonId: string) => db.lessonProgress.get([profile.id, lessonId]),
    /** Waits until `count` attempts are stored, and returns them. */
    async attemptsWhen(count: number) {
      let found: Awaited<ReturnType<typeof attemptsOf>> = [];
      await waitFor(async () => {
        found = await attemptsOf(db, profile.id);
        if (found.length < count) throw new Error(`${found.length} attempts so far`);
      });
      return found;
    },
  };
}

/** The word the exercise is asking about now (the prompt carries its id for tests). */
export function askedWord(container: HTMLElement): string {
  const id = container.querySelector('.exercise__prompt')?.getAttribute('data-word');
  if (!id) throw new Error('no prompt');
  return id;
}

export function stars(): string | null {
  return screen.getByLabelText(/of 3 stars/).getAttribute('aria-label');
}

export function quietly<T>(render: () => T): T {
  const original = console.error;
  console.error = () => {};
  try {
    return render();
  } finally {
    console.error = original;
  }
}
