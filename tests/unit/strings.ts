import { pickByPrefix, pickStrings } from '../../src/i18n';
import { flashcardsStringKeys, type FlashcardsStrings } from '../../src/islands/Flashcards';
import type { Locale } from '../../src/lib/i18n/locales';
import { learnerPickerPrefixes } from '../../src/islands/LearnerPicker';

/** The strings the learners page gives the picker (src/pages/[locale]/learners.astro). */
export function learnerPickerStrings(locale: Locale) {
  return pickByPrefix(locale, learnerPickerPrefixes);
}

export function flashcardStrings(locale: Locale): FlashcardsStrings {
  return pickStrings(locale, flashcardsStringKeys);
}

/** The strings the tutor page gives the tutor tools (src/pages/[locale]/tutor.astro). */
export function tutorStrings(locale: Locale) {
  return {
    ...pickByPrefix(locale, ['tutor.', 'import.', 'password.', 'storage.', 'exercise.', 'picture.']),
    ...pickStrings(locale, ['learners.loading', 'learners.unnamed']),
  };
}

/** The strings the path pages give their islands (src/pages/[locale]/tutor/paths.astro and path.astro). */
export function pathsStrings(locale: Locale) {
  return {
    ...pickByPrefix(locale, ['tutor.', 'import.', 'password.', 'storage.', 'exercise.', 'picture.', 'paths.', 'pathLink.']),
    ...pickStrings(locale, ['learners.loading', 'learners.unnamed', 'catalogue.level']),
  };
}
