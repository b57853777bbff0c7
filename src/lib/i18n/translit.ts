/**
 * Latin transliteration of Bulgarian by the official streamlined system
 * (Bulgarian Transliteration Act, 2009): щ → sht, ъ → a, and the word-final
 * ending -ия written -ia (София → Sofia). The Act names one exception: the country's
 * own name, България, is written Bulgaria (by the general rule it would be Balgaria).
 */
const letters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
  ѝ: 'i',
  ѐ: 'e',
};

/** Removes stress marks only (U+0300 grave, U+0301 acute); й keeps its breve. */
export function foldStress(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC');
}

function transliterateLetter(letter: string): string {
  const lower = letter.toLowerCase();
  const latin = letters[lower];
  if (latin === undefined) return letter;
  if (lower === letter) return latin;
  // An upper-case letter: capitalise the first Latin letter only (Ж → Zh, Щ → Sht).
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

export function transliterate(bulgarian: string): string {
  const text = foldStress(bulgarian).replace(/България(?![\p{L}])/gu, 'Bulgaria');
  // -ия at the end of a word is written -ia, not -iya.
  const withEnding = text.replace(
    /([иИ])([яЯ])(?=$|[^\p{L}])/gu,
    (_, i: string, ya: string) => transliterateLetter(i) + (ya === 'Я' ? 'A' : 'a'),
  );
  return Array.from(withEnding, transliterateLetter).join('');
}
