/**
 * The text espeak-ng reads for a UI string (build time, `npm run audio`). The written
 * string is not always what reads well aloud:
 * - a sentence with a value filled in at run time ({count}, a name) is left out, so
 *   "Finished! You practised {count} words." is spoken "Finished!" (one file serves
 *   every count); a string that is nothing but such a sentence cannot be spoken;
 * - Arabic without vowel marks is guessed at by espeak-ng, so Arabic phrases have a
 *   vocalised version (spoken-overrides.ts), used while it still matches the written
 *   string letter for letter once the marks are taken off;
 * - Persian and Arabic digits become ASCII digits, which espeak-ng reads in every voice.
 */
import type { Locale } from '../i18n/locales';
import { spokenOverrides } from './spoken-overrides';

/** Arabic vowel marks, shadda, sukun, dagger alif, and the tatweel. */
const arabicMarks = /[\u064B-\u0652\u0670\u0640]/g;

/** Text without Arabic vowel marks: what an override must still say. */
export function withoutVowelMarks(text: string): string {
  return text.replace(arabicMarks, '');
}

/** The written string without its sentences that hold a value filled in at run time. */
export function withoutPlaceholders(written: string): string {
  return written
    .split(/(?<=[.!?؟…])\s+/)
    .filter((sentence) => !sentence.includes('{'))
    .join(' ')
    .trim();
}

const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function asciiDigits(text: string): string {
  return text.replace(easternDigits, (digit) => String((digit.codePointAt(0) ?? 0) % 16));
}

/** Whether the locale's override of a key was made from the string as it is now written. */
export function overrideMatches(locale: Locale, key: string, written: string): boolean {
  const override = spokenOverrides[locale]?.[key];
  return override !== undefined && withoutVowelMarks(override) === withoutVowelMarks(withoutPlaceholders(written));
}

/** What to speak for a key in a locale: empty when nothing is left to speak. */
export function spokenText(locale: Locale, key: string, written: string): string {
  const override = spokenOverrides[locale]?.[key];
  const text = override !== undefined && overrideMatches(locale, key, written) ? override : withoutPlaceholders(written);
  return asciiDigits(text);
}
