/**
 * The bridge to FSRS (ts-fsrs): every word a child meets gets a card; a right answer
 * rates it Good, a wrong one Again; a review round takes the words that are due.
 */
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type Grade } from 'ts-fsrs';
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

/** A word the child got wrong recently is being (re)learnt: it comes first in a review. */
// `?.`: a malformed card must not stop the sort; checked-reads.ts then leaves it out.
const beingLearnt = (card: WordCard) => card.fsrs?.state === State.Learning || card.fsrs?.state === State.Relearning;

/**
 * Words due for review, at most `limit`, so a child never faces 200 cards: words got
 * wrong recently first, then the most overdue.
 */
export async function dueWords(db: ZdraveiDb, profileId: string, now = Date.now(), limit = 10): Promise<WordCard[]> {
  const due = await db.cards.where('[profileId+due]').between([profileId, -Infinity], [profileId, now], true, true).toArray();
  return due.sort((a, b) => Number(beingLearnt(b)) - Number(beingLearnt(a)) || a.due - b.due).slice(0, limit);
}

export async function countDueWords(db: ZdraveiDb, profileId: string, now = Date.now()): Promise<number> {
  return db.cards.where('[profileId+due]').between([profileId, -Infinity], [profileId, now], true, true).count();
}
