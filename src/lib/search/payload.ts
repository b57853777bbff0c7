/**
 * The file the search page fetches (/search/<locale>.json): the serialised lunr index
 * and what each result needs to be shown. Written at build time, read in the browser.
 */
import type { Locale } from '../locales';

/** Bumped when the shape changes, so a page never reads a file it does not understand. */
export const payloadVersion = 1;

/**
 * A text in one language, as shown in a result, and the index fields whose matches it
 * shows. Words in [brackets] are Bulgarian.
 */
export type StoredText = [language: Locale, text: string, fields: string[]];

export interface StoredDoc {
  kind: 'lesson' | 'culture' | 'word';
  /** Where the result leads; a word links to the first lesson (or module) that teaches it. */
  url?: string;
  /** In the help language; for a word, its meaning (on Bulgarian pages, the word). */
  title: [language: Locale, text: string];
  /** The Bulgarian title; for a word, the word with its stress marks. */
  titleBg?: string;
  /** Where a snippet may come from, in order of preference. */
  texts: StoredText[];
  translit?: string;
  picture?: string;
  audio?: string;
}

/** lunr's serialised index (lunr.Index#toJSON). */
export interface SerialisedIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

export interface SearchPayload {
  version: typeof payloadVersion;
  locale: Locale;
  index: SerialisedIndex;
  /** Indexed by the document's ref, which is its position here. */
  docs: StoredDoc[];
}

const isEmpty = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).length === 0;

/**
 * lunr writes, for every term, an entry for every field, most of them empty
 * (`"gloss_ar":{}`). Leaving the empty ones out makes the file much smaller;
 * expandIndex puts them back before lunr reads it.
 */
export function compactIndex(index: SerialisedIndex): SerialisedIndex {
  return {
    ...index,
    invertedIndex: index.invertedIndex.map(([term, posting]) => [
      term,
      Object.fromEntries(Object.entries(posting).filter(([, value]) => !isEmpty(value))),
    ]),
  };
}

export function expandIndex(index: SerialisedIndex): SerialisedIndex {
  return {
    ...index,
    invertedIndex: index.invertedIndex.map(([term, posting]) => {
      const full: Record<string, unknown> = Object.create(null);
      Object.assign(full, posting);
      for (const field of index.fields) full[field] ??= {};
      return [term, full];
    }),
  };
}
