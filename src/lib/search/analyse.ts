/**
 * The steps a word goes through before it is indexed or searched for, in each language.
 * The build and the browser run exactly these functions (pipeline.ts wraps them for
 * lunr, query.ts calls them for the words a person types), so both sides agree.
 *
 * Each index field holds text in one language, named after the underscore in the
 * field's name (`title_fa`, `words_bg`); `la` is Bulgarian in Latin letters.
 */
import { glossLocales, isLocale, type Locale } from '../locales';
import { foldStress, transliterate } from '../translit';
import { normaliseArabicScript, stripArabicArticle } from './arabic-script';
import { dropInvisibles, foldDigits, foldLatin, mapLookalikes, splitJoiners } from './normalise';
import { stemBulgarian, stemBulgarianLatin } from './stem-bg';
import { stemEnglish } from './stem-en';
import { trimWord } from './tokenise';

export type SearchLanguage = Locale | 'la';
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
export function normaliseStep(word: string, language: SearchLanguage): string[] {
  let folded = foldStress(mapLookalikes(word));
  // Transliterate before lower-casing: the Act's exception is the capitalised България.
  if (language === 'la') folded = transliterate(folded);
  folded = foldDigits(normaliseArabicScript(dropInvisibles(folded.toLowerCase())));
  if (language === 'la' || language === 'en') folded = foldLatin(folded);
  return splitJoiners(folded).filter(Boolean);
}

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
export function analyse(word: string, language: SearchLanguage): string[] {
  return trimStep(word)
    .flatMap((trimmed) => normaliseStep(trimmed, language))
    .map((term) => stemStep(term, language))
    .filter(Boolean);
}
