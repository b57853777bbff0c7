/**
 * The words a review round takes: the active learner's due cards, checked and in order
 * (due-words.ts, records.ts). Read with the browser's IndexedDB API when it can, so the
 * round starts without the store's code (Dexie); else from the store, as before. Grading an
 * answer loads the store and the scheduler then (exercise-report.ts).
 */
import type { WordCard } from './db';
import { orderDue } from './due-words';
import { readDueCardsRaw } from './learner-reads-raw';
import { checkedCards } from './records';
import type { OpenedStore, StorageKind } from './storage';

export interface ReviewCards {
  profileId: string | undefined;
  cards: WordCard[];
  kind: StorageKind;
}

export async function reviewCards(loadStore: () => Promise<OpenedStore>, limit: number, now = Date.now()): Promise<ReviewCards> {
  const raw = await readDueCardsRaw(now);
  if (raw) return { profileId: raw.profileId, cards: checkedCards(orderDue(raw.cards as WordCard[], limit)), kind: 'persistent' };
  const { db, kind } = await loadStore();
  const [{ activeLearner }, { checkedDueWords }] = await Promise.all([import('./session'), import('./checked-reads')]);
  const profileId = await activeLearner(db, now);
  return { profileId, cards: profileId ? await checkedDueWords(db, profileId, now, limit) : [], kind };
}
