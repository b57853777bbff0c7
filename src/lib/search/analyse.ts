/**
 * The steps a word goes through before it is indexed or searched for, in each language.
 * The build and the browser run exactly these functions (pipeline.ts wraps them for
 * lunr, query.ts calls them for the words a person types), so both sides agree.
 *
 * Each index field holds text in one language, named after the underscore in the
 * field's name (`title_fa`, `words_bg`); `la` is Bulgarian in Latin letters.
 */
import { glossLocales, isLocale, type Locale } from '../i18n/locales';
import { transliterate } from '../i18n/translit';
import { normaliseArabicScript, stripArabicArticle } from './arabic-script';
import { dropInvisibles, foldDigits, foldLatin, foldStressMarks, mapLookalikes, splitJoiners } from './normalise';
import { stemBulgarian, stemBulgarianLatin } from './stem-bg';
import { stemEnglish } from './stem-en';
import { trimWord } from './tokenise';

export type SearchLanguage = Locale | 'la';

/** How many analysed words each cache keeps; then it starts again, so memory stays small. */
const cacheSize = 20_000;
const caches: Map<SearchLanguage, Map<string, readonly string[]>>[] = [];

/**
 * Remembers a step's results. Text repeats its words, and normalising a word takes
 * several Unicode passes: an index of a thousand lessons builds several times faster, and
 * marking the words of twenty results takes a fraction of a millisecond. The returned
 * arrays are shared: callers must not change them.
 */
function remembered(step: (word: string, language: SearchLanguage) => string[]): (word: string, language: SearchLanguage) => string[] {
  const byLanguage = new Map<SearchLanguage, Map<string, readonly string[]>>();
  caches.push(byLanguage);
  return (word, language) => {
    let cache = byLanguage.get(language);
    if (!cache) byLanguage.set(language, (cache = new Map()));
    let terms = cache.get(word);
    if (terms === undefined) {
      if (cache.size >= cacheSize) cache.clear();
      terms = step(word, language);
      cache.set(word, terms);
    }
    return terms as string[];
  };
}

/** Forgets every remembered word: the benchmark times queries as if for the first time. */
export function forgetAnalysedWords(): void {
  for (const cache of caches) cache.clear();
}
export const searchLanguages: readonly SearchLanguage[] = ['bg', ...glossLocales, 'la'];

/** The language of an index field: the part of its name after the last underscore. */
export function fieldLanguage(field: string): SearchLanguage {
  const suffix = field.slice(field.lastIndexOf('_') + 1);
  return suffix === 'la' || isLocale(suffix) ? suffix : 'bg';
}

/** Step 1: trim what cannot begin or end a word. */
export function trimStep(word: string): string[] {
  const trimmed = trimWord(word);
  return trimmed ? [trimmed] : [];
}

/**
 * Step 2: fold to the compared form: look-alike letters, stress marks (U+0300 and U+0301
 * only, so й stays й), case, apostrophes, Arabic and Persian spelling, digits; Latin
 * letters without accents; Cyrillic in a Latin field transliterated by the official
 * system. A Persian word with a non-joiner becomes several words.
 */
export const normaliseStep = remembered((word: string, language: SearchLanguage): string[] => {
  let folded = foldStressMarks(mapLookalikes(word));
  // Transliterate before lower-casing: the Act's exception is the capitalised България.
  if (language === 'la') folded = transliterate(folded);
  folded = foldDigits(normaliseArabicScript(dropInvisibles(folded.toLowerCase())));
  if (language === 'la' || language === 'en') folded = foldLatin(folded);
  return splitJoiners(folded).filter(Boolean);
});

/** Step 3: reduce to a stem where the language has a light stemmer. */
export function stemStep(word: string, language: SearchLanguage): string {
  switch (language) {
    case 'bg':
      return stemBulgarian(word);
    case 'la':
      return stemBulgarianLatin(word);
    case 'en':
      return stemEnglish(word);
    case 'ar':
      return stripArabicArticle(word);
    default:
      return word;
  }
}

/** All three steps: the terms one word becomes in one language (usually one, none for punctuation). */
export const analyse = remembered((word: string, language: SearchLanguage): string[] =>
  trimStep(word)
    .flatMap((trimmed) => normaliseStep(trimmed, language))
    .map((term) => stemStep(term, language))
    .filter(Boolean),
);

const arabicArticle = /^(?:[وبفکك]?ال|لل)/u;
const letterOrDigit = /^[\p{L}\p{N}]/u;
const mark = /^\p{M}/u;

/**
 * The first character every term of a word will start with, found by folding just that
 * character; undefined where that cannot be told (mixed scripts, a Persian non-joiner,
 * an Arabic article, a combining mark after the first letter). The stemmers only change
 * endings, so a word whose first letter starts none of the matched terms cannot match:
 * snippets skip analysing it.
 */
export function firstLetter(word: string, language: SearchLanguage): string | undefined {
  const code = word.codePointAt(0);
  if (code === undefined) return undefined;
  const first = String.fromCodePoint(code);
  if (!letterOrDigit.test(first) || mark.test(word.slice(first.length))) return undefined;
  if (word.includes('\u200C') || (language === 'ar' && arabicArticle.test(word))) return undefined;
  if (/[A-Za-z]/.test(word) && /[\u0400-\u04FF]/u.test(word)) return undefined;
  return normaliseStep(first, language)[0]?.[0];
}
