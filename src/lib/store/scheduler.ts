/**
 * The bridge to FSRS (ts-fsrs): every word a child meets gets a card; a right answer
 * rates it Good, a wrong one Again. Which words are due is due-words.ts, which pages
 * that only read cards load without the scheduler.
 */
import { createEmptyCard, fsrs, Rating, type Card as FsrsCard, type Grade } from 'ts-fsrs';
import type { WordCard, ZdraveiDb } from './db';

// Short-term learning steps keep a word a child just got wrong due again within minutes.
const scheduler = fsrs({ enable_fuzz: false });

export { Rating };

/** The next state of a card after an answer: right is Good, wrong is Again. */
export function nextCard(card: FsrsCard | undefined, grade: Grade, now: number): FsrsCard {
  return scheduler.next(card ?? createEmptyCard(new Date(now)), new Date(now), grade).card;
}

export function gradeFor(correct: boolean): Grade {
  return correct ? Rating.Good : Rating.Again;
}

/** A word was shown to the child (a flashcard, an example): it gets a card, due now, if it has none. */
export async function meetWords(db: ZdraveiDb, profileId: string, wordIds: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.cards, async () => {
    const existing = await db.cards.bulkGet(wordIds.map((wordId) => [profileId, wordId] as [string, string]));
    const fresh = wordIds
      .filter((_, i) => existing[i] === undefined)
      .map((wordId): WordCard => ({ profileId, wordId, due: now, fsrs: createEmptyCard(new Date(now)), updatedAt: now }));
    await db.cards.bulkPut(fresh);
  });
}

/** Rates one word for one child and stores the new card. */
export async function rateWord(db: ZdraveiDb, profileId: string, wordId: string, grade: Grade, now = Date.now()): Promise<WordCard> {
  return db.transaction('rw', db.cards, async () => {
    const current = await db.cards.get([profileId, wordId]);
    const card = nextCard(current?.fsrs, grade, now);
    const record: WordCard = { profileId, wordId, due: card.due.getTime(), fsrs: card, updatedAt: now };
    await db.cards.put(record);
    return record;
  });
}
