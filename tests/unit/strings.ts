import { pickStrings } from '../../src/i18n';
import { flashcardsStringKeys, type FlashcardsStrings } from '../../src/islands/Flashcards';
import type { Locale } from '../../src/lib/i18n/locales';

export function flashcardStrings(locale: Locale): FlashcardsStrings {
  return pickStrings(locale, flashcardsStringKeys);
}
