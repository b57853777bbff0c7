/**
 * Arabic and Persian share one script, typed on keyboards that differ in a few letters.
 * An Afghan father on an Arabic keyboard types ي and ك where Persian writes ی and ک, and
 * vowel signs and the stretching tatweel come and go. Both sides of a search are folded
 * to one spelling, with the Persian letters: پ چ ژ گ ی ک are never removed or changed.
 */

/**
 * Vowel signs and other marks above and below the line (fatha, kasra, shadda, tanwin,
 * sukun, hamza above and below, madda, the dagger alif and Quranic marks).
 */
const marks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/gu;

const letters: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // Arabic yeh ي → Persian yeh ی
  '\u0649': '\u06CC', // alef maksura ى → ی, which it looks like at the end of a word
  '\u0643': '\u06A9', // Arabic kaf ك → Persian keheh ک
  '\u0629': '\u0647', // teh marbuta ة → heh ه: حافلة = حافله
  '\u06D5': '\u0647', // ae ە → heh ه
  '\u0671': '\u0627', // alef wasla ٱ → alef ا
};

/**
 * Removes tatweel and marks and unifies letters. Decomposing first turns أ إ آ into ا with
 * a mark, ؤ into و, ئ into ي and ۀ into ه, so removing the marks folds them too; the rest
 * of the text is composed again, so Cyrillic й keeps its breve.
 */
export function normaliseArabicScript(word: string): string {
  if (!/[\u0600-\u06FF]/u.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(marks, '')
    .replace(/\u0640/gu, '')
    .replace(/[\u064A\u0649\u0643\u0629\u06D5\u0671]/gu, (char) => letters[char] ?? char)
    .normalize('NFC');
}

/**
 * The Arabic article and the particles joined to it (ال، وال، بال، کال، فال، لل), as the
 * light stemmers for Arabic remove them (Larkey, Ballesteros and Connell, 2002), so that
 * الحافلة finds حافلة. Applied after normaliseArabicScript, so kaf is already ک. At least
 * two letters remain. Not used for Persian, where ال starts ordinary words (الفبا).
 */
export function stripArabicArticle(word: string): string {
  for (const prefix of ['وال', 'بال', 'کال', 'فال', 'ال', 'لل']) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) return word.slice(prefix.length);
  }
  return word;
}
