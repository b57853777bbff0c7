import { pickByPrefix, pickStrings } from '../../src/i18n';
import { flashcardsStringKeys, type FlashcardsStrings } from '../../src/islands/Flashcards';
import type { Locale } from '../../src/lib/i18n/locales';

export function flashcardStrings(locale: Locale): FlashcardsStrings {
  return pickStrings(locale, flashcardsStringKeys);
}

/** The strings the tutor page gives the tutor tools (src/pages/[locale]/tutor.astro). */
export function tutorStrings(locale: Locale) {
  return {
    ...pickByPrefix(locale, ['tutor.', 'import.', 'password.', 'storage.', 'exercise.']),
    ...pickStrings(locale, ['learners.loading']),
  };
}

/** The strings the path pages give their islands (src/pages/[locale]/tutor/paths.astro and path.astro). */
export function pathsStrings(locale: Locale) {
  return {
    ...pickByPrefix(locale, ['tutor.', 'import.', 'password.', 'storage.', 'exercise.', 'paths.', 'pathLink.']),
    ...pickStrings(locale, ['learners.loading', 'catalogue.level']),
  };
}
