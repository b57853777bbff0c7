/** The shape of a word that exercise islands receive: built at build time by lib/content/words.ts. */

/** A word as an island sees it: everything to show and play it in one help language. */
export interface WordForLocale {
  id: string;
  /** The word with its stress marks. */
  stressed: string;
  translit: string;
  /** Meaning in the help language; absent on Bulgarian pages. */
  gloss?: string;
  picture?: string;
  audio: string;
  example?: { stressed: string; gloss?: string; audio: string };
}
