/**
 * The 30 letters of the Bulgarian alphabet, in order, each with the word-bank entry that
 * says it (`letter-…`, in content/vocabulary/letters.yaml: consonants are said with ъ,
 * as Bulgarian children learn them: бъ, въ, гъ) and an example word with a picture.
 * The example word has the letter in it, at its start where Bulgarian has such a word
 * a child knows (no common word starts with ъ or ь, and й starts very few).
 */
export interface Letter {
  /** Capital and small letter. */
  upper: string;
  lower: string;
  /** Word-bank id of the letter's sound. */
  sound: string;
  /** Word-bank id of the example word. */
  example: string;
}

const table: readonly [string, string, string][] = [
  ['а', 'letter-a', 'ananas'],
  ['б', 'letter-b', 'banan'],
  ['в', 'letter-v', 'valk'],
  ['г', 'letter-g', 'gaska'],
  ['д', 'letter-d', 'dinya'],
  ['е', 'letter-e', 'ezh'],
  ['ж', 'letter-zh', 'zhaba'],
  ['з', 'letter-z', 'zaek'],
  ['и', 'letter-i', 'igrachka'],
  ['й', 'letter-y', 'yo-yo'],
  ['к', 'letter-k', 'kaktus'],
  ['л', 'letter-l', 'leka-nosht'],
  ['м', 'letter-m', 'martenitsa'],
  ['н', 'letter-n', 'ne'],
  ['о', 'letter-o', 'oktopod'],
  ['п', 'letter-p', 'priyatel'],
  ['р', 'letter-r', 'raketa'],
  ['с', 'letter-s', 'slon'],
  ['т', 'letter-t', 'topka'],
  ['у', 'letter-u', 'usmivka'],
  ['ф', 'letter-f', 'flamingo'],
  ['х', 'letter-h', 'helikopter'],
  ['ц', 'letter-ts', 'tsirk'],
  ['ч', 'letter-ch', 'chao'],
  ['ш', 'letter-sh', 'shah'],
  ['щ', 'letter-sht', 'shtit'],
  ['ъ', 'letter-er-golyam', 'gaba'],
  ['ь', 'letter-er-malak', 'fotyoyl'],
  ['ю', 'letter-yu', 'yumruk'],
  ['я', 'letter-ya', 'yahta'],
];

export const alphabet: readonly Letter[] = table.map(([lower, sound, example]) => ({ upper: lower.toUpperCase(), lower, sound, example }));

/** The small letters in alphabet order: абвгдежзийклмнопрстуфхцчшщъьюя. */
export const bulgarianLetters: string = alphabet.map((letter) => letter.lower).join('');

/**
 * The letters an author asked for (`"АБВ"`, `"а-и"`, or nothing for all 30), in alphabet
 * order. Returns the characters that are not Bulgarian letters as `unknown`.
 */
export function selectLetters(spec: string | undefined): { letters: Letter[]; unknown: string[] } {
  if (!spec?.trim()) return { letters: [...alphabet], unknown: [] };
  const wanted = new Set<string>();
  const unknown: string[] = [];
  const chars = Array.from(spec.toLocaleLowerCase('bg').replace(/[\s,]/g, ''));
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (chars[i + 1] === '-' && chars[i + 2]) {
      const from = bulgarianLetters.indexOf(char);
      const to = bulgarianLetters.indexOf(chars[i + 2] as string);
      if (from < 0 || to < from) unknown.push(`${char}-${chars[i + 2]}`);
      else for (const letter of bulgarianLetters.slice(from, to + 1)) wanted.add(letter);
      i += 2;
    } else if (bulgarianLetters.includes(char)) wanted.add(char);
    else unknown.push(char);
  }
  return { letters: alphabet.filter((letter) => wanted.has(letter.lower)), unknown };
}
