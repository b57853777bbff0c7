/**
 * Which of a child's words are due for review, read from their FSRS cards. Apart from
 * scheduler.ts so that the pages that only count or list due words (the child's home,
 * the tutor's reports) do not load the FSRS scheduler itself.
 */
import { cardState } from './card-state';
import type { WordCard, ZdraveiDb } from './db';

/** A word the child got wrong recently is being (re)learnt: it comes first in a review. */
// `?.`: a malformed card must not stop the sort; checked-reads.ts then leaves it out.
const beingLearnt = (card: WordCard) => card.fsrs?.state === cardState.learning || card.fsrs?.state === cardState.relearning;

/**
 * Words due for review, at most `limit`, so a child never faces 200 cards: words got
 * wrong recently first, then the most overdue.
 */
export async function dueWords(db: ZdraveiDb, profileId: string, now = Date.now(), limit = 10): Promise<WordCard[]> {
  return orderDue(await db.cards.where('[profileId+due]').between([profileId, -Infinity], [profileId, now], true, true).toArray(), limit);
}

/** Due cards in the order a review takes them (see dueWords), at most `limit`; also for cards read without Dexie. */
export function orderDue(due: WordCard[], limit: number): WordCard[] {
  return due.sort((a, b) => Number(beingLearnt(b)) - Number(beingLearnt(a)) || a.due - b.due).slice(0, limit);
}

export async function countDueWords(db: ZdraveiDb, profileId: string, now = Date.now()): Promise<number> {
  return db.cards.where('[profileId+due]').between([profileId, -Infinity], [profileId, now], true, true).count();
}
