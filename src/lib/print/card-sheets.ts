/**
 * Flashcards laid out for paper: A4 sheets of {@link cardsPerSheet} cards, two columns of
 * four rows, each sheet of fronts followed by the sheet of its backs.
 *
 * Printed double-sided and flipped on the long edge (the printer's default), a card's back
 * lands behind its front only if each row of the back sheet is mirrored: the card in the
 * left column of the front is in the right column of the back. The backs are placed so;
 * a short last row keeps its empty places, so nothing shifts.
 *
 * Pure: the page gives it the lesson's words; it knows nothing of Astro or the DOM.
 */

/** Cards on one A4 sheet: two columns of four rows, each card 105 × 74 mm less margins. */
export const cardsPerSheet = 8;
/** Columns on a sheet; a back row is the front row in reverse. */
export const columnsPerSheet = 2;

/** A place on a sheet: a card, or an empty place that keeps the grid in line. */
export type Place<T> = T | null;

export interface CardSheet<T> {
  /** The fronts, left to right and top to bottom, padded to a whole number of rows. */
  fronts: Place<T>[];
  /** The backs, each row mirrored, so a card's back prints behind its front. */
  backs: Place<T>[];
}

/** Splits the cards into sheets, in order. No cards, no sheets. */
export function cardSheets<T>(cards: readonly T[]): CardSheet<T>[] {
  const sheets: CardSheet<T>[] = [];
  for (let start = 0; start < cards.length; start += cardsPerSheet) {
    const fronts: Place<T>[] = cards.slice(start, start + cardsPerSheet);
    while (fronts.length % columnsPerSheet !== 0) fronts.push(null);
    const backs: Place<T>[] = [];
    for (let row = 0; row < fronts.length; row += columnsPerSheet) {
      backs.push(...fronts.slice(row, row + columnsPerSheet).reverse());
    }
    sheets.push({ fronts, backs });
  }
  return sheets;
}

/**
 * The letters to trace for a word on an alphabet worksheet: its first letter, capital and
 * small (`"Аа"`). The stress mark (a combining grave accent) is not a letter to write.
 */
export function letterToTrace(word: string): string {
  const first = [...word.normalize('NFC').replace(/\u0300/g, '')][0] ?? '';
  return `${first.toLocaleUpperCase('bg')}${first.toLocaleLowerCase('bg')}`;
}
