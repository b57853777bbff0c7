/**
 * Folding a word to the form search compares, so that what a person types matches what
 * an author wrote: the same letters whether or not stress marks, capitals, apostrophes
 * or a stray Latin letter are there.
 */
import { foldStress } from '../i18n/translit';

/**
 * Latin letters that look like Cyrillic ones. A Bulgarian keyboard layout switched by
 * accident, or a phone's autocorrect, puts them inside Cyrillic words (mеча with a Latin
 * "е"), where they look right and match nothing. Upper and lower case are listed apart:
 * Latin H looks like Н, but h looks like no Cyrillic letter. Latin i is the Ukrainian і.
 */
const latinToCyrillic: Readonly<Record<string, string>> = {
  A: 'А',
  a: 'а',
  B: 'В',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  I: 'І',
  i: 'і',
  K: 'К',
  k: 'к',
  M: 'М',
  m: 'м',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  t: 'т',
  X: 'Х',
  x: 'х',
  Y: 'У',
  y: 'у',
};
const cyrillicToLatin: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(latinToCyrillic).map(([latin, cyrillic]) => [cyrillic, latin]),
);

const cyrillicLetter = /\p{Script=Cyrillic}/u;
const latinLetter = /\p{Script=Latin}/u;

/**
 * A word written in both Cyrillic and Latin letters is written in one script: the one
 * of its letters that have no twin in the other (ч, ж, h, s), or, if those do not
 * decide, the one most of its letters are in. The look-alike letters of the other
 * script become their twins: mечка → мечка, MEЧKA → МЕЧКА, mechkа (Cyrillic а) → mechka.
 */
export function mapLookalikes(word: string): string {
  // Every look-alike is an ASCII letter or a basic Cyrillic one: most words have not both.
  if (!/[A-Za-z]/.test(word) || !/[\u0400-\u04FF]/u.test(word)) return word;
  const count = { cyrillic: 0, latin: 0, onlyCyrillic: 0, onlyLatin: 0 };
  for (const char of word) {
    if (cyrillicLetter.test(char)) {
      count.cyrillic++;
      if (!(char in cyrillicToLatin)) count.onlyCyrillic++;
    } else if (latinLetter.test(char)) {
      count.latin++;
      if (!(char in latinToCyrillic)) count.onlyLatin++;
    }
  }
  if (count.cyrillic === 0 || count.latin === 0) return word;
  const toCyrillic =
    count.onlyCyrillic > 0 && count.onlyLatin === 0
      ? true
      : count.onlyLatin > 0 && count.onlyCyrillic === 0
        ? false
        : count.cyrillic >= count.latin;
  const table = toCyrillic ? latinToCyrillic : cyrillicToLatin;
  return Array.from(word, (char) => table[char] ?? char).join('');
}

/**
 * Stress marks (U+0300, U+0301) only, as translit.ts foldStress removes them, without its
 * two Unicode normalisations for the many words that cannot have one: those written
 * only in ASCII, Cyrillic and Arabic script, with none of the letters that carry a mark
 * when composed (ѐ ѝ ѓ ќ and their capitals).
 */
export function foldStressMarks(word: string): string {
  if (!/[^!-~\u0400-\u04FF\u0600-\u06FF\u200C]|[\u0400\u0403\u040C\u040D\u0450\u0453\u045C\u045D]/u.test(word)) return word;
  return foldStress(word);
}

/**
 * Characters that can stand inside a word but make no difference to it: apostrophes
 * (ім’я = імя), the soft hyphen and the zero-width joiner. The zero-width non-joiner of
 * Persian is kept here and handled by splitJoiners.
 */
export function dropInvisibles(word: string): string {
  return word.replace(/['’ʼ\u00AD]|\u200D/gu, '');
}

/** Arabic-Indic (٣٠) and Persian (۳۰) digits as ASCII digits (30). */
export function foldDigits(word: string): string {
  return word.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * A Persian word with a zero-width non-joiner (می‌خورد, جوجه‌تیغی) is found whether it is
 * typed with the joiner, without it (میخورد) or with a space (می خورد): it is indexed as
 * the whole word without the joiner and as each of its parts.
 */
export function splitJoiners(word: string): string[] {
  if (!word.includes('\u200C')) return [word];
  const parts = word.split('\u200C').filter(Boolean);
  return [parts.join(''), ...parts];
}

/**
 * Latin letters without accents, for English and for Bulgarian in Latin letters. People
 * who learnt the scholarly system write č, š, ž and ŭ; the official system writes ch, sh,
 * zh and a, so those become the official letters first.
 */
export function foldLatin(word: string): string {
  if (/^[!-~]*$/.test(word)) return word;
  return word
    .replace(/[čšžŝ]/gu, (char) => ({ č: 'ch', š: 'sh', ž: 'zh', ŝ: 'sht' })[char] ?? char)
    .replace(/[ŭăǎ]/gu, 'a')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}
